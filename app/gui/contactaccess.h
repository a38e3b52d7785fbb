#pragma once

#include "core/contact.h"
#include "core/profile.h"

#include <QString>

#include <optional>

class QWidget;

namespace cd {

class Database;

// Opening a saved contact to read it (DPA 2018 s.62): a contact that is neither the reader's
// nor their team's asks why first, and the reason goes into the view's audit entry. Nothing is
// read or logged when the reader gives none. An error is shown on `parent`.
std::optional<Contact> openContactToRead(Database &db, const QString &id,
                                         const HandlerProfile &reader, QWidget *parent);

// The question itself; tests answer it ahead (nullopt: the reader cancels).
class AccessReason
{
public:
    static std::optional<QString> ask(QWidget *parent, const QString &handler, const QString &team);
    static void setNextAnswer(std::optional<QString> answer);
    static QString lastQuestion();
    static int timesAsked(); // since the program started
};

} // namespace cd
