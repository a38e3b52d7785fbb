#include "gui/syncstatuslabel.h"

namespace cd {

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setContentsMargins(0, 0, 16, 0);
}

QString SyncStatusLabel::reasonInWords(const QString &error)
{
    // libpq's and the sync session's messages, said the way a handler would say them; the
    // technical text stays in the tooltip for whoever supports the Desk.
    const auto has = [&error](const char *text) {
        return error.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (error.isEmpty())
        return {};
    if (has("no shared database is set up"))
        return tr("no shared database is set up (Sync > Shared database…)");
    if (has("password authentication failed") || has("no password supplied") || has("fe_sendauth"))
        return tr("the shared database did not accept the password (enter it again in "
                  "Sync > Shared database…)");
    if (has("is not a Contact Desk user") || (has("role \"") && has("does not exist")))
        return tr("this login is not set up on the shared database (ask an administrator)");
    if (has("database \"") && has("does not exist"))
        return tr("the shared database named in Sync > Shared database… does not exist");
    if (has("does not look like a Contact Desk shared database"))
        return tr("that database is not a Contact Desk shared database");
    if (has("could not translate host name") || has("Name or service not known") ||
        has("name resolution"))
        return tr("the server's name is not known (check the network or the host name)");
    if (has("timeout expired") || has("timed out"))
        return tr("the shared database did not answer in time");
    if (has("Network is unreachable") || has("No route to host"))
        return tr("the network is not available");
    if (has("shutting down") || has("starting up") || has("closed the connection") ||
        has("terminating connection") || has("connection to server was lost") ||
        has("server connection"))
        return tr("the connection to the shared database was lost");
    if (has("Connection refused") || has("could not connect") || has("No such file or directory"))
        return tr("the shared database is not answering");
    return error.section(QLatin1Char('\n'), 0, 0).trimmed();
}

void SyncStatusLabel::showState(const sync::SyncState &state)
{
    const QString what = sync::describeWaiting(state);
    const QString waiting = what.isEmpty() ? QString() : QStringLiteral(" — ") + what;
    const QString lastSynced =
        state.lastSynced.isValid()
            ? tr(" (last synced %1)")
                  .arg(state.lastSynced.toLocalTime().toString(QStringLiteral("HH:mm")))
            : QString();
    // Offline and errors say why, in words, on the status bar itself: a tooltip is easy to miss.
    switch (state.phase) {
    case sync::SyncState::Phase::Offline:
        setText(tr("Offline: %1").arg(reasonInWords(state.error)) + waiting + lastSynced);
        break;
    case sync::SyncState::Phase::Error:
        setText(tr("Sync error: %1").arg(reasonInWords(state.error)) + waiting + lastSynced);
        break;
    default:
        setText(sync::describeState(state));
        break;
    }
    // Rows kept out of the sync for a person to look at, in a short line after the state.
    QStringList setAside;
    if (state.setAside > 0)
        setAside << tr("%n row(s) from the server set aside", nullptr, state.setAside);
    if (state.rejected > 0)
        setAside << tr("%n change(s) refused by the server", nullptr, state.rejected);
    if (!setAside.isEmpty())
        //: After the sync state: "2 rows from the server set aside — see sync status"
        setText(text() + QStringLiteral(" · ") +
                tr("%1 — see sync status").arg(setAside.join(QStringLiteral(", "))));
    QString tip;
    if (state.lastSynced.isValid())
        tip = tr("Last synced %1")
                  .arg(state.lastSynced.toLocalTime().toString(
                      QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    if (!state.error.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + state.error;
    if (state.rejected > 0)
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
               tr("%n change(s) refused by the shared database", nullptr, state.rejected);
    if (state.setAside > 0)
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
               tr("%n row(s) from the shared database could not be stored here and were set "
                  "aside; the rest of the sync went on (contactdesk-admin sync status lists "
                  "them)",
                  nullptr, state.setAside);
    setToolTip(tip);
}

} // namespace cd
