// Commands that explain themselves: every command group and command of contactdesk-admin has
// help with its options and an example, reachable as GROUP --help, GROUP COMMAND --help and
// help GROUP COMMAND; a bad command or option is named and exits 2; both programs answer
// --help and --version, the Desk without a display; the bash completion completes from the
// same table. The table is read from the library, the answers from the programs.
#include "cli/cli.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::cli;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &args,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONTACTDESK_BIN_DIR "/") + program, args);
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString where(const CommandGroup &g, const CommandHelp &c)
{
    return *c.name ? QStringLiteral("%1 %2").arg(QLatin1String(g.name), QLatin1String(c.name))
                   : QString::fromLatin1(g.name);
}

// The "--x" words of a synopsis or an example.
QStringList optionsIn(const QString &text)
{
    QStringList names;
    QRegularExpressionMatchIterator it =
        QRegularExpression(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*")).globalMatch(text);
    while (it.hasNext())
        names << it.next().captured(0);
    return names;
}

QStringList optionNames(const CommandHelp &c)
{
    QStringList names;
    for (const OptionHelp &o : c.options)
        if (QString::fromLatin1(o.name).startsWith(QLatin1String("--")))
            names << QString::fromLatin1(o.name).section(QLatin1Char(' '), 0, 0);
    return names;
}
} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run admin(const QStringList &args)
    {
        return runProgram(QStringLiteral("contactdesk-admin"),
                          QStringList{QStringLiteral("--profile"), m_dir.path()} + args);
    }

private slots:
    // The table itself: every group and every command carries help, and the help is whole.
    void everyCommandHasHelpAndAnExample()
    {
        QVERIFY(commandGroups().size() >= 12);
        for (const CommandGroup &g : commandGroups()) {
            const QString group = QString::fromLatin1(g.name);
            QVERIFY2(g.summary && *g.summary, qPrintable(group + QStringLiteral(": no summary")));
            QVERIFY2(!g.commands.isEmpty(),
                     qPrintable(group + QStringLiteral(": no commands with help in commands.cpp")));
            for (const CommandHelp &c : g.commands) {
                const QString name = where(g, c);
                QVERIFY2(c.summary && *c.summary,
                         qPrintable(name + QStringLiteral(": no summary")));
                QVERIFY2(c.synopsis && *c.synopsis,
                         qPrintable(name + QStringLiteral(": no synopsis")));
                QVERIFY2(!c.examples.isEmpty(), qPrintable(name + QStringLiteral(": no example")));
                for (const OptionHelp &o : c.options)
                    QVERIFY2(o.text && *o.text,
                             qPrintable(name + QStringLiteral(": option ") + QLatin1String(o.name) +
                                        QStringLiteral(" unexplained")));
                // What the synopsis and the examples use is explained, and nothing more.
                const QStringList explained = optionNames(c);
                QStringList used = optionsIn(QLatin1String(c.synopsis));
                for (const char *e : c.examples) {
                    QVERIFY2(
                        QLatin1String(e).startsWith(group + u' '),
                        qPrintable(name +
                                   QStringLiteral(": example does not start with the group: ") +
                                   QLatin1String(e)));
                    if (*c.name)
                        QVERIFY2(
                            QLatin1String(e).startsWith(name + u' ') || QLatin1String(e) == name,
                            qPrintable(name + QStringLiteral(": example of another command: ") +
                                       QLatin1String(e)));
                    used += optionsIn(QLatin1String(e));
                }
                for (const QString &u : used)
                    QVERIFY2(explained.contains(u),
                             qPrintable(name + QStringLiteral(": ") + u +
                                        QStringLiteral(" is used but not explained")));
                for (const QString &x : explained)
                    QVERIFY2(QLatin1String(c.synopsis).contains(x),
                             qPrintable(name + QStringLiteral(": ") + x +
                                        QStringLiteral(" is explained but not in the synopsis")));
            }
        }
    }

    void groupHelp_data()
    {
        QTest::addColumn<QString>("group");
        for (const CommandGroup &g : commandGroups())
            QTest::newRow(g.name) << QString::fromLatin1(g.name);
    }

    // `GROUP --help` lists each command with its options and its examples, on stdout, exit 0.
    void groupHelp()
    {
        QFETCH(QString, group);
        const CommandGroup *g = nullptr;
        for (const CommandGroup &x : commandGroups())
            if (group == QLatin1String(x.name))
                g = &x;
        QVERIFY(g);
        for (const QStringList &args : {QStringList{group, QStringLiteral("--help")},
                                        QStringList{group, QStringLiteral("-h")},
                                        QStringList{QStringLiteral("help"), group}}) {
            const Run r = admin(args);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("Usage: contactdesk-admin")), qPrintable(r.out));
            for (const CommandHelp &c : g->commands) {
                QVERIFY2(r.out.contains(QLatin1String(c.synopsis)),
                         qPrintable(args.join(u' ') + QStringLiteral(" lacks ") +
                                    QLatin1String(c.synopsis)));
                for (const OptionHelp &o : c.options)
                    QVERIFY2(r.out.contains(QLatin1String(o.name)),
                             qPrintable(args.join(u' ') + QStringLiteral(" lacks ") +
                                        QLatin1String(o.name)));
                for (const char *e : c.examples)
                    QVERIFY2(
                        r.out.contains(QStringLiteral("contactdesk-admin ") + QLatin1String(e)),
                        qPrintable(args.join(u' ') + QStringLiteral(" lacks the example ") +
                                   QLatin1String(e)));
            }
        }
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("command");
        for (const CommandGroup &g : commandGroups())
            for (const CommandHelp &c : g.commands)
                if (*c.name)
                    QTest::addRow("%s %s", g.name, c.name)
                        << QString::fromLatin1(g.name) << QString::fromLatin1(c.name);
    }

    // `GROUP COMMAND --help` and `help GROUP COMMAND`: that command's options and examples only.
    void commandHelp()
    {
        QFETCH(QString, group);
        QFETCH(QString, command);
        const CommandHelp *c = nullptr;
        for (const CommandGroup &g : commandGroups())
            if (group == QLatin1String(g.name))
                for (const CommandHelp &x : g.commands)
                    if (command == QLatin1String(x.name))
                        c = &x;
        QVERIFY(c);
        for (const QStringList &args : {QStringList{group, command, QStringLiteral("--help")},
                                        QStringList{QStringLiteral("help"), group, command}}) {
            const Run r = admin(args);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: contactdesk-admin [--profile DIR] ") +
                                      group + u' ' + QLatin1String(c->synopsis) + u'\n'),
                     qPrintable(r.out));
            for (const OptionHelp &o : c->options)
                QVERIFY2(r.out.contains(QLatin1String(o.name)), qPrintable(r.out));
            QVERIFY(r.out.contains(QStringLiteral("Example")));
            for (const char *e : c->examples)
                QVERIFY(r.out.contains(QStringLiteral("contactdesk-admin ") + QLatin1String(e)));
        }
    }

    // An option the command does not take is named, with where to look, and exits 2 before
    // anything is opened or written.
    void unknownOptionIsNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const CommandGroup &g : commandGroups())
            for (const CommandHelp &c : g.commands) {
                QStringList args{QString::fromLatin1(g.name)};
                if (*c.name)
                    args << QString::fromLatin1(c.name);
                QTest::addRow("%s", qPrintable(where(g, c)))
                    << args + QStringList{QStringLiteral("--frobnicate=3")};
            }
    }

    void unknownOptionIsNamed()
    {
        QFETCH(QStringList, args);
        const Run r = admin(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown option \"--frobnicate\"")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void badCommandsAreNamed()
    {
        Run r = admin({QStringLiteral("escalations"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown escalations command \"frobnicate\"")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("list, export")), qPrintable(r.err));
        r = admin({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("\"frobnicate\"")));
        r = admin({QStringLiteral("--frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("\"--frobnicate\"")));
        r = admin({QStringLiteral("help"), QStringLiteral("vehicles"), QStringLiteral("crush")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"crush\"")), qPrintable(r.err));
        // A value that looks like an option is the option's value, not an unknown option.
        r = admin({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"),
                   QStringLiteral("--J. Smith--"), QStringLiteral("--role"),
                   QStringLiteral("handler"), QStringLiteral("--team"),
                   QStringLiteral("QoS North")});
        QCOMPARE(r.code, 0);
    }

    void adminHelpAndVersion()
    {
        Run r = admin({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const CommandGroup &g : commandGroups())
            QVERIFY2(r.out.contains(QStringLiteral("\n  ") + QLatin1String(g.name) + u' '),
                     qPrintable(r.out));
        for (const char *o : {"--profile DIR", "--version", "Example"})
            QVERIFY(r.out.contains(QLatin1String(o)));
        r = admin({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("contactdesk-admin " CONTACTDESK_VERSION "\n"));
    }

    // The Desk answers --help and --version, and refuses a bad option, with no display at all:
    // no X server, no Wayland and no offscreen platform asked for.
    void deskHelpWithoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(v));
        Run r = runProgram(QStringLiteral("contactdesk"), {QStringLiteral("--help")}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *o : {"--profile <dir>", "--caller <number>", "--call-id <id>", "--hangup",
                              "--version", "tel:NUMBER", "Examples:"})
            QVERIFY2(r.out.contains(QLatin1String(o)), qPrintable(r.out));
        r = runProgram(QStringLiteral("contactdesk"), {QStringLiteral("--version")}, env);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("contactdesk " CONTACTDESK_VERSION "\n"));
        r = runProgram(QStringLiteral("contactdesk"), {QStringLiteral("--frobnicate")}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
        r = runProgram(QStringLiteral("contactdesk"),
                       {QStringLiteral("--call-id"), QStringLiteral("7")}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--call-id goes with")), qPrintable(r.err));
    }

    // The completion script from --bash-completion, run in bash as the shell would.
    void bashCompletion()
    {
        const Run script = admin({QStringLiteral("--bash-completion")});
        QCOMPARE(script.code, 0);
        const QString file = m_dir.filePath(QStringLiteral("completion.bash"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(script.out.toUtf8());
        }
        const auto complete = [&](const QString &line) {
            QProcess bash;
            bash.start(QStringLiteral("bash"),
                       {QStringLiteral("-c"),
                        QStringLiteral("source \"$1\"; read -ra COMP_WORDS <<<\"$2\"; "
                                       "[[ $2 == *' ' ]] && COMP_WORDS+=(''); "
                                       "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _contactdesk_admin; "
                                       "echo \"${COMPREPLY[*]}\""),
                        QStringLiteral("bash"), file, line});
            bash.waitForFinished(30000);
            return QString::fromUtf8(bash.readAllStandardOutput()).trimmed();
        };
        QCOMPARE(complete(QStringLiteral("contactdesk-admin esc")), QStringLiteral("escalations"));
        QCOMPARE(complete(QStringLiteral("contactdesk-admin escalations ")),
                 QStringLiteral("list export --help"));
        QCOMPARE(complete(QStringLiteral("contactdesk-admin escalations list --o")),
                 QStringLiteral("--overdue --open --owner"));
        QCOMPARE(complete(QStringLiteral("contactdesk-admin --profile /tmp report --f")),
                 QStringLiteral("--from --format"));
        QCOMPARE(complete(QStringLiteral("contactdesk-admin sync s")), QStringLiteral("status"));
    }

    // The Desk's own completion: its options; --profile completes folders.
    void deskBashCompletion()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        const Run script =
            runProgram(QStringLiteral("contactdesk"), {QStringLiteral("--bash-completion")}, env);
        QCOMPARE(script.code, 0);
        QDir(m_dir.path()).mkpath(QStringLiteral("profiles/training"));
        const auto complete = [&](const QString &line) {
            QProcess bash;
            bash.setWorkingDirectory(m_dir.path());
            bash.start(QStringLiteral("bash"),
                       {QStringLiteral("-c"),
                        QStringLiteral("eval \"$1\"; read -ra COMP_WORDS <<<\"$2\"; "
                                       "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _contactdesk; "
                                       "echo \"${COMPREPLY[*]}\""),
                        QStringLiteral("bash"), script.out, line});
            bash.waitForFinished(30000);
            return QString::fromUtf8(bash.readAllStandardOutput()).trimmed();
        };
        QCOMPARE(complete(QStringLiteral("contactdesk --ca")),
                 QStringLiteral("--caller --call-id"));
        QCOMPARE(complete(QStringLiteral("contactdesk --h")),
                 QStringLiteral("--help --hangup --help-man --help-all"));
        QCOMPARE(complete(QStringLiteral("contactdesk --profile profiles/tr")),
                 QStringLiteral("profiles/training"));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
