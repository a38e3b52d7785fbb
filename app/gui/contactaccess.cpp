#include "gui/contactaccess.h"

#include "gui/messagebox.h"
#include "storage/contactstore.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace cd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContactAccess)
};

bool g_answerSet = false;
std::optional<QString> g_nextAnswer;
QString g_lastQuestion;
int g_timesAsked = 0;

} // namespace

std::optional<QString> AccessReason::ask(QWidget *parent, const QString &handler,
                                         const QString &team)
{
    ++g_timesAsked;
    g_lastQuestion = Tr::tr("This contact was taken by %1 of %2, not by you or your team. Why "
                            "are you opening it? Your reason is kept in the audit log.")
                         .arg(handler, team);
    if (g_answerSet) {
        g_answerSet = false;
        return g_nextAnswer;
    }
    for (;;) {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(parent, Tr::tr("Why open this contact?"), g_lastQuestion,
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return std::nullopt;
        if (!reason.trimmed().isEmpty())
            return reason.simplified();
    }
}

void AccessReason::setNextAnswer(std::optional<QString> answer)
{
    g_answerSet = true;
    g_nextAnswer = std::move(answer);
}

int AccessReason::timesAsked()
{
    return g_timesAsked;
}

QString AccessReason::lastQuestion()
{
    return g_lastQuestion;
}

std::optional<Contact> openContactToRead(Database &db, const QString &id,
                                         const HandlerProfile &reader, QWidget *parent)
{
    ContactStore store(db);
    Result<ContactStore::Owner> owner = store.owner(id);
    if (!owner) {
        MessageBox::warning(parent, Tr::tr("Cannot open the contact"), owner.errorMessage());
        return std::nullopt;
    }
    QString reason;
    const bool ours =
        owner->handler == reader.name || owner->team.compare(reader.team, Qt::CaseInsensitive) == 0;
    if (!ours) {
        std::optional<QString> given = AccessReason::ask(parent, owner->handler, owner->team);
        if (!given)
            return std::nullopt;
        reason = *given;
    }
    Result<Contact> contact = store.get(id, reader.name, reason);
    if (!contact) {
        MessageBox::warning(parent, Tr::tr("Cannot open the contact"), contact.errorMessage());
        return std::nullopt;
    }
    return contact.value();
}

} // namespace cd
