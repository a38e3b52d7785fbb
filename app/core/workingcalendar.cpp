#include "core/workingcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

QDate WorkingCalendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QMap<QDate, QString> WorkingCalendar::ruleHolidays(int year)
{
    QMap<QDate, QString> out;
    const QString substitute = QStringLiteral(" (substitute day)");
    auto firstMonday = [year](int month) {
        QDate d(year, month, 1);
        while (d.dayOfWeek() != Qt::Monday)
            d = d.addDays(1);
        return d;
    };
    auto lastMonday = [year](int month) {
        QDate d = QDate(year, month, 1).addMonths(1).addDays(-1);
        while (d.dayOfWeek() != Qt::Monday)
            d = d.addDays(-1);
        return d;
    };

    const QString newYear = QStringLiteral("New Year's Day");
    const QDate jan1(year, 1, 1);
    if (jan1.dayOfWeek() == Qt::Saturday)
        out.insert(jan1.addDays(2), newYear + substitute);
    else if (jan1.dayOfWeek() == Qt::Sunday)
        out.insert(jan1.addDays(1), newYear + substitute);
    else
        out.insert(jan1, newYear);

    const QDate easter = easterSunday(year);
    out.insert(easter.addDays(-2), QStringLiteral("Good Friday"));
    out.insert(easter.addDays(1), QStringLiteral("Easter Monday"));
    out.insert(firstMonday(5), QStringLiteral("Early May bank holiday"));
    out.insert(lastMonday(5), QStringLiteral("Spring bank holiday"));
    out.insert(lastMonday(8), QStringLiteral("Summer bank holiday"));

    // Christmas Day, then Boxing Day, each on the first free weekday from its own date.
    const QString christmas = QStringLiteral("Christmas Day");
    const QString boxing = QStringLiteral("Boxing Day");
    const QDate dec25(year, 12, 25);
    switch (dec25.dayOfWeek()) {
    case Qt::Friday: // Boxing Day on Saturday
        out.insert(dec25, christmas);
        out.insert(QDate(year, 12, 28), boxing + substitute);
        break;
    case Qt::Saturday:
        out.insert(QDate(year, 12, 27), christmas + substitute);
        out.insert(QDate(year, 12, 28), boxing + substitute);
        break;
    case Qt::Sunday:
        out.insert(QDate(year, 12, 26), boxing);
        out.insert(QDate(year, 12, 27), christmas + substitute);
        break;
    default:
        out.insert(dec25, christmas);
        out.insert(QDate(year, 12, 26), boxing);
        break;
    }
    return out;
}

Result<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    auto fail = [&](const QString &why) {
        return Result<WorkingCalendar>::failure(QStringLiteral("%1: %2").arg(origin, why));
    };
    if (!doc.isObject())
        return fail(
            QStringLiteral("not a bank-holiday calendar (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    WorkingCalendar c;
    c.m_version = o.value(QLatin1String("version")).toInt();
    c.m_source = o.value(QLatin1String("source")).toString();
    c.m_reviewedOn =
        QDate::fromString(o.value(QLatin1String("reviewed_on")).toString(), Qt::ISODate);
    for (const QJsonValue &v : o.value(QLatin1String("sources")).toArray()) {
        const QJsonObject so = v.toObject();
        c.m_sources.append({so.value(QLatin1String("title")).toString(),
                            so.value(QLatin1String("url")).toString()});
    }
    const QJsonObject covers = o.value(QLatin1String("covers")).toObject();
    c.m_from = QDate::fromString(covers.value(QLatin1String("from")).toString(), Qt::ISODate);
    c.m_to = QDate::fromString(covers.value(QLatin1String("to")).toString(), Qt::ISODate);
    if (c.m_version <= 0)
        return fail(QStringLiteral("the calendar has no version"));
    if (!c.m_from.isValid() || !c.m_to.isValid() || c.m_to < c.m_from)
        return fail(QStringLiteral("the calendar does not say which dates it covers"));
    if (c.m_to > computedTo())
        return fail(QStringLiteral("the calendar covers dates after %1")
                        .arg(computedTo().toString(Qt::ISODate)));
    for (const QJsonValue &v : o.value(QLatin1String("holidays")).toArray()) {
        const QJsonObject h = v.toObject();
        const QString text = h.value(QLatin1String("date")).toString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return fail(QStringLiteral("\"%1\" is not a date").arg(text));
        if (d < c.m_from || d > c.m_to)
            return fail(QStringLiteral("%1 is outside the years the calendar covers").arg(text));
        c.m_holidays.insert(d, h.value(QLatin1String("title")).toString());
    }
    if (c.m_holidays.isEmpty())
        return fail(QStringLiteral("the calendar lists no bank holidays"));
    // After the published list, the rule; the list is never overridden.
    for (int year = c.m_to.year(); year <= kLastComputedYear; ++year) {
        const QMap<QDate, QString> computed = ruleHolidays(year);
        for (auto it = computed.cbegin(); it != computed.cend(); ++it)
            if (it.key() > c.m_to)
                c.m_holidays.insert(it.key(), it.value());
    }
    return c;
}

Result<WorkingCalendar> WorkingCalendar::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<WorkingCalendar>::failure(
            QStringLiteral("cannot read the bank-holiday calendar %1: %2")
                .arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    return date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

Result<QDate> WorkingCalendar::addWorkingDays(const QDate &from, int days) const
{
    if (!from.isValid())
        return Result<QDate>::failure(QStringLiteral("no start date to count working days from"));
    if (days < 0)
        return Result<QDate>::failure(
            QStringLiteral("cannot count a negative number of working days"));
    QDate d = from;
    int counted = 0;
    while (counted < days) {
        d = d.addDays(1);
        if (!covers(d))
            return Result<QDate>::failure(
                QStringLiteral("the bank-holiday calendar covers %1 to %2 only; %3 is outside it: "
                               "install an updated calendar")
                    .arg(m_from.toString(Qt::ISODate), computedTo().toString(Qt::ISODate),
                         d.toString(Qt::ISODate)));
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isWorkingDay(d))
            ++n;
    return n;
}

QString DueStatus::marker() const
{
    switch (state) {
    case DueState::DueSoon:
        return QStringLiteral("DUE SOON");
    case DueState::Overdue:
        return QStringLiteral("OVERDUE");
    case DueState::Immediate:
        return QStringLiteral("IMMEDIATE");
    case DueState::OnTrack:
    case DueState::None:
        break;
    }
    return {};
}

QString DueStatus::colourName() const
{
    switch (state) {
    case DueState::OnTrack:
        return QStringLiteral("green");
    case DueState::DueSoon:
        return QStringLiteral("amber");
    case DueState::Overdue:
    case DueState::Immediate:
        return QStringLiteral("red");
    case DueState::None:
        break;
    }
    return {};
}

DueStatus dueStatus(const WorkingCalendar &calendar, const QDate &raised, const QDate &due,
                    const QDate &today)
{
    DueStatus s;
    if (!due.isValid() || !raised.isValid())
        return s;
    if (today > due) {
        s.state = DueState::Overdue;
        s.workingDaysLeft = -calendar.workingDaysBetween(due, today);
        if (s.workingDaysLeft == 0)
            s.workingDaysLeft = -1; // overdue over a weekend still counts as late
        return s;
    }
    s.workingDaysLeft = calendar.workingDaysBetween(today, due);
    if (due <= raised) { // same day: only immediate risk is due the day it is raised
        s.state = DueState::Immediate;
        return s;
    }
    const int total = calendar.workingDaysBetween(raised, due);
    const int used = calendar.workingDaysBetween(raised, today);
    // 4 * used >= 3 * total: at least 75% of the working days are gone.
    s.state = (today == due || (total > 0 && 4 * used >= 3 * total)) ? DueState::DueSoon
                                                                     : DueState::OnTrack;
    return s;
}

} // namespace cd
