// contactdesk-admin report run as a program: it never writes an empty report without a word.
#include "verify.h"

#include "core/contact.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include "adminrun.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::admin;
using cd::test::Run;

namespace {
QStringList october(const QString &out, const QString &format = QStringLiteral("csv"))
{
    return {QStringLiteral("report"),
            QStringLiteral("--month"),
            QStringLiteral("2026-10"),
            QStringLiteral("--format"),
            format,
            QStringLiteral("--out"),
            out};
}
} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_noTeam.isValid());
        QVERIFY(m_team.isValid());
        // m_noTeam: a profile nobody has said anything about, so no team.
        QCOMPARE(admin(m_team.path(), {QStringLiteral("profile"), QStringLiteral("set"),
                                       QStringLiteral("--name"), QStringLiteral("Admin User"),
                                       QStringLiteral("--team"), QStringLiteral("QoS North")})
                     .code,
                 0);
    }

    void noTeamIsRefused()
    {
        const QString out = m_noTeam.filePath(QStringLiteral("report.csv"));
        const Run r = admin(m_noTeam.path(), october(out));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--team")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        // An empty --team is no team either.
        const Run empty =
            admin(m_noTeam.path(), october(out) + QStringList{QStringLiteral("--team"), QString()});
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains(QStringLiteral("--team")), qPrintable(empty.err));
        QVERIFY(!QFile::exists(out));
    }

    void noContactsIsSaidSo()
    {
        // The profile's team, with nothing recorded in October.
        const QString csv = m_team.filePath(QStringLiteral("report.csv"));
        const Run r = admin(m_team.path(), october(csv));
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(csv));
        QVERIFY2(r.err.contains(QStringLiteral("No contacts")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("QoS North")), qPrintable(r.err));

        // A team given by name that has no contacts: the PDF says so too.
        const QString pdf = m_noTeam.filePath(QStringLiteral("report.pdf"));
        const Run named = admin(m_noTeam.path(), october(pdf, QStringLiteral("pdf")) +
                                                     QStringList{QStringLiteral("--team"),
                                                                 QStringLiteral("QoS Nowhere")});
        QCOMPARE(named.code, 0);
        QVERIFY2(named.err.contains(QStringLiteral("No contacts")), qPrintable(named.err));
        QVERIFY2(named.err.contains(QStringLiteral("QoS Nowhere")), qPrintable(named.err));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                    .simplified()
                    .contains(QStringLiteral("No contacts in this period")));
    }

    void contactsAreNotWarnedAbout()
    {
        Contact c;
        c.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        c.startedAt = QDateTime(QDate(2026, 10, 5), QTime(10, 0), Qt::UTC);
        c.endedAt = c.startedAt.addSecs(300);
        c.handler = QStringLiteral("Admin User");
        c.team = QStringLiteral("QoS North");
        c.channel = QStringLiteral("phone");
        c.category = QStringLiteral("fraud");
        c.outcome = QStringLiteral("signposted");
        {
            Database::OpenError error;
            auto db = Database::open(Database::fileNameIn(m_team.path()), &error);
            QVERIFY2(db, qPrintable(error.message));
            CD_VERIFY_OK(ContactStore(*db).importContacts({c}, QStringLiteral("admin")));
        }
        const QString csv = m_team.filePath(QStringLiteral("one.csv"));
        const Run r = admin(m_team.path(), october(csv));
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("No contacts")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 contacts")), qPrintable(r.out));
    }

private:
    QTemporaryDir m_noTeam;
    QTemporaryDir m_team;
};

QTEST_MAIN(TestReportCli)
#include "tst_reportcli.moc"
