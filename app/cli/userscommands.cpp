#include "cli/cli.h"

#include "storage/accountstore.h"
#include "sync/connectionsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

int usageUsers(Context &ctx)
{
    return ctx.usage(QStringLiteral(
        "usage: users add LOGIN --name NAME --team TEAM [--role ROLE] --password-file FILE "
        "[--admin LOGIN --admin-password-file FILE] | users passwd LOGIN --password-file FILE "
        "--admin LOGIN --admin-password-file FILE | users role LOGIN ROLE --admin LOGIN "
        "--admin-password-file FILE | users list [--json]"));
}

// The administrator making the change: --admin and their password, checked against the
// accounts. Empty login (and Ok) when there is no account yet: the first one needs none.
int administrator(Context &ctx, AccountStore &store, QStringList &args, QString *login)
{
    const QString admin = takeOption(args, QStringLiteral("--admin"));
    const QString passwordFile = takeOption(args, QStringLiteral("--admin-password-file"));
    if (store.isEmpty()) {
        login->clear();
        return Ok;
    }
    if (admin.isEmpty() || passwordFile.isEmpty())
        return ctx.usage(QStringLiteral("an administrator makes this change: give --admin LOGIN "
                                        "and --admin-password-file FILE"));
    Result<QString> pw = sync::readPasswordFile(passwordFile);
    if (!pw)
        return ctx.fail(pw.errorMessage());
    Result<Account> a = store.verifyAdministrator(admin, pw.value());
    if (!a) {
        ctx.err << a.errorMessage() << Qt::endl;
        return PartialFailure;
    }
    *login = a->login;
    return Ok;
}

int readNewPassword(Context &ctx, QStringList &args, QString *password)
{
    const QString file = takeOption(args, QStringLiteral("--password-file"));
    if (file.isEmpty())
        return ctx.usage(QStringLiteral("give the new password with --password-file FILE"));
    Result<QString> pw = sync::readPasswordFile(file);
    if (!pw)
        return ctx.fail(pw.errorMessage());
    *password = pw.value();
    return Ok;
}

// A refused change (not an administrator, a weak password, no such account): exit 1.
int refused(Context &ctx, const Status &s)
{
    ctx.err << s.errorMessage() << Qt::endl;
    return PartialFailure;
}

} // namespace

int runUsers(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageUsers(ctx);
    const QString command = args.takeFirst();
    Database *db = ctx.database();
    if (!db)
        return Failed;
    AccountStore store(*db);

    if (command == QLatin1String("list")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        if (!args.isEmpty())
            return usageUsers(ctx);
        const QList<Account> accounts = store.list();
        if (json) {
            QJsonArray rows;
            for (const Account &a : accounts)
                rows.append(QJsonObject{{QStringLiteral("login"), a.login},
                                        {QStringLiteral("name"), a.name},
                                        {QStringLiteral("team"), a.team},
                                        {QStringLiteral("role"), roleCode(a.role)},
                                        {QStringLiteral("source"), a.source}});
            ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (accounts.isEmpty())
            ctx.out << "No accounts: anyone at this workstation works as a handler. "
                       "The first account added is the administrator."
                    << Qt::endl;
        for (const Account &a : accounts)
            ctx.out << a.login << '\t' << roleCode(a.role) << '\t' << a.team << '\t' << a.name
                    << (a.source == QLatin1String("server") ? "\t(shared database)" : "")
                    << Qt::endl;
        return Ok;
    }
    if (args.isEmpty())
        return usageUsers(ctx);
    const QString login = args.takeFirst();

    if (command == QLatin1String("add")) {
        Account account;
        account.login = login;
        account.name = takeOption(args, QStringLiteral("--name"));
        account.team = takeOption(args, QStringLiteral("--team"));
        bool hasRole = false;
        const QString role = takeOption(args, QStringLiteral("--role"), &hasRole);
        if (hasRole && !roleFromCode(role, &account.role))
            return ctx.usage(
                QStringLiteral("--role must be handler, manager, trainer or administrator"));
        QString admin;
        if (int rc = administrator(ctx, store, args, &admin); rc != Ok)
            return rc;
        QString password;
        if (int rc = readNewPassword(ctx, args, &password); rc != Ok)
            return rc;
        if (!args.isEmpty())
            return ctx.usage(QStringLiteral("unexpected \"%1\"").arg(args.first()));
        Result<Account> added = store.add(admin, account, password);
        if (!added)
            return refused(ctx, added.error());
        ctx.out << "Added " << added->login << " (" << roleCode(added->role) << ", team "
                << added->team << ")." << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("passwd")) {
        QString admin;
        if (int rc = administrator(ctx, store, args, &admin); rc != Ok)
            return rc;
        QString password;
        if (int rc = readNewPassword(ctx, args, &password); rc != Ok)
            return rc;
        if (!args.isEmpty())
            return ctx.usage(QStringLiteral("unexpected \"%1\"").arg(args.first()));
        if (Status s = store.setPassword(admin, login, password); !s)
            return refused(ctx, s);
        ctx.out << "Password changed for " << login << "." << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("role")) {
        if (args.isEmpty())
            return usageUsers(ctx);
        Role role = Role::Handler;
        if (!roleFromCode(args.takeFirst(), &role))
            return ctx.usage(
                QStringLiteral("the role is handler, manager, trainer or administrator"));
        QString admin;
        if (int rc = administrator(ctx, store, args, &admin); rc != Ok)
            return rc;
        if (!args.isEmpty())
            return ctx.usage(QStringLiteral("unexpected \"%1\"").arg(args.first()));
        if (Status s = store.setRole(admin, login, role); !s)
            return refused(ctx, s);
        ctx.out << login << " is now " << roleCode(role) << "." << Qt::endl;
        return Ok;
    }
    return usageUsers(ctx);
}

} // namespace cd::cli
