#pragma once

#include "core/contact.h"
#include "core/outcomemessage.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace cd {

class Database;

// One outcome message in the message outbox (workstation migration 023).
struct OutcomeMessage
{
    QString id;
    QString contactId;
    QString team;
    QString channel; // "sms" or "email"
    QString recipient;
    QString language = QStringLiteral("en");
    QString templateKey;
    QString body;
    QString status; // queued, sending, sent, delivered, failed, withheld
    QString withheldReason;
    QString idempotencyKey;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString providerId;
    QString createdBy;
    QDateTime createdAt;
    QDateTime sentAt;
    QString updatedHlc;
    QString origin;
    bool deleted = false;

    QJsonObject toJson() const; // the row, by column name (the sync's payload)
};

// What became of one delivery receipt.
enum class ReceiptOutcome {
    Delivered,    // recorded: sent -> delivered
    Failed,       // recorded: sent -> failed
    NotFinal,     // the gateway has not finished with it: nothing changes
    AlreadyFinal, // the message was already delivered or failed: statuses never go back
    NotSent,      // the message is queued or withheld here: a receipt cannot move it
    NoMessage,    // no message in this cache has that id or reference
};

// What a callback file did.
struct ReceiptImport
{
    int delivered = 0;
    int failed = 0;
    int notFinal = 0;
    int alreadyFinal = 0;
    QStringList rejected; // "line N: why"; when any, nothing was recorded
};

// The message outbox. Every write goes into the sync outbox in the same transaction.
class MessageStore
{
public:
    static constexpr int kMaxAttempts = 8;

    explicit MessageStore(Database &db)
        : m_db(db)
    {
    }

    // The message row id (and first idempotency key) for a contact: derived from its id.
    static QString messageIdFor(const QString &contactId);

    // The contact's message, or an empty id when it has none.
    Result<OutcomeMessage> forContact(const QString &contactId) const;

    // Queues `text` for a saved contact the decision found eligible. Refused when the contact
    // is not saved, or its message has already gone to the gateway. Replaces a queued or
    // withheld one (the handler changed their mind).
    Status queue(const Contact &contact, const MessageDecision &decision, const QString &language,
                 const QString &text, const QString &actor);
    // Records that no message goes to this contact's caller, and why (a reason is required).
    Status withhold(const Contact &contact, const MessageDecision &decision, const QString &text,
                    const QString &reason, const QString &actor);

    // Every message with this status (all when empty), oldest first.
    Result<QList<OutcomeMessage>> list(const QString &status = {}) const;
    // What `messages send` should send now: queued ones due by `now`, and this workstation's
    // own 'sending' ones (a send interrupted before its answer was recorded).
    Result<QList<OutcomeMessage>> due(const QDateTime &now) const;
    // Saved contacts (not deleted) whose caller consented and that have no message row yet,
    // oldest first; only `handler`'s and only those started from `since` when given.
    Result<QStringList> contactsWithoutMessage(const QString &handler = {},
                                               const QDateTime &since = {}) const;

    // Delivery steps (each its own transaction).
    Status markSending(OutcomeMessage &message);
    Status markSent(const QString &id, const QString &providerId, const QDateTime &at);
    Status markRetry(const QString &id, const QString &error, const QDateTime &nextAttempt);
    Status markFailed(const QString &id, const QString &error);

    // Delivery receipts. A message moves only forward: sent (or sending, when the gateway
    // answered a receipt before the send was recorded) to delivered or failed, never back; a
    // failure keeps the gateway's status name as its error (never personal data).
    // Messages sent and not final yet, with the gateway's id, oldest first.
    Result<QList<OutcomeMessage>> awaitingReceipt() const;
    // One receipt (its own transaction), for the message `messageId`, or when that is empty the
    // one with the gateway's id, else the reference.
    Result<ReceiptOutcome> recordReceipt(const DeliveryReceipt &receipt,
                                         const QString &messageId = {});
    // A callback file, all or nothing: when any line is bad (unreadable, or a receipt for no
    // message here, or for one never sent) every bad line is named, in order, and nothing is
    // recorded.
    Result<ReceiptImport> importReceipts(const ReceiptFile &file, const QString &actor);
    // Messages delivered, and failed (refused by the gateway, given up, or failed by receipt), of
    // those sent (or, never sent, queued) in [from, to), for a team (all when empty); -1 each
    // when unreadable.
    std::pair<int, int> deliveryBetween(const QDateTime &from, const QDateTime &to,
                                        const QString &team = {}) const;

    // Messages the gateway took (sent, delivered, or failed by a receipt) in [from, to), for a
    // team (all when empty).
    int sentBetween(const QDateTime &from, const QDateTime &to, const QString &team = {}) const;

private:
    Status write(OutcomeMessage &message, const char *what);
    // Inside the caller's transaction.
    Result<ReceiptOutcome> applyReceipt(const DeliveryReceipt &receipt,
                                        const QString &messageId = {});
    Status update(const QString &id, const std::function<void(OutcomeMessage &)> &change,
                  const char *what);

    Database &m_db;
};

} // namespace cd
