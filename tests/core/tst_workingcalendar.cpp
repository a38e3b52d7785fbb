#include "core/workingcalendar.h"
#include "verify.h"

#include <QSet>
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
        QCOMPARE(m_calendar.version(), 2);
        QVERIFY(!m_calendar.source().isEmpty());
        QCOMPARE(m_calendar.reviewedOn(), QDate(2026, 12, 2));
        QCOMPARE(m_calendar.sources().size(), 2);
        QCOMPARE(m_calendar.sources().first().url,
                 QStringLiteral("https://www.gov.uk/bank-holidays.json"));
        QCOMPARE(WorkingCalendar::computedTo(), QDate(2099, 12, 31));
    }

    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("sunday");
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024 (March)") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
        QTest::newRow("2038 (latest)") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285 (earliest)") << 2285 << QDate(2285, 3, 22);
    }

    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, sunday);
        QCOMPARE(WorkingCalendar::easterSunday(year), sunday);
    }

    void ruleReproducesThePublishedList()
    {
        // Every published year, date and title, except the known one-off changes.
        const QSet<QDate> oneOffs = {
            QDate(2020, 5, 8),  // early May bank holiday moved to VE Day
            QDate(2022, 6, 2),  // spring bank holiday moved for the Platinum Jubilee
            QDate(2022, 6, 3),  // Platinum Jubilee
            QDate(2022, 9, 19), // State Funeral of Queen Elizabeth II
            QDate(2023, 5, 8),  // coronation
        };
        const QSet<QDate> ruleOnly = {QDate(2020, 5, 4), QDate(2022, 5, 30)};
        int compared = 0;
        for (int year = 2018; year <= 2028; ++year) {
            const QMap<QDate, QString> rule = WorkingCalendar::ruleHolidays(year);
            QCOMPARE(rule.size(), 8);
            for (auto it = rule.cbegin(); it != rule.cend(); ++it) {
                QVERIFY(!m_calendar.isComputed(it.key()));
                if (ruleOnly.contains(it.key())) {
                    QVERIFY2(!m_calendar.isBankHoliday(it.key()),
                             qPrintable(it.key().toString(Qt::ISODate)));
                    continue;
                }
                QVERIFY2(m_calendar.isBankHoliday(it.key()),
                         qPrintable(it.key().toString(Qt::ISODate)));
                QCOMPARE(m_calendar.holidayName(it.key()), it.value());
                ++compared;
            }
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
                if (m_calendar.isBankHoliday(d) && !rule.contains(d))
                    QVERIFY2(oneOffs.contains(d), qPrintable(d.toString(Qt::ISODate)));
        }
        QCOMPARE(compared, 11 * 8 - 2);
    }

    void computedYears_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("name");
        QTest::newRow("New Year 2029 (Monday)") << QDate(2029, 1, 1) << "New Year's Day";
        QTest::newRow("Good Friday 2029") << QDate(2029, 3, 30) << "Good Friday";
        QTest::newRow("Easter Monday 2029") << QDate(2029, 4, 2) << "Easter Monday";
        QTest::newRow("Good Friday 2030") << QDate(2030, 4, 19) << "Good Friday";
        QTest::newRow("Easter Monday 2030") << QDate(2030, 4, 22) << "Easter Monday";
        QTest::newRow("early May 2030") << QDate(2030, 5, 6) << "Early May bank holiday";
        QTest::newRow("spring 2030") << QDate(2030, 5, 27) << "Spring bank holiday";
        QTest::newRow("summer 2030") << QDate(2030, 8, 26) << "Summer bank holiday";
        QTest::newRow("Christmas Saturday 2032")
            << QDate(2032, 12, 27) << "Christmas Day (substitute day)";
        QTest::newRow("Boxing Day after a Saturday Christmas 2032")
            << QDate(2032, 12, 28) << "Boxing Day (substitute day)";
        QTest::newRow("New Year Saturday 2033")
            << QDate(2033, 1, 3) << "New Year's Day (substitute day)";
        QTest::newRow("Boxing Day Monday 2033") << QDate(2033, 12, 26) << "Boxing Day";
        QTest::newRow("Christmas Sunday 2033")
            << QDate(2033, 12, 27) << "Christmas Day (substitute day)";
        QTest::newRow("Boxing Day Saturday 2037")
            << QDate(2037, 12, 28) << "Boxing Day (substitute day)";
        QTest::newRow("Easter Monday 2099") << QDate(2099, 4, 13) << "Easter Monday";
    }

    void computedYears()
    {
        QFETCH(QDate, date);
        QFETCH(QString, name);
        QVERIFY(m_calendar.covers(date));
        QVERIFY(m_calendar.isComputed(date));
        QVERIFY(m_calendar.isComputedHoliday(date));
        QVERIFY(!m_calendar.isWorkingDay(date));
        QCOMPARE(m_calendar.holidayName(date), name);
    }

    void computedYearsHaveEightDays()
    {
        for (int year = 2029; year <= 2099; ++year) {
            int n = 0;
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
                if (m_calendar.isBankHoliday(d)) {
                    ++n;
                    QVERIFY2(d.dayOfWeek() <= 5, qPrintable(d.toString(Qt::ISODate)));
                }
            QCOMPARE(n, 8);
        }
        // Weekend days of a fixed holiday are not holidays themselves.
        QVERIFY(!m_calendar.isBankHoliday(QDate(2032, 12, 25)));
        QVERIFY(!m_calendar.isBankHoliday(QDate(2033, 1, 1)));
        QVERIFY(m_calendar.isWorkingDay(QDate(2030, 4, 23)));
        QVERIFY(!m_calendar.isComputed(QDate(2028, 12, 26))); // published
    }

    void publishedListOverridesTheRule()
    {
        // A list covering 2030 with a one-off day and without the rule's Easter Monday wins;
        // the rule starts the day after the list ends.
        Result<WorkingCalendar> c = WorkingCalendar::fromJson(
            R"({"version":1,"covers":{"from":"2030-01-01","to":"2030-12-31"},)"
            R"("holidays":[{"date":"2030-06-14","title":"One-off"}]})",
            QStringLiteral("test"));
        CD_VERIFY_OK(c);
        QVERIFY(c->isBankHoliday(QDate(2030, 6, 14)));
        QVERIFY(!c->isComputedHoliday(QDate(2030, 6, 14)));
        QVERIFY(!c->isBankHoliday(QDate(2030, 4, 22)));
        QVERIFY(c->isComputedHoliday(QDate(2031, 1, 1)));
        QVERIFY(!c->covers(QDate(2029, 12, 31)));
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

    void pastThePublishedListUsesTheRule()
    {
        // Fri 22 Dec 2028: 25 and 26 published holidays, 27-29 (1-3), 1 Jan 2029 computed
        // New Year's Day, 2-5 Jan (4-7), 8-10 Jan (8-10).
        Result<QDate> due = m_calendar.addWorkingDays(QDate(2028, 12, 22), 10);
        CD_VERIFY_OK(due);
        QCOMPARE(due.value(), QDate(2029, 1, 10));
        // Over Easter 2030: Thu 18 April + 1 skips Good Friday and Easter Monday.
        due = m_calendar.addWorkingDays(QDate(2030, 4, 18), 1);
        CD_VERIFY_OK(due);
        QCOMPARE(due.value(), QDate(2030, 4, 23));
    }

    void beyondTheCalendarIsRefused()
    {
        Result<QDate> due = m_calendar.addWorkingDays(QDate(2099, 12, 22), 10);
        QVERIFY(!due.ok());
        QVERIFY2(due.errorMessage().contains(QLatin1String("2099-12-31")),
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
        QTest::newRow("immediate risk, the day raised")
            << raised << raised << raised << int(DueState::Immediate) << "IMMEDIATE"
            << "red";
        QTest::newRow("immediate risk, the next day")
            << raised << raised << QDate(2026, 11, 24) << int(DueState::Overdue) << "OVERDUE"
            << "red";
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
