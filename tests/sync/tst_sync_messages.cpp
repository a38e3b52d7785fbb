// Outcome messages go to the shared database and come back to every workstation of the team,
// with their status as it changes (queued, then sent by another workstation); another team
// never sees them; the server refuses a status or channel the workstation would not store; a
// delivery receipt reaches every workstation and no later write moves the status back.
#include "core/outcomemessage.h"
#include "pgtest.h"
#include "storage/messagestore.h"

using namespace cd;
using namespace pgtest;

namespace {
// A person's own connection, to see what row-level security lets them read.
QString valueAs(const QString &db, const QString &login, const QString &sql)
{
    auto c = sync::connectPg(
        QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(socketDir(), port(), login, db));
    if (!c)
        return QStringLiteral("ERROR ") + c.errorMessage();
    sync::Pg pg(c->get());
    auto r = pg.exec(sql.toUtf8());
    if (!r)
        return QStringLiteral("ERROR ") + pg.lastError().sqlState;
    return r->rows() ? r->text(0, 0) : QString();
}

MessageDecision smsTo(const QString &to)
{
    MessageDecision d;
    d.eligible = true;
    d.channel = QStringLiteral("sms");
    d.to = to;
    d.templateKey = QStringLiteral("*/resolved_first_contact");
    return d;
}
} // namespace

class TestSyncMessages : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_dan, m_sue;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("messages");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        m_sue = uniqueLogin(QStringLiteral("sue"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south")));
    }

    void everyWorkstationOfTheTeamSeesWhatWasSent()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        Workstation s(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south"));
        Contact c = a.newContact(QStringLiteral("lost property"));
        c.consentToOutcome = true;
        c.callerPhone = QStringLiteral("07700900123");
        QCOMPARE(a.save(c), QString());
        Contact other = a.newContact(QStringLiteral("withheld one"));
        QCOMPARE(a.save(other), QString());
        MessageStore ma(*a.db);
        CD_VERIFY_OK(ma.queue(c, smsTo(QStringLiteral("+447700900123")), QStringLiteral("en"),
                              QStringLiteral("Thank you for calling."), a.handler));
        CD_VERIFY_OK(ma.withhold(other, smsTo(QString()), QString(),
                                 QStringLiteral("caller distressed"), a.handler));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT string_agg(status || ':' || team, ',' "
                                                 "ORDER BY status) FROM outcome_messages")),
                 QStringLiteral("queued:north,withheld:north"));

        // Dan's workstation (same team) pulls them, and sends the queued one.
        QCOMPARE(b.sync(), QString());
        MessageStore mb(*b.db);
        Result<OutcomeMessage> pulled = mb.forContact(c.id);
        CD_VERIFY_OK(pulled);
        QCOMPARE(pulled->status, QStringLiteral("queued"));
        QCOMPARE(pulled->recipient, QStringLiteral("+447700900123"));
        QCOMPARE(pulled->body, QStringLiteral("Thank you for calling."));
        QCOMPARE(pulled->idempotencyKey, MessageStore::messageIdFor(c.id));
        QCOMPARE(mb.forContact(other.id)->withheldReason, QStringLiteral("caller distressed"));
        OutcomeMessage m = pulled.value();
        CD_VERIFY_OK(mb.markSending(m));
        CD_VERIFY_OK(mb.markSent(m.id, QStringLiteral("notify-1"),
                                 QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)));
        QCOMPARE(b.sync(), QString());

        // Ann's workstation learns that it was sent.
        QCOMPARE(a.sync(), QString());
        Result<OutcomeMessage> back = ma.forContact(c.id);
        CD_VERIFY_OK(back);
        QCOMPARE(back->status, QStringLiteral("sent"));
        QCOMPARE(back->attempts, 1);
        QCOMPARE(back->providerId, QStringLiteral("notify-1"));
        QCOMPARE(ma.sentBetween(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC),
                                QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC),
                                QStringLiteral("north")),
                 1);

        // Sue is in another team: none of it reaches her.
        QCOMPARE(s.sync(), QString());
        QCOMPARE(s.count(QStringLiteral("outcome_messages")), 0);
        QCOMPARE(valueAs(m_db, m_sue, QStringLiteral("SELECT count(*) FROM outcome_messages")),
                 QStringLiteral("0"));
        QCOMPARE(valueAs(m_db, m_dan, QStringLiteral("SELECT count(*) FROM outcome_messages")),
                 QStringLiteral("2"));
    }

    void deliveryReceiptsSyncAndNeverGoBack()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        Contact c = a.newContact(QStringLiteral("receipt"));
        c.consentToOutcome = true;
        c.callerPhone = QStringLiteral("07700900131");
        QCOMPARE(a.save(c), QString());
        MessageStore ma(*a.db);
        CD_VERIFY_OK(ma.queue(c, smsTo(QStringLiteral("+447700900131")), QStringLiteral("en"),
                              QStringLiteral("Thank you."), a.handler));
        OutcomeMessage m = ma.forContact(c.id).value();
        CD_VERIFY_OK(ma.markSending(m));
        CD_VERIFY_OK(ma.markSent(m.id, QStringLiteral("notify-r1"),
                                 QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());

        // Dan's workstation runs `messages receipts`: delivered, and synced to Ann.
        DeliveryReceipt r;
        r.providerId = QStringLiteral("notify-r1");
        r.providerStatus = QStringLiteral("delivered");
        r.status = QStringLiteral("delivered");
        QCOMPARE(MessageStore(*b.db).recordReceipt(r).value(), ReceiptOutcome::Delivered);
        QCOMPARE(b.sync(), QString());
        QCOMPARE(a.sync(), QString());
        QCOMPARE(ma.forContact(c.id)->status, QStringLiteral("delivered"));

        // A workstation that writes an older status later (one that had not pulled the receipt)
        // does not move it back on the server, and its other changes still go in.
        QCOMPARE(superExec(m_db, QStringLiteral("UPDATE outcome_messages SET status = 'sent', "
                                                "last_error = 'x' WHERE provider_id = "
                                                "'notify-r1'")),
                 QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT status || ':' || last_error FROM "
                                                 "outcome_messages WHERE provider_id = "
                                                 "'notify-r1'")),
                 QStringLiteral("delivered:"));
    }

    void serverRefusesWhatTheWorkstationWouldNotStore_data()
    {
        QTest::addColumn<QString>("set");
        QTest::newRow("status") << "status = 'lost'";
        QTest::newRow("channel") << "channel = 'fax'";
        QTest::newRow("created_at") << "created_at = 'yesterday'";
    }
    void serverRefusesWhatTheWorkstationWouldNotStore()
    {
        QFETCH(QString, set);
        const QString error =
            superExec(m_db, QStringLiteral("UPDATE outcome_messages SET %1").arg(set));
        QVERIFY2(error.contains(QStringLiteral("check constraint")), qPrintable(error));
    }
};

QTEST_MAIN(TestSyncMessages)
#include "tst_sync_messages.moc"
