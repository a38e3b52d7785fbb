#include "core/contactcsv.h"

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
} // namespace

const QStringList &columns()
{
    static const QStringList list = {
        QStringLiteral("id"),           QStringLiteral("started_at"),
        QStringLiteral("ended_at"),     QStringLiteral("handler"),
        QStringLiteral("team"),         QStringLiteral("channel"),
        QStringLiteral("category"),     QStringLiteral("reason"),
        QStringLiteral("outcome"),      QStringLiteral("remained_dissatisfied"),
        QStringLiteral("caller_name"),  QStringLiteral("caller_phone"),
        QStringLiteral("caller_email"), QStringLiteral("postcode"),
        QStringLiteral("reference"),    QStringLiteral("vrm"),
        QStringLiteral("notes")};
    return list;
}

Result<Header> Header::fromRecord(const csv::Record &record)
{
    Header header;
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
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
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        // "2026-11-21 09:12:00" is common in spreadsheet exports.
        QString withT = t;
        if (withT.size() > 10 && withT.at(10) == QLatin1Char(' '))
            withT[10] = QLatin1Char('T');
        dt = QDateTime::fromString(withT, Qt::ISODate);
    }
    if (!dt.isValid())
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
                           const Taxonomy &taxonomy, const ImportDefaults &defaults)
{
    auto field = [&](const char *name) -> QString {
        const int i = header.index.value(QLatin1String(name), -1);
        return i >= 0 && i < record.fields.size() ? record.fields.at(i) : QString();
    };
    auto fail = [&](const QString &reason) {
        return Result<Contact>::failure(Tr::tr("line %1: %2").arg(record.line).arg(reason));
    };
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
    const QString ended = field("ended_at");
    c.endedAt = parseIsoTime(ended);
    if (!ended.trimmed().isEmpty() && !c.endedAt.isValid())
        return fail(Tr::tr("ended_at \"%1\" is not an ISO-8601 time").arg(ended));
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
    c.callerName = field("caller_name");
    c.callerPhone = field("caller_phone");
    c.callerEmail = field("caller_email");
    c.postcode = field("postcode");
    c.reference = field("reference");
    c.vrm = field("vrm");
    c.notes = field("notes");

    const QList<FieldError> errors = validateContact(c, taxonomy);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError &e : errors)
            messages.append(e.field + QStringLiteral(": ") + e.message);
        return fail(messages.join(QLatin1String("; ")));
    }
    c.normalise();
    if (c.id.isEmpty()) {
        QStringList content = toRecord(c);
        content.removeFirst();
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
    return {
        c.id,           iso(c.startedAt),
        iso(c.endedAt), c.handler,
        c.team,         c.channel,
        c.category,     c.reason,
        c.outcome,      c.remainedDissatisfied ? QStringLiteral("true") : QStringLiteral("false"),
        c.callerName,   c.callerPhone,
        c.callerEmail,  c.postcode,
        c.reference,    c.vrm,
        c.notes};
}

} // namespace cd::contactcsv
