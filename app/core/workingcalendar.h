#pragma once

#include "core/result.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace cd {

// Working days: Monday to Friday except the bank holidays of the calendar's data file
// (resources/calendar/bank-holidays-england-wales.json). Dates outside the years the file
// covers are refused rather than guessed.
class WorkingCalendar
{
public:
    static Result<WorkingCalendar> fromJson(const QByteArray &json, const QString &origin);
    static Result<WorkingCalendar> load(const QString &path);
    static QString shippedPath()
    {
        return QStringLiteral(":/contactdesk/calendar/bank-holidays-england-wales.json");
    }

    int version() const { return m_version; }
    QString source() const { return m_source; }
    QDate coversFrom() const { return m_from; }
    QDate coversTo() const { return m_to; }
    bool covers(const QDate &date) const { return date >= m_from && date <= m_to; }

    bool isBankHoliday(const QDate &date) const { return m_holidays.contains(date); }
    QString holidayName(const QDate &date) const { return m_holidays.value(date); }
    bool isWorkingDay(const QDate &date) const;

    // The date `days` working days after `from` (from itself is day 0, whatever it is).
    Result<QDate> addWorkingDays(const QDate &from, int days) const;
    // Working days after `from` up to and including `to`; 0 when to <= from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    int m_version = 0;
    QString m_source;
    QDate m_from;
    QDate m_to;
    QMap<QDate, QString> m_holidays;
};

// Red/amber/green for something due on a date, from the share of its working days used.
enum class DueState { OnTrack, DueSoon, Overdue, None };

struct DueStatus
{
    DueState state = DueState::None;
    int workingDaysLeft = 0; // negative when overdue

    // The text that goes with the colour, so the state never rests on colour alone.
    QString marker() const;     // "", "DUE SOON", "OVERDUE"
    QString colourName() const; // "green", "amber", "red", ""
};

// Amber once 75% of the working days between `raised` and `due` are used (and on the due
// day itself), red once `today` is after `due`.
DueStatus dueStatus(const WorkingCalendar &calendar, const QDate &raised, const QDate &due,
                    const QDate &today);

} // namespace cd
