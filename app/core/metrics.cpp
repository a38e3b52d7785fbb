#include "core/metrics.h"
#include "core/repeatcaller.h"

#include "core/clock.h"

#include <QRegularExpression>

#include <cmath>

namespace cd {

double shareOf(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

double firstContactResolutionRate(qint64 resolvedFirst, qint64 contacts)
{
    return shareOf(resolvedFirst, contacts);
}

double averageHandlingSeconds(qint64 handledSeconds, qint64 handledContacts)
{
    return handledContacts > 0 ? double(handledSeconds) / double(handledContacts) : 0.0;
}

bool isSatisfiedRating(int rating)
{
    return rating >= kSatisfiedRating && rating <= 10;
}

double satisfactionShare(const QList<int> &ratings)
{
    qint64 satisfied = 0;
    for (int r : ratings)
        satisfied += isSatisfiedRating(r) ? 1 : 0;
    return shareOf(satisfied, ratings.size());
}

int repeatCallerCount(const QList<int> &contactsPerCaller, int threshold)
{
    int n = 0;
    for (int c : contactsPerCaller)
        n += isRepeatContact(c - 1, threshold) ? 1 : 0; // c includes the contact itself
    return n;
}

double ValueForMoney::costPerContactPence() const
{
    return std::round(costPerContact * 100.0) / 100.0;
}

double ValueForMoney::costPerContactQuoted() const
{
    return std::round(costPerContact * 10.0) / 10.0;
}

qint64 ValueForMoney::wholeHoursSaved() const
{
    return qint64(std::floor(hoursSaved + 1e-9));
}

qint64 ValueForMoney::valuePounds() const
{
    return qint64(std::llround(value));
}

ValueForMoney valueForMoney(const ValueForMoneyInputs &in)
{
    ValueForMoney v;
    v.costPerContact = in.contacts > 0 ? in.teamCost / double(in.contacts) : 0.0;
    v.hoursSaved = double(in.resolved) * in.minutesPerResolution / 60.0;
    v.value = v.hoursSaved * in.hourlyRate;
    return v;
}

double teamCostFor(double annualTeamCost, int months)
{
    return annualTeamCost * double(months) / 12.0;
}

QString periodName(Period period)
{
    switch (period) {
    case Period::Today:
        return QStringLiteral("today");
    case Period::ThisWeek:
        return QStringLiteral("week");
    case Period::ThisMonth:
        return QStringLiteral("month");
    case Period::Last12Months:
        return QStringLiteral("12months");
    }
    return {};
}

QString periodLabel(Period period)
{
    switch (period) {
    case Period::Today:
        return QStringLiteral("Today");
    case Period::ThisWeek:
        return QStringLiteral("This week");
    case Period::ThisMonth:
        return QStringLiteral("This month");
    case Period::Last12Months:
        return QStringLiteral("Last 12 months");
    }
    return {};
}

bool periodFromName(const QString &name, Period *out)
{
    for (Period p : {Period::Today, Period::ThisWeek, Period::ThisMonth, Period::Last12Months}) {
        if (periodName(p) == name) {
            *out = p;
            return true;
        }
    }
    return false;
}

QDateTime DayRange::startUtc() const
{
    return londonDayStartUtc(first);
}

QDateTime DayRange::endUtc() const
{
    return londonDayEndUtc(last);
}

QDate londonToday()
{
    return londonDay(Clock::instance().now());
}

DayRange periodRange(Period period, const QDate &today)
{
    switch (period) {
    case Period::Today:
        return {today, today};
    case Period::ThisWeek:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case Period::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Period::Last12Months: {
        const QDate monthStart(today.year(), today.month(), 1);
        return {monthStart.addMonths(-11), today};
    }
    }
    return {};
}

DayRange monthRange(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    return {first, first.addMonths(1).addDays(-1)};
}

DayRange parseMonth(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return monthRange(m.captured(1).toInt(), m.captured(2).toInt());
}

DayRange parseMonthSpan(const QString &from, const QString &to)
{
    const DayRange a = parseMonth(from);
    const DayRange b = parseMonth(to);
    if (!a.isValid() || !b.isValid() || b.first < a.first)
        return {};
    if (a.first.addMonths(24) <= b.first)
        return {};
    return {a.first, b.last};
}

QStringList monthsIn(const DayRange &range)
{
    QStringList out;
    if (!range.isValid())
        return out;
    for (QDate d(range.first.year(), range.first.month(), 1); d <= range.last; d = d.addMonths(1))
        out << d.toString(QStringLiteral("yyyy-MM"));
    return out;
}

} // namespace cd
