// The outbox as the sync uses it: one count of pending entries, reading in seq order, the
// newest pending version of each row, setting refused entries aside and clearing sent ones.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include "verify.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cd;

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Database::OpenError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }
    void cleanup() { m_db.reset(); }

    void countsWhatIsQueued()
    {
        Outbox outbox(*m_db);
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(outbox.refusedCount(), 0);
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-1"), 1);
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-2"), 2);
        enqueue(QStringLiteral("audit_log"), QStringLiteral("a-1"), 3);
        QCOMPARE(outbox.pendingCount(), 3);
    }

    void countsContactsAndEscalationsAsAPersonDoes()
    {
        Outbox outbox(*m_db);
        PendingWork none = outbox.pendingWork();
        QCOMPARE(none.contacts, 0);
        QCOMPARE(none.escalations, 0);
        QCOMPARE(none.entries, 0);
        QVERIFY(none.isEmpty());
        // A contact saved twice, with an audit entry each time: one contact.
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-1"), 1);
        enqueue(QStringLiteral("audit_log"), QStringLiteral("a-1"), 2);
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-1"), 3);
        enqueue(QStringLiteral("audit_log"), QStringLiteral("a-2"), 4);
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-2"), 5);
        // An escalation raised, its status changed and a note added: one escalation; a note on
        // another escalation that is already on the server: a second one.
        enqueue(QStringLiteral("escalations"), QStringLiteral("e-1"), 6);
        enqueue(QStringLiteral("escalation_events"), QStringLiteral("ev-1"), 7,
                QStringLiteral("e-1"));
        enqueue(QStringLiteral("escalation_notes"), QStringLiteral("n-1"), 8,
                QStringLiteral("e-1"));
        enqueue(QStringLiteral("escalation_notes"), QStringLiteral("n-2"), 9,
                QStringLiteral("e-2"));
        const PendingWork work = outbox.pendingWork();
        QCOMPARE(work.contacts, 2);
        QCOMPARE(work.escalations, 2);
        QCOMPARE(work.entries, 9);
        QCOMPARE(work.entries, outbox.pendingCount());
        QVERIFY(!work.isEmpty());
    }

    void readsInSeqOrderAfterASeq()
    {
        for (int i = 1; i <= 5; ++i)
            enqueue(QStringLiteral("contacts"), QStringLiteral("c-%1").arg(i), i);
        Outbox outbox(*m_db);
        QList<OutboxEntry> all;
        CD_VERIFY_OK(outbox.readAfter(0, 100, &all));
        QCOMPARE(all.size(), 5);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i).seq > all.at(i - 1).seq);
        const OutboxEntry &first = all.constFirst();
        QCOMPARE(first.entity, QStringLiteral("contacts"));
        QCOMPARE(first.entityId, QStringLiteral("c-1"));
        QCOMPARE(first.op, QStringLiteral("upsert"));
        QCOMPARE(first.hlc, hlc(1).toString());
        QCOMPARE(first.payload, QByteArray("{\"id\":\"c-1\",\"n\":1,\"notes\":\"tab\\there\"}"));

        QList<OutboxEntry> some;
        CD_VERIFY_OK(outbox.readAfter(all.at(1).seq, 2, &some));
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.at(0).entityId, QStringLiteral("c-3"));
        QCOMPARE(some.at(1).entityId, QStringLiteral("c-4"));

        QList<OutboxEntry> none;
        CD_VERIFY_OK(outbox.readAfter(all.constLast().seq, 100, &none));
        QVERIFY(none.isEmpty());
    }

    void newestPendingVersionOfEachRow()
    {
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-1"), 5);
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-1"), 9);
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-1"), 7);    // older, queued later
        enqueue(QStringLiteral("escalations"), QStringLiteral("c-1"), 2); // same id, other table
        Result<QHash<QString, QString>> pending = Outbox(*m_db).newestPending();
        CD_VERIFY_OK(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(
            pending->value(Outbox::pendingKey(QStringLiteral("contacts"), QStringLiteral("c-1"))),
            hlc(9).toString());
        QCOMPARE(pending->value(
                     Outbox::pendingKey(QStringLiteral("escalations"), QStringLiteral("c-1"))),
                 hlc(2).toString());
        QVERIFY(!pending->contains(
            Outbox::pendingKey(QStringLiteral("contacts"), QStringLiteral("c-2"))));
    }

    void clearsUpToASeq()
    {
        for (int i = 1; i <= 4; ++i)
            enqueue(QStringLiteral("contacts"), QStringLiteral("c-%1").arg(i), i);
        Outbox outbox(*m_db);
        QList<OutboxEntry> all;
        CD_VERIFY_OK(outbox.readAfter(0, 100, &all));
        QCOMPARE(all.size(), 4);
        CD_VERIFY_OK(outbox.clearUpTo(all.at(1).seq));
        QCOMPARE(outbox.pendingCount(), 2);
        QList<OutboxEntry> left;
        CD_VERIFY_OK(outbox.readAfter(0, 100, &left));
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).seq, all.at(2).seq);

        // Everything sent: the outbox is emptied, and numbers are never used again.
        CD_VERIFY_OK(outbox.clearUpTo(all.constLast().seq));
        QCOMPARE(outbox.pendingCount(), 0);
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-5"), 5);
        QList<OutboxEntry> next;
        CD_VERIFY_OK(outbox.readAfter(0, 100, &next));
        QCOMPARE(next.size(), 1);
        QVERIFY(next.at(0).seq > all.constLast().seq);
    }

    void setsRefusedEntriesAside()
    {
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-1"), 1);
        enqueue(QStringLiteral("vehicles"), QStringLiteral("v-1"), 2);
        Outbox outbox(*m_db);
        QList<OutboxEntry> all;
        CD_VERIFY_OK(outbox.readAfter(0, 100, &all));
        QCOMPARE(all.size(), 2);
        {
            Transaction tx(m_db->sql());
            CD_VERIFY_OK(tx.started());
            CD_VERIFY_OK(outbox.setAside({{all.at(1).seq, QStringLiteral("not a manager")}}));
            CD_VERIFY_OK(outbox.clearUpTo(all.at(1).seq));
            CD_VERIFY_OK(tx.commit());
        }
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(outbox.refusedCount(), 1);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(
            QStringLiteral("SELECT seq, entity, entity_id, op, hlc, payload, reason, rejected_at "
                           "FROM sync_rejected")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), all.at(1).seq);
        QCOMPARE(q.value(1).toString(), QStringLiteral("vehicles"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("v-1"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("upsert"));
        QCOMPARE(q.value(4).toString(), hlc(2).toString());
        QCOMPARE(q.value(5).toByteArray(), all.at(1).payload);
        QCOMPARE(q.value(6).toString(), QStringLiteral("not a manager"));
        QVERIFY(QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!q.next());
        // Nothing to set aside is no error.
        CD_VERIFY_OK(outbox.setAside({}));
    }

    // A profile from before schema 19 may hold queued imported scripts, which the shared
    // database always refuses: migration 19 takes them out of the outbox and nothing else.
    void migration19DropsQueuedScripts()
    {
        enqueue(QStringLiteral("contacts"), QStringLiteral("c-1"), 1);
        enqueue(QStringLiteral("scripts"), QStringLiteral("demo@2"), 2);
        enqueue(QStringLiteral("audit_log"), QStringLiteral("a-1"), 3);
        enqueue(QStringLiteral("scripts"), QStringLiteral("demo@3"), 4);
        QCOMPARE(Outbox(*m_db).pendingCount(), 4);
        const Migration *m19 = nullptr;
        for (const Migration &m : migrations())
            if (m.version == 19)
                m19 = &m;
        QVERIFY2(m19, "no migration 19");
        QFile file(m19->resource);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CD_VERIFY_OK(m_db->exec(QString::fromUtf8(file.readAll())));
        QList<OutboxEntry> left;
        CD_VERIFY_OK(Outbox(*m_db).readAfter(0, 100, &left));
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).entity, QStringLiteral("contacts"));
        QCOMPARE(left.at(1).entity, QStringLiteral("audit_log"));
        QCOMPARE(Outbox(*m_db).refusedCount(), 0);
    }

private:
    static Hlc hlc(int n) { return Hlc{1767225600000 + n, 0, QStringLiteral("test")}; }

    void enqueue(const QString &entity, const QString &id, int n,
                 const QString &escalationId = QString())
    {
        QJsonObject payload{{QStringLiteral("id"), id},
                            {QStringLiteral("n"), n},
                            {QStringLiteral("notes"), QStringLiteral("tab\there")}};
        if (!escalationId.isEmpty())
            payload.insert(QStringLiteral("escalation_id"), escalationId);
        Transaction tx(m_db->sql());
        CD_VERIFY_OK(tx.started());
        CD_VERIFY_OK(Outbox(*m_db).enqueue(entity, id, QStringLiteral("upsert"), hlc(n), payload));
        CD_VERIFY_OK(tx.commit());
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
