#include "cli/cli.h"

#include "sync/connectionsettings.h"
#include "sync/serveradmin.h"

namespace cd::cli {

namespace {

int usageServer(Context &ctx)
{
    return ctx.usage(QStringLiteral(
        "server init|upgrade --conninfo CONNINFO | server add-user --conninfo CONNINFO --name NAME "
        "--login LOGIN --team TEAM --role handler|manager [--password-file FILE]"));
}

} // namespace

// The shared database: create or upgrade its schema, add people (a display name already used
// by another login in the team is refused). CONNINFO is a libpq connection string for a role
// that may create tables and roles; its password comes from PGPASSWORD or ~/.pgpass, never from
// this command's arguments.
int runServer(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageServer(ctx);
    const QString command = args.takeFirst();
    const QString conninfo = takeOption(args, QStringLiteral("--conninfo"));
    if (conninfo.isEmpty())
        return ctx.usage(
            QStringLiteral("server %1 needs --conninfo \"host=... dbname=... user=...\"")
                .arg(command));
    // init creates the schema or brings it up to date; upgrade is the same, by its other name.
    if (command == QLatin1String("init") || command == QLatin1String("upgrade")) {
        if (!args.isEmpty())
            return ctx.usage(
                QStringLiteral("unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
        Result<sync::ServerInitReport> r = sync::initServer(conninfo);
        if (!r)
            return ctx.fail(r.errorMessage());
        if (r->fromVersion == r->toVersion)
            ctx.out << "The shared database is already at schema " << r->toVersion << "."
                    << Qt::endl;
        else
            ctx.out << "The shared database is now at schema " << r->toVersion << " (was "
                    << r->fromVersion << ")." << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("add-user")) {
        sync::NewUser user;
        user.name = takeOption(args, QStringLiteral("--name"));
        user.login = takeOption(args, QStringLiteral("--login"));
        user.team = takeOption(args, QStringLiteral("--team"));
        user.role = takeOption(args, QStringLiteral("--role"));
        const QString passwordFile = takeOption(args, QStringLiteral("--password-file"));
        if (!args.isEmpty())
            return ctx.usage(
                QStringLiteral("unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
        if (user.name.isEmpty() || user.login.isEmpty() || user.team.isEmpty() ||
            user.role.isEmpty())
            return ctx.usage(
                QStringLiteral("server add-user needs --name, --login, --team and --role"));
        if (!passwordFile.isEmpty()) {
            Result<QString> pw = sync::readPasswordFile(passwordFile);
            if (!pw)
                return ctx.fail(pw.errorMessage());
            user.password = pw.value();
        }
        if (Status s = sync::addUser(conninfo, user); !s)
            return ctx.fail(s.errorMessage());
        ctx.out << "Added " << user.login << " (" << user.role << ", team " << user.team << ")."
                << Qt::endl;
        return Ok;
    }
    return usageServer(ctx);
}

} // namespace cd::cli
