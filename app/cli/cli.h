#pragma once

#include "core/profile.h"
#include "storage/database.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace cd::cli {

// Exit codes shared by every command.
enum ExitCode : int {
    Ok = 0,
    PartialFailure = 1, // the command ran, but some input was rejected (each reported)
    Usage = 2,          // bad arguments: the message says what is expected
    Failed = 3,         // the command could not do its work (database, file, server)
};

// What a command gets: its own arguments, output streams and the profile.
class Context
{
public:
    Context(QString profileDir, QTextStream &out, QTextStream &err);

    QTextStream &out;
    QTextStream &err;
    QString profileDir() const { return m_profileDir; }

    // Opens the profile database once; reports the error on err and returns nullptr.
    Database *database();
    // The profile's handler name, or the login name when no profile was set.
    QString actor();
    HandlerProfile profile();

    int usage(const QString &message); // prints to err, returns Usage
    int fail(const QString &message);  // prints to err, returns Failed

private:
    QString m_profileDir;
    std::unique_ptr<Database> m_db;
};

using CommandFn = std::function<int(Context &, const QStringList &args)>;

// Help for one option or argument of a command: "--team TEAM" or "FILE.csv", and what it does.
// The text is marked with QT_TRANSLATE_NOOP("cd::cli::Help", ...) and translated when printed.
struct OptionHelp
{
    const char *name;
    const char *text;
};

// One command of a group, as --help, the man page and the bash completion show it.
struct CommandHelp
{
    const char *name;     // "list"; "" when the group itself takes the options (report --month)
    const char *synopsis; // the arguments after the group name: "list [--open] [--json]"
    const char *summary;  // QT_TRANSLATE_NOOP("cd::cli::Help", ...)
    QList<OptionHelp> options;         // every option and argument the command reads
    QList<const char *> examples = {}; // whole command lines after "contactdesk-admin "
};

struct CommandGroup
{
    const char *name;    // "contacts"
    const char *summary; // one line for --help: QT_TRANSLATE_NOOP("cd::cli::Help", ...)
    CommandFn run;       // gets the arguments after the group name
    // The group's commands with their options and examples. The dispatcher refuses a command
    // or an option that is not listed here (exit 2), and tst_clihelp fails on a group or a
    // command without help and an example: a new command is listed here or it does not run.
    QList<CommandHelp> commands = {};
};

// Every command group; add an entry in commands.cpp, with its help, to register a new one.
const QList<CommandGroup> &commandGroups();

// The same table as documents: the man page (roff) and a bash completion script.
QString manPage();
QString bashCompletion();

// Shared helpers for command files.
// Takes "--name value" or "--name=value" out of args; empty when absent.
QString takeOption(QStringList &args, const QString &name, bool *present = nullptr);
bool takeFlag(QStringList &args, const QString &name);

int runContacts(Context &ctx, const QStringList &args);
int runProfile(Context &ctx, const QStringList &args);
int runEscalations(Context &ctx, const QStringList &args);
int runTaxonomy(Context &ctx, const QStringList &args);
int runVehicles(Context &ctx, const QStringList &args);
int runScripts(Context &ctx, const QStringList &args);
int runServer(Context &ctx, const QStringList &args);
int runSync(Context &ctx, const QStringList &args);
int runReport(Context &ctx, const QStringList &args);
int runSurveys(Context &ctx, const QStringList &args);
int runImprovements(Context &ctx, const QStringList &args);
int runAudit(Context &ctx, const QStringList &args);
int runDemo(Context &ctx, const QStringList &args);
int runPractice(Context &ctx, const QStringList &args);
int runQa(Context &ctx, const QStringList &args);
int runMessages(Context &ctx, const QStringList &args);
int runUsers(Context &ctx, const QStringList &args);

// The program's entry: parses global options (--profile DIR) and dispatches.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cd::cli
