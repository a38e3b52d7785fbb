#include "cli/cli.h"

#include "storage/auditstore.h"
#include "sync/connectionsettings.h"
#include "sync/serveridentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <tuple>

namespace cd::cli {

namespace {

// lupdate reads this file's messages into the context cd::cli::Audit.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Audit)
};

QString whatIsWrong(const AuditChainCheck &check)
{
    switch (check.problem) {
    case AuditChainCheck::Problem::Edited:
        return Tr::tr("edited: its fields no longer match its hash");
    case AuditChainCheck::Problem::Missing:
        return Tr::tr("missing: the entry it follows is not in the log (an entry before it was "
                      "deleted)");
    case AuditChainCheck::Problem::OutOfOrder:
        if (check.followsRowid == 0)
            return Tr::tr("out of order: it is the first entry of the chain");
        if (check.followsRowid > check.rowid)
            return Tr::tr("out of order: it follows the entry in row %1, which is stored after it")
                .arg(check.followsRowid);
        return Tr::tr("out of order: it follows the entry in row %1, not the one before it")
            .arg(check.followsRowid);
    case AuditChainCheck::Problem::None:
    case AuditChainCheck::Problem::Unreadable:
        break;
    }
    return {};
}

} // namespace

namespace {

// audit search: the entries about a record or a person, by a user, between two days. The search
// is itself recorded (who searched, how many entries, by which fields; never the values).
int search(Context &ctx, QStringList args)
{
    AuditQuery query;
    query.actor = takeOption(args, QStringLiteral("--user"));
    query.record = takeOption(args, QStringLiteral("--record"));
    query.phone = takeOption(args, QStringLiteral("--phone"));
    query.email = takeOption(args, QStringLiteral("--email"));
    query.action = takeOption(args, QStringLiteral("--action"));
    const QString from = takeOption(args, QStringLiteral("--from"));
    const QString to = takeOption(args, QStringLiteral("--to"));
    bool hasLimit = false;
    const QString limit = takeOption(args, QStringLiteral("--limit"), &hasLimit);
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (!args.isEmpty())
        return ctx.usage(Tr::tr("unexpected \"%1\"").arg(args.first()));
    for (const auto &[text, date, name] :
         {std::tuple{from, &query.from, "--from"}, std::tuple{to, &query.to, "--to"}}) {
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            return ctx.usage(
                Tr::tr("%1 needs a day as YYYY-MM-DD, not \"%2\"").arg(QLatin1String(name), text));
    }
    if (hasLimit) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000000)
            return ctx.usage(Tr::tr("--limit needs a number from 1 to 1000000"));
    }
    Database *db = ctx.database();
    if (!db)
        return Failed;
    AuditStore store(*db);
    Result<AuditSearchResult> found = store.search(query);
    if (!found)
        return ctx.fail(found.errorMessage());
    // The log's own reading is logged before any entry is shown.
    if (Status s = store.recordSearch(ctx.actor(), query, found->entries.size()); !s)
        return ctx.fail(s.errorMessage());
    if (json) {
        QJsonArray rows;
        for (const AuditEntry &e : found->entries)
            rows.append(
                QJsonObject{{QStringLiteral("id"), e.id},
                            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("user"), e.actor},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("entity"), e.entity},
                            {QStringLiteral("record"), e.entityId},
                            {QStringLiteral("detail"), e.detail}});
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    } else {
        for (const AuditEntry &e : found->entries)
            ctx.out << e.at.toUTC().toString(Qt::ISODate) << '\t' << e.actor << '\t' << e.action
                    << '\t' << e.entity << '\t' << e.entityId << '\t' << e.detail << '\n';
    }
    if (found->truncated)
        ctx.err
            << Tr::tr("more entries match than --limit %1: the newest are shown").arg(query.limit)
            << Qt::endl;
    ctx.out.flush();
    return Ok;
}

// With a shared database set up: the chain must still hold the newest entry of this
// workstation's chain that the server has (server schema 14's cd_audit_heads). A chain cut back
// after a push, or rewritten with fresh hashes, does not (exit 1, the entry named).
int verifyAgainstServer(Context &ctx, Database &db, const QString &passwordFile)
{
    sync::ConnectionSettings settings = sync::ConnectionSettings::load(db);
    if (!settings.isConfigured())
        return Ok;
    if (!passwordFile.isEmpty()) {
        Result<QString> pw = sync::readPasswordFile(passwordFile);
        if (!pw)
            return ctx.fail(pw.errorMessage());
        settings.password = pw.value();
    }
    Result<sync::ServerAuditHead> head = sync::serverAuditHead(settings, db.workstationId());
    if (!head) {
        if (head.error().code == QLatin1String("no_heads")) {
            ctx.out
                << Tr::tr("not checked against the shared database: %1").arg(head.errorMessage())
                << Qt::endl;
            return Ok;
        }
        return ctx.fail(Tr::tr("could not check the chain against the shared database: %1")
                            .arg(head.errorMessage()));
    }
    if (!head->known) {
        ctx.out << Tr::tr("the shared database holds no entry of this workstation's chain yet")
                << Qt::endl;
        return Ok;
    }
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE rowid <= "
                             "(SELECT rowid FROM audit_log WHERE hash = ? AND id = ?)"));
    q.addBindValue(head->hash);
    q.addBindValue(head->entryId);
    if (!q.exec() || !q.next())
        return ctx.fail(Tr::tr("could not read the audit log"));
    const qint64 position = q.value(0).toLongLong();
    if (position > 0) {
        ctx.out << Tr::tr("the shared database's newest entry of this chain (%1 pushed) is entry "
                          "%2 here: nothing it has was removed or rewritten")
                       .arg(head->entries)
                       .arg(position)
                << Qt::endl;
        return Ok;
    }
    ctx.out << Tr::tr("audit chain does not hold the shared database's newest entry from this "
                      "workstation (id %1, %2 %3 at %4; %5 entries pushed): the newest entries "
                      "were deleted, or the whole chain was rewritten")
                   .arg(head->entryId, head->action, head->entity, head->entryAt)
                   .arg(head->entries)
            << Qt::endl;
    return PartialFailure;
}

} // namespace

// audit verify: walks the local audit chain (AuditStore::verifyChain); audit search.
int runAudit(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(Tr::tr("audit needs a command: verify or search"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("search"))
        return search(ctx, args);
    if (command != QLatin1String("verify"))
        return ctx.usage(Tr::tr("unknown audit command \"%1\"").arg(command));
    const QString passwordFile = takeOption(args, QStringLiteral("--password-file"));
    if (!args.isEmpty())
        return ctx.usage(Tr::tr("unexpected \"%1\"").arg(args.first()));
    Database *db = ctx.database();
    if (!db)
        return Failed;
    const AuditChainCheck check = AuditStore(*db).verifyChain();
    if (check.problem == AuditChainCheck::Problem::Unreadable)
        return ctx.fail(Tr::tr("could not read the audit log: %1").arg(check.error));
    if (check.intact()) {
        ctx.out << Tr::tr("audit chain intact: %1 entries").arg(check.entries) << Qt::endl;
        return verifyAgainstServer(ctx, *db, passwordFile);
    }
    // Ids, times and actions only: the actor and detail stay in the log.
    ctx.out << Tr::tr("audit chain broken at entry %1 (row %2, id %3, %4 %5 at %6): %7")
                   .arg(check.entries)
                   .arg(check.rowid)
                   .arg(check.id, check.action, check.entity, check.at, whatIsWrong(check))
            << Qt::endl;
    return PartialFailure;
}

} // namespace cd::cli
