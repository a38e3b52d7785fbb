#include "cli/cli.h"

#include "storage/accountstore.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"

namespace cd::cli {

int runProfile(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(QStringLiteral("profile needs a command: show, set, setting"));
    const QString command = args.takeFirst();
    Database *db = ctx.database();
    if (!db)
        return Failed;
    ProfileStore store(*db);
    if (command == QLatin1String("show")) {
        const HandlerProfile p = store.load();
        ctx.out << "name: " << p.name << "\nrole: " << roleCode(p.role) << "\nteam: " << p.team
                << "\nworkstation: " << db->workstationId() << "\ndatabase: " << db->path()
                << "\nschema: " << db->schemaVersion() << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("set")) {
        HandlerProfile p = store.load();
        bool has = false;
        if (const QString v = takeOption(args, QStringLiteral("--name"), &has); has)
            p.name = v;
        if (const QString v = takeOption(args, QStringLiteral("--team"), &has); has)
            p.team = v;
        if (const QString v = takeOption(args, QStringLiteral("--role"), &has); has) {
            if (!roleFromCode(v, &p.role))
                return ctx.usage(
                    QStringLiteral("--role must be handler, manager, trainer or administrator"));
            // With accounts, a role is the account's, given by an administrator.
            if (!AccountStore(*db).isEmpty())
                return ctx.usage(QStringLiteral("this profile has accounts: a role is given to "
                                                "an account with `users role LOGIN ROLE`"));
        }
        if (!args.isEmpty())
            return ctx.usage(QStringLiteral("unexpected \"%1\"").arg(args.first()));
        if (Status s = store.save(p); !s)
            return ctx.fail(s.errorMessage());
        ctx.out << "profile saved" << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("setting")) {
        // profile setting KEY [VALUE]
        if (args.isEmpty() || args.size() > 2)
            return ctx.usage(QStringLiteral("usage: profile setting KEY [VALUE]"));
        SettingsStore settings(*db);
        SettingsStore::Key key;
        if (!SettingsStore::keyFromName(args.first(), &key))
            return ctx.usage(QStringLiteral("unknown setting \"%1\"").arg(args.first()));
        if (args.size() == 2)
            if (Status s = settings.setValue(key, args.at(1)); !s)
                return ctx.usage(s.errorMessage());
        ctx.out << SettingsStore::keyName(key) << " = " << settings.value(key).toString()
                << Qt::endl;
        return Ok;
    }
    return ctx.usage(QStringLiteral("unknown profile command \"%1\"").arg(command));
}

} // namespace cd::cli
