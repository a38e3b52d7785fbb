// contactdesk-admin sync status: what is waiting for the shared database, counted as the Desk's
// status bar counts it (contacts and escalations, not outbox entries).
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/escalationstore.h"
#include "testsupport.h"
#include "verify.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestSyncCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString status(int *code)
    {
        QProcess p;
        p.setProgram(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin"));
        p.setArguments({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("sync"),
                        QStringLiteral("status")});
        p.start();
        if (!p.waitForFinished(60000))
            return {};
        *code = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QString waitingLine(const QString &out)
    {
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("Waiting to send: ")))
                return line;
        return {};
    }

private slots:
    void statusCountsContactsAndEscalations()
    {
        QVERIFY(m_dir.isValid());
        int code = -1;
        QCOMPARE(waitingLine(status(&code)), QStringLiteral("Waiting to send: nothing"));
        QCOMPARE(code, 0);

        Database::OpenError error;
        std::unique_ptr<Database> db = Database::open(Database::fileNameIn(m_dir.path()), &error);
        QVERIFY2(db, qPrintable(error.message));
        ContactStore contacts(*db);
        Contact first = test::sampleContact(QDateTime::currentDateTimeUtc());
        first.id.clear();
        first.callerName = QStringLiteral("Ann Smith");
        first.notes = QStringLiteral("Wants a call");
        CD_VERIFY_OK(contacts.save(first, QStringLiteral("Sam")));
        first.notes = QStringLiteral("Wants a call back today");
        CD_VERIFY_OK(contacts.save(first, QStringLiteral("Sam")));
        Contact second = test::sampleContact(QDateTime::currentDateTimeUtc());
        second.id.clear();
        second.callerName = QStringLiteral("Bob Jones");
        second.notes = QStringLiteral("Lost property");
        CD_VERIFY_OK(contacts.save(second, QStringLiteral("Sam")));
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        Result<Escalation> callback =
            EscalationStore(*db, rules.value())
                .createFromContact(first, QStringLiteral("callback"), QStringLiteral("Sam"),
                                   QStringLiteral("qos"));
        CD_VERIFY_OK(callback);
        db.reset();

        const QString out = status(&code);
        QCOMPARE(code, 0);
        const QString line = waitingLine(out);
        QVERIFY2(line.startsWith(QLatin1String("Waiting to send: 2 contacts, 1 escalation (")),
                 qPrintable(out));
        QVERIFY2(line.endsWith(QLatin1String(" changes)")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
