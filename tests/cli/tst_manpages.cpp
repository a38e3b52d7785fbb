// The man pages contactdesk(1) and contactdesk-admin(1) that the build writes (packaging/
// CMakeLists.txt) are the programs' own --help-man, and say what --help says: every command
// with its synopsis, options and examples; every option of the Desk. groff reads them without
// a warning.
#include "cli/cli.h"
#include "core/roff.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

using namespace cd::cli;

namespace {
const QString kDocDir = QStringLiteral(CONTACTDESK_BIN_DIR "/../doc/");

QByteArray output(const QString &program, const QStringList &args, const QByteArray &input = {},
                  QByteArray *err = nullptr, int *code = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    if (err)
        *err = p.readAllStandardError();
    if (code)
        *code = p.exitCode();
    return p.readAllStandardOutput();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private slots:
    void builtPagesAreTheProgramsHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("contactdesk") << QStringLiteral("contactdesk");
        QTest::newRow("contactdesk-admin") << QStringLiteral("contactdesk-admin");
    }

    void builtPagesAreTheProgramsHelp()
    {
        QFETCH(QString, program);
        const QByteArray page = readFile(kDocDir + program + QStringLiteral(".1"));
        QVERIFY2(!page.isEmpty(),
                 qPrintable(kDocDir + program + QStringLiteral(".1 is missing or empty")));
        const QByteArray help = output(QStringLiteral(CONTACTDESK_BIN_DIR "/") + program,
                                       {QStringLiteral("--help-man")});
        QCOMPARE(page, help);
        QVERIFY(page.startsWith(
            ".TH " + program.toUpper().replace(u'-', QLatin1String("\\-")).toUtf8() + " 1 "));
        QCOMPARE(output(QStringLiteral("gzip"),
                        {QStringLiteral("-dc"), kDocDir + program + QStringLiteral(".1.gz")}),
                 page);
        // groff reads it without a warning, and the text comes out.
        QByteArray err;
        int code = -1;
        const QByteArray text = output(QStringLiteral("groff"),
                                       {QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                                        QStringLiteral("-ww"), QStringLiteral("-P-cbou")},
                                       page, &err, &code);
        QCOMPARE(code, 0);
        QVERIFY2(err.isEmpty(), err.constData());
        QVERIFY(text.contains("SYNOPSIS"));
        QVERIFY(text.contains("OPTIONS"));
    }

    // Every command of the table, its options and examples are in contactdesk-admin(1).
    void adminPageHasEveryCommand()
    {
        const QString page =
            QString::fromUtf8(readFile(kDocDir + QStringLiteral("contactdesk-admin.1")));
        QVERIFY(!page.isEmpty());
        for (const CommandGroup &g : commandGroups()) {
            QVERIFY2(
                page.contains(
                    QStringLiteral(".TP\n\\fB%1\\fR\n").arg(cd::roffText(QLatin1String(g.name)))),
                g.name);
            for (const CommandHelp &c : g.commands) {
                const QString synopsis = cd::roffText(
                    QStringLiteral("%1 %2").arg(QLatin1String(g.name), QLatin1String(c.synopsis)));
                QVERIFY2(page.contains(QStringLiteral(".SS \"") + synopsis + u'"'),
                         qPrintable(synopsis));
                for (const OptionHelp &o : c.options)
                    QVERIFY2(page.contains(cd::roffText(QLatin1String(o.name))), o.name);
                for (const char *e : c.examples)
                    QVERIFY2(page.contains(cd::roffText(QStringLiteral("contactdesk-admin ") +
                                                        QLatin1String(e))),
                             e);
            }
        }
        for (const char *s : {"EXIT STATUS", "\\-\\-profile", "\\-\\-version", "contactdesk (1)"})
            QVERIFY2(page.contains(QLatin1String(s)), s);
    }

    // Every option `contactdesk --help` lists is in contactdesk(1).
    void deskPageHasEveryOption()
    {
        const QString page = QString::fromUtf8(readFile(kDocDir + QStringLiteral("contactdesk.1")));
        QVERIFY(!page.isEmpty());
        const QString help = QString::fromUtf8(
            output(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk"), {QStringLiteral("--help")}));
        QRegularExpressionMatchIterator it =
            QRegularExpression(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z-]+)"),
                               QRegularExpression::MultilineOption)
                .globalMatch(help);
        int options = 0;
        while (it.hasNext()) {
            const QString option = it.next().captured(1);
            ++options;
            QVERIFY2(page.contains(cd::roffText(option)), qPrintable(option));
        }
        QVERIFY2(options >= 6, qPrintable(help));
        QVERIFY(page.contains(QStringLiteral("tel:NUMBER")));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
