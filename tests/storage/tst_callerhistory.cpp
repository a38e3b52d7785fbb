// Caller matching in the local cache (issue 22): a caller's earlier contacts by phone, email,
// name and postcode, or address; their household; the repeat-victim check kept with a contact.
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace cd;
using namespace cd::callermatch;
using cd::test::sampleContact;
using cd::test::TempProfile;

namespace {
const QDateTime kNow(QDate(2026, 11, 21), QTime(10, 30), Qt::UTC);
const QString kActor = QStringLiteral("A. Handler");

Contact caller(const QString &name, const QString &phone, const QString &postcode,
               const QString &address, int daysAgo)
{
    Contact c = sampleContact(kNow.addDays(-daysAgo));
    c.callerName = name;
    c.callerPhone = phone;
    c.callerEmail.clear();
    c.postcode = postcode;
    c.address = address;
    c.normalise();
    return c;
}

QString plan(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    QStringList steps;
    if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        while (q.next())
            steps.append(q.value(3).toString());
    return steps.join(QLatin1Char('\n'));
}
} // namespace

class TestCallerHistory : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_clock.set(kNow);
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    // Jo rang last month from a landline; today from a mobile: the name and postcode find it.
    void byNameAndPostcodeWhenTheNumberDiffers()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact earlier = caller(QStringLiteral("Jo Bloggs"), QStringLiteral("01245 600111"),
                                 QStringLiteral("CM12 9XY"), QString(), 30);
        CD_VERIFY_OK(store.save(earlier, kActor));

        const CallerKeys today =
            CallerKeys::of(QStringLiteral("07700 900222"), QString(), QStringLiteral("JO  BLOGGS"),
                           QStringLiteral("cm129xy"), QString());
        const CallerHistory h = store.history(today, kNow.addDays(-30), kActor);
        QCOMPARE(h.contacts.size(), 1);
        QCOMPARE(h.contacts.first().id, earlier.id);
        QCOMPARE(describe(h.contacts.first().reasons), QStringLiteral("same name and postcode"));
        QCOMPARE(h.matched, 1);
        // The repeat-caller rule still counts what the reports count (phone and email).
        QCOMPARE(h.inWindow, 0);
        // The lookup is audited, by contact id: no name or number in the log.
        const AuditEntry last = AuditStore(*p.db).recent(1).first();
        QCOMPARE(last.action, QStringLiteral("view_history"));
        QCOMPARE(last.detail, earlier.id);
    }

    // Another Jo Bloggs at another postcode is someone else.
    void notAcrossPeopleOfTheSameNameElsewhere()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact other = caller(QStringLiteral("Jo Bloggs"), QStringLiteral("01702 600333"),
                               QStringLiteral("SS1 2AB"), QStringLiteral("14 High Street"), 3);
        CD_VERIFY_OK(store.save(other, kActor));
        const CallerKeys today =
            CallerKeys::of(QStringLiteral("07700 900222"), QString(), QStringLiteral("Jo Bloggs"),
                           QStringLiteral("CM12 9XY"), QStringLiteral("14 High St"));
        CallerHistory h = store.history(today, kNow.addDays(-30), kActor);
        QCOMPARE(h.contacts.size(), 0);
        QCOMPARE(h.matched, 0);
        QCOMPARE(store.household(today, kNow.addDays(-90), kActor).size(), 0);
        // The Jo Bloggs at today's caller's postcode is found; the other one still is not.
        Contact same = caller(QStringLiteral("Jo Bloggs"), QStringLiteral("01245 600444"),
                              QStringLiteral("CM12 9XY"), QString(), 4);
        CD_VERIFY_OK(store.save(same, kActor));
        h = store.history(today, kNow.addDays(-30), kActor);
        QCOMPARE(h.contacts.size(), 1);
        QCOMPARE(h.contacts.first().id, same.id);
    }

    // Sam, who lives with Jo, rang about domestic abuse; Jo rings today. Sam's contact is in
    // Jo's history by the address, and Sam is in Jo's household with the risk prompted.
    void byAddressWithinAHousehold()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact sam = caller(QStringLiteral("Sam Bloggs"), QStringLiteral("07700 900333"),
                             QStringLiteral("CM12 9XY"), QStringLiteral("14 High Street"), 10);
        sam.riskPrompts = QStringLiteral(
            "[{\"kind\":\"domestic_abuse\",\"phrase\":\"he hit me\",\"response\":\"opened\"}]");
        CD_VERIFY_OK(store.save(sam, kActor));
        Contact samAgain = caller(QStringLiteral("Sam Bloggs"), QStringLiteral("07700 900333"),
                                  QStringLiteral("CM12 9XY"), QStringLiteral("14, High St."), 2);
        CD_VERIFY_OK(store.save(samAgain, kActor));
        // Long ago: in the history, not in the household window.
        Contact alex = caller(QStringLiteral("Alex Bloggs"), QString(), QStringLiteral("CM12 9XY"),
                              QStringLiteral("14 High St"), 200);
        CD_VERIFY_OK(store.save(alex, kActor));
        // Next door.
        Contact pat = caller(QStringLiteral("Pat Smith"), QString(), QStringLiteral("CM12 9XY"),
                             QStringLiteral("16 High St"), 1);
        CD_VERIFY_OK(store.save(pat, kActor));
        // Jo's own earlier contact, by phone: history, not household.
        Contact jo = caller(QStringLiteral("Jo Bloggs"), QStringLiteral("07700 900111"),
                            QStringLiteral("CM12 9XY"), QString(), 5);
        CD_VERIFY_OK(store.save(jo, kActor));

        const CallerKeys today =
            CallerKeys::of(QStringLiteral("07700900111"), QString(), QStringLiteral("Jo Bloggs"),
                           QStringLiteral("CM12 9XY"), QStringLiteral("14 High St"));
        const CallerHistory h = store.history(today, kNow.addDays(-30), kActor);
        QStringList seen;
        for (const ContactSummary &s : h.contacts)
            seen.append(s.callerName + QStringLiteral(": ") + describe(s.reasons));
        QCOMPARE(seen, (QStringList{QStringLiteral("Sam Bloggs: same address"),
                                    QStringLiteral("Jo Bloggs: same phone, same name and postcode"),
                                    QStringLiteral("Sam Bloggs: same address"),
                                    QStringLiteral("Alex Bloggs: same address")}));
        QCOMPARE(h.matched, 4);
        QCOMPARE(h.inWindow, 1);

        const QList<HouseholdMember> household = store.household(today, kNow.addDays(-90), kActor);
        QCOMPARE(household.size(), 1);
        QCOMPARE(household.first().name, QStringLiteral("Sam Bloggs"));
        QCOMPARE(household.first().contacts, 2);
        QCOMPARE(household.first().lastContact, samAgain.startedAt);
        QCOMPARE(household.first().riskKinds, QStringList{QStringLiteral("domestic_abuse")});
        QCOMPARE(household.first().repeatCaller, false);
        QCOMPARE(AuditStore(*p.db).recent(1).first().action, QStringLiteral("view_household"));

        // By postcode and house number alone (the street spelt another way).
        const CallerKeys misspelt =
            CallerKeys::of(QString(), QString(), QStringLiteral("Jo Bloggs"),
                           QStringLiteral("CM12 9XY"), QStringLiteral("14 Hihg Street"));
        QCOMPARE(store.household(misspelt, kNow.addDays(-90), kActor).size(), 1);
    }

    // The contact being logged is not its own history.
    void theContactBeingLoggedIsLeftOut()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact c = caller(QStringLiteral("Jo Bloggs"), QStringLiteral("07700 900111"),
                           QStringLiteral("CM12 9XY"), QString(), 0);
        CD_VERIFY_OK(store.save(c, kActor));
        const CallerKeys keys = CallerKeys::of(c);
        QCOMPARE(store.history(keys, kNow.addDays(-30), kActor).contacts.size(), 1);
        QCOMPARE(store.history(keys, kNow.addDays(-30), kActor, c.id).contacts.size(), 0);
    }

    void theAddressAndTheVictimCheckAreKept()
    {
        TempProfile p;
        ContactStore store(*p.db);
        Contact c = caller(QStringLiteral("Jo Bloggs"), QStringLiteral("07700 900111"),
                           QStringLiteral("CM12 9XY"), QStringLiteral("Flat 2, 14 High St"), 0);
        c.victimCheckedAt = kNow.addSecs(-60);
        c.victimCheckMatches = 3;
        CD_VERIFY_OK(store.save(c, kActor));
        Result<Contact> back = store.get(c.id, kActor);
        CD_VERIFY_OK(back);
        QCOMPARE(back->address, QStringLiteral("Flat 2, 14 High St"));
        QCOMPARE(back->victimCheckedAt, kNow.addSecs(-60));
        QCOMPARE(back->victimCheckMatches, 3);
        Contact unchecked = caller(QStringLiteral("Pat"), QString(), QString(), QString(), 0);
        CD_VERIFY_OK(store.save(unchecked, kActor));
        back = store.get(unchecked.id, kActor);
        CD_VERIFY_OK(back);
        QVERIFY(!back->victimCheckedAt.isValid());
        QCOMPARE(back->victimCheckMatches, -1);
    }

    // Each way of matching is an index seek, not a scan of the cache.
    void lookupsUseTheIndexes()
    {
        TempProfile p;
        QVERIFY(
            plan(*p.db, QStringLiteral("SELECT rowid FROM contacts WHERE match_name(caller_name) "
                                       "= 'jobloggs' AND match_postcode(postcode) = 'CM12 "
                                       "9XY' AND caller_name <> ''"))
                .contains(QLatin1String("USING INDEX contacts_match_name")));
        QVERIFY(
            plan(*p.db, QStringLiteral("SELECT rowid FROM contacts WHERE match_address(address) "
                                       "= '14 high street' AND address <> ''"))
                .contains(QLatin1String("USING INDEX contacts_match_address")));
        QVERIFY(plan(*p.db, QStringLiteral("SELECT rowid FROM contacts WHERE "
                                           "match_postcode(postcode) = 'CM12 9XY' AND "
                                           "match_house(address) = '14' AND address <> '' AND "
                                           "started_at >= '2026'"))
                    .contains(QLatin1String("USING INDEX contacts_match_house")));
    }

private:
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(TestCallerHistory)
#include "tst_callerhistory.moc"
