// Caller matching (issue 22): the keys callers are matched on, and why two contacts are the
// same caller or the same household.
#include "core/callermatch.h"
#include "core/contact.h"

#include <QTest>

using namespace cd;
using namespace cd::callermatch;

class TestCallerMatch : public QObject
{
    Q_OBJECT
private slots:
    void postcodesAreNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("as written") << "SW1A 1AA"
                                    << "SW1A 1AA";
        QTest::newRow("lower case, no space") << "sw1a1aa"
                                              << "SW1A 1AA";
        QTest::newRow("spaces around and inside") << "  sw1a   1aa "
                                                  << "SW1A 1AA";
        QTest::newRow("hyphen") << "SW1A-1AA"
                                << "SW1A 1AA";
        QTest::newRow("short outward") << "m11ae"
                                       << "M1 1AE";
        QTest::newRow("two-digit district") << "Cm12 9xy"
                                            << "CM12 9XY";
        QTest::newRow("outward split wrongly") << "CM1 29XY"
                                               << "CM12 9XY";
        QTest::newRow("outward only") << "CM12"
                                      << "";
        QTest::newRow("not a postcode") << "12345"
                                        << "";
        QTest::newRow("inward with a C") << "CM12 9CY"
                                         << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void postcodesAreNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QCOMPARE(postcodeKey(typed), key);
    }

    void namesCompareLoosely()
    {
        QCOMPARE(nameKey(QStringLiteral("Mary O'Brien")), QStringLiteral("maryobrien"));
        QCOMPARE(nameKey(QStringLiteral("  MARY   o brien ")),
                 nameKey(QStringLiteral("Mary O'Brien")));
        QCOMPARE(nameKey(QStringLiteral("Zoë Smith-Jones")),
                 nameKey(QStringLiteral("zoe smith jones")));
        QVERIFY(nameKey(QStringLiteral("Mary Brien")) != nameKey(QStringLiteral("Mary O'Brien")));
        QCOMPARE(nameKey(QStringLiteral(" - ")), QString());
    }

    void addressesCompareLoosely_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("Rd and Road") << "10 Station Rd"
                                     << "10 station road" << true;
        QTest::newRow("St and Street, punctuation") << "14, High St."
                                                    << "14 High Street" << true;
        QTest::newRow("flat written two ways") << "Flat 2, 14 High St"
                                               << "2/14 High Street" << true;
        QTest::newRow("flat after the street") << "14 High Street, Flat 2"
                                               << "flat 2 14 high st" << true;
        QTest::newRow("apartment") << "Apartment 2, 14 High St"
                                   << "Flat 2 14 High St" << true;
        QTest::newRow("house letter") << "10a Mill Lane"
                                      << "10 A Mill Ln" << true;
        QTest::newRow("saint") << "3 Saint Mary's Rd"
                               << "3 St Marys Road" << true;
        QTest::newRow("town after a comma") << "14 High St, Chelmsford"
                                            << "14 High Street" << true;
        QTest::newRow("another flat") << "Flat 2, 14 High St"
                                      << "Flat 3, 14 High St" << false;
        QTest::newRow("the building, not the flat") << "14 High St"
                                                    << "Flat 2, 14 High St" << false;
        QTest::newRow("another number") << "14 High St"
                                        << "16 High St" << false;
        QTest::newRow("another street") << "14 High St"
                                        << "14 Church Road" << false;
    }
    void addressesCompareLoosely()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QVERIFY(!addressKey(a).isEmpty());
        QCOMPARE(addressKey(a) == addressKey(b), same);
    }

    void anAddressNeedsANumberAndAStreet()
    {
        QCOMPARE(addressKey(QStringLiteral("High Street")), QString());
        QCOMPARE(addressKey(QStringLiteral("14")), QString());
        QCOMPARE(houseKey(QStringLiteral("14")), QStringLiteral("14"));
        QCOMPARE(houseKey(QStringLiteral("Flat 2, 14 High St")), QStringLiteral("14 flat 2"));
    }

    void phoneAndEmailForms()
    {
        QCOMPARE(phoneKey(QStringLiteral("+44 7700 900123")), QStringLiteral("07700900123"));
        QCOMPARE(phoneKey(QStringLiteral("07700-900-123")), QStringLiteral("07700900123"));
        QCOMPARE(phoneKey(QStringLiteral("0044 (0)7700 900123")), QStringLiteral("07700900123"));
        QCOMPARE(phoneKey(QStringLiteral("0770")), QString());
        QCOMPARE(emailKey(QStringLiteral(" Jo.Bloggs@Example.COM ")),
                 QStringLiteral("jo.bloggs@example.com"));
        QCOMPARE(emailKey(QStringLiteral("jo.bloggs@")), QString());
    }

    // The same person by name and postcode, though they rang from another number.
    void nameAndPostcodeMatchWhenTheNumberDiffers()
    {
        const CallerKeys now =
            CallerKeys::of(QStringLiteral("07700 900111"), {}, QStringLiteral("Jo Bloggs"),
                           QStringLiteral("cm12 9xy"), {});
        const CallerKeys earlier =
            CallerKeys::of(QStringLiteral("07700900222"), {}, QStringLiteral("JO BLOGGS"),
                           QStringLiteral("CM12 9XY"), {});
        QCOMPARE(matchReasons(now, earlier), Reasons(Reason::NameAndPostcode));
        QCOMPARE(describe(matchReasons(now, earlier)), QStringLiteral("same name and postcode"));
    }

    // Two people of the same name at different postcodes are not one caller.
    void notAcrossPeopleOfTheSameNameElsewhere()
    {
        const CallerKeys now =
            CallerKeys::of({}, {}, QStringLiteral("Jo Bloggs"), QStringLiteral("CM12 9XY"),
                           QStringLiteral("14 High St"));
        const CallerKeys elsewhere =
            CallerKeys::of({}, {}, QStringLiteral("Jo Bloggs"), QStringLiteral("SS1 2AB"),
                           QStringLiteral("14 High Street"));
        QCOMPARE(matchReasons(now, elsewhere), Reasons(Reason::None));
        QVERIFY(!sameHousehold(now, elsewhere));
        const CallerKeys here = CallerKeys::of({}, {}, QStringLiteral("jo bloggs"),
                                               QStringLiteral("cm12 9xy"), QString());
        QCOMPARE(matchReasons(now, here), Reasons(Reason::NameAndPostcode));
    }

    void everyReasonIsNamed()
    {
        const CallerKeys now =
            CallerKeys::of(QStringLiteral("07700900111"), QStringLiteral("jo@example.com"),
                           QStringLiteral("Jo Bloggs"), QStringLiteral("CM12 9XY"),
                           QStringLiteral("Flat 2, 14 High St"));
        const CallerKeys earlier =
            CallerKeys::of(QStringLiteral("+447700900111"), QStringLiteral("JO@example.com"),
                           QStringLiteral("jo bloggs"), QStringLiteral("cm129xy"),
                           QStringLiteral("2/14 High Street"));
        const Reasons r = matchReasons(now, earlier);
        QCOMPARE(describe(r),
                 QStringLiteral("same phone, same email, same name and postcode, same address"));
        QCOMPARE(codes(r),
                 (QStringList{QStringLiteral("phone"), QStringLiteral("email"),
                              QStringLiteral("name_postcode"), QStringLiteral("address")}));
    }

    // Someone else at the caller's address: the same address line, or the same house number
    // at the same postcode however the street was written.
    void householdByAddress()
    {
        const CallerKeys caller =
            CallerKeys::of({}, {}, QStringLiteral("Jo Bloggs"), QStringLiteral("CM12 9XY"),
                           QStringLiteral("14 High St"));
        const CallerKeys partner =
            CallerKeys::of({}, {}, QStringLiteral("Sam Bloggs"), QStringLiteral("CM12 9XY"),
                           QStringLiteral("14 High Street"));
        QCOMPARE(matchReasons(caller, partner), Reasons(Reason::Address));
        QVERIFY(sameHousehold(caller, partner));
        const CallerKeys misspelt =
            CallerKeys::of({}, {}, QStringLiteral("Alex Bloggs"), QStringLiteral("cm12 9xy"),
                           QStringLiteral("14 Hihg Street"));
        QVERIFY(sameHousehold(caller, misspelt));
        const CallerKeys nextDoor =
            CallerKeys::of({}, {}, QStringLiteral("Pat Smith"), QStringLiteral("CM12 9XY"),
                           QStringLiteral("16 High St"));
        QVERIFY(!sameHousehold(caller, nextDoor));
        // The same address line at another postcode is another house.
        const CallerKeys otherTown =
            CallerKeys::of({}, {}, QStringLiteral("Sam Bloggs"), QStringLiteral("SS1 2AB"),
                           QStringLiteral("14 High St"));
        QVERIFY(!sameHousehold(caller, otherTown));
        QCOMPARE(matchReasons(caller, otherTown), Reasons(Reason::None));
    }

    void aContactsKeys()
    {
        Contact c;
        c.callerName = QStringLiteral("Jo Bloggs");
        c.postcode = QStringLiteral("cm129xy");
        c.address = QStringLiteral("14 High St");
        const CallerKeys k = CallerKeys::of(c);
        QCOMPARE(k.postcode, QStringLiteral("CM12 9XY"));
        QCOMPARE(k.address, QStringLiteral("14 high street"));
        QVERIFY(k.canMatch());
        QVERIFY(!CallerKeys::of(QString(), QString(), QStringLiteral("Jo"), QString(), QString())
                     .canMatch());
    }
};

QTEST_GUILESS_MAIN(TestCallerMatch)
#include "tst_callermatch.moc"
