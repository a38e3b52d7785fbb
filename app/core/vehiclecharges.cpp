#include "core/vehiclecharges.h"

#include "core/logging.h"
#include "core/londonday.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace cd::vehicles {

namespace {

// lupdate reads this file's messages into the context cd::vehicles.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::vehicles)
};

Rate readRate(const QJsonObject &o)
{
    return Rate{static_cast<qint64>(o.value(QStringLiteral("pence")).toDouble(-1)),
                o.value(QStringLiteral("verified")).toBool(false)};
}

// A list of sources: URL strings, or objects with a "url" (and a title).
QStringList readSources(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.isObject() ? v.toObject().value(QStringLiteral("url")).toString()
                                : v.toString());
    return out;
}

QDate readDate(const QJsonObject &o, const QString &key)
{
    return QDate::fromString(o.value(key).toString(), Qt::ISODate);
}

Result<QHash<QString, Rate>> readByWeight(const QJsonArray &rows, const QString &what)
{
    QHash<QString, Rate> out;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const QString w = o.value(QStringLiteral("weight_class")).toString();
        const Rate r = readRate(o);
        if (!weightClasses().contains(w) || r.pence < 0)
            return Result<QHash<QString, Rate>>::failure(
                Tr::tr("a %1 row has no valid weight_class or pence").arg(what));
        out.insert(w, r);
    }
    for (const QString &w : weightClasses())
        if (!out.contains(w))
            return Result<QHash<QString, Rate>>::failure(
                Tr::tr("%1 has no rate for %2").arg(what, w));
    return out;
}

Result<ChargeSchedule> readSchedule(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Result<ChargeSchedule>::failure(
            Tr::tr("not a JSON object: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    ChargeSchedule s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.title = o.value(QStringLiteral("title")).toString();
    s.effectiveFrom =
        QDate::fromString(o.value(QStringLiteral("effective_from")).toString(), Qt::ISODate);
    if (s.id.isEmpty() || !s.effectiveFrom.isValid())
        return Result<ChargeSchedule>::failure(
            Tr::tr("a charge schedule needs an id and an effective_from date"));
    s.reviewedOn = readDate(o, QStringLiteral("reviewed_on"));
    s.sources = readSources(o.value(QStringLiteral("sources")));
    for (const QJsonValue &v : o.value(QStringLiteral("removal")).toArray()) {
        const QJsonObject r = v.toObject();
        RemovalRow row;
        row.weightClass = r.value(QStringLiteral("weight_class")).toString();
        row.position = r.value(QStringLiteral("position")).toString(QStringLiteral("any"));
        row.condition = r.value(QStringLiteral("condition")).toString(QStringLiteral("any"));
        row.laden = r.value(QStringLiteral("laden")).toString(QStringLiteral("any"));
        row.rate = readRate(r);
        if (!weightClasses().contains(row.weightClass) || row.rate.pence < 0)
            return Result<ChargeSchedule>::failure(
                Tr::tr("%1: a removal row has no valid weight_class or pence").arg(s.id));
        s.removal.append(row);
    }
    Result<QHash<QString, Rate>> storage = readByWeight(
        o.value(QStringLiteral("storage_per_24h")).toArray(), s.id + QStringLiteral(" storage"));
    if (!storage)
        return storage.error();
    s.storagePer24h = storage.value();
    Result<QHash<QString, Rate>> disposal = readByWeight(
        o.value(QStringLiteral("disposal")).toArray(), s.id + QStringLiteral(" disposal"));
    if (!disposal)
        return disposal.error();
    s.disposal = disposal.value();
    return s;
}

bool matches(const QString &rule, const QString &value)
{
    return rule == u"any" || rule == value;
}

struct Shipped
{
    ChargeTables tables;
    QString error;
};

const Shipped &shippedTables()
{
    static const Shipped shipped = [] {
        Shipped s;
        Result<ChargeTables> t =
            ChargeTables::loadDirectory(QStringLiteral(":/contactdesk/charges"));
        if (t) {
            s.tables = t.value();
        } else {
            s.error = t.errorMessage();
            qCWarning(lcCore) << "charge tables:" << s.error;
        }
        return s;
    }();
    return shipped;
}

} // namespace

Result<ChargeTables> ChargeTables::fromJson(const QList<QByteArray> &schedules,
                                            const QByteArray &periods)
{
    ChargeTables tables;
    for (const QByteArray &json : schedules) {
        Result<ChargeSchedule> s = readSchedule(json);
        if (!s)
            return s.error();
        tables.m_schedules.append(s.value());
    }
    if (tables.m_schedules.isEmpty())
        return Result<ChargeTables>::failure(Tr::tr("no charge schedule was found"));
    std::sort(tables.m_schedules.begin(), tables.m_schedules.end(),
              [](const ChargeSchedule &a, const ChargeSchedule &b) {
                  return a.effectiveFrom < b.effectiveFrom;
              });

    const QJsonObject p = QJsonDocument::fromJson(periods).object();
    tables.m_periodsReviewedOn = readDate(p, QStringLiteral("reviewed_on"));
    for (const QJsonValue &v : p.value(QStringLiteral("periods")).toArray()) {
        const QJsonObject o = v.toObject();
        DisposalPeriod period;
        period.effectiveFrom =
            QDate::fromString(o.value(QStringLiteral("effective_from")).toString(), Qt::ISODate);
        for (const QJsonValue &power : o.value(QStringLiteral("powers")).toArray())
            period.powers.append(power.toString());
        if (o.value(QStringLiteral("days")).isDouble())
            period.days = o.value(QStringLiteral("days")).toInt();
        period.from = o.value(QStringLiteral("from")).toString(QStringLiteral("seizure"));
        period.verified = o.value(QStringLiteral("verified")).toBool(false);
        if (o.value(QStringLiteral("attend_within_working_days")).isDouble())
            period.attendWithinWorkingDays =
                o.value(QStringLiteral("attend_within_working_days")).toInt();
        period.sources = readSources(o.value(QStringLiteral("sources")));
        period.note = o.value(QStringLiteral("note")).toString();
        if (!period.effectiveFrom.isValid() || period.powers.isEmpty())
            return Result<ChargeTables>::failure(
                Tr::tr("a disposal period needs effective_from and powers"));
        tables.m_periods.append(period);
    }
    std::sort(tables.m_periods.begin(), tables.m_periods.end(),
              [](const DisposalPeriod &a, const DisposalPeriod &b) {
                  return a.effectiveFrom < b.effectiveFrom;
              });
    return tables;
}

Result<ChargeTables> ChargeTables::loadDirectory(const QString &dir)
{
    QList<QByteArray> schedules;
    QByteArray periods;
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Result<ChargeTables>::failure(Tr::tr("cannot read %1").arg(file.fileName()));
        const QByteArray data = file.readAll();
        if (name == u"disposal-periods.json")
            periods = data;
        else
            schedules.append(data);
    }
    Result<ChargeTables> t = fromJson(schedules, periods);
    if (!t)
        return Result<ChargeTables>::failure(QStringLiteral("%1: %2").arg(dir, t.errorMessage()));
    return t;
}

const ChargeTables &ChargeTables::shipped()
{
    return shippedTables().tables;
}

QString ChargeTables::shippedError()
{
    return shippedTables().error;
}

const ChargeSchedule *ChargeTables::scheduleFor(const QDateTime &removedAt) const
{
    const QDate day = londonDay(removedAt);
    const ChargeSchedule *found = nullptr;
    for (const ChargeSchedule &s : m_schedules)
        if (s.effectiveFrom <= day)
            found = &s;
    return found;
}

QDateTime ChargeTables::storageStart(const QDateTime &removedAt)
{
    const QDate next = londonDay(removedAt).addDays(1);
    return QDateTime(next, QTime(12, 0), londonZone()).toUTC();
}

Result<Charges> ChargeTables::charges(const Vehicle &v, const QDateTime &at) const
{
    if (!v.seizedAt.isValid())
        return Result<Charges>::failure(Tr::tr("the vehicle has no removal time"));
    const ChargeSchedule *s = scheduleFor(v.seizedAt);
    if (!s)
        return Result<Charges>::failure(Tr::tr("no charge schedule covers a removal on %1")
                                            .arg(londonDay(v.seizedAt).toString(Qt::ISODate)));
    Charges c;
    c.schedule = s->id;
    const QString laden = v.laden ? QStringLiteral("laden") : QStringLiteral("unladen");
    const RemovalRow *row = nullptr;
    for (const RemovalRow &r : s->removal) {
        if (r.weightClass == v.weightClass && matches(r.position, v.position) &&
            matches(r.condition, v.condition) && matches(r.laden, laden)) {
            row = &r;
            break;
        }
    }
    if (!row)
        return Result<Charges>::failure(Tr::tr("%1 has no removal charge for %2, %3, %4")
                                            .arg(s->id, v.weightClass, v.position, v.condition));
    if (at < v.seizedAt)
        return Result<Charges>::failure(
            Tr::tr("the time asked about is before the vehicle was removed"));
    c.removalPence = row->rate.pence;
    if (!row->rate.verified)
        c.unverified.append(QStringLiteral("removal"));

    const Rate storage = s->storagePer24h.value(v.weightClass);
    c.storagePer24hPence = storage.pence;
    c.storageFrom = storageStart(v.seizedAt);
    if (v.holdEndedAt.isValid() && v.holdEndedAt > c.storageFrom)
        c.storageFrom = v.holdEndedAt.toUTC();
    c.chargedUntil = at.toUTC();
    if (v.releasedAt.isValid() && v.releasedAt < c.chargedUntil)
        c.chargedUntil = v.releasedAt.toUTC();
    if (v.disposedAt.isValid() && v.disposedAt < c.chargedUntil)
        c.chargedUntil = v.disposedAt.toUTC();
    if (v.policeHold) {
        c.storageSuspended = true;
    } else if (c.chargedUntil > c.storageFrom) {
        const qint64 ms = c.storageFrom.msecsTo(c.chargedUntil);
        constexpr qint64 day = 24LL * 60 * 60 * 1000;
        c.storageDays = static_cast<int>((ms + day - 1) / day);
        c.storagePence = c.storageDays * storage.pence;
        if (!storage.verified)
            c.unverified.append(QStringLiteral("storage"));
    }
    if (v.status == u"disposed") {
        const Rate disposal = s->disposal.value(v.weightClass);
        c.disposalPence = disposal.pence;
        if (!disposal.verified)
            c.unverified.append(QStringLiteral("disposal"));
    }
    c.totalPence = c.removalPence + c.storagePence + c.disposalPence;
    return c;
}

std::optional<QDate> ChargeTables::mayDisposeAfter(const Vehicle &v) const
{
    if (v.status != u"held" || v.policeHold || !v.seizedAt.isValid())
        return std::nullopt;
    const QDate seizedDay = londonDay(v.seizedAt);
    const DisposalPeriod *found = nullptr;
    for (const DisposalPeriod &p : m_periods)
        if (p.effectiveFrom <= seizedDay && p.powers.contains(v.power))
            found = &p;
    if (!found || !found->days)
        return std::nullopt;
    const QDateTime base =
        found->from == u"notice" && v.noticeServedAt.isValid() ? v.noticeServedAt : v.seizedAt;
    return londonDay(base).addDays(*found->days);
}

ReleaseGuidance ReleaseGuidance::forPower(const QString &power)
{
    static const QJsonObject doc = [] {
        QFile file(QStringLiteral(":/contactdesk/vehicles/release-guidance.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCore) << "release guidance is missing from the program";
            return QJsonObject();
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    QJsonObject entry = doc.value(QStringLiteral("powers")).toObject().value(power).toObject();
    if (entry.isEmpty())
        entry = doc.value(QStringLiteral("default")).toObject();
    ReleaseGuidance g;
    for (const QJsonValue &v : entry.value(QStringLiteral("documents")).toArray())
        g.documents.append(v.toString());
    for (const QJsonValue &v : entry.value(QStringLiteral("steps")).toArray())
        g.steps.append(v.toString());
    return g;
}

QString formatPence(qint64 pence)
{
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QString pounds = uk.toString(pence / 100);
    return QStringLiteral("£%1.%2").arg(pounds).arg(pence % 100, 2, 10, QLatin1Char('0'));
}

} // namespace cd::vehicles
