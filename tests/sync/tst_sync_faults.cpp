// Faults in the middle of a push: the server stopped (pg_ctl stop -m immediate) and the
// workstation's process killed (SIGKILL). Nothing is lost and nothing is applied twice.
#include "pgtest.h"

#include <QProcess>

using namespace cd;
using namespace pgtest;

namespace {

bool pgCtl(const QStringList &args)
{
    const QString ctl = env("CONTACTDESK_TEST_PG_CTL");
    return QProcess::execute(ctl, args) == 0;
}

bool waitForServer(const QString &db)
{
    for (int i = 0; i < 100; ++i) {
        if (superValue(db, QStringLiteral("SELECT 1")) == QLatin1String("1"))
            return true;
        QTest::qWait(100);
    }
    return false;
}

// Every contact's change number, so a replay that changed anything would show.
QString serverFingerprint(const QString &db)
{
    return superValue(
        db, QStringLiteral("SELECT count(*) || '/' || coalesce(sum(server_seq), 0) || '/' || "
                           "(SELECT count(*) FROM audit_log) || '/' || "
                           "(SELECT coalesce(sum(server_seq), 0) FROM audit_log) FROM contacts"));
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann;
    QString m_dan;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        QVERIFY2(!env("CONTACTDESK_TEST_PG_CTL").isEmpty(),
                 "CONTACTDESK_TEST_PG_CTL is needed to stop the server");
        m_db = createDatabase("faults");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north")));
        // The test server commits asynchronously (synchronous_commit=off): make the set-up
        // durable before any immediate stop, or a crash could take the new role with it.
        QCOMPARE(superExec(m_db, QStringLiteral("CHECKPOINT")), QString());
    }

    void cleanup()
    {
        // Whatever happened, leave the server running for the next test.
        if (superValue(QStringLiteral("postgres"), QStringLiteral("SELECT 1")) !=
            QLatin1String("1")) {
            pgCtl({QStringLiteral("start")});
            waitForServer(QStringLiteral("postgres"));
        }
    }

    void serverStoppedMidPush_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("pending");    // left in the outbox when the server went
        QTest::addColumn<int>("serverAdds"); // contacts the server had by then
        QTest::newRow("before the server commit") << "push.before_commit" << 10000 << 100 << 0;
        QTest::newRow("after the server commit") << "push.after_commit" << 10000 << 0 << 50;
        // Batches of 30 entries: the server applies one while the next is read and encoded.
        QTest::newRow("while the server applies a batch") << "push.sent" << 30 << 100 << 0;
        QTest::newRow("after the first of four batches") << "push.after_commit" << 30 << 70 << 15;
    }
    void serverStoppedMidPush()
    {
        QFETCH(QString, point);
        QFETCH(int, batch);
        QFETCH(int, pending);
        QFETCH(int, serverAdds);
        Workstation ws(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        QCOMPARE(ws.sync(), QString());
        const QString before = serverFingerprint(m_db);
        const int startCount = before.section(QLatin1Char('/'), 0, 0).toInt();
        for (int i = 0; i < 50; ++i)
            ws.addContact(QStringLiteral("batch %1").arg(i));
        ws.session->setBatchSizes(batch, 5000);
        bool stopped = false;
        ws.session->setFaultHook([&](const char *p) {
            if (!stopped && point == QLatin1String(p)) {
                stopped = pgCtl(
                    {QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")});
            }
        });
        const QString err = ws.sync();
        QVERIFY(stopped);
        QVERIFY2(!err.isEmpty(), "the sync cannot have finished with the server stopped");
        // Only what the server committed left the outbox; the rest is still there.
        QCOMPARE(ws.pending(), pending);
        ws.session->setFaultHook({});

        QVERIFY(pgCtl({QStringLiteral("start")}));
        QVERIFY(waitForServer(m_db));
        const QString afterRestart = serverFingerprint(m_db);
        QCOMPARE(afterRestart.section(QLatin1Char('/'), 0, 0).toInt(), startCount + serverAdds);
        const QString rowsBefore = superValue(
            m_db, QStringLiteral("SELECT string_agg(id || ':' || server_seq, ',' ORDER BY id) "
                                 "FROM contacts"));
        QCOMPARE(ws.sync(), QString()); // reconnects
        QCOMPARE(ws.pending(), 0);
        const QString after = serverFingerprint(m_db);
        QCOMPARE(after.section(QLatin1Char('/'), 0, 0).toInt(), startCount + 50);
        if (serverAdds == 50)
            QCOMPARE(after, afterRestart); // nothing was applied again
        // Rows the server had before the retry kept their change numbers: not applied twice.
        const QString rowsAfter = superValue(
            m_db, QStringLiteral("SELECT string_agg(id || ':' || server_seq, ',' ORDER BY id) "
                                 "FROM contacts"));
        for (const QString &row : rowsBefore.split(QLatin1Char(','), Qt::SkipEmptyParts))
            QVERIFY2(rowsAfter.contains(row), qPrintable(row));
        QCOMPARE(ws.count(QStringLiteral("contacts")), startCount + 50);
    }

    void serverStoppedMidPull()
    {
        // Batches of 7: the server is stopped while the third is applied and the fourth is
        // being read on the other thread. The three applied batches stay with their cursor;
        // the rest arrives on the next sync, nothing twice.
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());
        const int before = b.count(QStringLiteral("contacts"));
        for (int i = 0; i < 50; ++i)
            a.addContact(QStringLiteral("pulled %1").arg(i));
        QCOMPARE(a.sync(), QString());
        b.session->setBatchSizes(100, 7);
        int applied = 0;
        bool stopped = false;
        b.session->setFaultHook([&](const char *p) {
            if (QLatin1String(p) == QLatin1String("pull.before_apply") && ++applied == 3)
                stopped = pgCtl(
                    {QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")});
        });
        QVERIFY2(!b.sync().isEmpty(), "the pull cannot have finished with the server stopped");
        QVERIFY(stopped);
        b.session->setFaultHook({});
        QCOMPARE(b.count(QStringLiteral("contacts")), before + 21);
        const QString cursorAfterThree =
            b.localValue(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"));
        QCOMPARE(b.localValue(QStringLiteral("SELECT max(server_seq) FROM contacts")),
                 cursorAfterThree);

        QVERIFY(pgCtl({QStringLiteral("start")}));
        QVERIFY(waitForServer(m_db));
        QCOMPARE(b.sync(), QString());
        QCOMPARE(b.count(QStringLiteral("contacts")), before + 50);
        QCOMPARE(b.localValue(QStringLiteral(
                     "SELECT count(DISTINCT id) FROM contacts WHERE notes LIKE 'pulled %'")),
                 QStringLiteral("50"));
        QCOMPARE(b.localValue(
                     QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH "
                                    "'pulled'")),
                 QStringLiteral("50"));
    }

    void connectionDroppedBetweenSyncs()
    {
        Workstation ws(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        QCOMPARE(ws.sync(), QString());
        QCOMPARE(
            superExec(m_db, QStringLiteral(
                                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE application_name = 'contactdesk-sync' AND datname = '%1'")
                                .arg(m_db)),
            QString());
        const QString id = ws.addContact(QStringLiteral("after the drop"));
        const QString first = ws.sync();
        if (!first.isEmpty())
            QCOMPARE(ws.sync(), QString()); // the next attempt reconnects
        QCOMPARE(ws.pending(), 0);
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(id)),
            QStringLiteral("after the drop"));
    }

    void workstationKilledMidPush_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("committed");
        QTest::newRow("killed before the server commit") << "push.before_commit" << false;
        QTest::newRow("killed after the server commit") << "push.after_commit" << true;
    }
    void workstationKilledMidPush()
    {
        QFETCH(QString, point);
        QFETCH(bool, committed);
        QTemporaryDir profile;
        const QString dbPath = Database::fileNameIn(profile.path());
        const int startCount = serverFingerprint(m_db).section(QLatin1Char('/'), 0, 0).toInt();
        {
            Database::OpenError error;
            auto db = Database::open(dbPath, &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(settingsFor(m_db, m_ann).save(*db).errorMessage(), QString());
            ContactStore store(*db);
            for (int i = 0; i < 40; ++i) {
                Contact c;
                c.startedAt = QDateTime::currentDateTimeUtc();
                c.handler = QStringLiteral("Ann North");
                c.team = QStringLiteral("north");
                c.channel = QStringLiteral("phone");
                c.category = QStringLiteral("low_level_concern");
                c.outcome = QStringLiteral("resolved_first_contact");
                c.notes = QStringLiteral("killed %1").arg(i);
                CD_VERIFY_OK(store.save(c, c.handler));
            }
        }
        const QString admin = QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("CONTACTDESK_SYNC_PAUSE_AT"), point);
        p.setProcessEnvironment(e);
        p.start(admin, {QStringLiteral("--profile"), profile.path(), QStringLiteral("sync"),
                        QStringLiteral("--once")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        for (int i = 0; i < 300 && !err.contains("paused at"); ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("paused at " + point.toUtf8()), err.constData());
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        // The killed transaction is rolled back by the server once it notices the dropped
        // connection; wait for that rather than race it.
        for (int i = 0; i < 50; ++i) {
            if (superValue(
                    m_db,
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                   "'contactdesk-sync' AND datname = '%1'")
                        .arg(m_db)) == QLatin1String("0"))
                break;
            QTest::qWait(100);
        }
        const QString afterKill = serverFingerprint(m_db);
        QCOMPARE(afterKill.section(QLatin1Char('/'), 0, 0).toInt(),
                 startCount + (committed ? 40 : 0));

        QProcess again;
        again.start(admin, {QStringLiteral("--profile"), profile.path(), QStringLiteral("sync"),
                            QStringLiteral("--once")});
        QVERIFY(again.waitForFinished(60000));
        const QString out = QString::fromUtf8(again.readAllStandardOutput());
        QVERIFY2(again.exitCode() == 0,
                 qPrintable(QString::fromUtf8(again.readAllStandardError())));
        if (committed) {
            QVERIFY2(out.contains(QLatin1String("Sent 0 change(s) (80 already on the server)")),
                     qPrintable(out));
            QCOMPARE(serverFingerprint(m_db), afterKill); // the replay changed nothing
        } else {
            QVERIFY2(out.contains(QLatin1String("Sent 80 change(s)")), qPrintable(out));
        }
        QCOMPARE(serverFingerprint(m_db).section(QLatin1Char('/'), 0, 0).toInt(), startCount + 40);
        Database::OpenError error;
        auto db = Database::open(dbPath, &error);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void syncOnceFailsClearlyWhenTheServerIsDown()
    {
        QTemporaryDir profile;
        QProcess p;
        p.start(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin"),
                {QStringLiteral("--profile"), profile.path(), QStringLiteral("sync"),
                 QStringLiteral("--once"), QStringLiteral("--conninfo"),
                 QStringLiteral("host=/nonexistent port=1 dbname=%1 user=%2 connect_timeout=2")
                     .arg(m_db, m_ann)});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 3);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String(
                     "sync did not finish: could not connect to the shared database")),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
