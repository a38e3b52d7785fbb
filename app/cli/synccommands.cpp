#include "cli/cli.h"

#include "storage/outbox.h"
#include "storage/settingsstore.h"
#include "storage/syncstate.h"
#include "sync/connectionsettings.h"
#include "sync/syncsession.h"

#include <QDateTime>
#include <QThread>

#include <cstdio>

namespace cd::cli {

namespace {

// How many refused and set-aside rows `sync status` lists (the counts are always whole).
constexpr int kListed = 20;

int usageSync(Context &ctx)
{
    return ctx.usage(
        QStringLiteral("sync --once [--conninfo CONNINFO] [--password-file FILE] | sync status"));
}

QString whenText(const QString &ms)
{
    if (ms.isEmpty())
        return QStringLiteral("never");
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

QString countText(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// What is waiting, counted as the Desk's status bar counts it: "3 contacts, 1 escalation
// (5 changes)"; "nothing" when nothing is.
QString waitingText(const PendingWork &work)
{
    if (work.entries < 0)
        return QStringLiteral("unknown (the outbox cannot be read)");
    if (work.isEmpty())
        return QStringLiteral("nothing");
    QStringList parts;
    if (work.contacts > 0)
        parts << countText(work.contacts, "contact", "contacts");
    if (work.escalations > 0)
        parts << countText(work.escalations, "escalation", "escalations");
    if (parts.isEmpty())
        parts << QStringLiteral("other changes");
    return QStringLiteral("%1 (%2)").arg(parts.join(QStringLiteral(", ")),
                                         countText(work.entries, "change", "changes"));
}

} // namespace

// One full sync without the GUI: push the outbox, pull everything new, exit. The connection
// (host, port, database, user) is kept in the profile; --conninfo changes it. The password is
// never stored: PGPASSWORD, --password-file or ~/.pgpass.
int runSync(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    Database *db = ctx.database();
    if (!db)
        return Failed;
    if (args.value(0) == QLatin1String("status")) {
        sync::ConnectionSettings s = sync::ConnectionSettings::load(*db);
        const Outbox outbox(*db);
        const SyncStateStore state(*db);
        using Key = SyncStateStore::Key;
        ctx.out << "Shared database: "
                << (s.isConfigured() ? s.describe() : QStringLiteral("not set")) << "\n"
                << "Waiting to send: " << waitingText(outbox.pendingWork()) << "\n"
                << "Refused by the server: " << outbox.refusedCount() << "\n";
        // Which rows and why: the table, the row's id and the reason (the server's refusal, or
        // the column or rule this profile could not store a pulled row by, never its value).
        for (const RefusedRow &r : outbox.refusedRows(kListed))
            ctx.out << "  " << r.entity << ' ' << r.entityId << ": " << r.reason << "\n";
        ctx.out << "Set aside from the server: " << state.setAsideCount() << "\n";
        for (const SetAsideRow &r : state.setAsideRows(kListed))
            ctx.out << "  " << r.entity << ' ' << r.entityId << " (change " << r.serverSeq
                    << "): " << r.reason << "\n";
        ctx.out << "Last sent: " << whenText(state.value(Key::LastPush)) << "\n"
                << "Last received: " << whenText(state.value(Key::LastPull)) << "\n"
                << "Cursor: " << state.value(Key::Cursor) << Qt::endl;
        return Ok;
    }
    if (!takeFlag(args, QStringLiteral("--once")))
        return usageSync(ctx);
    if (SettingsStore(*db).value(SettingsStore::Key::TrainingData).toBool())
        return ctx.usage(QStringLiteral("this profile holds made-up training data (contactdesk "
                                        "--demo), which never syncs"));
    bool hasConninfo = false;
    const QString conninfo = takeOption(args, QStringLiteral("--conninfo"), &hasConninfo);
    const QString passwordFile = takeOption(args, QStringLiteral("--password-file"));
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));

    sync::ConnectionSettings settings = sync::ConnectionSettings::load(*db);
    if (hasConninfo) {
        Result<sync::ConnectionSettings> parsed = sync::ConnectionSettings::fromConninfo(conninfo);
        if (!parsed)
            return ctx.usage(parsed.errorMessage());
        settings = parsed.value();
        if (Status s = settings.save(*db); !s)
            return ctx.fail(s.errorMessage());
    }
    if (!settings.isConfigured())
        return ctx.fail(
            QStringLiteral("no shared database is set for this profile; give --conninfo "
                           "\"host=... port=... dbname=... user=...\""));
    if (!passwordFile.isEmpty()) {
        Result<QString> pw = sync::readPasswordFile(passwordFile);
        if (!pw)
            return ctx.fail(pw.errorMessage());
        settings.password = pw.value();
    }

    sync::SyncSession session(*db);
    session.setSettings(settings);
    // Test hook: stop at a named point and wait to be killed (fault-injection tests).
    const QByteArray pauseAt = qgetenv("CONTACTDESK_SYNC_PAUSE_AT");
    if (!pauseAt.isEmpty()) {
        session.setFaultHook([pauseAt](const char *point) {
            if (pauseAt != point)
                return;
            std::fprintf(stderr, "sync: paused at %s\n", point);
            std::fflush(stderr);
            for (;;)
                QThread::sleep(1);
        });
    }
    Result<sync::SyncReport> r = session.syncOnce();
    if (!r) {
        return ctx.fail(
            QStringLiteral("sync did not finish: %1. %2 change(s) are still waiting and will "
                           "be sent next time.")
                .arg(r.errorMessage())
                .arg(Outbox(*db).pendingCount()));
    }
    ctx.out << "Sent " << r->push.sent << " change(s)";
    if (r->push.replayed)
        ctx.out << " (" << r->push.replayed << " already on the server)";
    ctx.out << ", received " << r->pull.applied << " row(s)";
    if (r->pull.keptLocal)
        ctx.out << " (" << r->pull.keptLocal << " kept: newer local changes are waiting)";
    ctx.out << "." << Qt::endl;
    if (r->pull.setAside)
        ctx.err << "contactdesk-admin: " << r->pull.setAside
                << " row(s) from the shared database could not be stored here and were set "
                   "aside (sync status); the rest were received."
                << Qt::endl;
    if (r->push.rejected)
        ctx.err << "contactdesk-admin: the shared database refused " << r->push.rejected
                << " change(s); they are kept in the profile (sync status) for a person to look at."
                << Qt::endl;
    return r->push.rejected || r->pull.setAside ? PartialFailure : Ok;
}

} // namespace cd::cli
