#include "storage/messagestore.h"

#include "core/clock.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageStore)
};

const QUuid kMessageNamespace(QStringLiteral("{3b0f7c52-8d4e-5a19-b6c2-71e0d9a4f5c3}"));
constexpr auto kEntity = "outcome_message";

const char kColumns[] =
    "id, contact_id, team, channel, recipient, language, template, body, status, "
    "withheld_reason, idempotency_key, attempts, next_attempt_at, last_error, provider_id, "
    "created_by, created_at, sent_at, updated_hlc, origin, deleted";

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(isoUtc(t)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime readTime(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

OutcomeMessage readRow(const QSqlQuery &q)
{
    OutcomeMessage m;
    m.id = q.value(0).toString();
    m.contactId = q.value(1).toString();
    m.team = q.value(2).toString();
    m.channel = q.value(3).toString();
    m.recipient = q.value(4).toString();
    m.language = q.value(5).toString();
    m.templateKey = q.value(6).toString();
    m.body = q.value(7).toString();
    m.status = q.value(8).toString();
    m.withheldReason = q.value(9).toString();
    m.idempotencyKey = q.value(10).toString();
    m.attempts = q.value(11).toInt();
    m.nextAttemptAt = readTime(q.value(12));
    m.lastError = q.value(13).toString();
    m.providerId = q.value(14).toString();
    m.createdBy = q.value(15).toString();
    m.createdAt = readTime(q.value(16));
    m.sentAt = readTime(q.value(17));
    m.updatedHlc = q.value(18).toString();
    m.origin = q.value(19).toString();
    m.deleted = q.value(20).toInt() != 0;
    return m;
}

Result<QList<OutcomeMessage>> select(Database &db, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM outcome_messages WHERE deleted = 0 %2 ORDER BY "
                             "created_at, rowid")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<OutcomeMessage>>::failure(
            QueryError::describe(q, "read the outcome messages"));
    QList<OutcomeMessage> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}
} // namespace

QJsonObject OutcomeMessage::toJson() const
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("contact_id"), contactId},
                       {QStringLiteral("team"), team},
                       {QStringLiteral("channel"), channel},
                       {QStringLiteral("recipient"), recipient},
                       {QStringLiteral("language"), language},
                       {QStringLiteral("template"), templateKey},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("withheld_reason"), withheldReason},
                       {QStringLiteral("idempotency_key"), idempotencyKey},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("next_attempt_at"), time(nextAttemptAt)},
                       {QStringLiteral("last_error"), lastError},
                       {QStringLiteral("provider_id"), providerId},
                       {QStringLiteral("created_by"), createdBy},
                       {QStringLiteral("created_at"), time(createdAt)},
                       {QStringLiteral("sent_at"), time(sentAt)},
                       {QStringLiteral("updated_hlc"), updatedHlc},
                       {QStringLiteral("origin"), origin},
                       {QStringLiteral("deleted"), deleted ? 1 : 0}};
}

QString MessageStore::messageIdFor(const QString &contactId)
{
    return QUuid::createUuidV5(kMessageNamespace, contactId).toString(QUuid::WithoutBraces);
}

Result<OutcomeMessage> MessageStore::forContact(const QString &contactId) const
{
    Result<QList<OutcomeMessage>> rows =
        select(m_db, QStringLiteral("AND id = ?"), {messageIdFor(contactId)});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? OutcomeMessage() : rows->constFirst();
}

Status MessageStore::write(OutcomeMessage &m, const char *what)
{
    const Hlc hlc = m_db.tick();
    m.updatedHlc = hlc.toString();
    m.origin = m_db.workstationId();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO outcome_messages (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "contact_id = excluded.contact_id, team = excluded.team, channel = "
                       "excluded.channel, recipient = excluded.recipient, language = "
                       "excluded.language, template = excluded.template, body = "
                       "excluded.body, status = excluded.status, withheld_reason = "
                       "excluded.withheld_reason, idempotency_key = "
                       "excluded.idempotency_key, attempts = excluded.attempts, "
                       "next_attempt_at = excluded.next_attempt_at, last_error = "
                       "excluded.last_error, provider_id = excluded.provider_id, "
                       "created_by = excluded.created_by, created_at = excluded.created_at, "
                       "sent_at = excluded.sent_at, updated_hlc = excluded.updated_hlc, "
                       "origin = excluded.origin, deleted = excluded.deleted")
            .arg(QLatin1String(kColumns)));
    for (const QVariant &v : {QVariant(m.id),
                              QVariant(m.contactId),
                              sqlText(m.team),
                              QVariant(m.channel),
                              sqlText(m.recipient),
                              QVariant(m.language),
                              sqlText(m.templateKey),
                              sqlText(m.body),
                              QVariant(m.status),
                              sqlText(m.withheldReason),
                              QVariant(m.idempotencyKey),
                              QVariant(m.attempts),
                              timeOrNull(m.nextAttemptAt),
                              sqlText(m.lastError),
                              sqlText(m.providerId),
                              sqlText(m.createdBy),
                              timeOrNull(m.createdAt),
                              timeOrNull(m.sentAt),
                              QVariant(m.updatedHlc),
                              QVariant(m.origin),
                              QVariant(m.deleted ? 1 : 0)})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, what));
    return Outbox(m_db).enqueue(QStringLiteral("outcome_messages"), m.id, QStringLiteral("upsert"),
                                hlc, m.toJson());
}

Status MessageStore::queue(const Contact &contact, const MessageDecision &decision,
                           const QString &language, const QString &text, const QString &actor)
{
    if (!decision.eligible)
        return Status::failure(decision.reasonText(), decision.reason);
    if (text.trimmed().isEmpty())
        return Status::failure(Tr::tr("The message is empty"));
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    QSqlQuery exists(m_db.sql());
    exists.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"));
    exists.addBindValue(contact.id);
    if (!exists.exec())
        return Status::failure(QueryError::describe(exists, "find the contact"));
    if (!exists.next())
        return Status::failure(Tr::tr("Save the contact before queuing its message"),
                               QLatin1String(ineligible::kNotSaved));
    Result<OutcomeMessage> current = forContact(contact.id);
    if (!current)
        return current.error();
    OutcomeMessage m = current.value();
    if (!m.id.isEmpty() && m.status != QLatin1String("queued") &&
        m.status != QLatin1String("withheld"))
        return Status::failure(Tr::tr("This contact's message has already been sent"),
                               QStringLiteral("already_sent"));
    const QDateTime now = Clock::instance().now();
    if (m.id.isEmpty()) {
        m.id = messageIdFor(contact.id);
        m.idempotencyKey = m.id;
        m.createdAt = now;
    }
    m.contactId = contact.id;
    m.team = contact.team;
    m.channel = decision.channel;
    m.recipient = decision.to;
    m.language = language == QLatin1String("cy") ? QStringLiteral("cy") : QStringLiteral("en");
    m.templateKey = decision.templateKey;
    m.body = text;
    m.status = QStringLiteral("queued");
    m.withheldReason.clear();
    m.attempts = 0;
    m.nextAttemptAt = now;
    m.lastError.clear();
    m.createdBy = actor;
    if (Status s = write(m, "queue the message"); !s)
        return s;
    if (Status s =
            AuditStore(m_db).record(actor, QStringLiteral("queue"), QLatin1String(kEntity), m.id);
        !s)
        return s;
    return tx.commit();
}

Status MessageStore::withhold(const Contact &contact, const MessageDecision &decision,
                              const QString &text, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Say why the message is withheld"),
                               QStringLiteral("no_reason"));
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    Result<OutcomeMessage> current = forContact(contact.id);
    if (!current)
        return current.error();
    OutcomeMessage m = current.value();
    if (!m.id.isEmpty() && m.status != QLatin1String("queued") &&
        m.status != QLatin1String("withheld"))
        return Status::failure(Tr::tr("This contact's message has already been sent"),
                               QStringLiteral("already_sent"));
    if (m.id.isEmpty()) {
        m.id = messageIdFor(contact.id);
        m.idempotencyKey = m.id;
        m.createdAt = Clock::instance().now();
    }
    m.contactId = contact.id;
    m.team = contact.team;
    m.channel = decision.channel.isEmpty() ? QStringLiteral("sms") : decision.channel;
    m.recipient = decision.to;
    m.templateKey = decision.templateKey;
    m.body = text;
    m.status = QStringLiteral("withheld");
    m.withheldReason = reason.trimmed();
    m.nextAttemptAt = {};
    m.createdBy = actor;
    if (Status s = write(m, "withhold the message"); !s)
        return s;
    if (Status s = AuditStore(m_db).record(actor, QStringLiteral("withhold"),
                                           QLatin1String(kEntity), m.id);
        !s)
        return s;
    return tx.commit();
}

Result<QList<OutcomeMessage>> MessageStore::list(const QString &status) const
{
    if (status.isEmpty())
        return select(m_db, {}, {});
    return select(m_db, QStringLiteral("AND status = ?"), {status});
}

Result<QList<OutcomeMessage>> MessageStore::due(const QDateTime &now) const
{
    return select(m_db,
                  QStringLiteral("AND ((status = 'queued' AND (next_attempt_at IS NULL OR "
                                 "next_attempt_at <= ?)) OR (status = 'sending' AND origin = ?))"),
                  {isoUtc(now), m_db.workstationId()});
}

Result<QStringList> MessageStore::contactsWithoutMessage(const QString &handler,
                                                         const QDateTime &since) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT c.id FROM contacts c WHERE c.deleted = 0 AND "
                             "c.consent_to_outcome <> 0 AND NOT EXISTS (SELECT 1 FROM "
                             "outcome_messages m WHERE m.contact_id = c.id)") +
              (handler.isEmpty() ? QString() : QStringLiteral(" AND c.handler = ?")) +
              (since.isValid() ? QStringLiteral(" AND c.started_at >= ?") : QString()) +
              QStringLiteral(" ORDER BY c.started_at, c.rowid"));
    if (!handler.isEmpty())
        q.addBindValue(handler);
    if (since.isValid())
        q.addBindValue(isoUtc(since));
    if (!q.exec())
        return Result<QStringList>::failure(QueryError::describe(q, "find unmessaged contacts"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Status MessageStore::update(const QString &id, const std::function<void(OutcomeMessage &)> &change,
                            const char *what)
{
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    Result<QList<OutcomeMessage>> rows = select(m_db, QStringLiteral("AND id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Status::failure(Tr::tr("There is no such message"));
    OutcomeMessage m = rows->constFirst();
    const QString before = m.status;
    change(m);
    // Statuses move only forward: a delivery receipt already recorded (a callback can arrive
    // before the send's own answer is recorded) is never undone by a later step of the send.
    if ((before == QLatin1String("delivered") || before == QLatin1String("failed")) &&
        m.status != before)
        return success();
    if (Status s = write(m, what); !s)
        return s;
    return tx.commit();
}

Status MessageStore::markSending(OutcomeMessage &message)
{
    OutcomeMessage result;
    Status s = update(
        message.id,
        [&result](OutcomeMessage &m) {
            m.status = QStringLiteral("sending");
            m.attempts += 1;
            result = m;
        },
        "mark the message as sending");
    if (s)
        message = result;
    return s;
}

Status MessageStore::markSent(const QString &id, const QString &providerId, const QDateTime &at)
{
    return update(
        id,
        [&](OutcomeMessage &m) {
            m.status = QStringLiteral("sent");
            m.providerId = providerId.left(200);
            m.sentAt = at;
            m.nextAttemptAt = {};
            m.lastError.clear();
        },
        "record the message as sent");
}

Status MessageStore::markRetry(const QString &id, const QString &error, const QDateTime &next)
{
    return update(
        id,
        [&](OutcomeMessage &m) {
            m.status = QStringLiteral("queued");
            m.lastError = error.left(500);
            m.nextAttemptAt = next;
        },
        "record the failed attempt");
}

Status MessageStore::markFailed(const QString &id, const QString &error)
{
    return update(
        id,
        [&](OutcomeMessage &m) {
            m.status = QStringLiteral("failed");
            m.lastError = error.left(500);
            m.nextAttemptAt = {};
        },
        "record the message as failed");
}

Result<QList<OutcomeMessage>> MessageStore::awaitingReceipt() const
{
    return select(m_db, QStringLiteral("AND status = 'sent' AND provider_id <> ''"), {});
}

Result<ReceiptOutcome> MessageStore::applyReceipt(const DeliveryReceipt &receipt,
                                                  const QString &messageId)
{
    Result<QList<OutcomeMessage>> rows =
        !messageId.isEmpty() ? select(m_db, QStringLiteral("AND id = ?"), {messageId})
        : receipt.providerId.isEmpty()
            ? Result<QList<OutcomeMessage>>(QList<OutcomeMessage>())
            : select(m_db, QStringLiteral("AND provider_id = ?"), {receipt.providerId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty() && messageId.isEmpty() && !receipt.reference.isEmpty())
        rows = select(m_db, QStringLiteral("AND idempotency_key = ?"), {receipt.reference});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return ReceiptOutcome::NoMessage;
    OutcomeMessage m = rows->constFirst();
    if (m.status == QLatin1String("delivered") || m.status == QLatin1String("failed"))
        return ReceiptOutcome::AlreadyFinal;
    if (m.status != QLatin1String("sent") && m.status != QLatin1String("sending"))
        return ReceiptOutcome::NotSent;
    if (receipt.status.isEmpty())
        return ReceiptOutcome::NotFinal;
    const bool delivered = receipt.status == QLatin1String("delivered");
    if (m.status == QLatin1String("sending") && !m.sentAt.isValid())
        m.sentAt = Clock::instance().now();
    m.status = delivered ? QStringLiteral("delivered") : QStringLiteral("failed");
    m.lastError =
        delivered ? QString() : (QStringLiteral("receipt: ") + receipt.providerStatus).left(500);
    m.nextAttemptAt = {};
    if (m.providerId.isEmpty())
        m.providerId = receipt.providerId.left(200);
    if (Status s = write(m, "record the delivery receipt"); !s)
        return s.error();
    return delivered ? ReceiptOutcome::Delivered : ReceiptOutcome::Failed;
}

Result<ReceiptOutcome> MessageStore::recordReceipt(const DeliveryReceipt &receipt,
                                                   const QString &messageId)
{
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    Result<ReceiptOutcome> r = applyReceipt(receipt, messageId);
    if (!r)
        return r;
    if (r.value() == ReceiptOutcome::Delivered || r.value() == ReceiptOutcome::Failed)
        if (Status s = tx.commit(); !s)
            return s.error();
    return r;
}

Result<ReceiptImport> MessageStore::importReceipts(const ReceiptFile &file, const QString &actor)
{
    ReceiptImport counts;
    const QList<DeliveryReceipt> &receipts = file.receipts;
    const QList<int> &lines = file.lines;
    // Each problem with its line, to name them in order.
    QList<std::pair<int, QString>> problems;
    for (qsizetype i = 0; i < file.problems.size(); ++i)
        problems.append({file.problemLines.value(i), file.problems.at(i)});
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        Result<ReceiptOutcome> r = applyReceipt(receipts.at(i));
        if (!r)
            return r.error();
        switch (r.value()) {
        case ReceiptOutcome::Delivered:
            ++counts.delivered;
            break;
        case ReceiptOutcome::Failed:
            ++counts.failed;
            break;
        case ReceiptOutcome::NotFinal:
            ++counts.notFinal;
            break;
        case ReceiptOutcome::AlreadyFinal:
            ++counts.alreadyFinal;
            break;
        case ReceiptOutcome::NotSent:
            problems.append({lines.value(i), Tr::tr("line %1: the message %2 has not been sent")
                                                 .arg(lines.value(i))
                                                 .arg(receipts.at(i).providerId.isEmpty()
                                                          ? receipts.at(i).reference
                                                          : receipts.at(i).providerId)});
            break;
        case ReceiptOutcome::NoMessage:
            problems.append({lines.value(i), Tr::tr("line %1: no message with id %2")
                                                 .arg(lines.value(i))
                                                 .arg(receipts.at(i).providerId.isEmpty()
                                                          ? receipts.at(i).reference
                                                          : receipts.at(i).providerId)});
            break;
        }
    }
    if (!problems.isEmpty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &p : std::as_const(problems))
            counts.rejected.append(p.second);
        return counts; // rolled back: nothing of the file is recorded
    }
    if (Status s = AuditStore(m_db).record(
            actor, QStringLiteral("import"), QLatin1String(kEntity), QString(),
            QStringLiteral("%1 delivery receipts: %2 delivered, %3 failed")
                .arg(receipts.size())
                .arg(counts.delivered)
                .arg(counts.failed));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

std::pair<int, int> MessageStore::deliveryBetween(const QDateTime &from, const QDateTime &to,
                                                  const QString &team) const
{
    QSqlQuery q(m_db.sql());
    // By when each was sent, or queued for those that never went out.
    q.prepare(QStringLiteral("SELECT coalesce(sum(status = 'delivered'), 0), "
                             "coalesce(sum(status = 'failed'), 0) FROM outcome_messages WHERE "
                             "deleted = 0 AND coalesce(sent_at, created_at) >= ? AND "
                             "coalesce(sent_at, created_at) < ?") +
              (team.isEmpty() ? QString() : QStringLiteral(" AND team = ?")));
    q.addBindValue(isoUtc(from));
    q.addBindValue(isoUtc(to));
    if (!team.isEmpty())
        q.addBindValue(team);
    if (!q.exec() || !q.next())
        return {-1, -1};
    return {q.value(0).toInt(), q.value(1).toInt()};
}

int MessageStore::sentBetween(const QDateTime &from, const QDateTime &to, const QString &team) const
{
    QSqlQuery q(m_db.sql());
    // A message the gateway took and later reported undelivered was still sent (and paid for).
    q.prepare(
        QStringLiteral("SELECT count(*) FROM outcome_messages WHERE deleted = 0 AND status "
                       "IN ('sent', 'delivered', 'failed') AND sent_at >= ? AND sent_at < ?") +
        (team.isEmpty() ? QString() : QStringLiteral(" AND team = ?")));
    q.addBindValue(isoUtc(from));
    q.addBindValue(isoUtc(to));
    if (!team.isEmpty())
        q.addBindValue(team);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace cd
