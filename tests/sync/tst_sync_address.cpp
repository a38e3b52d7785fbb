// Caller matching (issue 22): the caller's address line and the repeat-victim check go to the
// shared database and come back to another workstation of the team, where the address finds
// the caller's contacts offline; a contact without a check stays without (NULL, not 0).
#include "pgtest.h"

using namespace cd;
using namespace pgtest;

class TestSyncAddress : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_dan;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("address");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north")));
    }

    void addressAndCheckRoundTrip()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        Contact checked = a.newContact(QStringLiteral("rang about a neighbour"));
        checked.callerName = QStringLiteral("Sam Bloggs");
        checked.postcode = QStringLiteral("CM12 9XY");
        checked.address = QStringLiteral("Flat 2, 14 High St");
        checked.victimCheckedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC);
        checked.victimCheckMatches = 2;
        QCOMPARE(a.save(checked), QString());
        Contact unchecked = a.newContact(QStringLiteral("no check"));
        QCOMPARE(a.save(unchecked), QString());

        QCOMPARE(a.sync(), QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT address || '|' || victim_checked_at || "
                                                 "'|' || victim_check_matches FROM contacts "
                                                 "WHERE id = '%1'")
                                      .arg(checked.id)),
                 QStringLiteral("Flat 2, 14 High St|2026-11-20T09:15:00.000Z|2"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT (address = '' AND victim_checked_at IS "
                                                 "NULL AND victim_check_matches IS NULL)::text "
                                                 "FROM contacts WHERE id = '%1'")
                                      .arg(unchecked.id)),
                 QStringLiteral("true"));

        QCOMPARE(b.sync(), QString());
        Result<Contact> pulled = ContactStore(*b.db).get(checked.id, b.handler);
        CD_VERIFY_OK(pulled);
        QCOMPARE(pulled->address, QStringLiteral("Flat 2, 14 High St"));
        QCOMPARE(pulled->victimCheckedAt, checked.victimCheckedAt);
        QCOMPARE(pulled->victimCheckMatches, 2);
        Result<Contact> pulledUnchecked = ContactStore(*b.db).get(unchecked.id, b.handler);
        CD_VERIFY_OK(pulledUnchecked);
        QVERIFY(!pulledUnchecked->victimCheckedAt.isValid());
        QCOMPARE(pulledUnchecked->victimCheckMatches, -1);

        // On the other workstation the pulled address finds the contact, written another way.
        const callermatch::CallerKeys keys =
            callermatch::CallerKeys::of(QString(), QString(), QString(), QStringLiteral("cm12 9xy"),
                                        QStringLiteral("2/14 High Street"));
        const CallerHistory h =
            ContactStore(*b.db).history(keys, QDateTime(), b.handler, QString());
        QCOMPARE(h.contacts.size(), 1);
        QCOMPARE(h.contacts.first().id, checked.id);
        QCOMPARE(callermatch::describe(h.contacts.first().reasons), QStringLiteral("same address"));
    }

    void serverRefusesANegativeCount()
    {
        const QString error =
            superExec(m_db, QStringLiteral("UPDATE contacts SET victim_check_matches = -1"));
        QVERIFY2(error.contains(QStringLiteral("check constraint")), qPrintable(error));
    }
};

QTEST_MAIN(TestSyncAddress)
#include "tst_sync_address.moc"
