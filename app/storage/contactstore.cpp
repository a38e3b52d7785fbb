#include "storage/contactstore.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/londonday.h"
#include "core/thrive.h"
#include "core/validation.h"
#include "storage/auditstore.h"
#include "storage/contactbulkwrite.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/outbox.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <numeric>
#include <optional>

#include <sqlite3.h>

namespace cd {

namespace {

const QString kEntity = QStringLiteral("contact");

const QString kColumns = QStringLiteral(
    "id, started_at, ended_at, handler, team, channel, category, reason, outcome, "
    "remained_dissatisfied, consent_to_outcome, caller_name, caller_phone, caller_email, postcode, "
    "reference, vrm, notes, script_path, risk_prompts, updated_hlc, origin, deleted, call_id, "
    "talk_seconds, wrapup_seconds, "
    // First contact (schema 21).
    "thrive_required, thrive, vulnerable, vulnerability_kinds, risk_grade, grade_requested, "
    "grade_requested_by, grade_signed_off_by, grade_signed_off_at, next_steps, "
    // Caller matching (schema 22).
    "address, victim_checked_at, victim_check_matches");

const QString kSummaryColumns = QStringLiteral(
    "id, started_at, handler, channel, category, reason, outcome, caller_name, caller_phone, "
    "caller_email, reference, vrm, substr(notes, 1, 160), remained_dissatisfied, postcode, "
    "address");

QDateTime fromIso(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

// --- First contact (schema 21): THRIVE, vulnerability, risk grade, "what happens next". ---
void bindFirstContact(QSqlQuery &q, const Contact &c)
{
    q.addBindValue(c.thriveRequired ? 1 : 0);
    q.addBindValue(sqlText(c.thrive));
    q.addBindValue(c.vulnerable >= 0 ? QVariant(c.vulnerable)
                                     : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(sqlText(c.vulnerabilityKinds));
    q.addBindValue(sqlText(c.riskGrade));
    q.addBindValue(sqlText(c.gradeRequested));
    q.addBindValue(sqlText(c.gradeRequestedBy));
    q.addBindValue(sqlText(c.gradeSignedOffBy));
    q.addBindValue(c.gradeSignedOffAt.isValid() ? QVariant(isoUtc(c.gradeSignedOffAt))
                                                : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(sqlText(c.nextSteps));
}

void readFirstContact(const QSqlQuery &q, int first, Contact &c)
{
    c.thriveRequired = q.value(first).toInt() != 0;
    c.thrive = q.value(first + 1).toString();
    c.vulnerable = q.value(first + 2).isNull() ? -1 : (q.value(first + 2).toInt() != 0 ? 1 : 0);
    c.vulnerabilityKinds = q.value(first + 3).toString();
    c.riskGrade = q.value(first + 4).toString();
    c.gradeRequested = q.value(first + 5).toString();
    c.gradeRequestedBy = q.value(first + 6).toString();
    c.gradeSignedOffBy = q.value(first + 7).toString();
    c.gradeSignedOffAt = fromIso(q.value(first + 8));
    c.nextSteps = q.value(first + 9).toString();
}

const ThriveDefinition *shippedThrive()
{
    static const std::optional<ThriveDefinition> definition =
        []() -> std::optional<ThriveDefinition> {
        Result<ThriveDefinition> d = ThriveDefinition::loadShipped();
        if (!d) {
            qCWarning(lcStorage) << "THRIVE definition not loaded:" << d.errorMessage();
            return std::nullopt;
        }
        return d.value();
    }();
    return definition ? &*definition : nullptr;
}

void bindContact(QSqlQuery &q, const Contact &c)
{
    q.addBindValue(sqlText(c.id));
    q.addBindValue(isoUtc(c.startedAt));
    q.addBindValue(c.endedAt.isValid() ? QVariant(isoUtc(c.endedAt))
                                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(sqlText(c.handler));
    q.addBindValue(sqlText(c.team));
    q.addBindValue(sqlText(c.channel));
    q.addBindValue(sqlText(c.category));
    q.addBindValue(sqlText(c.reason));
    q.addBindValue(sqlText(c.outcome));
    q.addBindValue(c.remainedDissatisfied ? 1 : 0);
    q.addBindValue(c.consentToOutcome ? 1 : 0);
    q.addBindValue(sqlText(c.callerName));
    q.addBindValue(sqlText(c.callerPhone));
    q.addBindValue(sqlText(c.callerEmail));
    q.addBindValue(sqlText(c.postcode));
    q.addBindValue(sqlText(c.reference));
    q.addBindValue(sqlText(c.vrm));
    q.addBindValue(sqlText(c.notes));
    q.addBindValue(sqlText(c.scriptPath));
    q.addBindValue(sqlText(c.riskPrompts));
    q.addBindValue(sqlText(c.updatedHlc));
    q.addBindValue(sqlText(c.origin));
    q.addBindValue(c.deleted ? 1 : 0);
    q.addBindValue(sqlText(c.callId));
    const QVariant unknown(QMetaType(QMetaType::Int));
    q.addBindValue(c.talkSeconds >= 0 ? QVariant(c.talkSeconds) : unknown);
    q.addBindValue(c.wrapUpSeconds >= 0 ? QVariant(c.wrapUpSeconds) : unknown);
    bindFirstContact(q, c);
    // Caller matching (issue 22).
    q.addBindValue(sqlText(c.address));
    q.addBindValue(c.victimCheckedAt.isValid() ? QVariant(isoUtc(c.victimCheckedAt))
                                               : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(c.victimCheckMatches >= 0 ? QVariant(c.victimCheckMatches) : unknown);
}

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toString();
    c.startedAt = fromIso(q.value(1));
    c.endedAt = fromIso(q.value(2));
    c.handler = q.value(3).toString();
    c.team = q.value(4).toString();
    c.channel = q.value(5).toString();
    c.category = q.value(6).toString();
    c.reason = q.value(7).toString();
    c.outcome = q.value(8).toString();
    c.remainedDissatisfied = q.value(9).toInt() != 0;
    c.consentToOutcome = q.value(10).toInt() != 0;
    c.callerName = q.value(11).toString();
    c.callerPhone = q.value(12).toString();
    c.callerEmail = q.value(13).toString();
    c.postcode = q.value(14).toString();
    c.reference = q.value(15).toString();
    c.vrm = q.value(16).toString();
    c.notes = q.value(17).toString();
    c.scriptPath = q.value(18).toString();
    c.riskPrompts = q.value(19).toString();
    c.updatedHlc = q.value(20).toString();
    c.origin = q.value(21).toString();
    c.deleted = q.value(22).toInt() != 0;
    c.callId = q.value(23).toString();
    c.talkSeconds = q.value(24).isNull() ? -1 : q.value(24).toInt();
    c.wrapUpSeconds = q.value(25).isNull() ? -1 : q.value(25).toInt();
    readFirstContact(q, 26, c);
    // Caller matching (issue 22).
    c.address = q.value(36).toString();
    c.victimCheckedAt = fromIso(q.value(37));
    c.victimCheckMatches = q.value(38).isNull() ? -1 : q.value(38).toInt();
    return c;
}

ContactSummary readSummary(const QSqlQuery &q)
{
    ContactSummary s;
    s.id = q.value(0).toString();
    s.startedAt = fromIso(q.value(1));
    s.handler = q.value(2).toString();
    s.channel = q.value(3).toString();
    s.category = q.value(4).toString();
    s.reason = q.value(5).toString();
    s.outcome = q.value(6).toString();
    s.callerName = q.value(7).toString();
    s.callerPhone = q.value(8).toString();
    s.callerEmail = q.value(9).toString();
    s.reference = q.value(10).toString();
    s.vrm = q.value(11).toString();
    s.notesExcerpt = q.value(12).toString().simplified();
    s.remainedDissatisfied = q.value(13).toInt() != 0;
    s.postcode = q.value(14).toString();
    s.address = q.value(15).toString();
    return s;
}

QString idList(const QList<ContactSummary> &rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const ContactSummary &s : rows)
        ids.append(s.id);
    return ids.join(QLatin1Char(','));
}

bool sameTime(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return false;
    return !a.isValid() || a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch();
}

// What an import file says of a contact; the sync fields and script walks are not in it.
bool sameImportedContent(const Contact &stored, const Contact &c)
{
    return !stored.deleted && sameTime(stored.startedAt, c.startedAt) &&
           sameTime(stored.endedAt, c.endedAt) && stored.handler == c.handler &&
           stored.team == c.team && stored.channel == c.channel && stored.category == c.category &&
           stored.reason == c.reason && stored.outcome == c.outcome &&
           stored.remainedDissatisfied == c.remainedDissatisfied &&
           stored.callerName == c.callerName && stored.callerPhone == c.callerPhone &&
           stored.callerEmail == c.callerEmail && stored.postcode == c.postcode &&
           stored.reference == c.reference && stored.vrm == c.vrm && stored.notes == c.notes &&
           stored.address == c.address;
}

QString insertSql(const QString &conflict)
{
    return QStringLiteral("INSERT INTO contacts (") + kColumns +
           QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ") +
           conflict;
}

} // namespace

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Status ContactStore::save(Contact &contact, const QString &actor, const QString &clearDraftSlot)
{
    return write(contact, actor, clearDraftSlot, nullptr);
}

Status ContactStore::signOffDowngrade(const QString &id, const HandlerProfile &manager)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM contacts WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "read the contact"));
    if (!q.next())
        return Status::failure(QStringLiteral("No contact %1.").arg(id));
    Contact c = readContact(q);
    q.finish();
    if (Status s = cd::signOffDowngrade(c, manager, Clock::instance().now()); !s)
        return s;
    return write(c, manager.name, {}, &manager);
}

Status ContactStore::write(Contact &contact, const QString &actor, const QString &clearDraftSlot,
                           const HandlerProfile *signedOffBy)
{
    // Work on a copy: the caller's contact changes only once the transaction committed.
    Contact c = contact;
    const bool isNew = c.id.isEmpty();
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    if (isNew)
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A lower risk grade than the one saved does not stand until a manager signs it off.
    m_lastGradeChange = GradeChange::None;
    if (!isNew && !signedOffBy) {
        if (const ThriveDefinition *thrive = shippedThrive()) {
            QSqlQuery stored(m_db.sql());
            stored.prepare(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM contacts WHERE id = ?"));
            stored.addBindValue(c.id);
            if (!stored.exec())
                return Status::failure(QueryError::describe(stored, "read the saved contact"));
            if (stored.next())
                m_lastGradeChange = settleRiskGrade(readContact(stored), c, *thrive, actor);
        }
    }
    const Hlc hlc = m_db.tick();
    c.updatedHlc = hlc.toString();
    c.origin = m_db.workstationId();

    QSqlQuery q(m_db.sql());
    q.prepare(insertSql(QStringLiteral(
        "ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, ended_at = "
        "excluded.ended_at, "
        "handler = excluded.handler, team = excluded.team, channel = excluded.channel, "
        "category = excluded.category, reason = excluded.reason, outcome = excluded.outcome, "
        "remained_dissatisfied = excluded.remained_dissatisfied, consent_to_outcome = "
        "excluded.consent_to_outcome, caller_name = excluded.caller_name, caller_phone = "
        "excluded.caller_phone, caller_email = excluded.caller_email, postcode = "
        "excluded.postcode, "
        "reference = excluded.reference, vrm = excluded.vrm, notes = excluded.notes, script_path = "
        "excluded.script_path, risk_prompts = excluded.risk_prompts, updated_hlc = "
        "excluded.updated_hlc, "
        "origin = excluded.origin, deleted = excluded.deleted, call_id = excluded.call_id, "
        "talk_seconds = excluded.talk_seconds, wrapup_seconds = excluded.wrapup_seconds, "
        "thrive_required = excluded.thrive_required, thrive = excluded.thrive, vulnerable = "
        "excluded.vulnerable, vulnerability_kinds = excluded.vulnerability_kinds, risk_grade = "
        "excluded.risk_grade, grade_requested = excluded.grade_requested, grade_requested_by = "
        "excluded.grade_requested_by, grade_signed_off_by = excluded.grade_signed_off_by, "
        "grade_signed_off_at = excluded.grade_signed_off_at, next_steps = excluded.next_steps, "
        "address = excluded.address, victim_checked_at = excluded.victim_checked_at, "
        "victim_check_matches = excluded.victim_check_matches")));
    bindContact(q, c);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "save the contact"));
    // "insert": created here and never sent, which the sync sends without a conflict check.
    if (Status s = Outbox(m_db).enqueue(QStringLiteral("contacts"), c.id,
                                        isNew ? QStringLiteral("insert") : QStringLiteral("upsert"),
                                        hlc, c.toJson());
        !s)
        return s;
    if (Status s = AuditStore(m_db).record(
            actor, isNew ? QStringLiteral("create") : QStringLiteral("update"), kEntity, c.id);
        !s)
        return s;
    // The grade's history is audited on its own: asked to lower, and signed off.
    if (m_lastGradeChange == GradeChange::DowngradeRequested)
        if (Status s = AuditStore(m_db).record(actor, QStringLiteral("request_lower_grade"),
                                               kEntity, c.id, c.gradeRequested);
            !s)
            return s;
    if (signedOffBy)
        if (Status s = AuditStore(m_db).record(actor, QStringLiteral("sign_off_lower_grade"),
                                               kEntity, c.id, c.riskGrade);
            !s)
            return s;
    if (!clearDraftSlot.isEmpty())
        if (Status s = DraftStore(m_db).clear(clearDraftSlot); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    contact = c;
    return success();
}

Result<ImportCounts> ContactStore::importContacts(const QList<Contact> &contacts,
                                                  const QString &actor)
{
    ContactImport import(m_db, actor);
    if (Status s = import.begin(); !s)
        return s.error();
    Result<ImportCounts> counts = import.add(contacts);
    if (!counts)
        return counts;
    if (Status s = import.commit(); !s)
        return s.error();
    return counts;
}

namespace {

// "yyyy-MM-ddTHH:mm:ss.zzzZ" of a UTC time (isoUtc) without the formatting machinery: an import
// writes three of them a row.
QString isoUtcFast(qint64 ms)
{
    // Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil, inverted).
    qint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    qint64 rest = ms - days * 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999)
        return isoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    QString out(24, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    auto put = [&p](qint64 v, int digits) {
        for (int i = digits - 1; i >= 0; --i, v /= 10)
            p[i] = static_cast<char16_t>(u'0' + v % 10);
        p += digits;
    };
    put(year, 4);
    *p++ = u'-';
    put(month, 2);
    *p++ = u'-';
    put(day, 2);
    *p++ = u'T';
    put(rest / 3600000, 2);
    rest %= 3600000;
    *p++ = u':';
    put(rest / 60000, 2);
    rest %= 60000;
    *p++ = u':';
    put(rest / 1000, 2);
    *p++ = u'.';
    put(rest % 1000, 3);
    *p = u'Z';
    return out;
}

QString isoUtcFast(const QDateTime &t)
{
    return t.isValid() ? isoUtcFast(t.toMSecsSinceEpoch()) : QString();
}

// Hlc::toString() without QString::arg().
QString hlcTextFast(const Hlc &h)
{
    QString out(13 + 1 + 6 + 1 + h.node.size(), Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    qint64 ms = h.ms;
    for (int i = 12; i >= 0; --i, ms /= 10)
        p[i] = static_cast<char16_t>(u'0' + ms % 10);
    p[13] = u'-';
    quint32 c = h.counter;
    for (int i = 19; i >= 14; --i, c /= 10)
        p[i] = static_cast<char16_t>(u'0' + c % 10);
    p[20] = u'-';
    std::copy(h.node.utf16(), h.node.utf16() + h.node.size(), p + 21);
    return out;
}

// A JSON string (quotes included) of UTF-8 text, appended to `out`.
void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : utf8) {
        const auto u = static_cast<unsigned char>(ch);
        if (u == '"' || u == '\\') {
            out.append('\\').append(ch);
        } else if (u < 0x20) {
            switch (u) {
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            case '\b':
                out.append("\\b");
                break;
            case '\f':
                out.append("\\f");
                break;
            default:
                out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
            }
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}

// Contact::toJson() as compact JSON (the outbox payload), written directly: the keys in the
// order QJsonDocument writes them, the same values. tst_contactbulkwrite checks the two agree.
QByteArray contactPayload(const Contact &c, const QString &started, const QString &ended,
                          const QString &signedOff, const QString &victimChecked)
{
    QByteArray out;
    out.reserve(900 + c.notes.size() * 2);
    out.append('{');
    auto key = [&out](const char *name) {
        if (out.size() > 1)
            out.append(',');
        out.append('"').append(name).append("\":");
    };
    auto text = [&](const char *name, const QString &value) {
        key(name);
        appendJsonString(out, value.toUtf8());
    };
    auto boolean = [&](const char *name, bool value) {
        key(name);
        out.append(value ? "true" : "false");
    };
    auto number = [&](const char *name, int value) {
        key(name);
        if (value >= 0)
            out.append(QByteArray::number(value));
        else
            out.append("null");
    };
    auto time = [&](const char *name, const QString &value, bool present) {
        if (present) {
            text(name, value);
        } else {
            key(name);
            out.append("null");
        }
    };
    text("address", c.address);
    text("call_id", c.callId);
    text("caller_email", c.callerEmail);
    text("caller_name", c.callerName);
    text("caller_phone", c.callerPhone);
    text("category", c.category);
    text("channel", c.channel);
    boolean("consent_to_outcome", c.consentToOutcome);
    boolean("deleted", c.deleted);
    text("ended_at", ended); // "" when there is no end time, as toJson() writes it
    text("grade_requested", c.gradeRequested);
    text("grade_requested_by", c.gradeRequestedBy);
    time("grade_signed_off_at", signedOff, c.gradeSignedOffAt.isValid());
    text("grade_signed_off_by", c.gradeSignedOffBy);
    text("handler", c.handler);
    text("id", c.id);
    text("next_steps", c.nextSteps);
    text("notes", c.notes);
    text("origin", c.origin);
    text("outcome", c.outcome);
    text("postcode", c.postcode);
    text("reason", c.reason);
    text("reference", c.reference);
    boolean("remained_dissatisfied", c.remainedDissatisfied);
    text("risk_grade", c.riskGrade);
    text("risk_prompts", c.riskPrompts);
    text("script_path", c.scriptPath);
    text("started_at", started);
    number("talk_seconds", c.talkSeconds);
    text("team", c.team);
    text("thrive", c.thrive);
    boolean("thrive_required", c.thriveRequired);
    text("updated_hlc", c.updatedHlc);
    number("victim_check_matches", c.victimCheckMatches);
    time("victim_checked_at", victimChecked, c.victimCheckedAt.isValid());
    text("vrm", c.vrm);
    text("vulnerability_kinds", c.vulnerabilityKinds);
    number("vulnerable", c.vulnerable);
    number("wrapup_seconds", c.wrapUpSeconds);
    out.append('}');
    return out;
}

// Binds text that outlives the step (SQLite converts it once, into the row).
void bindText16(sqlite3_stmt *st, int i, const QString &text)
{
    if (text.isNull())
        sqlite3_bind_text(st, i, "", 0, SQLITE_STATIC); // NOT NULL columns: '' as sqlText() binds
    else
        sqlite3_bind_text16(st, i, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

void bindOptionalText16(sqlite3_stmt *st, int i, const QString &text, bool present)
{
    if (present)
        bindText16(st, i, text);
    else
        sqlite3_bind_null(st, i);
}

void bindOptionalInt(sqlite3_stmt *st, int i, int value)
{
    if (value >= 0)
        sqlite3_bind_int(st, i, value);
    else
        sqlite3_bind_null(st, i);
}

const char kOutboxInsert[] = "INSERT INTO outbox (entity, entity_id, op, hlc, payload, created_at) "
                             "VALUES (?1, ?2, 'insert', ?3, ?4, ?5)";
const char kAuditInsert[] =
    "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, updated_hlc, "
    "origin, deleted, prev_hash, hash) VALUES (?1, ?2, ?3, 'import', 'contact', ?4, '', ?5, ?6, "
    "0, ?7, ?8)";

} // namespace

struct ContactImport::Impl
{
    Impl(Database &database, const QString &who)
        : db(database)
        , actor(who)
        , bulk(database)
    {
    }

    Database &db;
    QString actor;
    QByteArray actorUtf8;
    QString origin;
    QByteArray originUtf8;
    std::optional<Transaction> tx;
    ContactBulkWrite bulk;
    std::unique_ptr<SqliteStatement> insert;
    std::unique_ptr<SqliteStatement> outbox;
    std::unique_ptr<SqliteStatement> audit;
    QByteArray prevHash;        // the audit chain's last hash, kept here while the import writes it
    std::optional<Hlc> lastHlc; // remembered in settings once, at commit
};

ContactImport::ContactImport(Database &db, const QString &actor)
    : d(std::make_unique<Impl>(db, actor))
{
}

ContactImport::~ContactImport() = default; // the Transaction rolls back unless committed

Status ContactImport::begin()
{
    if (d->tx)
        return success();
    d->tx.emplace(d->db.sql());
    if (!d->tx->started()) {
        const Status s = d->tx->started();
        d->tx.reset();
        return s;
    }
    // A historical import can be a team's whole spreadsheet: index and count it set-wise.
    // Each id is inserted at most once (a repeated id does nothing), as ContactBulkWrite needs.
    if (Status s = d->bulk.begin(); !s)
        return s;
    sqlite3 *h = d->db.handle();
    // The chain continues from the last entry, read inside this write transaction: no other
    // writer can add one before the import commits.
    {
        SqliteStatement last(h, "SELECT hash FROM audit_log ORDER BY rowid DESC LIMIT 1");
        const int rc = last.step();
        if (rc == SQLITE_ROW && !last.isNull(0))
            d->prevHash = last.columnBytes(0);
        else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            d->prevHash = QByteArray(kAuditChainStart);
        else
            return Status::failure(
                QStringLiteral("could not read the audit log: %1").arg(last.error()));
    }
    d->insert = std::make_unique<SqliteStatement>(
        h, insertSql(QStringLiteral("ON CONFLICT (id) DO NOTHING")).toUtf8(), true);
    d->outbox = std::make_unique<SqliteStatement>(h, kOutboxInsert, true);
    d->audit = std::make_unique<SqliteStatement>(h, kAuditInsert, true);
    for (const auto *st : {d->insert.get(), d->outbox.get(), d->audit.get()})
        if (!st->ok())
            return Status::failure(
                QStringLiteral("could not prepare the import: %1").arg(st->error()));
    d->actorUtf8 = d->actor.toUtf8();
    d->origin = d->db.workstationId();
    d->originUtf8 = d->origin.toUtf8();
    // The contacts go in with the connection's triggers off (their work is caught up set-wise
    // at commit); the audit entries are chained here, as audit_log_chained checks.
    return d->bulk.rowsBegin();
}

Result<ImportCounts> ContactImport::add(const QList<Contact> &contacts)
{
    if (!d->tx)
        return Result<ImportCounts>::failure(QStringLiteral("the import has not begun"));
    ImportCounts counts;
    sqlite3 *h = d->db.handle();
    sqlite3_stmt *insert = d->insert->get();
    sqlite3_stmt *outbox = d->outbox->get();
    sqlite3_stmt *audit = d->audit->get();
    HybridLogicalClock &clock = d->db.hlc();
    std::optional<QSqlQuery> stored;
    const auto failed = [h](const char *what) {
        return Result<ImportCounts>::failure(
            QStringLiteral("could not %1: %2")
                .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(h))));
    };
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        Contact c = contacts.at(i);
        const Hlc hlc = clock.now();
        d->lastHlc = hlc;
        c.updatedHlc = hlcTextFast(hlc);
        c.origin = d->origin;
        // The columns as bindContact() binds them.
        const QString started = isoUtcFast(c.startedAt);
        const QString ended = isoUtcFast(c.endedAt);
        const QString signedOff = isoUtcFast(c.gradeSignedOffAt);
        const QString victimChecked = isoUtcFast(c.victimCheckedAt);
        int n = 0;
        bindText16(insert, ++n, c.id);
        bindText16(insert, ++n, started);
        bindOptionalText16(insert, ++n, ended, c.endedAt.isValid());
        for (const QString *t :
             {&c.handler, &c.team, &c.channel, &c.category, &c.reason, &c.outcome})
            bindText16(insert, ++n, *t);
        sqlite3_bind_int(insert, ++n, c.remainedDissatisfied ? 1 : 0);
        sqlite3_bind_int(insert, ++n, c.consentToOutcome ? 1 : 0);
        for (const QString *t :
             {&c.callerName, &c.callerPhone, &c.callerEmail, &c.postcode, &c.reference, &c.vrm,
              &c.notes, &c.scriptPath, &c.riskPrompts, &c.updatedHlc, &c.origin})
            bindText16(insert, ++n, *t);
        sqlite3_bind_int(insert, ++n, c.deleted ? 1 : 0);
        bindText16(insert, ++n, c.callId);
        bindOptionalInt(insert, ++n, c.talkSeconds);
        bindOptionalInt(insert, ++n, c.wrapUpSeconds);
        // First contact (schema 21).
        sqlite3_bind_int(insert, ++n, c.thriveRequired ? 1 : 0);
        bindText16(insert, ++n, c.thrive);
        if (c.vulnerable >= 0)
            sqlite3_bind_int(insert, ++n, c.vulnerable);
        else
            sqlite3_bind_null(insert, ++n);
        for (const QString *t : {&c.vulnerabilityKinds, &c.riskGrade, &c.gradeRequested,
                                 &c.gradeRequestedBy, &c.gradeSignedOffBy})
            bindText16(insert, ++n, *t);
        bindOptionalText16(insert, ++n, signedOff, c.gradeSignedOffAt.isValid());
        bindText16(insert, ++n, c.nextSteps);
        // Caller matching (issue 22).
        bindText16(insert, ++n, c.address);
        bindOptionalText16(insert, ++n, victimChecked, c.victimCheckedAt.isValid());
        bindOptionalInt(insert, ++n, c.victimCheckMatches);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (rc != SQLITE_DONE)
            return failed("import a contact");
        if (sqlite3_changes(h) == 0) {
            // The id is taken: the same row imported again, or another contact by that id.
            if (!stored) {
                stored.emplace(d->db.sql());
                stored->setForwardOnly(true);
                stored->prepare(QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(" FROM contacts WHERE id = ?"));
            }
            stored->addBindValue(c.id);
            if (!stored->exec() || !stored->next())
                return Result<ImportCounts>::failure(
                    QueryError::describe(*stored, "compare an imported contact"));
            const bool same = sameImportedContent(readContact(*stored), c);
            stored->finish();
            if (same)
                ++counts.alreadyPresent;
            else
                counts.conflicts.append(i);
            continue;
        }
        ++counts.added;

        // The contact's outbox entry (the same payload Outbox::enqueue would queue).
        const QString now = isoUtcFast(Clock::instance().nowMs());
        const QByteArray payload = contactPayload(c, started, ended, signedOff, victimChecked);
        bindText16(outbox, 1, QStringLiteral("contacts"));
        bindText16(outbox, 2, c.id);
        bindText16(outbox, 3, c.updatedHlc);
        sqlite3_bind_text(outbox, 4, payload.constData(), int(payload.size()), SQLITE_STATIC);
        bindText16(outbox, 5, now);
        if (sqlite3_step(outbox) != SQLITE_DONE) {
            sqlite3_reset(outbox);
            return failed("queue a change for sync");
        }
        sqlite3_reset(outbox);

        // Its audit record, chained to the one before, and the record's own outbox entry (as
        // AuditStore::record writes them).
        const Hlc auditHlc = clock.now();
        d->lastHlc = auditHlc;
        const QByteArray auditId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray at = now.toLatin1();
        const QByteArray entityId = c.id.toUtf8();
        const QByteArray auditHlcText = hlcTextFast(auditHlc).toLatin1();
        const QByteArray hash = AuditStore::entryHash(
            d->prevHash,
            {auditId, at, d->actorUtf8, QByteArrayView("import"), QByteArrayView("contact"),
             entityId, QByteArrayView(""), auditHlcText, d->originUtf8, QByteArrayView("0")});
        const auto bind = [](sqlite3_stmt *st, int column, const QByteArray &utf8) {
            sqlite3_bind_text(st, column, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                              SQLITE_STATIC);
        };
        bind(audit, 1, auditId);
        bind(audit, 2, at);
        bind(audit, 3, d->actorUtf8);
        bind(audit, 4, entityId);
        bind(audit, 5, auditHlcText);
        bind(audit, 6, d->originUtf8);
        bind(audit, 7, d->prevHash);
        bind(audit, 8, hash);
        const int arc = sqlite3_step(audit);
        sqlite3_reset(audit);
        if (arc != SQLITE_DONE)
            return failed("write the audit log");
        d->prevHash = hash;
        QByteArray auditPayload;
        auditPayload.reserve(400);
        const std::pair<const char *, QByteArrayView> fields[] = {
            {"action", "import"}, {"actor", d->actorUtf8},   {"at", at},
            {"detail", ""},       {"entity", "contact"},     {"entity_id", entityId},
            {"id", auditId},      {"origin", d->originUtf8}, {"updated_hlc", auditHlcText}};
        auditPayload.append('{');
        for (const auto &[key, value] : fields) {
            if (auditPayload.size() > 1)
                auditPayload.append(',');
            auditPayload.append('"').append(key).append("\":");
            appendJsonString(auditPayload, value);
        }
        auditPayload.append('}');
        sqlite3_bind_text(outbox, 1, "audit_log", -1, SQLITE_STATIC);
        bind(outbox, 2, auditId);
        bind(outbox, 3, auditHlcText);
        bind(outbox, 4, auditPayload);
        bindText16(outbox, 5, now);
        const int orc = sqlite3_step(outbox);
        sqlite3_reset(outbox);
        if (orc != SQLITE_DONE)
            return failed("queue a change for sync");
    }
    return counts;
}

Status ContactImport::commit()
{
    if (!d->tx)
        return Status::failure(QStringLiteral("the import has not begun"));
    d->insert.reset();
    d->outbox.reset();
    d->audit.reset();
    if (Status s = d->bulk.finish(); !s)
        return s;
    if (d->lastHlc) {
        // The clock is remembered once, as Database::tick() would have after the last row.
        SqliteStatement remember(d->db.handle(),
                                 "INSERT INTO settings (key, value) VALUES ('hlc_last', ?1) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        remember.bindText(1, d->lastHlc->toString().toUtf8());
        if (!remember.ok() || remember.step() != SQLITE_DONE)
            return Status::failure(
                QStringLiteral("could not remember the clock: %1").arg(remember.error()));
    }
    const Status s = d->tx->commit();
    d->tx.reset();
    return s;
}

Result<ContactStore::Owner> ContactStore::owner(const QString &id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT handler, team FROM contacts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Owner>::failure(QueryError::describe(q, "read the contact"));
    if (!q.next())
        return Result<Owner>::failure(QStringLiteral("no contact %1").arg(id),
                                      QStringLiteral("not_found"));
    return Owner{q.value(0).toString(), q.value(1).toString()};
}

Result<Contact> ContactStore::get(const QString &id, const QString &actor, const QString &reason)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contacts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Contact>::failure(QueryError::describe(q, "read the contact"));
    if (!q.next())
        return Result<Contact>::failure(QStringLiteral("no contact %1").arg(id),
                                        QStringLiteral("not_found"));
    Contact c = readContact(q);
    const QString detail = reason.trimmed().isEmpty()
                               ? QString()
                               : QStringLiteral("reason: %1").arg(reason.simplified());
    if (Status s = AuditStore(m_db).recordNow(actor, QStringLiteral("view"), kEntity, id, detail);
        !s)
        return s.error();
    return c;
}

QList<ContactSummary> ContactStore::listDay(const QString &handler, const QDate &localDay) const
{
    const QDateTime from = londonDayStartUtc(localDay);
    const QDateTime to = londonDayEndUtc(localDay);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + kSummaryColumns +
        QStringLiteral(" FROM contacts WHERE handler = ? AND started_at >= ? AND started_at < ? "
                       "AND deleted = 0 ORDER BY started_at DESC"));
    q.addBindValue(handler);
    q.addBindValue(isoUtc(from));
    q.addBindValue(isoUtc(to));
    QList<ContactSummary> out;
    if (q.exec())
        while (q.next())
            out.append(readSummary(q));
    return out;
}

int ContactStore::countDay(const QString &handler, const QDate &localDay) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM contacts WHERE handler = ? AND started_at >= ? "
                             "AND started_at < ? AND deleted = 0"));
    q.addBindValue(handler);
    q.addBindValue(isoUtc(londonDayStartUtc(localDay)));
    q.addBindValue(isoUtc(londonDayEndUtc(localDay)));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

namespace {
// FTS5 answers a prefix query ("car"*) by merging the postings of every term with that prefix
// into one list before it returns a row: a common word's first page took 0.2-0.65 s at
// 1,000,000 contacts. An OR of the terms themselves is read lazily, newest first, and stops
// after the page (0.1 ms). The terms come from the index's own vocabulary; a prefix with more
// than kMaxPrefixTerms terms (a few digits of a phone number) stays a prefix query.
constexpr int kMaxPrefixTerms = 64;

std::optional<QString> prefixTerms(Database &db, const QString &prefix)
{
    const QString lower = prefix.toLower();
    if (lower.isEmpty())
        return std::nullopt;
    for (const QChar c : lower)
        if (c.unicode() >= 0x7f || c == QLatin1Char('"'))
            return std::nullopt; // folded by the tokenizer in ways this does not repeat
    QString upper = lower;
    upper.back() = QChar(upper.back().unicode() + 1);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.contacts_fts_terms USING "
                               "fts5vocab(main, 'contacts_fts', 'row')")))
        return std::nullopt;
    q.prepare(
        QStringLiteral("SELECT term FROM temp.contacts_fts_terms WHERE term >= ? AND term < ? "
                       "LIMIT ?"));
    q.addBindValue(lower);
    q.addBindValue(upper);
    q.addBindValue(kMaxPrefixTerms + 1);
    if (!q.exec())
        return std::nullopt;
    QStringList terms;
    while (q.next())
        terms << QLatin1Char('"') + q.value(0).toString().replace(u'"', QStringLiteral("\"\"")) +
                     QLatin1Char('"');
    if (terms.isEmpty() || terms.size() > kMaxPrefixTerms)
        return std::nullopt;
    return terms.size() == 1
               ? terms.first()
               : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The query ftsQuery() made, with each prefix term replaced by the terms it stands for.
QString withPrefixesExpanded(Database &db, const QString &match)
{
    static const QRegularExpression prefix(QStringLiteral(R"re("([^"]+)"\*)re"));
    QString out;
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = prefix.globalMatch(match); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += match.mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        out += prefixTerms(db, m.captured(1)).value_or(m.captured(0));
    }
    out += match.mid(at);
    return out;
}
} // namespace

namespace {
enum class Bound { After, Through };

// Today's list, newest first by (started_at, rowid) on contacts_handler_started: a page seeks
// straight to its key, whatever came before it.
ContactPage readDayPage(Database &db, const ContactListQuery &query, Bound bound,
                        const ContactListKey &key, int limit)
{
    ContactPage page;
    QString sql = QStringLiteral("SELECT ") + kSummaryColumns +
                  QStringLiteral(", rowid FROM contacts WHERE handler = ? AND started_at >= ? "
                                 "AND started_at < ? AND deleted = 0");
    if (!key.isNull())
        sql += bound == Bound::After ? QStringLiteral(" AND (started_at, rowid) < (?, ?)")
                                     : QStringLiteral(" AND (started_at, rowid) >= (?, ?)");
    sql += QStringLiteral(" ORDER BY started_at DESC, rowid DESC LIMIT ?");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(query.handler);
    q.addBindValue(isoUtc(londonDayStartUtc(query.day)));
    q.addBindValue(isoUtc(londonDayEndUtc(query.day)));
    if (!key.isNull()) {
        q.addBindValue(key.startedAt);
        q.addBindValue(key.rowid);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcStorage) << "today's list:" << QueryError::describe(q, "read a page");
        page.ok = false;
        return page;
    }
    while (q.next()) {
        page.rows.append(readSummary(q));
        page.keys.append({q.value(1).toString(), q.value(16).toLongLong()});
    }
    if (!page.keys.isEmpty())
        page.last = page.keys.constLast();
    page.more = page.rows.size() >= limit;
    return page;
}

// Search results: the full-text index reads its matches newest first by rowid and stops after
// the page (a rowid-bounded FTS5 query), so a word in half the contacts costs no more than a
// rare one; the page is then listed by start time.
ContactPage readSearchPage(Database &db, const QString &match, Bound bound,
                           const ContactListKey &key, int limit)
{
    ContactPage page;
    QString fts = QStringLiteral("SELECT rowid AS r FROM contacts_fts WHERE contacts_fts MATCH ?");
    if (!key.isNull())
        fts += bound == Bound::After ? QStringLiteral(" AND rowid < ?")
                                     : QStringLiteral(" AND rowid >= ?");
    fts += QStringLiteral(" ORDER BY rowid DESC LIMIT ?");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(", f.r, deleted FROM (") +
        fts +
        QStringLiteral(") AS f CROSS JOIN contacts ON contacts.rowid = f.r ORDER BY f.r DESC"));
    q.addBindValue(match);
    if (!key.isNull())
        q.addBindValue(key.rowid);
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcStorage) << "search:" << QueryError::describe(q, "read a page");
        page.ok = false;
        return page;
    }
    int read = 0;
    while (q.next()) {
        ++read;
        page.last = {QString(), q.value(16).toLongLong()};
        if (q.value(17).toInt() != 0)
            continue; // deleted: in the index until it is purged, never shown
        page.rows.append(readSummary(q));
        page.keys.append(page.last);
    }
    page.more = read >= limit;
    // Within the page, newest first by start time (as a search always listed them); the next
    // page still follows the index from the page's last rowid.
    QList<qsizetype> order(page.rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&page](qsizetype a, qsizetype b) {
        return page.rows.at(a).startedAt > page.rows.at(b).startedAt;
    });
    QList<ContactSummary> rows;
    QList<ContactListKey> keys;
    for (const qsizetype i : std::as_const(order)) {
        rows.append(page.rows.at(i));
        keys.append(page.keys.at(i));
    }
    page.rows = std::move(rows);
    page.keys = std::move(keys);
    return page;
}
} // namespace

ContactPage ContactStore::page(const ContactListQuery &query, const ContactListKey &after,
                               int limit, const QString &actor)
{
    if (query.kind == ContactListQuery::Kind::Day)
        return readDayPage(m_db, query, Bound::After, after, limit);
    const QString match =
        query.match.isEmpty() ? withPrefixesExpanded(m_db, ftsQuery(query.text)) : query.match;
    if (match.isEmpty())
        return {};
    ContactPage page = readSearchPage(m_db, match, Bound::After, after, limit);
    page.match = match;
    // Personal data is shown only once its viewing is on the audit log.
    if (page.ok && (after.isNull() || !page.rows.isEmpty()) &&
        !AuditStore(m_db).recordNow(
            actor, QStringLiteral("search"), kEntity, QString(),
            QStringLiteral("%1 results: %2").arg(page.rows.size()).arg(idList(page.rows)))) {
        qCWarning(lcStorage) << "search results withheld: the audit log could not be written";
        return ContactPage{{}, {}, {}, false, false, {}};
    }
    return page;
}

ContactPage ContactStore::pageThrough(const ContactListQuery &query, const ContactListKey &through,
                                      int limit, const QString &actor)
{
    if (query.kind == ContactListQuery::Kind::Day)
        return readDayPage(m_db, query, Bound::Through, through, limit);
    // Read afresh: contacts that came in since may hold new words with the prefix.
    const QString match = withPrefixesExpanded(m_db, ftsQuery(query.text));
    if (match.isEmpty())
        return {};
    ContactPage page = readSearchPage(m_db, match, Bound::Through, through, limit);
    page.match = match;
    if (page.ok && !page.rows.isEmpty() &&
        !AuditStore(m_db).recordNow(
            actor, QStringLiteral("search"), kEntity, QString(),
            QStringLiteral("%1 results: %2").arg(page.rows.size()).arg(idList(page.rows)))) {
        qCWarning(lcStorage) << "search results withheld: the audit log could not be written";
        return ContactPage{{}, {}, {}, false, false, {}};
    }
    return page;
}

CallerHistory ContactStore::history(const QString &phone, const QString &email,
                                    const QDateTime &windowStart, const QString &actor, int limit)
{
    callermatch::CallerKeys keys;
    keys.phone = callermatch::phoneKey(phone);
    keys.email = callermatch::emailKey(email);
    return history(keys, windowStart, actor, QString(), limit);
}

namespace {
// Caller matching (issue 22): the most earlier contacts a lookup reads before it filters them.
constexpr int kMatchCandidates = 1000;

callermatch::CallerKeys keysOf(const ContactSummary &s)
{
    return callermatch::CallerKeys::of(s.callerPhone, s.callerEmail, s.callerName, s.postcode,
                                       s.address);
}
} // namespace

CallerHistory ContactStore::history(const callermatch::CallerKeys &keys,
                                    const QDateTime &windowStart, const QString &actor,
                                    const QString &excludeId, int limit)
{
    using callermatch::Reason;
    CallerHistory result;
    if (!keys.canMatch())
        return result;
    // Candidates from the indexes (one seek each: contacts_phone, contacts_email and the
    // expression indexes of migration 22); callermatch decides which of them match, and why.
    const bool byName = !keys.name.isEmpty() && !keys.postcode.isEmpty();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns +
              QStringLiteral(
                  " FROM contacts WHERE rowid IN ("
                  "SELECT rowid FROM contacts WHERE caller_phone = ? AND caller_phone <> '' "
                  "UNION SELECT rowid FROM contacts WHERE caller_email = ? AND caller_email <> '' "
                  "UNION SELECT rowid FROM contacts WHERE match_name(caller_name) = ? AND "
                  "match_postcode(postcode) = ? AND caller_name <> '' "
                  "UNION SELECT rowid FROM contacts WHERE match_address(address) = ? AND "
                  "address <> '') AND deleted = 0 AND id <> ? ORDER BY started_at DESC LIMIT ?"));
    q.addBindValue(sqlText(keys.phone));
    q.addBindValue(sqlText(keys.email));
    q.addBindValue(byName ? keys.name : QString());
    q.addBindValue(byName ? keys.postcode : QString());
    q.addBindValue(sqlText(keys.address));
    q.addBindValue(sqlText(excludeId));
    q.addBindValue(kMatchCandidates);
    if (!q.exec())
        qCWarning(lcStorage) << "caller history:" << QueryError::describe(q, "look callers up");
    while (q.next()) {
        ContactSummary s = readSummary(q);
        s.reasons = callermatch::matchReasons(keys, keysOf(s));
        if (s.reasons == Reason::None)
            continue;
        ++result.matched;
        if ((s.reasons & (Reason::Phone | Reason::Email)) && s.startedAt >= windowStart)
            ++result.inWindow;
        if (result.contacts.size() < limit)
            result.contacts.append(s);
    }
    // Personal data is shown only once its viewing is on the audit log.
    if (!result.contacts.isEmpty() &&
        !AuditStore(m_db).recordNow(actor, QStringLiteral("view_history"), QStringLiteral("caller"),
                                    QString(), idList(result.contacts))) {
        qCWarning(lcStorage) << "caller history withheld: the audit log could not be written";
        return {};
    }
    return result;
}

QList<HouseholdMember> ContactStore::household(const callermatch::CallerKeys &keys,
                                               const QDateTime &since, const QString &actor,
                                               const QString &excludeId)
{
    QList<HouseholdMember> members;
    const bool byHouse = !keys.postcode.isEmpty() && !keys.house.isEmpty();
    if (keys.address.isEmpty() && !byHouse)
        return members;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns +
              QStringLiteral(
                  ", risk_prompts, EXISTS (SELECT 1 FROM contact_repeats r WHERE r.contact_rowid = "
                  "contacts.rowid) FROM contacts WHERE rowid IN ("
                  "SELECT rowid FROM contacts WHERE match_address(address) = ? AND address <> '' "
                  "AND started_at >= ? "
                  "UNION SELECT rowid FROM contacts WHERE match_postcode(postcode) = ? AND "
                  "match_house(address) = ? AND address <> '' AND started_at >= ?) "
                  "AND deleted = 0 AND id <> ? ORDER BY started_at DESC LIMIT ?"));
    const QString from = isoUtc(since);
    q.addBindValue(sqlText(keys.address));
    q.addBindValue(from);
    q.addBindValue(byHouse ? keys.postcode : QString());
    q.addBindValue(byHouse ? keys.house : QString());
    q.addBindValue(from);
    q.addBindValue(sqlText(excludeId));
    q.addBindValue(kMatchCandidates);
    if (!q.exec())
        qCWarning(lcStorage) << "household:" << QueryError::describe(q, "look a household up");
    QHash<QString, qsizetype> byPerson;
    QStringList ids;
    while (q.next()) {
        const ContactSummary s = readSummary(q);
        const callermatch::CallerKeys other = keysOf(s);
        if (!callermatch::sameHousehold(keys, other))
            continue;
        // The caller's own contacts are their history, not their household.
        if (callermatch::matchReasons(keys, other) &
                (callermatch::Reason::Phone | callermatch::Reason::Email |
                 callermatch::Reason::NameAndPostcode) ||
            (!keys.name.isEmpty() && keys.name == other.name))
            continue;
        const QString person = !other.name.isEmpty()    ? QStringLiteral("n:") + other.name
                               : !other.phone.isEmpty() ? QStringLiteral("p:") + other.phone
                               : !other.email.isEmpty() ? QStringLiteral("e:") + other.email
                                                        : QStringLiteral("?");
        qsizetype at = byPerson.value(person, -1);
        if (at < 0) {
            at = members.size();
            byPerson.insert(person, at);
            HouseholdMember m;
            m.name = s.callerName;
            m.lastContact = s.startedAt;
            members.append(m);
        }
        HouseholdMember &m = members[at];
        ++m.contacts;
        m.contactIds.append(s.id);
        m.repeatCaller = m.repeatCaller || q.value(17).toInt() != 0;
        const QJsonArray prompts = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array();
        for (const QJsonValue &p : prompts) {
            const QString kind = p.toObject().value(QLatin1String("kind")).toString();
            if (!kind.isEmpty() && !m.riskKinds.contains(kind))
                m.riskKinds.append(kind);
        }
        ids.append(s.id);
    }
    if (!members.isEmpty() && !AuditStore(m_db).recordNow(actor, QStringLiteral("view_household"),
                                                          QStringLiteral("caller"), QString(),
                                                          ids.join(QLatin1Char(',')))) {
        qCWarning(lcStorage) << "household withheld: the audit log could not be written";
        return {};
    }
    return members;
}

QString ContactStore::ftsQuery(const QString &text)
{
    // Phone numbers are stored as digits: "07700 900 123" searches for 07700900123.
    static const QRegularExpression phoneLike(QStringLiteral(R"(^[0-9+() \-]{4,}$)"));
    QString input = text.simplified();
    if (phoneLike.match(input).hasMatch()) {
        QString digits = validation::normaliseUkPhone(input);
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.size() >= 4)
            return QLatin1Char('"') + digits + QStringLiteral("\"*");
    }
    QStringList tokens;
    for (QString token : input.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString clean;
        for (const QChar c : token)
            if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('/') ||
                c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('\''))
                clean.append(c);
        // Keep only what the tokenizer keeps inside a token; split e-mail addresses into parts.
        clean.replace(QLatin1Char('@'), QLatin1Char(' '));
        clean.replace(QLatin1Char('.'), QLatin1Char(' '));
        clean.replace(QLatin1Char('\''), QLatin1Char(' '));
        for (const QString &part : clean.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            tokens.append(part);
    }
    if (tokens.isEmpty())
        return {};
    QStringList quoted;
    for (int i = 0; i < tokens.size(); ++i) {
        QString t = QLatin1Char('"') + tokens.at(i) + QLatin1Char('"');
        if (i == tokens.size() - 1)
            t += QLatin1Char('*');
        quoted.append(t);
    }
    QString query = quoted.join(QLatin1Char(' '));
    // A registration mark typed with a space ("yc19 son") is stored without one.
    const QString compact = tokens.join(QString());
    if (tokens.size() > 1 && compact.size() <= 8)
        query =
            QLatin1Char('(') + query + QStringLiteral(") OR \"") + compact + QStringLiteral("\"*");
    return query;
}

QList<ContactSummary> ContactStore::search(const QString &text, const QString &actor, int limit)
{
    QList<ContactSummary> out;
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Newest first; the FTS part ends early with its own LIMIT (PERF-NOTES: no bm25 over
    // common terms).
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns +
              QStringLiteral(" FROM contacts WHERE rowid IN (SELECT rowid FROM contacts_fts WHERE "
                             "contacts_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AND deleted = 0 "
                             "ORDER BY started_at DESC"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append(readSummary(q));
    if (!AuditStore(m_db).recordNow(
            actor, QStringLiteral("search"), kEntity, QString(),
            QStringLiteral("%1 results: %2").arg(out.size()).arg(idList(out)))) {
        qCWarning(lcStorage) << "search results withheld: the audit log could not be written";
        return {};
    }
    return out;
}

Status ContactStore::forEach(const std::function<bool(const Contact &)> &visit) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM contacts WHERE deleted = 0 ORDER BY started_at, rowid")))
        return Status::failure(QueryError::describe(q, "read contacts"));
    while (q.next())
        if (!visit(readContact(q)))
            break;
    return success();
}

int ContactStore::count() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace cd
