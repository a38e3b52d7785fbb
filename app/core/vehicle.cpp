#include "core/vehicle.h"

#include "core/clock.h"
#include "core/londonday.h"
#include "core/validation.h"
#include "core/vrm.h"

#include <QCoreApplication>
#include <QUuid>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::vehicles.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::vehicles)
};

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<qint64>(era) * 146097 + doe - 719468;
}

bool digits(QStringView s, qsizetype at, int count, int *out)
{
    if (at + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[at + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *out = v;
    return true;
}

void put(char16_t *&p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    p += width;
}

// Whether isoUtc() can write the time: four-digit years only, so not 9999-12-31T23:59:59-14:00
// (the year 10000 in UTC) nor 0001-01-01T00:00:00+14:00 (the year before 1).
bool writable(const QDateTime &utc)
{
    const int year = utc.date().year();
    return year >= 1 && year <= 9999;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(vehicles::isoUtc(t)) : QJsonValue();
}

bool parseBool(QStringView text, bool *out)
{
    const QStringView t = text.trimmed();
    auto is = [&](const char *word) {
        return t.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    };
    if (t.isEmpty() || is("false") || is("0") || is("no") || is("n")) {
        *out = false;
        return true;
    }
    if (is("true") || is("1") || is("yes") || is("y")) {
        *out = true;
        return true;
    }
    return false;
}

} // namespace

QJsonObject Vehicle::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("vrm"), vrm},
        {QStringLiteral("vrm_format"), vrmFormat},
        {QStringLiteral("vrm_unusual"), vrmUnusual},
        {QStringLiteral("make"), make},
        {QStringLiteral("model"), model},
        {QStringLiteral("colour"), colour},
        {QStringLiteral("seized_at"), timeJson(seizedAt)},
        {QStringLiteral("power"), power},
        {QStringLiteral("location"), location},
        {QStringLiteral("status"), status},
        {QStringLiteral("weight_class"), weightClass},
        {QStringLiteral("condition"), condition},
        {QStringLiteral("position"), position},
        {QStringLiteral("laden"), laden},
        {QStringLiteral("police_hold"), policeHold},
        {QStringLiteral("notice_served_at"), timeJson(noticeServedAt)},
        {QStringLiteral("released_at"), timeJson(releasedAt)},
        {QStringLiteral("disposed_at"), timeJson(disposedAt)},
        {QStringLiteral("hold_ended_at"), timeJson(holdEndedAt)},
        {QStringLiteral("updated_hlc"), updatedHlc},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("deleted"), deleted},
    };
}

namespace vehicles {

const QStringList &powers()
{
    static const QStringList list = {
        QStringLiteral("s165a"),       QStringLiteral("s59"),
        QStringLiteral("abandoned"),   QStringLiteral("evidential"),
        QStringLiteral("obstruction"), QStringLiteral("stolen_recovered"),
        QStringLiteral("other")};
    return list;
}

const QStringList &statuses()
{
    static const QStringList list = {QStringLiteral("held"), QStringLiteral("released"),
                                     QStringLiteral("disposed")};
    return list;
}

const QStringList &weightClasses()
{
    static const QStringList list = {QStringLiteral("two_wheeled"), QStringLiteral("upto_3_5t"),
                                     QStringLiteral("3_5_to_7_5t"), QStringLiteral("7_5_to_18t"),
                                     QStringLiteral("over_18t")};
    return list;
}

const QStringList &conditions()
{
    static const QStringList list = {QStringLiteral("upright_undamaged"),
                                     QStringLiteral("not_upright_or_damaged")};
    return list;
}

const QStringList &positions()
{
    static const QStringList list = {QStringLiteral("on_road"), QStringLiteral("off_road")};
    return list;
}

QString powerLabel(const QString &power)
{
    if (power == u"s165a")
        return Tr::tr("s.165A Road Traffic Act 1988 (no licence or no insurance)");
    if (power == u"s59")
        return Tr::tr("s.59 Police Reform Act 2002 (anti-social use)");
    if (power == u"abandoned")
        return Tr::tr("abandoned or broken down (Road Traffic Regulation Act 1984 s.99)");
    if (power == u"evidential")
        return Tr::tr("held as evidence (Police and Criminal Evidence Act 1984)");
    if (power == u"obstruction")
        return Tr::tr("illegally, dangerously or obstructively parked (Road Traffic Regulation Act "
                      "1984 s.99)");
    if (power == u"stolen_recovered")
        return Tr::tr("stolen vehicle recovered");
    return Tr::tr("other reason");
}

QString weightClassLabel(const QString &value)
{
    if (value == u"two_wheeled")
        return Tr::tr("two-wheeled");
    if (value == u"upto_3_5t")
        return Tr::tr("up to 3.5 tonnes");
    if (value == u"3_5_to_7_5t")
        return Tr::tr("over 3.5 and up to 7.5 tonnes");
    if (value == u"7_5_to_18t")
        return Tr::tr("over 7.5 and up to 18 tonnes");
    if (value == u"over_18t")
        return Tr::tr("over 18 tonnes");
    return value;
}

QString statusLabel(const QString &status)
{
    if (status == u"held")
        return Tr::tr("held");
    if (status == u"released")
        return Tr::tr("released");
    if (status == u"disposed")
        return Tr::tr("disposed of");
    return status;
}

bool parseTime(QStringView s, QDateTime *out)
{
    s = s.trimmed();
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (!digits(s, 0, 4, &y) || s.size() < 10 || s[4] != u'-' || !digits(s, 5, 2, &mo) ||
        s[7] != u'-' || !digits(s, 8, 2, &d))
        return false;
    qsizetype p = 10;
    if (p < s.size()) {
        if ((s[p] != u'T' && s[p] != u' ') || !digits(s, p + 1, 2, &h) || p + 3 >= s.size() ||
            s[p + 3] != u':' || !digits(s, p + 4, 2, &mi))
            return false;
        p += 6;
        if (p < s.size() && s[p] == u':') {
            if (!digits(s, p + 1, 2, &sec))
                return false;
            p += 3;
            if (p < s.size() && (s[p] == u'.' || s[p] == u',')) {
                ++p;
                int scale = 100;
                const qsizetype start = p;
                while (p < s.size() && s[p] >= u'0' && s[p] <= u'9') {
                    ms += (s[p].unicode() - u'0') * scale;
                    scale /= 10;
                    ++p;
                }
                if (p == start)
                    return false;
            }
        }
    }
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59)
        return false;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return false;
    if (p == s.size()) {
        // No offset: the operator's local time.
        const QDateTime local(date, QTime(h, mi, sec, ms), londonZone());
        if (!local.isValid() || !writable(local.toUTC()))
            return false;
        *out = local.toUTC();
        return true;
    }
    int offsetMinutes = 0;
    if (s[p] == u'Z' || s[p] == u'z') {
        ++p;
    } else if (s[p] == u'+' || s[p] == u'-') {
        const int sign = s[p] == u'-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(s, p + 1, 2, &oh))
            return false;
        p += 3;
        if (p < s.size() && s[p] == u':')
            ++p;
        if (p < s.size()) {
            if (!digits(s, p, 2, &om))
                return false;
            p += 2;
        }
        if (oh > 14 || om > 59)
            return false;
        offsetMinutes = sign * (oh * 60 + om);
    } else {
        return false;
    }
    if (p != s.size())
        return false;
    const qint64 epochMs =
        ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offsetMinutes) * 60000LL + sec * 1000LL +
        ms;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    if (!writable(utc))
        return false;
    *out = utc;
    return true;
}

QString isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 msTotal = time.toMSecsSinceEpoch();
    qint64 secs = msTotal >= 0 ? msTotal / 1000 : (msTotal - 999) / 1000;
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    int rem = static_cast<int>(secs - days * 86400);
    // civil_from_days
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int doe = static_cast<int>(days - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    const int y = static_cast<int>(yoe + era * 400) + (m <= 2 ? 1 : 0);
    QString out(20, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    put(p, y, 4);
    *p++ = u'-';
    put(p, m, 2);
    *p++ = u'-';
    put(p, d, 2);
    *p++ = u'T';
    put(p, rem / 3600, 2);
    *p++ = u':';
    put(p, rem / 60 % 60, 2);
    *p++ = u':';
    put(p, rem % 60, 2);
    *p++ = u'Z';
    return out;
}

QDateTime fromStored(const QString &text)
{
    QDateTime t;
    if (text.isEmpty() || !parseTime(text, &t))
        return {};
    return t;
}

QString uuidForReference(const QString &reference)
{
    static const QUuid ns = QUuid::fromString(u"{6f1c2b8e-4d1a-5b7e-9c3f-2a8d0e4b7c61}");
    return QUuid::createUuidV5(ns, reference).toString(QUuid::WithoutBraces);
}

const QStringList &columnNames()
{
    static const QStringList list = {QStringLiteral("reference"),
                                     QStringLiteral("vrm"),
                                     QStringLiteral("make"),
                                     QStringLiteral("model"),
                                     QStringLiteral("colour"),
                                     QStringLiteral("seized_at"),
                                     QStringLiteral("power"),
                                     QStringLiteral("location"),
                                     QStringLiteral("status"),
                                     QStringLiteral("weight_class"),
                                     QStringLiteral("condition"),
                                     QStringLiteral("position"),
                                     QStringLiteral("laden"),
                                     QStringLiteral("police_hold"),
                                     QStringLiteral("notice_served_at"),
                                     QStringLiteral("released_at"),
                                     QStringLiteral("disposed_at")};
    return list;
}

Result<CsvHeader> CsvHeader::fromRecord(const csv::Record &record)
{
    CsvHeader header;
    if (!record.problems.isEmpty())
        return Result<CsvHeader>::failure(
            csv::fieldMessage(record.line, record.problems.first().field, QString(),
                              csv::problemText(record.problems.first().kind)),
            QStringLiteral("header"));
    header.index.fill(-1);
    header.fieldCount = static_cast<int>(record.fields.size());
    const QStringList &names = columnNames();
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
        const int column = static_cast<int>(names.indexOf(name));
        if (column >= 0)
            header.index[static_cast<size_t>(column)] = i;
    }
    QStringList missing;
    for (Column required : {Reference, Vrm, SeizedAt, Power, Status, WeightClass})
        if (header.index[required] < 0)
            missing.append(names.at(required));
    if (!missing.isEmpty())
        return Result<CsvHeader>::failure(
            Tr::tr("line %1: the header has no %2 column (the first row must name the columns: %3)")
                .arg(record.line)
                .arg(missing.join(QStringLiteral(", ")), names.join(QStringLiteral(","))),
            QStringLiteral("header"));
    return header;
}

Result<Vehicle> fromRecord(const CsvHeader &header, const csv::Record &record,
                           const QDateTime &nowGiven)
{
    auto fail = [](const QString &message) {
        return Result<Vehicle>::failure(message, QStringLiteral("row"));
    };
    auto columnAt = [&](int position) -> int {
        for (int c = 0; c < ColumnCount; ++c)
            if (header.index[static_cast<size_t>(c)] == position)
                return c;
        return -1;
    };
    auto failAt = [&](int position, const QString &what) {
        const int c = columnAt(position);
        return fail(
            c < 0 ? Tr::tr("column %1: %2").arg(position + 1).arg(what)
                  : Tr::tr("column %1 (%2): %3").arg(position + 1).arg(columnNames().at(c), what));
    };
    if (record.fields.size() != header.fieldCount)
        return fail(Tr::tr("has %1 fields, the header has %2")
                        .arg(record.fields.size())
                        .arg(header.fieldCount));
    // Bytes that cannot be kept as they are refuse the row: nothing is stored altered.
    if (!record.problems.isEmpty())
        return failAt(record.problems.first().field,
                      csv::problemText(record.problems.first().kind));
    for (int c = 0; c < ColumnCount; ++c) {
        using namespace validation::limits;
        const int i = header.index[static_cast<size_t>(c)];
        if (i < 0)
            continue;
        qsizetype limit = kCode;
        switch (c) {
        case Reference:
            limit = kReference;
            break;
        case Vrm:
            limit = kVrm;
            break;
        case Make:
        case Model:
        case Colour:
        case Location:
            limit = kShortText;
            break;
        case SeizedAt:
        case NoticeServedAt:
        case ReleasedAt:
        case DisposedAt:
            limit = kTime;
            break;
        default:
            break;
        }
        if (const QString tooLong = validation::checkLength(record.fields.at(i), limit);
            !tooLong.isEmpty())
            return failAt(i, tooLong);
    }
    const QDateTime now = nowGiven.isValid() ? nowGiven : Clock::instance().now();
    auto field = [&](Column c) -> QString {
        const int i = header.index[c];
        return i < 0 ? QString() : record.fields.at(i).trimmed();
    };
    Vehicle v;
    v.reference = field(Reference);
    if (v.reference.isEmpty())
        return fail(Tr::tr("reference is empty"));
    const vrm::Recognition mark = vrm::recognise(field(Vrm));
    if (mark.normalised.isEmpty())
        return fail(Tr::tr("vrm is empty"));
    v.vrm = mark.normalised;
    v.vrmFormat = vrm::formatName(mark.format);
    v.vrmUnusual = mark.unusual;
    v.make = field(Make);
    v.model = field(Model);
    v.colour = field(Colour);
    v.location = field(Location);

    auto oneOf = [&](Column c, const QStringList &allowed, QString *out,
                     const QString &fallback) -> QString {
        QString value = field(c);
        if (!allowed.contains(value))
            value = value.toLower();
        if (value.isEmpty() && !fallback.isEmpty())
            value = fallback;
        if (!allowed.contains(value))
            return Tr::tr("%1 \"%2\" is not one of %3")
                .arg(columnNames().at(c), field(c), allowed.join(QStringLiteral(", ")));
        *out = value;
        return {};
    };
    QString error;
    if (!(error = oneOf(Power, powers(), &v.power, {})).isEmpty() ||
        !(error = oneOf(Status, statuses(), &v.status, {})).isEmpty() ||
        !(error = oneOf(WeightClass, weightClasses(), &v.weightClass, {})).isEmpty() ||
        !(error = oneOf(Condition, conditions(), &v.condition, QStringLiteral("upright_undamaged")))
             .isEmpty() ||
        !(error = oneOf(Position, positions(), &v.position, QStringLiteral("on_road"))).isEmpty())
        return fail(error);
    if (!parseBool(field(Laden), &v.laden))
        return fail(Tr::tr("laden \"%1\" is not true or false").arg(field(Laden)));
    if (!parseBool(field(PoliceHold), &v.policeHold))
        return fail(Tr::tr("police_hold \"%1\" is not true or false").arg(field(PoliceHold)));

    const QString seized = field(SeizedAt);
    if (seized.isEmpty())
        return fail(Tr::tr("seized_at is empty"));
    if (!parseTime(seized, &v.seizedAt))
        return fail(Tr::tr("seized_at \"%1\" is not an ISO-8601 time such as 2024-03-05T14:30:00Z")
                        .arg(seized));
    if (const QString implausible = validation::checkPlausibleTime(v.seizedAt, now);
        !implausible.isEmpty())
        return failAt(header.index[SeizedAt], implausible);
    auto optionalTime = [&](Column c, QDateTime *out) -> QString {
        const QString text = field(c);
        if (text.isEmpty())
            return {};
        if (!parseTime(text, out))
            return Tr::tr("%1 \"%2\" is not an ISO-8601 time such as 2024-03-05T14:30:00Z")
                .arg(columnNames().at(c), text);
        if (*out < v.seizedAt)
            return Tr::tr("%1 is before seized_at").arg(columnNames().at(c));
        if (const QString implausible = validation::checkPlausibleTime(*out, now);
            !implausible.isEmpty())
            return Tr::tr("column %1 (%2): %3")
                .arg(header.index[c] + 1)
                .arg(columnNames().at(c), implausible);
        return {};
    };
    if (!(error = optionalTime(NoticeServedAt, &v.noticeServedAt)).isEmpty() ||
        !(error = optionalTime(ReleasedAt, &v.releasedAt)).isEmpty() ||
        !(error = optionalTime(DisposedAt, &v.disposedAt)).isEmpty())
        return fail(error);
    if (v.status == u"released" && !v.releasedAt.isValid())
        return fail(Tr::tr("status is released but released_at is empty"));
    if (v.status == u"disposed" && !v.disposedAt.isValid())
        return fail(Tr::tr("status is disposed but disposed_at is empty"));
    v.id = uuidForReference(v.reference);
    return v;
}

QStringList toRecord(const Vehicle &v)
{
    auto flag = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    return {v.reference,
            v.vrm,
            v.make,
            v.model,
            v.colour,
            isoUtc(v.seizedAt),
            v.power,
            v.location,
            v.status,
            v.weightClass,
            v.condition,
            v.position,
            flag(v.laden),
            flag(v.policeHold),
            isoUtc(v.noticeServedAt),
            isoUtc(v.releasedAt),
            isoUtc(v.disposedAt)};
}

} // namespace vehicles
} // namespace cd
