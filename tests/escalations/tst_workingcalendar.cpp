#include "verify.h"
#include "core/workingcalendar.h"

#include <QTest>

using namespace cd;

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private:
    WorkingCalendar m_calendar;

private slots:
    void initTestCase()
    {
        Result<WorkingCalendar> c = WorkingCalendar::load(WorkingCalendar::shippedPath());
        CD_VERIFY_OK(c);
        m_calendar = c.value();
        QCOMPARE(m_calendar.coversFrom(), QDate(2018, 1, 1));
        QCOMPARE(m_calendar.coversTo(), QDate(2028, 12, 31));
        QVERIFY(m_calendar.version() >= 1);
        QVERIFY(!m_calendar.source().isEmpty());
    }

    void shippedHolidaysAreWeekdays()
    {
        int count = 0;
        for (QDate d = m_calendar.coversFrom(); d <= m_calendar.coversTo(); d = d.addDays(1)) {
            if (m_calendar.isBankHoliday(d)) {
                ++count;
                QVERIFY2(d.dayOfWeek() <= 5, qPrintable(d.toString(Qt::ISODate)));
            }
        }
        // Eight a year, plus 2020 VE Day moved (no extra), 2022 jubilee and funeral, 2023
        // coronation.
        QCOMPARE(count, 11 * 8 + 3);
    }

    void knownDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("Saturday") << QDate(2026, 11, 21) << false;
        QTest::newRow("Sunday") << QDate(2026, 11, 22) << false;
        QTest::newRow("Monday") << QDate(2026, 11, 23) << true;
        QTest::newRow("Good Friday 2026") << QDate(2026, 4, 3) << false;
        QTest::newRow("Easter Monday 2026") << QDate(2026, 4, 6) << false;
        QTest::newRow("Boxing Day substitute 2026") << QDate(2026, 12, 28) << false;
        QTest::newRow("Christmas Eve 2026") << QDate(2026, 12, 24) << true;
        QTest::newRow("Queen's funeral 2022") << QDate(2022, 9, 19) << false;
        QTest::newRow("Coronation 2023") << QDate(2023, 5, 8) << false;
        QTest::newRow("VE Day 2020") << QDate(2020, 5, 8) << false;
        QTest::newRow("first Monday of May 2020 was worked") << QDate(2020, 5, 4) << true;
        QTest::newRow("New Year substitute 2028") << QDate(2028, 1, 3) << false;
    }

    void knownDays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(m_calendar.isWorkingDay(date), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("zero days") << QDate(2026, 11, 23) << 0 << QDate(2026, 11, 23);
        QTest::newRow("Monday + 1") << QDate(2026, 11, 23) << 1 << QDate(2026, 11, 24);
        QTest::newRow("Friday + 1 skips the weekend")
            << QDate(2026, 11, 20) << 1 << QDate(2026, 11, 23);
        QTest::newRow("Saturday + 1") << QDate(2026, 11, 21) << 1 << QDate(2026, 11, 23);
        QTest::newRow("Monday + 10") << QDate(2026, 11, 23) << 10 << QDate(2026, 12, 7);
        QTest::newRow("over Easter 2026") << QDate(2026, 4, 2) << 1 << QDate(2026, 4, 7);
        QTest::newRow("over the early May holiday") << QDate(2026, 5, 1) << 1 << QDate(2026, 5, 5);
        // Wed 23 Dec: 24 (1), 25 and 28 holidays, 29 30 31 (2-4), 1 Jan holiday, 4-8 Jan (5-9), 11
        // Jan (10).
        QTest::newRow("raised 2026-12-23, 10 days, year end")
            << QDate(2026, 12, 23) << 10 << QDate(2027, 1, 11);
        QTest::newRow("raised 2026-12-24, 1 day")
            << QDate(2026, 12, 24) << 1 << QDate(2026, 12, 29);
        QTest::newRow("VRR acknowledgement over Christmas 2025")
            << QDate(2025, 12, 19) << 10 << QDate(2026, 1, 7);
        QTest::newRow("30 working days from 2026-03-02")
            << QDate(2026, 3, 2) << 30 << QDate(2026, 4, 15);
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        Result<QDate> due = m_calendar.addWorkingDays(from, days);
        CD_VERIFY_OK(due);
        QCOMPARE(due.value(), expected);
        QCOMPARE(m_calendar.workingDaysBetween(from, expected), days);
    }

    void beyondTheCalendarIsRefused()
    {
        Result<QDate> due = m_calendar.addWorkingDays(QDate(2028, 12, 22), 10);
        QVERIFY(!due.ok());
        QVERIFY2(due.errorMessage().contains(QLatin1String("2028-12-31")),
                 qPrintable(due.errorMessage()));
        QVERIFY(!m_calendar.addWorkingDays(QDate(2026, 1, 5), -1).ok());
    }

    void badDataIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("nope");
        QTest::newRow("no version")
            << QByteArray(R"({"covers":{"from":"2026-01-01","to":"2026-12-31"},)"
                          R"("holidays":[{"date":"2026-01-01"}]})");
        QTest::newRow("no coverage")
            << QByteArray(R"({"version":1,"holidays":[{"date":"2026-01-01"}]})");
        QTest::newRow("bad date") << QByteArray(
            R"({"version":1,"covers":{"from":"2026-01-01","to":"2026-12-31"},)"
            R"("holidays":[{"date":"2026-02-30"}]})");
        QTest::newRow("outside coverage")
            << QByteArray(R"({"version":1,"covers":{"from":"2026-01-01","to":"2026-12-31"},)"
                          R"("holidays":[{"date":"2027-01-01"}]})");
    }

    void badDataIsRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!WorkingCalendar::fromJson(json, QStringLiteral("test")).ok());
    }

    void rag_data()
    {
        QTest::addColumn<QDate>("raised");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("colour");
        // Raised Mon 2026-11-23, 10 working days, due Mon 2026-12-07.
        const QDate raised(2026, 11, 23);
        const QDate due(2026, 12, 7);
        QTest::newRow("same day") << raised << due << raised << int(DueState::OnTrack) << QString()
                                  << "green";
        QTest::newRow("7 of 10 used") << raised << due << QDate(2026, 12, 2)
                                      << int(DueState::OnTrack) << QString() << "green";
        QTest::newRow("8 of 10 used")
            << raised << due << QDate(2026, 12, 3) << int(DueState::DueSoon) << "DUE SOON"
            << "amber";
        QTest::newRow("weekend before due")
            << raised << due << QDate(2026, 12, 5) << int(DueState::DueSoon) << "DUE SOON"
            << "amber";
        QTest::newRow("due day") << raised << due << due << int(DueState::DueSoon) << "DUE SOON"
                                 << "amber";
        QTest::newRow("day after")
            << raised << due << QDate(2026, 12, 8) << int(DueState::Overdue) << "OVERDUE"
            << "red";
        QTest::newRow("one-day service level, same day")
            << raised << QDate(2026, 11, 24) << raised << int(DueState::OnTrack) << QString()
            << "green";
        QTest::newRow("one-day service level, due day")
            << raised << QDate(2026, 11, 24) << QDate(2026, 11, 24) << int(DueState::DueSoon)
            << "DUE SOON"
            << "amber";
        QTest::newRow("no due date")
            << raised << QDate() << raised << int(DueState::None) << QString() << QString();
    }

    void rag()
    {
        QFETCH(QDate, raised);
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(int, state);
        QFETCH(QString, marker);
        QFETCH(QString, colour);
        const DueStatus s = dueStatus(m_calendar, raised, due, today);
        QCOMPARE(int(s.state), state);
        QCOMPARE(s.marker(), marker);
        QCOMPARE(s.colourName(), colour);
    }

    void overdueDaysCountWorkingDays()
    {
        // Due Fri 2026-12-04; on Mon 2026-12-07 it is one working day late.
        const DueStatus s =
            dueStatus(m_calendar, QDate(2026, 11, 20), QDate(2026, 12, 4), QDate(2026, 12, 7));
        QCOMPARE(s.state, DueState::Overdue);
        QCOMPARE(s.workingDaysLeft, -1);
        const DueStatus saturday =
            dueStatus(m_calendar, QDate(2026, 11, 20), QDate(2026, 12, 4), QDate(2026, 12, 5));
        QCOMPARE(saturday.state, DueState::Overdue);
        QCOMPARE(saturday.workingDaysLeft, -1);
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
