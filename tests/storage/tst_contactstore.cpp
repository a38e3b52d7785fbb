#include "core/londonday.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/draftstore.h"
#include "storage/outbox.h"
#include "storage/taxonomystore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace cd;
using cd::test::sampleContact;
using cd::test::TempProfile;

namespace {
int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
const QDateTime kNow(QDate(2026, 11, 21), QTime(10, 30), Qt::UTC);
} // namespace

class TestContactStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_clock.set(kNow);
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void saveAndReadBackEveryField()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact c = sampleContact(kNow.addSecs(-300));
        c.consentToOutcome = true;
        c.remainedDissatisfied = true;
        c.notes = QStringLiteral("Multi-line note\nwith ‘quotes’, commas, and Welsh: Llŷr");
        c.scriptPath = QStringLiteral("[{\"step\":\"risk\",\"answer\":\"no\"}]");
        CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        QVERIFY(!c.id.isEmpty());
        QVERIFY(!c.updatedHlc.isEmpty());
        QCOMPARE(c.origin, p.db->workstationId());

        Result<Contact> back = store.get(c.id, QStringLiteral("A. Handler"));
        CD_VERIFY_OK(back);
        QCOMPARE(back->toJson(), c.toJson());
        QCOMPARE(back->startedAt, kNow.addSecs(-300));

        // One outbox entry for the contact, and audit entries for the create and the view,
        // each queued for sync too.
        QCOMPARE(
            count(*p.db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'contacts'")),
            1);
        const QList<AuditEntry> audit = AuditStore(*p.db).recent(10, c.id);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).action, QStringLiteral("view"));
        QCOMPARE(audit.at(1).action, QStringLiteral("create"));
        QCOMPARE(audit.at(1).actor, QStringLiteral("A. Handler"));
        QVERIFY(!audit.at(1).detail.contains(QLatin1String("Sam"))); // no personal data in the log
        QCOMPARE(
            count(*p.db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'audit_log'")),
            2);
    }

    void updatingKeepsTheIdAndAuditsTheChange()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact c = sampleContact(kNow);
        CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        const QString id = c.id;
        const QString firstHlc = c.updatedHlc;
        c.outcome = QStringLiteral("callback");
        CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        QCOMPARE(c.id, id);
        QVERIFY(firstHlc < c.updatedHlc);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.get(id, QStringLiteral("A. Handler"))->outcome, QStringLiteral("callback"));
        QCOMPARE(AuditStore(*p.db).recent(10, id).at(1).action, QStringLiteral("update"));
        // The sync is told which change created the contact (sent without a conflict check)
        // and which changed it.
        QSqlQuery q(p.db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT group_concat(op, ',') FROM (SELECT op FROM outbox WHERE entity = 'contacts' "
            "ORDER BY seq)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("insert,upsert"));
    }

    void aFailedSaveLeavesNothingHalfDone()
    {
        TempProfile p;
        ContactStore store(*p.db);
        DraftStore drafts(*p.db);
        QVERIFY(drafts
                    .save(DraftStore::contactSlot(),
                          QJsonObject{{QStringLiteral("notes"), QStringLiteral("typed")}})
                    .ok());
        // The outbox refuses the write, as a full disk or a broken trigger would.
        QVERIFY(p.db->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN "
                                          "SELECT RAISE(ABORT, 'refused'); END"))
                    .ok());
        Contact c = sampleContact(kNow);
        const Status s = store.save(c, QStringLiteral("A. Handler"), DraftStore::contactSlot());
        QVERIFY(!s.ok());
        QVERIFY(s.errorMessage().contains(QLatin1String("refused")));
        QVERIFY(c.id.isEmpty());
        QCOMPARE(store.count(), 0);
        QCOMPARE(count(*p.db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        QVERIFY(
            drafts.load(DraftStore::contactSlot()).has_value()); // what was typed is still there
    }

    void savingClearsTheDraftInTheSameTransaction()
    {
        TempProfile p;
        DraftStore drafts(*p.db);
        QVERIFY(drafts
                    .save(DraftStore::contactSlot(),
                          QJsonObject{{QStringLiteral("notes"), QStringLiteral("x")}})
                    .ok());
        Contact c = sampleContact(kNow);
        QVERIFY(ContactStore(*p.db)
                    .save(c, QStringLiteral("A. Handler"), DraftStore::contactSlot())
                    .ok());
        QVERIFY(!drafts.load(DraftStore::contactSlot()).has_value());
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("word in notes") << "insurance" << 1;
        QTest::newRow("prefix of a word") << "insur" << 1;
        QTest::newRow("case does not matter") << "BASILDON" << 1;
        QTest::newRow("caller name") << "Sam Taylor" << 1;
        QTest::newRow("phone as typed") << "07700 900 123" << 1;
        QTest::newRow("phone with +44") << "+44 7700 900123" << 1;
        QTest::newRow("reference") << "CAD-4411/26" << 1;
        QTest::newRow("vrm with a space") << "yc19 son" << 1;
        QTest::newRow("email") << "sam.taylor@example.com" << 1;
        QTest::newRow("two words, both needed") << "storage pound" << 1;
        QTest::newRow("absent word") << "burglary" << 0;
        QTest::newRow("fts syntax is not obeyed") << "\"storage\" OR NEAR(" << 0;
        QTest::newRow("only punctuation") << "*()" << 0;
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        TempProfile p;
        ContactStore store(*p.db);
        Contact c = sampleContact(kNow);
        CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        Contact other = sampleContact(kNow.addSecs(-3600));
        other.callerName = QStringLiteral("Alex Morgan");
        other.callerPhone = QStringLiteral("01632960999");
        other.callerEmail.clear();
        other.reference.clear();
        other.vrm.clear();
        other.notes =
            QStringLiteral("Unhappy that nobody called back about a report of criminal damage.");
        CD_VERIFY_OK(store.save(other, QStringLiteral("A. Handler")));
        const QList<ContactSummary> found = store.search(query, QStringLiteral("A. Handler"));
        QCOMPARE(found.size(), hits);
        if (hits > 0)
            QCOMPARE(found.first().id, c.id);
        // Each search is on the audit log with the ids it showed.
        const QList<AuditEntry> audit = AuditStore(*p.db).recent(1);
        if (!ContactStore::ftsQuery(query).isEmpty()) {
            QCOMPARE(audit.first().action, QStringLiteral("search"));
            QVERIFY(audit.first().detail.startsWith(QString::number(hits) +
                                                    QStringLiteral(" results")));
        }
    }

    void searchFindsEditedTextAndNotTheOldText()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact c = sampleContact(kNow);
        CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        c.notes = QStringLiteral("Travellers on the recreation ground");
        CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        QCOMPARE(store.search(QStringLiteral("recreation"), QStringLiteral("x")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("insurance"), QStringLiteral("x")).size(), 0);
    }

    void callerHistoryAndRepeatWindow()
    {
        TempProfile p;
        ContactStore store(*p.db);
        // Three earlier contacts from this number: 2, 10 and 45 days ago; one from another.
        for (int days : {2, 10, 45}) {
            Contact c = sampleContact(kNow.addDays(-days));
            CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        }
        Contact byEmail = sampleContact(kNow.addDays(-5));
        byEmail.callerPhone.clear();
        CD_VERIFY_OK(store.save(byEmail, QStringLiteral("A. Handler")));
        Contact other = sampleContact(kNow.addDays(-1));
        other.callerPhone = QStringLiteral("01632960999");
        other.callerEmail.clear();
        CD_VERIFY_OK(store.save(other, QStringLiteral("A. Handler")));

        const RepeatCallerRule rule{3, 30};
        const CallerHistory byPhone =
            store.history(QStringLiteral("07700 900123"), QString(), rule.windowStart(kNow),
                          QStringLiteral("A. Handler"));
        QCOMPARE(byPhone.contacts.size(), 3);
        QCOMPARE(byPhone.inWindow, 2);
        QVERIFY(byPhone.contacts.at(0).startedAt > byPhone.contacts.at(1).startedAt);
        QVERIFY(rule.isRepeat(byPhone.inWindow + 1));

        const CallerHistory both =
            store.history(QStringLiteral("07700900123"), QStringLiteral("Sam.Taylor@Example.com"),
                          rule.windowStart(kNow), QStringLiteral("A. Handler"));
        QCOMPARE(both.contacts.size(), 4);
        QCOMPARE(both.inWindow, 3);
        QCOMPARE(AuditStore(*p.db).recent(1).first().action, QStringLiteral("view_history"));

        QCOMPARE(store
                     .history(QStringLiteral("0770"), QString(), rule.windowStart(kNow),
                              QStringLiteral("x"))
                     .contacts.size(),
                 0);
    }

    void todayListsOnlyThisHandlersContactsOfTheDay()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact mine = sampleContact(kNow.addSecs(-60));
        Contact yesterday = sampleContact(kNow.addDays(-1));
        Contact theirs = sampleContact(kNow.addSecs(-120));
        theirs.handler = QStringLiteral("B. Colleague");
        for (Contact *c : {&mine, &yesterday, &theirs})
            CD_VERIFY_OK(store.save(*c, QStringLiteral("A. Handler")));
        const QList<ContactSummary> today =
            store.listDay(QStringLiteral("A. Handler"), londonDay(kNow));
        QCOMPARE(today.size(), 1);
        QCOMPARE(today.first().id, mine.id);
    }

    // The day is London's whatever the machine's zone: 25 October 2026 (the clocks go back)
    // runs from 23:00 UTC on the 24th to midnight UTC on the 26th.
    void listDayIsALondonDay()
    {
        TempProfile p;
        ContactStore store(*p.db);
        QList<Contact> saved;
        for (const QDateTime &at : {QDateTime(QDate(2026, 10, 24), QTime(22, 59), Qt::UTC),
                                    QDateTime(QDate(2026, 10, 24), QTime(23, 0), Qt::UTC),
                                    QDateTime(QDate(2026, 10, 25), QTime(23, 59), Qt::UTC),
                                    QDateTime(QDate(2026, 10, 26), QTime(0, 0), Qt::UTC)}) {
            saved << sampleContact(at);
            CD_VERIFY_OK(store.save(saved.last(), QStringLiteral("A. Handler")));
        }
        const QList<ContactSummary> day =
            store.listDay(QStringLiteral("A. Handler"), QDate(2026, 10, 25));
        QCOMPARE(day.size(), 2);
        QCOMPARE(day[0].id, saved[2].id); // newest first
        QCOMPARE(day[1].id, saved[1].id);
    }

    void importAddsOnlyNewRows()
    {
        TempProfile p;
        ContactStore store(*p.db);
        QList<Contact> rows;
        for (int i = 0; i < 3; ++i) {
            Contact c = sampleContact(kNow.addDays(-i));
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            rows.append(c);
        }
        Result<ImportCounts> first = store.importContacts(rows, QStringLiteral("importer"));
        CD_VERIFY_OK(first);
        QCOMPARE(first->added, 3);
        Result<ImportCounts> second = store.importContacts(rows, QStringLiteral("importer"));
        QCOMPARE(second->added, 0);
        QCOMPARE(second->alreadyPresent, 3);
        QCOMPARE(store.count(), 3);
        QCOMPARE(Outbox(*p.db).pendingCount(), 3 + 3); // contacts and their audit entries
    }

    void theAuditLogCannotBeRewritten()
    {
        TempProfile p;
        QVERIFY(AuditStore(*p.db)
                    .recordNow(QStringLiteral("A. Handler"), QStringLiteral("view"),
                               QStringLiteral("contact"), QStringLiteral("x"))
                    .ok());
        QVERIFY(!p.db->exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")).ok());
        QVERIFY(!p.db->exec(QStringLiteral("DELETE FROM audit_log")).ok());
        QCOMPARE(count(*p.db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'A. Handler'")),
                 1);
    }

private:
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
