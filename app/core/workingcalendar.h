#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace cd {

struct CalendarSource
{
    QString title;
    QString url;
};

// Working days: Monday to Friday except the bank holidays of the calendar's data file
// (resources/calendar/bank-holidays-england-wales.json). After the published list, England and
// Wales bank holidays are computed by rule (New Year's Day, Good Friday, Easter Monday, early
// May, spring and summer bank holidays, Christmas and Boxing Day, with substitute days), and
// marked as computed: one-off days proclaimed later are not known. The published list always
// wins for the dates it covers. Dates before the list or after computedTo() are refused.
class WorkingCalendar
{
public:
    static Result<WorkingCalendar> fromJson(const QByteArray &json, const QString &origin);
    static Result<WorkingCalendar> load(const QString &path);
    static QString shippedPath()
    {
        return QStringLiteral(":/contactdesk/calendar/bank-holidays-england-wales.json");
    }

    static constexpr int kLastComputedYear = 2099;

    int version() const { return m_version; }
    QString source() const { return m_source; }
    const QList<CalendarSource> &sources() const { return m_sources; }
    QDate reviewedOn() const { return m_reviewedOn; }
    // The published list: the data file's "covers".
    QDate coversFrom() const { return m_from; }
    QDate coversTo() const { return m_to; }
    // The last date answered, by rule after coversTo().
    static QDate computedTo() { return QDate(kLastComputedYear, 12, 31); }
    bool covers(const QDate &date) const { return date >= m_from && date <= computedTo(); }
    // Whether the date's bank holidays come from the rule rather than the published list.
    bool isComputed(const QDate &date) const { return date > m_to && covers(date); }

    bool isBankHoliday(const QDate &date) const { return m_holidays.contains(date); }
    bool isComputedHoliday(const QDate &date) const
    {
        return isComputed(date) && m_holidays.contains(date);
    }
    QString holidayName(const QDate &date) const { return m_holidays.value(date); }

    // Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    static QDate easterSunday(int year);
    // The standing England and Wales bank holidays of a year by rule, with substitute days
    // when a fixed day falls at a weekend; no one-off proclaimed days.
    static QMap<QDate, QString> ruleHolidays(int year);
    bool isWorkingDay(const QDate &date) const;

    // The date `days` working days after `from` (from itself is day 0, whatever it is).
    Result<QDate> addWorkingDays(const QDate &from, int days) const;
    // Working days after `from` up to and including `to`; 0 when to <= from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    int m_version = 0;
    QString m_source;
    QList<CalendarSource> m_sources;
    QDate m_reviewedOn;
    QDate m_from;
    QDate m_to;
    QMap<QDate, QString> m_holidays;
};

// Red/amber/green for something due on a date, from the share of its working days used.
// Immediate: due the day it was raised (immediate risk, ServiceLevel::isImmediate), red from
// the start; never on track.
enum class DueState { OnTrack, DueSoon, Overdue, None, Immediate };

struct DueStatus
{
    DueState state = DueState::None;
    int workingDaysLeft = 0; // negative when overdue

    // The text that goes with the colour, so the state never rests on colour alone.
    QString marker() const;     // "", "DUE SOON", "OVERDUE", "IMMEDIATE"
    QString colourName() const; // "green", "amber", "red", ""
};

// Amber once 75% of the working days between `raised` and `due` are used (and on the due
// day itself), red once `today` is after `due`. Due the day it was raised: Immediate (red).
DueStatus dueStatus(const WorkingCalendar &calendar, const QDate &raised, const QDate &due,
                    const QDate &today);

} // namespace cd
