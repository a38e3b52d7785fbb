#pragma once

#include "core/londonday.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

// The outcome code that counts as resolved at first contact (shipped taxonomy).
inline QString firstContactOutcome()
{
    return QStringLiteral("resolved_first_contact");
}

// Share of `part` in `whole` as a fraction 0..1; 0 when there is nothing to count.
double shareOf(qint64 part, qint64 whole);

// First-contact resolution rate: contacts resolved at first contact / all contacts.
double firstContactResolutionRate(qint64 resolvedFirst, qint64 contacts);

// Average handling time in seconds: total handled seconds / contacts with an end time.
double averageHandlingSeconds(qint64 handledSeconds, qint64 handledContacts);

// Survey answers are rated 0-10; a caller counts as satisfied at 8 or above.
constexpr int kSatisfiedRating = 8;
bool isSatisfiedRating(int rating);
// Share of ratings at 8 or above; 0 when there are none.
double satisfactionShare(const QList<int> &ratings);

// Callers who reached `threshold` contacts in the period: `contactsPerCaller` has one count
// per distinct caller.
int repeatCallerCount(const QList<int> &contactsPerCaller, int threshold);

// Value for money as the monthly report computes it (see docs: DOMAIN "What managers measure"):
// annual team cost / contacts = cost per contact; resolved x minutes per resolution = officer
// hours saved; hours x hourly rate = value.
struct ValueForMoneyInputs
{
    double teamCost = 0; // GBP, for the period reported (the annual cost for a year)
    qint64 contacts = 0; // all contacts in the period
    qint64 resolved = 0; // resolved at first contact
    double minutesPerResolution = 15;
    double hourlyRate = 24.50; // GBP per officer hour
};

struct ValueForMoney
{
    double costPerContact = 0; // GBP, unrounded
    double hoursSaved = 0;     // unrounded
    double value = 0;          // GBP, from the unrounded hours

    double costPerContactPence() const;  // to the penny (1.39)
    double costPerContactQuoted() const; // to 10p, as quoted (1.40)
    qint64 wholeHoursSaved() const;      // hours not yet saved are not counted (11,801)
    qint64 valuePounds() const;          // to the nearest pound (289,143)
};

ValueForMoney valueForMoney(const ValueForMoneyInputs &in);

// The team cost for `months` months of an annual cost.
double teamCostFor(double annualTeamCost, int months);

// Dashboard periods, counted in Europe/London local days.
enum class Period { Today, ThisWeek, ThisMonth, Last12Months };

QString periodName(Period period);  // "today", "week", "month", "12months"
QString periodLabel(Period period); // "Today", "This week", ...
bool periodFromName(const QString &name, Period *out);

// A run of whole local days, first and last included.
struct DayRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(const QDate &day) const { return day >= first && day <= last; }
    int days() const { return isValid() ? int(first.daysTo(last)) + 1 : 0; }
    // UTC instants: the start of `first` and the start of the day after `last` in London.
    QDateTime startUtc() const;
    QDateTime endUtc() const;
    bool operator==(const DayRange &other) const = default;
};

// The clock's London day (londonDay in core/londonday.h).
QDate londonToday();

// Today; Monday to today; the 1st to today; the 12 calendar months ending with this one.
DayRange periodRange(Period period, const QDate &today);
DayRange monthRange(int year, int month);
// "YYYY-MM" to its month; invalid range when the text is not a month.
DayRange parseMonth(const QString &text);
// The months from `from` to `to` inclusive ("YYYY-MM"), at most 24; invalid otherwise.
DayRange parseMonthSpan(const QString &from, const QString &to);
// "2026-10" for each month the range touches, in order.
QStringList monthsIn(const DayRange &range);

} // namespace cd
