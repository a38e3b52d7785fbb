#pragma once

#include "core/contact.h"
#include "core/taxonomy.h"

#include <QDialog>

namespace cd {

// A saved contact, read-only: everything that was recorded, including the script path.
class ContactViewDialog : public QDialog
{
    Q_OBJECT
public:
    ContactViewDialog(const Contact &contact, const Taxonomy &taxonomy, QWidget *parent = nullptr);
    static QString describe(const Contact &contact, const Taxonomy &taxonomy); // as HTML
    // Caller matching (issue 22): the repeat-victim check as the contact view says it, and the
    // shipped label of a kind of risk ("domestic" is "Domestic abuse").
    static QString describeVictimCheck(const Contact &contact);
    static QString riskKindLabel(const QString &kind);
};

} // namespace cd
