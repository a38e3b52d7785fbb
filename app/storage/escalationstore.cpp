#include "storage/escalationstore.h"

#include "core/clock.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace cd {

namespace {

const QString kEntity = QStringLiteral("escalation");

// lupdate reads this file's messages into the context cd::EscalationStore.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::EscalationStore)
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kColumns = QStringLiteral("id, contact_id, type, form_version, fields, status, "
                                        "owner, team, receiving_team, raised_on, due_at, "
                                        "created_at, updated_at, updated_hlc, origin, deleted");

Escalation readEscalation(const QSqlQuery &q)
{
    Escalation e;
    e.id = q.value(0).toString();
    e.contactId = q.value(1).toString();
    e.type = q.value(2).toString();
    e.formVersion = q.value(3).toInt();
    e.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    escalationStatusFromName(q.value(5).toString(), &e.status);
    e.owner = q.value(6).toString();
    e.team = q.value(7).toString();
    e.receivingTeam = q.value(8).toString();
    e.raisedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.dueOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    e.createdAt = fromIso(q.value(11));
    e.updatedAt = fromIso(q.value(12));
    e.updatedHlc = q.value(13).toString();
    e.origin = q.value(14).toString();
    e.deleted = q.value(15).toInt() != 0;
    return e;
}

// The open statuses, for SQL.
QString statusList(bool (*keep)(EscalationStatus))
{
    QStringList names;
    for (EscalationStatus s : allEscalationStatuses())
        if (keep(s))
            names.append(QLatin1Char('\'') + escalationStatusName(s) + QLatin1Char('\''));
    return names.join(QLatin1Char(','));
}

QString openStatusList()
{
    return statusList(lifecycle::isOpen);
}

} // namespace

QString awaitedEscalationStatusSql()
{
    return statusList(lifecycle::isAwaited);
}

QDate EscalationStore::today()
{
    return localDate(Clock::instance().now());
}

QString EscalationStore::draftSlot(const QString &escalationId)
{
    return QStringLiteral("escalation/") + escalationId;
}

QString EscalationStore::newDraftSlot(const QString &contactId, const QString &type)
{
    return QStringLiteral("escalation/new/%1/%2").arg(contactId, type);
}

Result<Escalation> EscalationStore::load(const QString &id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM escalations WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Escalation>::failure(QueryError::describe(q, "read the escalation"));
    if (!q.next())
        return Result<Escalation>::failure(Tr::tr("No escalation %1").arg(id),
                                           QStringLiteral("not_found"));
    return readEscalation(q);
}

Status EscalationStore::write(Escalation &e, bool isNew)
{
    const Hlc hlc = m_db.tick();
    e.updatedHlc = hlc.toString();
    e.origin = m_db.workstationId();
    e.updatedAt = Clock::instance().now();
    if (isNew)
        e.createdAt = e.updatedAt;
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO escalations (") + kColumns +
        QStringLiteral(
            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, status = excluded.status, "
            "owner = excluded.owner, team = excluded.team, receiving_team = "
            "excluded.receiving_team, "
            "raised_on = excluded.raised_on, due_at = excluded.due_at, "
            "updated_at = excluded.updated_at, updated_hlc = excluded.updated_hlc, "
            "origin = excluded.origin, deleted = excluded.deleted, form_version = "
            "excluded.form_version"));
    q.addBindValue(e.id);
    q.addBindValue(sqlText(e.contactId));
    q.addBindValue(e.type);
    q.addBindValue(e.formVersion);
    q.addBindValue(jsonText(e.fields));
    q.addBindValue(escalationStatusName(e.status));
    q.addBindValue(sqlText(e.owner));
    q.addBindValue(sqlText(e.team));
    q.addBindValue(sqlText(e.receivingTeam));
    q.addBindValue(dateText(e.raisedOn));
    q.addBindValue(e.dueOn.isValid() ? QVariant(dateText(e.dueOn))
                                     : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(isoUtc(e.createdAt));
    q.addBindValue(isoUtc(e.updatedAt));
    q.addBindValue(e.updatedHlc);
    q.addBindValue(e.origin);
    q.addBindValue(e.deleted ? 1 : 0);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "save the escalation"));
    return Outbox(m_db).enqueue(QStringLiteral("escalations"), e.id, QStringLiteral("upsert"), hlc,
                                e.toJson());
}

Status EscalationStore::writeEvent(const Escalation &e, const QString &from, const QString &actor,
                                   const QString &reason)
{
    const Hlc hlc = m_db.tick();
    EscalationEvent ev{
        newId(), e.id, from, escalationStatusName(e.status), actor, Clock::instance().now(),
        reason};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO escalation_events (id, escalation_id, from_status, to_status, actor, at, "
        "reason, updated_hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ev.id);
    q.addBindValue(ev.escalationId);
    q.addBindValue(sqlText(ev.fromStatus));
    q.addBindValue(ev.toStatus);
    q.addBindValue(sqlText(ev.actor));
    q.addBindValue(isoUtc(ev.at));
    q.addBindValue(sqlText(ev.reason));
    q.addBindValue(hlc.toString());
    q.addBindValue(m_db.workstationId());
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "record the status change"));
    QJsonObject payload = ev.toJson();
    payload.insert(QStringLiteral("updated_hlc"), hlc.toString());
    payload.insert(QStringLiteral("origin"), m_db.workstationId());
    payload.insert(QStringLiteral("deleted"), 0);
    return Outbox(m_db).enqueue(QStringLiteral("escalation_events"), ev.id,
                                QStringLiteral("insert"), hlc, payload);
}

Result<Escalation> EscalationStore::createFromContact(const Contact &contact, const QString &type,
                                                      const QString &actor, const QString &team,
                                                      const std::optional<QJsonObject> &fields,
                                                      const QString &clearDraftSlot)
{
    const FormDefinition *form = m_rules.forms.find(type);
    if (!form)
        return Result<Escalation>::failure(Tr::tr("There is no escalation form \"%1\"").arg(type),
                                           QStringLiteral("unknown_type"));
    if (actor.trimmed().isEmpty())
        return Result<Escalation>::failure(Tr::tr("An escalation needs an owner"));
    Escalation e;
    e.id = newId();
    e.contactId = contact.id;
    e.type = type;
    e.formVersion = form->version;
    e.fields = fields ? *fields : prefillFromContact(*form, contact);
    e.status = EscalationStatus::Draft;
    e.owner = actor;
    e.team = team;
    e.receivingTeam = form->receivingTeamFor(e.fields);
    e.raisedOn = today();
    Result<QDate> due = serviceLevelDue(*form, m_rules.calendar, e.status, e.raisedOn, e.fields);
    if (!due)
        return due.error();
    e.dueOn = due.value();

    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    if (Status s = write(e, true); !s)
        return s.error();
    if (Status s = writeEvent(e, QString(), actor, Tr::tr("Raised from contact")); !s)
        return s.error();
    if (Status s =
            AuditStore(m_db).record(actor, QStringLiteral("create"), kEntity, e.id,
                                    QStringLiteral("type=%1 contact=%2").arg(type, contact.id));
        !s)
        return s.error();
    if (!clearDraftSlot.isEmpty())
        if (Status s = DraftStore(m_db).clear(clearDraftSlot); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<Escalation> EscalationStore::insertFeedbackReply(const Contact &contact,
                                                        const QString &comment,
                                                        const QDateTime &requestedAt,
                                                        const QString &actor)
{
    const FormDefinition *form = m_rules.forms.find(feedbackReplyType());
    if (!form)
        return Result<Escalation>::failure(
            Tr::tr("There is no escalation form \"%1\"").arg(feedbackReplyType()),
            QStringLiteral("unknown_type"));
    if (actor.trimmed().isEmpty())
        return Result<Escalation>::failure(Tr::tr("An escalation needs an owner"));
    if (!requestedAt.isValid())
        return Result<Escalation>::failure(Tr::tr("The time the reply was asked for is missing"));
    Escalation e;
    e.id = newId();
    e.contactId = contact.id;
    e.type = feedbackReplyType();
    e.formVersion = form->version;
    e.fields = prefillFromContact(*form, contact);
    e.raisedOn = localDate(requestedAt.toUTC());
    e.fields.insert(QStringLiteral("comment"), comment);
    e.fields.insert(QStringLiteral("requested_on"), dateText(e.raisedOn));
    e.status = EscalationStatus::Submitted;
    e.owner = actor;
    e.team = contact.team;
    e.receivingTeam = form->receivingTeamFor(e.fields);
    Result<QDate> due = serviceLevelDue(*form, m_rules.calendar, e.status, e.raisedOn, e.fields);
    if (!due)
        return due.error();
    e.dueOn = due.value();
    if (Status s = write(e, true); !s)
        return s.error();
    if (Status s = writeEvent(e, QString(), actor, Tr::tr("Reply asked for in survey feedback"));
        !s)
        return s.error();
    if (Status s = AuditStore(m_db).record(
            actor, QStringLiteral("create"), kEntity, e.id,
            QStringLiteral("type=%1 contact=%2").arg(feedbackReplyType(), contact.id));
        !s)
        return s.error();
    return e;
}

Result<Escalation> EscalationStore::raiseFeedbackReply(const Contact &contact,
                                                       const QString &comment,
                                                       const QDateTime &requestedAt,
                                                       const QString &actor)
{
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    Result<Escalation> e = insertFeedbackReply(contact, comment, requestedAt, actor);
    if (!e)
        return e;
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<Escalation> EscalationStore::updateFields(const QString &id, const QJsonObject &fields,
                                                 const QString &actor,
                                                 const QString &clearDraftSlot)
{
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    Result<Escalation> loaded = load(id);
    if (!loaded)
        return loaded;
    Escalation e = loaded.value();
    if (e.status == EscalationStatus::Closed)
        return Result<Escalation>::failure(
            Tr::tr("The escalation is closed; its form can no longer be changed"),
            QStringLiteral("closed"));
    const FormDefinition *form = m_rules.forms.find(e.type);
    if (!form)
        return Result<Escalation>::failure(
            Tr::tr("There is no escalation form \"%1\"").arg(e.type));
    QStringList changed;
    for (const FormField &f : form->fields)
        if (fields.value(f.key) != e.fields.value(f.key))
            changed.append(f.key);
    e.fields = fields;
    e.formVersion = form->version;
    e.receivingTeam = form->receivingTeamFor(fields);
    // Immediate risk marked (or unmarked) on an open escalation moves its due date.
    if (lifecycle::isOpen(e.status) &&
        form->serviceLevel.isImmediate(fields) != form->serviceLevel.isImmediate(loaded->fields)) {
        Result<QDate> due = serviceLevelDue(*form, m_rules.calendar, e.status, e.raisedOn, fields);
        if (!due)
            return due.error();
        e.dueOn = due.value();
    }
    if (Status s = write(e, false); !s)
        return s.error();
    // Field names only: the values are personal data.
    if (Status s = AuditStore(m_db).record(
            actor, QStringLiteral("update"), kEntity, e.id,
            QStringLiteral("fields=%1").arg(changed.join(QLatin1Char(','))));
        !s)
        return s.error();
    if (!clearDraftSlot.isEmpty())
        if (Status s = DraftStore(m_db).clear(clearDraftSlot); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

QList<FieldError> EscalationStore::validate(const Escalation &e) const
{
    const FormDefinition *form = m_rules.forms.find(e.type);
    if (!form)
        return {{QStringLiteral("type"), Tr::tr("There is no escalation form \"%1\"").arg(e.type)}};
    return validateEscalationFields(*form, e.fields, today());
}

Result<Escalation> EscalationStore::transition(const QString &id, EscalationStatus to,
                                               const QString &actor, const QString &reason)
{
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    Result<Escalation> loaded = load(id);
    if (!loaded)
        return loaded;
    Escalation e = loaded.value();
    if (Status s = lifecycle::check(e.status, to); !s)
        return s.error();
    const FormDefinition *form = m_rules.forms.find(e.type);
    if (!form)
        return Result<Escalation>::failure(
            Tr::tr("There is no escalation form \"%1\"").arg(e.type));
    if (to == EscalationStatus::Submitted) {
        const QList<FieldError> errors = validate(e);
        if (!errors.isEmpty()) {
            QStringList labels;
            for (const FieldError &fe : errors) {
                const FormField *f = form->field(fe.field);
                labels.append(f ? f->label : fe.field);
            }
            return Result<Escalation>::failure(
                Tr::tr("The form cannot be submitted until these are put right: %1")
                    .arg(labels.join(QStringLiteral("; "))),
                QStringLiteral("invalid_fields"));
        }
        e.raisedOn = today(); // the service level runs from submission
    }
    const QString from = escalationStatusName(e.status);
    e.status = to;
    if (lifecycle::isOpen(to)) {
        Result<QDate> due = serviceLevelDue(*form, m_rules.calendar, to, e.raisedOn, e.fields);
        if (!due)
            return due.error();
        e.dueOn = due.value();
    }
    if (Status s = write(e, false); !s)
        return s.error();
    if (Status s = writeEvent(e, from, actor, reason); !s)
        return s.error();
    if (Status s = AuditStore(m_db).record(
            actor, QStringLiteral("update"), kEntity, e.id,
            QStringLiteral("status %1 -> %2").arg(from, escalationStatusName(to)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<EscalationNote> EscalationStore::addNote(const QString &id, const QString &body,
                                                const QString &actor)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return Result<EscalationNote>::failure(Tr::tr("Write the note first"));
    if (text.size() > 20000)
        return Result<EscalationNote>::failure(Tr::tr("A note is limited to 20000 characters"));
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    if (Result<Escalation> e = load(id); !e)
        return e.error();
    const Hlc hlc = m_db.tick();
    EscalationNote n{newId(), id, actor, Clock::instance().now(), text};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO escalation_notes (id, escalation_id, author, at, body, updated_hlc, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(n.id);
    q.addBindValue(n.escalationId);
    q.addBindValue(sqlText(n.author));
    q.addBindValue(isoUtc(n.at));
    q.addBindValue(n.body);
    q.addBindValue(hlc.toString());
    q.addBindValue(m_db.workstationId());
    if (!q.exec())
        return Result<EscalationNote>::failure(QueryError::describe(q, "add the note"));
    QJsonObject payload = n.toJson();
    payload.insert(QStringLiteral("updated_hlc"), hlc.toString());
    payload.insert(QStringLiteral("origin"), m_db.workstationId());
    payload.insert(QStringLiteral("deleted"), 0);
    if (Status s = Outbox(m_db).enqueue(QStringLiteral("escalation_notes"), n.id,
                                        QStringLiteral("insert"), hlc, payload);
        !s)
        return s.error();
    if (Status s = AuditStore(m_db).record(actor, QStringLiteral("update"), kEntity, id,
                                           QStringLiteral("note %1").arg(n.id));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

Result<Escalation> EscalationStore::get(const QString &id, const QString &actor)
{
    Result<Escalation> e = load(id);
    if (!e)
        return e;
    if (Status s = AuditStore(m_db).recordNow(actor, QStringLiteral("view"), kEntity, id); !s)
        return s.error();
    return e;
}

Status EscalationStore::recordExport(const QString &id, const QString &actor,
                                     const QString &recipient)
{
    return AuditStore(m_db).recordNow(actor, QStringLiteral("export"), kEntity, id,
                                      QStringLiteral("pdf to %1").arg(recipient));
}

QList<EscalationEvent> EscalationStore::events(const QString &id) const
{
    QList<EscalationEvent> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, escalation_id, from_status, to_status, actor, at, reason "
        "FROM escalation_events WHERE escalation_id = ? AND deleted = 0 ORDER BY at, rowid"));
    q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), fromIso(q.value(5)),
                    q.value(6).toString()});
    return out;
}

QList<EscalationNote> EscalationStore::notes(const QString &id) const
{
    QList<EscalationNote> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, escalation_id, author, at, body FROM escalation_notes "
                             "WHERE escalation_id = ? AND deleted = 0 ORDER BY at, rowid"));
    q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    fromIso(q.value(3)), q.value(4).toString()});
    return out;
}

QList<EscalationSummary> EscalationStore::list(const EscalationFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT id, contact_id, type, status, owner, team, receiving_team, raised_on, due_at, "
        "updated_at, (SELECT c.caller_name FROM contacts c WHERE c.id = escalations.contact_id) "
        "FROM escalations WHERE deleted = 0");
    QVariantList binds;
    auto match = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        binds.append(value);
    };
    match("owner", filter.owner);
    match("team", filter.team);
    match("receiving_team", filter.receivingTeam);
    match("type", filter.type);
    match("contact_id", filter.contactId);
    if (filter.openOnly || filter.overdueOnly)
        sql += QStringLiteral(" AND status IN (%1)").arg(openStatusList());
    if (filter.overdueOnly) {
        sql += QStringLiteral(" AND due_at IS NOT NULL AND due_at < ?");
        binds.append(dateText(filter.today.isValid() ? filter.today : today()));
    }
    sql += QStringLiteral(" ORDER BY due_at IS NULL, due_at, created_at LIMIT ?");
    binds.append(filter.limit);

    QList<EscalationSummary> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        EscalationSummary s;
        s.id = q.value(0).toString();
        s.contactId = q.value(1).toString();
        s.type = q.value(2).toString();
        escalationStatusFromName(q.value(3).toString(), &s.status);
        s.owner = q.value(4).toString();
        s.team = q.value(5).toString();
        s.receivingTeam = q.value(6).toString();
        s.raisedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        s.dueOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        s.updatedAt = fromIso(q.value(9));
        s.callerName = q.value(10).toString();
        out.append(s);
    }
    return out;
}

int EscalationStore::overdueCount(const QDate &day, const QString &owner, const QString &team) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM escalations WHERE deleted = 0 AND status IN (%1) "
                       "AND due_at IS NOT NULL AND due_at < ? AND (? = '' OR owner = ?) AND (? = "
                       "'' OR team = ?)")
            .arg(awaitedEscalationStatusSql()));
    q.addBindValue(dateText(day));
    q.addBindValue(sqlText(owner));
    q.addBindValue(sqlText(owner));
    q.addBindValue(sqlText(team));
    q.addBindValue(sqlText(team));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace cd
