#include "cli/cli.h"

#include "storage/auditstore.h"

#include <QCoreApplication>

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

// audit verify: walks the local audit chain (AuditStore::verifyChain).
int runAudit(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(Tr::tr("audit needs a command: verify"));
    const QString command = args.takeFirst();
    if (command != QLatin1String("verify"))
        return ctx.usage(Tr::tr("unknown audit command \"%1\"").arg(command));
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
        return Ok;
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
