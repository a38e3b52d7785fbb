#include "core/contactcsv.h"
#include "core/thrive.h"

#include "core/clock.h"
#include "core/validation.h"
#include "core/vehicle.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

namespace cd::contactcsv {

namespace {
// lupdate reads this file's messages into the context cd::contactcsv.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::contactcsv)
};

const QUuid kImportNamespace(QStringLiteral("{6f1d2a0e-4c1b-5b7e-9a55-3c0d5e1f7a21}"));

// The longest a column's text may be; -1 for a column the import does not read.
qsizetype lengthLimit(const QString &column)
{
    using namespace validation::limits;
    static const QHash<QString, qsizetype> table = {
        {QStringLiteral("id"), kCode},
        {QStringLiteral("started_at"), kTime},
        {QStringLiteral("ended_at"), kTime},
        {QStringLiteral("handler"), kName},
        {QStringLiteral("team"), kName},
        {QStringLiteral("channel"), kCode},
        {QStringLiteral("category"), kCode},
        {QStringLiteral("reason"), kCode},
        {QStringLiteral("outcome"), kCode},
        {QStringLiteral("remained_dissatisfied"), kCode},
        {QStringLiteral("consent_to_outcome"), kCode},
        {QStringLiteral("caller_name"), kName},
        {QStringLiteral("caller_phone"), kPhone},
        {QStringLiteral("caller_email"), kEmail},
        {QStringLiteral("postcode"), kPostcode},
        {QStringLiteral("reference"), kReference},
        {QStringLiteral("vrm"), kVrm},
        {QStringLiteral("notes"), kNotes},
        {QStringLiteral("vulnerable"), kCode},
        {QStringLiteral("vulnerability_kinds"), kNotes},
        {QStringLiteral("address"), kAddress}};
    return table.value(column, -1);
}

QString nameAt(const QStringList &names, int position)
{
    return position >= 0 && position < names.size() ? names.at(position) : QString();
}
} // namespace

const QStringList &columns()
{
    static const QStringList list = {
        QStringLiteral("id"), QStringLiteral("started_at"), QStringLiteral("ended_at"),
        QStringLiteral("handler"), QStringLiteral("team"), QStringLiteral("channel"),
        QStringLiteral("category"), QStringLiteral("reason"), QStringLiteral("outcome"),
        QStringLiteral("remained_dissatisfied"), QStringLiteral("caller_name"),
        QStringLiteral("caller_phone"), QStringLiteral("caller_email"), QStringLiteral("postcode"),
        QStringLiteral("reference"), QStringLiteral("vrm"), QStringLiteral("notes"),
        QStringLiteral("call_id"), QStringLiteral("talk_seconds"), QStringLiteral("wrapup_seconds"),
        // First contact (optional on import): the vulnerability flag and its kinds.
        QStringLiteral("vulnerable"), QStringLiteral("vulnerability_kinds"),
        // Caller matching (optional on import): the address line.
        QStringLiteral("address"),
        // Outcome messages (optional on import): the caller agreed to be told the outcome.
        QStringLiteral("consent_to_outcome")};
    return list;
}

Result<Header> Header::fromRecord(const csv::Record &record)
{
    Header header;
    if (!record.problems.isEmpty()) {
        const csv::FieldProblem &p = record.problems.first();
        return Result<Header>::failure(
            csv::fieldMessage(record.line, p.field, QString(), csv::problemText(p.kind)));
    }
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
        header.names.append(name);
        if (name.isEmpty())
            continue;
        if (header.index.contains(name))
            return Result<Header>::failure(
                Tr::tr("line %1: column \"%2\" appears twice").arg(record.line).arg(name));
        header.index.insert(name, i);
    }
    const QStringList required = {QStringLiteral("started_at"), QStringLiteral("channel"),
                                  QStringLiteral("category"), QStringLiteral("outcome")};
    QStringList missing;
    for (const QString &column : required)
        if (!header.index.contains(column))
            missing.append(column);
    if (!missing.isEmpty())
        return Result<Header>::failure(Tr::tr("line %1: the header has no %2 column")
                                           .arg(record.line)
                                           .arg(missing.join(QLatin1String(", "))));
    return header;
}

QDateTime parseIsoTime(const QString &text)
{
    // The vehicle operator's reader: Z or an offset, fractions, "2026-11-21 09:12:00" as
    // spreadsheets write it, and London time without an offset.
    QDateTime dt;
    if (text.trimmed().isEmpty() || !vehicles::parseTime(text, &dt))
        return {};
    // Only what export writes back: 9999-12-31T23:59:59-14:00 is in the year 10000 in UTC.
    const QDateTime utc = dt.toUTC();
    const int year = utc.date().year();
    return year >= 1 && year <= 9999 ? utc : QDateTime();
}

bool parseBool(const QString &text, bool *out)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("false") || t == QLatin1String("no") ||
        t == QLatin1String("0") || t == QLatin1String("n")) {
        *out = false;
        return true;
    }
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1") ||
        t == QLatin1String("y")) {
        *out = true;
        return true;
    }
    return false;
}

Result<Contact> fromRecord(const Header &header, const csv::Record &record,
                           const Taxonomy &taxonomy, const ImportDefaults &defaults,
                           const QDateTime &nowGiven)
{
    auto field = [&](const char *name) -> QString {
        const int i = header.index.value(QLatin1String(name), -1);
        return i >= 0 && i < record.fields.size() ? csv::restoreFormula(record.fields.at(i))
                                                  : QString();
    };
    auto fail = [&](const QString &reason) {
        return Result<Contact>::failure(Tr::tr("line %1: %2").arg(record.line).arg(reason));
    };
    auto failAt = [&](const char *name, const QString &what) {
        const int i = header.index.value(QLatin1String(name), -1);
        return Result<Contact>::failure(
            csv::fieldMessage(record.line, i, QLatin1String(name), what));
    };
    // Bytes that cannot be kept as they are refuse the row: nothing is stored altered.
    if (!record.problems.isEmpty()) {
        const csv::FieldProblem &p = record.problems.first();
        return Result<Contact>::failure(csv::fieldMessage(
            record.line, p.field, nameAt(header.names, p.field), csv::problemText(p.kind)));
    }
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = nameAt(header.names, i);
        const qsizetype limit = lengthLimit(name);
        if (limit < 0 || header.index.value(name, -1) != i)
            continue;
        if (const QString tooLong = validation::checkLength(record.fields.at(i), limit);
            !tooLong.isEmpty())
            return Result<Contact>::failure(csv::fieldMessage(record.line, i, name, tooLong));
    }
    const QDateTime now = nowGiven.isValid() ? nowGiven : Clock::instance().now();
    if (record.fields.size() > header.index.size() && record.fields.size() != header.index.size()) {
        // Extra trailing fields are tolerated only when empty.
        for (int i = int(header.index.size()); i < record.fields.size(); ++i)
            if (!record.fields.at(i).trimmed().isEmpty())
                return fail(Tr::tr("%1 fields, but the header has %2")
                                .arg(record.fields.size())
                                .arg(header.index.size()));
    }

    Contact c;
    c.id = field("id").trimmed();
    if (!c.id.isEmpty()) {
        const QUuid uuid = QUuid::fromString(c.id);
        if (uuid.isNull())
            return fail(Tr::tr("id \"%1\" is not a UUID").arg(c.id));
        c.id = uuid.toString(QUuid::WithoutBraces);
    }
    const QString started = field("started_at");
    c.startedAt = parseIsoTime(started);
    if (!c.startedAt.isValid())
        return fail(started.trimmed().isEmpty()
                        ? Tr::tr("started_at is empty")
                        : Tr::tr("started_at \"%1\" is not an ISO-8601 time").arg(started));
    if (const QString implausible = validation::checkPlausibleTime(c.startedAt, now);
        !implausible.isEmpty())
        return failAt("started_at", implausible);
    const QString ended = field("ended_at");
    c.endedAt = parseIsoTime(ended);
    if (!ended.trimmed().isEmpty() && !c.endedAt.isValid())
        return fail(Tr::tr("ended_at \"%1\" is not an ISO-8601 time").arg(ended));
    if (const QString implausible = validation::checkPlausibleTime(c.endedAt, now);
        !implausible.isEmpty())
        return failAt("ended_at", implausible);
    c.handler = field("handler").trimmed();
    if (c.handler.isEmpty())
        c.handler = defaults.handler;
    c.team = field("team").trimmed();
    if (c.team.isEmpty())
        c.team = defaults.team;
    c.channel = field("channel").trimmed().toLower();
    c.category = field("category").trimmed().toLower();
    c.reason = field("reason").trimmed().toLower();
    c.outcome = field("outcome").trimmed().toLower();
    const QString dissatisfied = field("remained_dissatisfied");
    if (!parseBool(dissatisfied, &c.remainedDissatisfied))
        return fail(Tr::tr("remained_dissatisfied \"%1\" is not true or false").arg(dissatisfied));
    // Optional: whether the caller agreed to be told the outcome (empty: no).
    const QString consent = field("consent_to_outcome");
    if (!parseBool(consent, &c.consentToOutcome))
        return fail(Tr::tr("consent_to_outcome \"%1\" is not true or false").arg(consent));
    c.callerName = field("caller_name");
    c.callerPhone = field("caller_phone");
    c.callerEmail = field("caller_email");
    c.postcode = field("postcode");
    c.reference = field("reference");
    c.vrm = field("vrm");
    c.notes = field("notes");
    // Optional: the telephony's call id and the call's talk and wrap-up seconds (empty: not
    // known, left out of the averages).
    c.callId = field("call_id").trimmed();
    for (const auto &[name, seconds] : {std::pair{"talk_seconds", &c.talkSeconds},
                                        std::pair{"wrapup_seconds", &c.wrapUpSeconds}}) {
        const QString text = field(name).trimmed();
        bool ok = true;
        *seconds = text.isEmpty() ? -1 : text.toInt(&ok);
        if (!ok || (!text.isEmpty() && (*seconds < 0 || *seconds > 86400)))
            return fail(Tr::tr("%1 \"%2\" is not a number of seconds from 0 to 86400")
                            .arg(QLatin1String(name), text));
    }
    // Optional: the caller's address line (caller matching, issue 22).
    c.address = field("address");

    // Optional: the vulnerability flag (true/false; empty: not asked) and its kinds, comma
    // separated codes ("age,mental_health").
    const QString vulnerable = field("vulnerable").trimmed();
    if (!vulnerable.isEmpty()) {
        bool yes = false;
        if (!parseBool(vulnerable, &yes))
            return failAt("vulnerable",
                          Tr::tr("vulnerable \"%1\" is not true or false").arg(vulnerable));
        c.vulnerable = yes ? 1 : 0;
    }
    c.vulnerabilityKinds = joinVulnerabilityKinds({field("vulnerability_kinds")});

    const QList<FieldError> errors = validateContact(c, taxonomy);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError &e : errors)
            messages.append(e.field + QStringLiteral(": ") + e.message);
        return fail(messages.join(QLatin1String("; ")));
    }
    c.normalise();
    if (c.id.isEmpty()) {
        // The id of a row without one comes from its first 16 columns, as before the call's
        // times were exported, so a file imported again keeps its ids.
        const QStringList content = toRecord(c).mid(1, 16);
        c.id = QUuid::createUuidV5(kImportNamespace, content.join(QChar(0x1f)))
                   .toString(QUuid::WithoutBraces);
    }
    return c;
}

QStringList toRecord(const Contact &c)
{
    auto iso = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    auto seconds = [](int value) {
        return value >= 0 ? QString::number(value) : QString();
    };
    return {c.id,
            iso(c.startedAt),
            iso(c.endedAt),
            c.handler,
            c.team,
            c.channel,
            c.category,
            c.reason,
            c.outcome,
            c.remainedDissatisfied ? QStringLiteral("true") : QStringLiteral("false"),
            c.callerName,
            c.callerPhone,
            c.callerEmail,
            c.postcode,
            c.reference,
            c.vrm,
            c.notes,
            c.callId,
            seconds(c.talkSeconds),
            seconds(c.wrapUpSeconds),
            c.vulnerable < 0    ? QString()
            : c.vulnerable == 1 ? QStringLiteral("true")
                                : QStringLiteral("false"),
            c.vulnerabilityKinds,
            c.address,
            c.consentToOutcome ? QStringLiteral("true") : QStringLiteral("false")};
}

} // namespace cd::contactcsv
