#include "cli/cli.h"

#include "core/roff.h"
#include "storage/profile.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

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

// lupdate reads this file's messages into the context cd::cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli)
};

const char kProgram[] = "contactdesk-admin";

QString helpText(const char *text)
{
    return QCoreApplication::translate("cd::cli::Help", text);
}

// "--team TEAM" -> "--team"; an argument ("FILE.csv") has no option name.
QString optionName(const OptionHelp &o)
{
    const QString name = QString::fromLatin1(o.name);
    if (!name.startsWith(QLatin1String("--")))
        return {};
    return name.section(QLatin1Char(' '), 0, 0);
}

bool optionTakesValue(const OptionHelp &o)
{
    return QString::fromLatin1(o.name).contains(QLatin1Char(' '));
}

bool isHelpRequest(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h");
}

const CommandGroup *findGroup(const QString &name)
{
    for (const CommandGroup &g : commandGroups())
        if (name == QLatin1String(g.name))
            return &g;
    return nullptr;
}

const CommandHelp *findCommand(const CommandGroup &group, const QString &name)
{
    for (const CommandHelp &c : group.commands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString commandNames(const CommandGroup &group)
{
    QStringList names;
    for (const CommandHelp &c : group.commands)
        if (*c.name)
            names << QString::fromLatin1(c.name);
    return names.join(QLatin1String(", "));
}

QString usageLine(const CommandGroup &group, const CommandHelp &command)
{
    return QStringLiteral("%1 [--profile DIR] %2 %3")
        .arg(QLatin1String(kProgram), QLatin1String(group.name), QLatin1String(command.synopsis));
}

void writeTwoColumns(QTextStream &out, const QList<QPair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &r : rows)
        width = qMax(width, r.first.size());
    width = qMin<qsizetype>(width, 24);
    for (const auto &r : rows) {
        if (r.first.size() > width)
            out << "  " << r.first << "\n  " << QString(width, QLatin1Char(' ')) << "  " << r.second
                << '\n';
        else
            out << "  " << r.first.leftJustified(width) << "  " << r.second << '\n';
    }
}

void writeCommandHelp(QTextStream &out, const CommandGroup &group, const CommandHelp &command)
{
    out << Tr::tr("Usage: %1").arg(usageLine(group, command)) << "\n\n"
        << helpText(command.summary) << '\n';
    if (!command.options.isEmpty()) {
        out << '\n' << Tr::tr("Options and arguments:") << '\n';
        QList<QPair<QString, QString>> rows;
        for (const OptionHelp &o : command.options)
            rows.append({QString::fromLatin1(o.name), helpText(o.text)});
        writeTwoColumns(out, rows);
    }
    out << '\n'
        << (command.examples.size() == 1 ? Tr::tr("Example:") : Tr::tr("Examples:")) << '\n';
    for (const char *e : command.examples)
        out << "  " << kProgram << ' ' << e << '\n';
}

void writeGroupHelp(QTextStream &out, const CommandGroup &group)
{
    out << group.name << ": " << helpText(group.summary) << "\n\n";
    if (group.commands.isEmpty())
        out << Tr::tr("This command group has no help yet.") << '\n';
    for (qsizetype i = 0; i < group.commands.size(); ++i) {
        if (i > 0)
            out << '\n';
        writeCommandHelp(out, group, group.commands.at(i));
    }
}

void writeHelp(QTextStream &out)
{
    out << Tr::tr("Usage: %1 [--profile DIR] GROUP COMMAND [OPTIONS] [ARGUMENTS]\n"
                  "       %1 help [GROUP [COMMAND]]\n"
                  "       %1 --help | --version")
               .arg(QLatin1String(kProgram))
        << "\n\n"
        << Tr::tr("Works on a Contact Desk profile without the GUI. The default profile is\n%1.")
               .arg(QDir::toNativeSeparators(Database::defaultProfileDir()))
        << "\n\n"
        << Tr::tr("Command groups:") << '\n';
    QList<QPair<QString, QString>> rows;
    for (const CommandGroup &g : commandGroups())
        rows.append({QString::fromLatin1(g.name), helpText(g.summary)});
    writeTwoColumns(out, rows);
    out << '\n' << Tr::tr("Options:") << '\n';
    writeTwoColumns(
        out, {{QStringLiteral("--profile DIR"), Tr::tr("Work on the profile in DIR.")},
              {QStringLiteral("--help, -h"),
               Tr::tr("Print this help; GROUP --help and GROUP COMMAND --help print a group's "
                      "or a command's.")},
              {QStringLiteral("--version"), Tr::tr("Print the version.")},
              {QStringLiteral("--help-man"), Tr::tr("Print the manual page (roff).")},
              {QStringLiteral("--bash-completion"), Tr::tr("Print the bash completion script.")}});
    out << '\n'
        << Tr::tr("Examples:") << '\n'
        << "  " << kProgram << " help report\n"
        << "  " << kProgram << " escalations list --help\n"
        << "  " << kProgram
        << " --profile /srv/training report --month 2026-10 --format pdf --out october.pdf\n\n"
        << Tr::tr("Exit codes: 0 done, 1 done but some input rejected, 2 usage, 3 failed.") << '\n';
    out.flush();
}

// `help [GROUP [COMMAND]]` and `GROUP [COMMAND] --help`.
int printHelpFor(const QStringList &words, QTextStream &out, QTextStream &err)
{
    if (words.isEmpty()) {
        writeHelp(out);
        return Ok;
    }
    const CommandGroup *group = findGroup(words.first());
    if (!group) {
        err << kProgram << ": "
            << Tr::tr("unknown command group \"%1\"; try %2 --help")
                   .arg(words.first(), QLatin1String(kProgram))
            << Qt::endl;
        return Usage;
    }
    if (words.size() == 1) {
        writeGroupHelp(out, *group);
    } else {
        const CommandHelp *command = findCommand(*group, words.at(1));
        if (!command || words.size() > 2) {
            err << kProgram << ": "
                << Tr::tr("unknown %1 command \"%2\"; the commands are: %3")
                       .arg(QLatin1String(group->name), words.mid(1).join(QLatin1Char(' ')),
                            commandNames(*group))
                << Qt::endl;
            return Usage;
        }
        writeCommandHelp(out, *group, *command);
    }
    out.flush();
    return Ok;
}

// Refuses what the group's table does not list: an unknown command, or an option the command
// does not take, named in the message (exit 2). A group without help is left to itself.
int checkArguments(const CommandGroup &group, const QStringList &args, QTextStream &err)
{
    if (group.commands.isEmpty() || args.isEmpty())
        return Ok;
    const QString first = args.first();
    const CommandHelp *command = findCommand(group, first);
    qsizetype from = 1;
    if (!command && first.startsWith(QLatin1Char('-'))) {
        command = findCommand(group, QString());
        from = 0;
        if (!command)
            return Ok; // the group's own message says which command it needs
    }
    if (!command) {
        err << kProgram << ": "
            << Tr::tr("unknown %1 command \"%2\"; the commands are: %3 (see %4 %1 --help)")
                   .arg(QLatin1String(group.name), first, commandNames(group),
                        QLatin1String(kProgram))
            << Qt::endl;
        return Usage;
    }
    for (qsizetype i = from; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")))
            continue;
        const QString name = a.section(QLatin1Char('='), 0, 0);
        const OptionHelp *known = nullptr;
        for (const OptionHelp &o : command->options)
            if (optionName(o) == name)
                known = &o;
        if (!known) {
            const QString where = *command->name
                                      ? QStringLiteral("%1 %2").arg(QLatin1String(group.name),
                                                                    QLatin1String(command->name))
                                      : QString::fromLatin1(group.name);
            err << kProgram << ": "
                << Tr::tr("unknown option \"%1\" for %2; see %3 %2 --help")
                       .arg(name, where, QLatin1String(kProgram))
                << Qt::endl;
            return Usage;
        }
        if (optionTakesValue(*known) && !a.contains(QLatin1Char('=')))
            ++i; // its value, which may itself start with dashes
    }
    return Ok;
}

} // namespace

QString manPage()
{
    QString page;
    QTextStream out(&page);
    const auto bold = [](const QString &text) {
        return QStringLiteral("\\fB%1\\fR").arg(text);
    };
    out << ".TH CONTACTDESK\\-ADMIN 1 \"\" \"Contact Desk "
        << roffText(QCoreApplication::applicationVersion()) << "\" \"User Commands\"\n"
        << ".SH NAME\n"
        << "contactdesk\\-admin \\- "
        << roffText(
               Tr::tr("work on a Contact Desk profile and the shared database without the GUI"))
        << "\n.SH SYNOPSIS\n"
        << ".B contactdesk\\-admin\n[\\fB\\-\\-profile\\fR \\fIDIR\\fR] \\fIGROUP\\fR "
           "\\fICOMMAND\\fR "
           "[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n.br\n"
        << ".B contactdesk\\-admin help\n[\\fIGROUP\\fR [\\fICOMMAND\\fR]]\n"
        << ".SH DESCRIPTION\n"
        << roffText(Tr::tr("contactdesk-admin works on a Contact Desk profile (the handler's local "
                           "database) without the GUI: it imports and exports contacts, writes "
                           "reports, checks the audit log, and sets up and syncs with the shared "
                           "PostgreSQL database. The default profile is "
                           "~/.local/share/ContactDesk/contactdesk."))
        << "\n.SH OPTIONS\n";
    const QList<QPair<QString, QString>> global = {
        {QStringLiteral("--profile DIR"), Tr::tr("Work on the profile in DIR.")},
        {QStringLiteral("--help, -h"), Tr::tr("Print the help; GROUP --help and GROUP COMMAND "
                                              "--help print a group's or a command's.")},
        {QStringLiteral("--version"), Tr::tr("Print the version.")},
        {QStringLiteral("--help-man"), Tr::tr("Print the manual page (roff).")},
        {QStringLiteral("--bash-completion"), Tr::tr("Print the bash completion script.")}};
    for (const auto &o : global)
        out << ".TP\n" << bold(roffText(o.first)) << '\n' << roffText(o.second) << '\n';
    out << ".SH COMMANDS\n";
    for (const CommandGroup &g : commandGroups())
        out << ".TP\n"
            << bold(roffText(QString::fromLatin1(g.name))) << '\n'
            << roffText(helpText(g.summary)) << '\n';
    for (const CommandGroup &g : commandGroups()) {
        for (const CommandHelp &c : g.commands) {
            out << ".SS \""
                << roffText(QStringLiteral("%1 %2").arg(QLatin1String(g.name),
                                                        QLatin1String(c.synopsis)))
                << "\"\n"
                << roffText(helpText(c.summary)) << '\n';
            for (const OptionHelp &o : c.options)
                out << ".TP\n"
                    << bold(roffText(QString::fromLatin1(o.name))) << '\n'
                    << roffText(helpText(o.text)) << '\n';
            out << ".PP\n"
                << roffText(c.examples.size() == 1 ? Tr::tr("Example:") : Tr::tr("Examples:"))
                << "\n.RS\n.nf\n";
            for (const char *e : c.examples)
                out << roffText(
                           QStringLiteral("%1 %2").arg(QLatin1String(kProgram), QLatin1String(e)))
                    << '\n';
            out << ".fi\n.RE\n";
        }
    }
    out << ".SH \"EXIT STATUS\"\n"
        << ".TP\n.B 0\n"
        << roffText(Tr::tr("Done.")) << '\n'
        << ".TP\n.B 1\n"
        << roffText(Tr::tr("Done, but some input was rejected; each is reported.")) << '\n'
        << ".TP\n.B 2\n"
        << roffText(Tr::tr("Usage: a bad command, option or argument, named in the message."))
        << '\n'
        << ".TP\n.B 3\n"
        << roffText(Tr::tr("Failed: the database, a file or the server.")) << '\n'
        << ".SH ENVIRONMENT\n.TP\n.B PGPASSWORD\n"
        << roffText(Tr::tr(
               "The shared database's password, when no --password-file or ~/.pgpass gives it."))
        << "\n.SH \"SEE ALSO\"\n.BR contactdesk (1)\n";
    out.flush();
    return page;
}

QString bashCompletion()
{
    QString script;
    QTextStream out(&script);
    out << "# bash completion for contactdesk-admin; written by contactdesk-admin "
           "--bash-completion\n"
           "_contactdesk_admin()\n{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    local group= command= i w\n"
           "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
           "        w=${COMP_WORDS[i]}\n"
           "        case $w in\n"
           "            --profile) ((i++)) ;;\n"
           "            -*) ;;\n"
           "            *) if [[ -z $group ]]; then group=$w; elif [[ -z $command ]]; then "
           "command=$w; fi ;;\n"
           "        esac\n"
           "    done\n"
           "    case $prev in\n"
           "        --profile) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n";
    // Options whose value is a file or a folder complete as such; other values are free text.
    QStringList fileOptions;
    QStringList valueOptions;
    for (const CommandGroup &g : commandGroups())
        for (const CommandHelp &c : g.commands)
            for (const OptionHelp &o : c.options) {
                const QString name = optionName(o);
                if (name.isEmpty() || !optionTakesValue(o))
                    continue;
                const QString value = QString::fromLatin1(o.name).section(QLatin1Char(' '), 1);
                QStringList &list =
                    value.contains(QLatin1String("FILE")) ? fileOptions : valueOptions;
                if (!list.contains(name))
                    list << name;
            }
    valueOptions.removeIf([&](const QString &n) { return fileOptions.contains(n); });
    if (!fileOptions.isEmpty())
        out << "        " << fileOptions.join(QLatin1Char('|'))
            << ") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
    if (!valueOptions.isEmpty())
        out << "        " << valueOptions.join(QLatin1Char('|')) << ") return ;;\n";
    out << "    esac\n"
           "    local words\n"
           "    case $group in\n";
    QStringList groupNames;
    for (const CommandGroup &g : commandGroups()) {
        groupNames << QString::fromLatin1(g.name);
        QStringList commands;
        QStringList defaultOptions;
        for (const CommandHelp &c : g.commands) {
            if (*c.name)
                commands << QString::fromLatin1(c.name);
            else
                for (const OptionHelp &o : c.options)
                    if (!optionName(o).isEmpty())
                        defaultOptions << optionName(o);
        }
        out << "        " << g.name << ")\n            case $command in\n";
        for (const CommandHelp &c : g.commands) {
            if (!*c.name)
                continue;
            QStringList options{QStringLiteral("--help")};
            for (const OptionHelp &o : c.options)
                if (!optionName(o).isEmpty())
                    options << optionName(o);
            out << "                " << c.name << ") words=\"" << options.join(QLatin1Char(' '))
                << "\" ;;\n";
        }
        out << "                *) words=\"" << (commands + defaultOptions).join(QLatin1Char(' '))
            << " --help\" ;;\n            esac ;;\n";
    }
    out << "        *) words=\"" << groupNames.join(QLatin1Char(' '))
        << " help --profile --help --version\" ;;\n"
           "    esac\n"
           "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
           "}\n"
           "complete -o default -F _contactdesk_admin contactdesk-admin\n";
    out.flush();
    return script;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments.mid(1);
    bool hasProfile = false;
    QString profileDir = takeOption(args, QStringLiteral("--profile"), &hasProfile);
    if (hasProfile && profileDir.isEmpty()) {
        err << kProgram << ": " << Tr::tr("--profile needs a folder") << Qt::endl;
        return Usage;
    }
    if (!hasProfile)
        profileDir = Database::defaultProfileDir();
    if (args.isEmpty()) {
        writeHelp(out);
        return Usage;
    }
    const QString first = args.first();
    if (isHelpRequest(first))
        return printHelpFor({}, out, err);
    if (first == QLatin1String("help"))
        return printHelpFor(args.mid(1), out, err);
    if (first == QLatin1String("--version")) {
        out << kProgram << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (first == QLatin1String("--help-man")) {
        out << manPage();
        out.flush();
        return Ok;
    }
    if (first == QLatin1String("--bash-completion")) {
        out << bashCompletion();
        out.flush();
        return Ok;
    }
    if (first.startsWith(QLatin1Char('-'))) {
        err << kProgram << ": "
            << Tr::tr("unknown option \"%1\"; try %2 --help").arg(first, QLatin1String(kProgram))
            << Qt::endl;
        return Usage;
    }
    const QString groupName = args.takeFirst();
    const CommandGroup *group = findGroup(groupName);
    if (!group) {
        err << kProgram << ": "
            << Tr::tr("unknown command \"%1\"; try %2 --help")
                   .arg(groupName, QLatin1String(kProgram))
            << Qt::endl;
        return Usage;
    }
    if (std::any_of(args.cbegin(), args.cend(), isHelpRequest)) {
        QStringList words{groupName};
        if (!args.isEmpty() && !args.first().isEmpty() && findCommand(*group, args.first()))
            words << args.first();
        return printHelpFor(words, out, err);
    }
    if (const int code = checkArguments(*group, args, err); code != Ok)
        return code;
    Context ctx(profileDir, out, err);
    const int code = group->run(ctx, args);
    out.flush();
    err.flush();
    return code;
}

} // namespace cd::cli
