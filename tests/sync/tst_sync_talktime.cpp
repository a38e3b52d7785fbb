// Talk and wrap-up times and the telephony's call id go to the shared database and come back
// to another workstation of the team; a contact without them stays without (NULL, not 0), and
// the server refuses a time that is negative or longer than a day.
#include "pgtest.h"

using namespace cd;
using namespace pgtest;

class TestSyncTalkTime : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_dan;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("talktime");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north")));
    }

    void timesRoundTrip()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        Contact timed = a.newContact(QStringLiteral("popped call"));
        timed.callId = QStringLiteral("CALL-901");
        timed.talkSeconds = 185;
        timed.wrapUpSeconds = 40;
        QCOMPARE(a.save(timed), QString());
        Contact old = a.newContact(QStringLiteral("no figures"));
        QCOMPARE(a.save(old), QString());

        QCOMPARE(a.sync(), QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT call_id || '|' || talk_seconds || '|' || "
                                                 "wrapup_seconds FROM contacts WHERE id = '%1'")
                                      .arg(timed.id)),
                 QStringLiteral("CALL-901|185|40"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT (talk_seconds IS NULL AND wrapup_seconds "
                                                 "IS NULL)::text FROM contacts WHERE id = '%1'")
                                      .arg(old.id)),
                 QStringLiteral("true"));

        QCOMPARE(b.sync(), QString());
        Result<Contact> pulled = ContactStore(*b.db).get(timed.id, b.handler);
        CD_VERIFY_OK(pulled);
        QCOMPARE(pulled->callId, QStringLiteral("CALL-901"));
        QCOMPARE(pulled->talkSeconds, 185);
        QCOMPARE(pulled->wrapUpSeconds, 40);
        Result<Contact> pulledOld = ContactStore(*b.db).get(old.id, b.handler);
        CD_VERIFY_OK(pulledOld);
        QCOMPARE(pulledOld->talkSeconds, -1);
        QCOMPARE(pulledOld->wrapUpSeconds, -1);
        QCOMPARE(b.localValue(QStringLiteral("SELECT typeof(talk_seconds) FROM contacts WHERE "
                                             "id = '%1'")
                                  .arg(old.id)),
                 QStringLiteral("null"));
    }

    void serverRefusesImpossibleTimes_data()
    {
        QTest::addColumn<QString>("set");
        QTest::newRow("negative talk") << "talk_seconds = -1";
        QTest::newRow("over a day") << "wrapup_seconds = 86401";
    }
    void serverRefusesImpossibleTimes()
    {
        QFETCH(QString, set);
        const QString error = superExec(m_db, QStringLiteral("UPDATE contacts SET %1").arg(set));
        QVERIFY2(error.contains(QStringLiteral("check constraint")), qPrintable(error));
    }
};

QTEST_MAIN(TestSyncTalkTime)
#include "tst_sync_talktime.moc"
