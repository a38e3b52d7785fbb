#include "core/validation.h"

#include <QTest>

using namespace cd::validation;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "jo.bloggs@example.com" << true;
        QTest::newRow("plus and subdomain") << "jo+101@mail.example.co.uk" << true;
        QTest::newRow("empty is allowed") << "" << true;
        QTest::newRow("surrounding spaces") << "  jo@example.com " << true;
        QTest::newRow("no at") << "jo.example.com" << false;
        QTest::newRow("no domain dot") << "jo@localhost" << false;
        QTest::newRow("two ats") << "jo@@example.com" << false;
        QTest::newRow("space inside") << "jo bloggs@example.com" << false;
        QTest::newRow("double dot") << "jo..b@example.com" << false;
        QTest::newRow("trailing dot") << "jo@example." << false;
        QTest::newRow("one-letter tld") << "jo@example.c" << false;
    }
    void email()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(checkEmail(input).isEmpty(), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("mobile spaced") << "07700 900123" << true << "07700900123";
        QTest::newRow("mobile +44") << "+44 7700 900123" << true << "07700900123";
        QTest::newRow("mobile 0044") << "0044 7700 900123" << true << "07700900123";
        QTest::newRow("+44 (0)") << "+44 (0)20 7946 0000" << true << "02079460000";
        QTest::newRow("london hyphens") << "020-7946-0000" << true << "02079460000";
        QTest::newRow("ten digit area") << "01632 96011" << true << "0163296011";
        QTest::newRow("0800") << "0800 123 4567" << true << "08001234567";
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("letters") << "07700 9OO123" << false << "07700 9OO123";
        QTest::newRow("too short") << "07700 900" << false << "07700 900";
        QTest::newRow("too long") << "07700 9001234" << false << "07700 9001234";
        QTest::newRow("no leading zero") << "7700 900123" << false << "7700 900123";
        QTest::newRow("foreign") << "+33 1 23 45 67 89" << false << "+33 1 23 45 67 89";
        QTest::newRow("short mobile") << "0770 090012" << false << "0770 090012";
        QTest::newRow("unused 04") << "0412 345678" << false << "0412 345678";
    }
    void phone()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        QCOMPARE(checkUkPhone(input).isEmpty(), valid);
        QCOMPARE(normaliseUkPhone(input), normalised);
    }

    void postcode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("A9 9AA") << "m1 1ae" << true << "M1 1AE";
        QTest::newRow("A99 9AA") << "B33 8TH" << true << "B33 8TH";
        QTest::newRow("A9A 9AA") << "W1A 0AX" << true << "W1A 0AX";
        QTest::newRow("AA9 9AA") << "CR2 6XH" << true << "CR2 6XH";
        QTest::newRow("AA99 9AA") << "DN55 1PT" << true << "DN55 1PT";
        QTest::newRow("AA9A 9AA") << "sw1a1aa" << true << "SW1A 1AA";
        QTest::newRow("extra spaces") << " EC1A  1BB " << true << "EC1A 1BB";
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("outward only") << "SW1A" << false << "SW1A";
        QTest::newRow("bad inward letter") << "SW1A 1AC" << false << "SW1A 1AC";
        QTest::newRow("Q first") << "QA1 1AA" << false << "QA1 1AA";
        QTest::newRow("digits") << "12345" << false << "12 345";
        QTest::newRow("too long") << "SW1A 1AAA" << false << "SW1A 1AAA";
    }
    void postcode()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        QCOMPARE(checkUkPostcode(input).isEmpty(), valid);
        QCOMPARE(normaliseUkPostcode(input), normalised);
    }

    void vrm()
    {
        QCOMPARE(normaliseVrm(QStringLiteral(" yc19 s0n ")), QStringLiteral("YC19S0N"));
        QCOMPARE(normaliseVrm(QStringLiteral("AB-12-CDE")), QStringLiteral("AB12CDE"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
