#include "cli/cli.h"

#include "storage/profile.h"

#include <QCoreApplication>
#include <QDir>

namespace cd::cli {

Context::Context(QString profileDir, QTextStream &o, QTextStream &e)
    : out(o)
    , err(e)
    , m_profileDir(std::move(profileDir))
{
}

Database *Context::database()
{
    if (!m_db) {
        Database::OpenError error;
        m_db = Database::open(Database::fileNameIn(m_profileDir), &error);
        if (!m_db)
            err << error.message << Qt::endl;
    }
    return m_db.get();
}

HandlerProfile Context::profile()
{
    Database *db = database();
    return db ? ProfileStore(*db).load() : HandlerProfile{};
}

QString Context::actor()
{
    const HandlerProfile p = profile();
    if (!p.name.isEmpty())
        return p.name;
    const QString user = qEnvironmentVariable("USER", QStringLiteral("administrator"));
    return QStringLiteral("%1 (contactdesk-admin)").arg(user);
}

int Context::usage(const QString &message)
{
    err << "contactdesk-admin: " << message << Qt::endl;
    return Usage;
}

int Context::fail(const QString &message)
{
    err << "contactdesk-admin: " << message << Qt::endl;
    return Failed;
}

QString takeOption(QStringList &args, const QString &name, bool *present)
{
    if (present)
        *present = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == name && i + 1 < args.size()) {
            const QString value = args.at(i + 1);
            args.remove(i, 2);
            if (present)
                *present = true;
            return value;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            const QString value = a.mid(name.size() + 1);
            args.removeAt(i);
            if (present)
                *present = true;
            return value;
        }
    }
    return {};
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

namespace {
void printHelp(QTextStream &out)
{
    out << "Usage: contactdesk-admin [--profile DIR] GROUP COMMAND [ARGS]\n\n"
           "Works on a Contact Desk profile without the GUI. The default profile is\n"
        << QDir::toNativeSeparators(Database::defaultProfileDir()) << ".\n\nCommands:\n";
    for (const CommandGroup &g : commandGroups())
        out << "  " << g.summary << "\n";
    out << "\nExit codes: 0 done, 1 done but some input rejected, 2 usage, 3 failed.\n";
    out.flush();
}
} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments.mid(1);
    bool hasProfile = false;
    QString profileDir = takeOption(args, QStringLiteral("--profile"), &hasProfile);
    if (hasProfile && profileDir.isEmpty()) {
        err << "contactdesk-admin: --profile needs a folder" << Qt::endl;
        return Usage;
    }
    if (!hasProfile)
        profileDir = Database::defaultProfileDir();
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp(out);
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "contactdesk-admin " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QString group = args.takeFirst();
    for (const CommandGroup &g : commandGroups()) {
        if (group == QLatin1String(g.name)) {
            Context ctx(profileDir, out, err);
            const int code = g.run(ctx, args);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "contactdesk-admin: unknown command \"" << group << "\"; try --help" << Qt::endl;
    return Usage;
}

} // namespace cd::cli
