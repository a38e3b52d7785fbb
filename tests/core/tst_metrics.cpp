#include "core/metrics.h"

#include <QTest>

using namespace cd;

class TstMetrics : public QObject
{
    Q_OBJECT
private slots:
    void publishedValueForMoney()
    {
        // The published year: GBP 142,460 / 102,624 contacts; 47,207 resolved at first contact.
        ValueForMoneyInputs in;
        in.teamCost = 142460;
        in.contacts = 102624;
        in.resolved = 47207;
        const ValueForMoney v = valueForMoney(in); // defaults: 15 minutes, GBP 24.50 an hour
        QCOMPARE(v.costPerContactPence(), 1.39);
        QCOMPARE(v.costPerContactQuoted(), 1.40);
        QCOMPARE(v.wholeHoursSaved(), qint64(11801));
        QCOMPARE(v.valuePounds(), qint64(289143));
        QCOMPARE(qRound(firstContactResolutionRate(in.resolved, in.contacts) * 100), 46);
    }

    void valueForMoneySettings_data()
    {
        QTest::addColumn<double>("minutes");
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("resolved");
        QTest::addColumn<qint64>("hours");
        QTest::addColumn<qint64>("value");
        QTest::newRow("30 minutes") << 30.0 << 24.50 << qint64(100) << qint64(50) << qint64(1225);
        QTest::newRow("10 minutes at 30") << 10.0 << 30.0 << qint64(7) << qint64(1) << qint64(35);
        QTest::newRow("nothing resolved") << 15.0 << 24.50 << qint64(0) << qint64(0) << qint64(0);
    }
    void valueForMoneySettings()
    {
        QFETCH(double, minutes);
        QFETCH(double, rate);
        QFETCH(qint64, resolved);
        QFETCH(qint64, hours);
        QFETCH(qint64, value);
        ValueForMoneyInputs in;
        in.resolved = resolved;
        in.minutesPerResolution = minutes;
        in.hourlyRate = rate;
        const ValueForMoney v = valueForMoney(in);
        QCOMPARE(v.wholeHoursSaved(), hours);
        QCOMPARE(v.valuePounds(), value);
        QCOMPARE(v.costPerContact, 0.0); // no contacts: no division by zero
    }

    void teamCostForMonths()
    {
        QCOMPARE(teamCostFor(142460, 12), 142460.0);
        QCOMPARE(teamCostFor(120000, 1), 10000.0);
    }

    void rates()
    {
        QCOMPARE(firstContactResolutionRate(0, 0), 0.0);
        QCOMPARE(firstContactResolutionRate(1, 4), 0.25);
        QCOMPARE(averageHandlingSeconds(600, 3), 200.0);
        QCOMPARE(averageHandlingSeconds(600, 0), 0.0);
    }

    void satisfactionCountsEightAndAbove()
    {
        QCOMPARE(satisfactionShare({}), 0.0);
        QCOMPARE(satisfactionShare({7, 8, 9, 10}), 0.75);
        QCOMPARE(satisfactionShare({0, 7, 7, 8}), 0.25);
        QVERIFY(!isSatisfiedRating(7));
        QVERIFY(isSatisfiedRating(8));
        QVERIFY(!isSatisfiedRating(11));
    }

    void repeatCallers()
    {
        QCOMPARE(repeatCallerCount({1, 3, 4, 2, 3}, 3), 3);
        QCOMPARE(repeatCallerCount({}, 3), 0);
    }

    void periods_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        // Sunday 22 November 2026.
        QTest::newRow("today") << int(Period::Today) << QDate(2026, 11, 22) << QDate(2026, 11, 22)
                               << QDate(2026, 11, 22);
        QTest::newRow("week from Monday") << int(Period::ThisWeek) << QDate(2026, 11, 22)
                                          << QDate(2026, 11, 16) << QDate(2026, 11, 22);
        QTest::newRow("week on a Monday") << int(Period::ThisWeek) << QDate(2026, 11, 16)
                                          << QDate(2026, 11, 16) << QDate(2026, 11, 16);
        QTest::newRow("month") << int(Period::ThisMonth) << QDate(2026, 11, 22)
                               << QDate(2026, 11, 1) << QDate(2026, 11, 22);
        QTest::newRow("12 months") << int(Period::Last12Months) << QDate(2026, 11, 22)
                                   << QDate(2025, 12, 1) << QDate(2026, 11, 22);
        QTest::newRow("12 months in January") << int(Period::Last12Months) << QDate(2027, 1, 3)
                                              << QDate(2026, 2, 1) << QDate(2027, 1, 3);
    }
    void periods()
    {
        QFETCH(int, period);
        QFETCH(QDate, today);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const DayRange r = periodRange(Period(period), today);
        QCOMPARE(r.first, first);
        QCOMPARE(r.last, last);
    }

    void londonDaysAcrossClockChanges_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QDate>("day");
        QTest::newRow("winter midnight")
            << QDateTime(QDate(2026, 1, 10), QTime(23, 59), Qt::UTC) << QDate(2026, 1, 10);
        QTest::newRow("summer 23:30 UTC is next day")
            << QDateTime(QDate(2026, 7, 10), QTime(23, 30), Qt::UTC) << QDate(2026, 7, 11);
        QTest::newRow("before spring change")
            << QDateTime(QDate(2026, 3, 29), QTime(0, 59), Qt::UTC) << QDate(2026, 3, 29);
        QTest::newRow("after autumn change")
            << QDateTime(QDate(2026, 10, 25), QTime(23, 30), Qt::UTC) << QDate(2026, 10, 25);
    }
    void londonDaysAcrossClockChanges()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QDate, day);
        QCOMPARE(londonDay(utc), day);
    }

    void dayRangeInstants()
    {
        const DayRange july = monthRange(2026, 7);
        QCOMPARE(july.startUtc(), QDateTime(QDate(2026, 6, 30), QTime(23, 0), Qt::UTC));
        QCOMPARE(july.endUtc(), QDateTime(QDate(2026, 7, 31), QTime(23, 0), Qt::UTC));
        QCOMPARE(july.days(), 31);
    }

    void months()
    {
        QCOMPARE(parseMonth(QStringLiteral("2026-02")),
                 (DayRange{QDate(2026, 2, 1), QDate(2026, 2, 28)}));
        QVERIFY(!parseMonth(QStringLiteral("2026-13")).isValid());
        QVERIFY(!parseMonth(QStringLiteral("26-01")).isValid());
        const DayRange year = parseMonthSpan(QStringLiteral("2025-04"), QStringLiteral("2026-03"));
        QCOMPARE(year, (DayRange{QDate(2025, 4, 1), QDate(2026, 3, 31)}));
        QCOMPARE(monthsIn(year).size(), 12);
        QCOMPARE(monthsIn(year).first(), QStringLiteral("2025-04"));
        QVERIFY(!parseMonthSpan(QStringLiteral("2026-03"), QStringLiteral("2025-04")).isValid());
    }
};

QTEST_APPLESS_MAIN(TstMetrics)
#include "tst_metrics.moc"
