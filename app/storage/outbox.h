#pragma once

#include "core/hlc.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

class Database;

// One queued change, as the sync reads it.
struct OutboxEntry
{
    qint64 seq = 0;
    QString entity;
    QString entityId;
    QString op;
    QString hlc;
    QByteArray payload; // JSON, as stored
};

// An entry the shared database refused: kept in sync_rejected for a person to see.
struct RefusedEntry
{
    qint64 seq = 0;
    QString reason;
};

// A refused entry as `sync status` lists it: which row, and the server's reason.
struct RefusedRow
{
    qint64 seq = 0;
    QString entity;
    QString entityId;
    QString reason;
    QString at; // when it was refused, UTC ISO 8601
};

// What is waiting to reach the shared database, as a person counts it: each contact and each
// escalation with changes not yet sent counts once, however many entries it has queued (a saved
// contact is its row and its audit entry; an escalation's status changes and notes are part of
// it). `entries` is every entry, for what fits neither (an audit entry alone, a manager's
// vehicle import).
// -1 in each when the outbox cannot be read.
struct PendingWork
{
    int contacts = 0;
    int escalations = 0;
    int entries = 0;
    bool isEmpty() const { return entries <= 0; }
};

// The transactional outbox: each write to a synced table adds an entry in the same
// transaction, so a change can never be committed without being queued for the server.
// The sync reads it in seq order and clears what the server has committed.
class Outbox
{
public:
    explicit Outbox(Database &db)
        : m_db(db)
    {
    }

    // Call inside the caller's transaction.
    Status enqueue(const QString &entity, const QString &entityId, const QString &op,
                   const Hlc &hlc, const QJsonObject &payload);

    // Entries waiting to be sent (-1 when the outbox cannot be read). The one count of them
    // for the Desk, the sync and the command line.
    int pendingCount() const;
    // The same, as contacts and escalations: what the status bar and `sync status` say.
    PendingWork pendingWork() const;
    // Entries the server refused, set aside (0 when none or unreadable).
    int refusedCount() const;
    // The entries the server refused, the newest first, at most `limit`.
    QList<RefusedRow> refusedRows(int limit = 100) const;

    // Up to `limit` entries after `afterSeq`, in seq order, appended to `entries`.
    Status readAfter(qint64 afterSeq, int limit, QList<OutboxEntry> *entries) const;

    // The newest pending HLC of each entity row that has pending entries, keyed by
    // pendingKey(): a pulled row older than that is kept as it is here.
    Result<QHash<QString, QString>> newestPending() const;
    static QString pendingKey(const QString &entity, const QString &entityId)
    {
        return entity + QChar(0x1f) + entityId;
    }

    // Call inside the caller's transaction. Copies refused entries into sync_rejected with
    // their reasons (they leave the outbox with clearUpTo()).
    Status setAside(const QList<RefusedEntry> &refused);
    // Call inside the caller's transaction. Removes every entry up to `maxSeq`.
    Status clearUpTo(qint64 maxSeq);
    // A profile restored from an earlier copy numbers new changes from where the copy stopped,
    // at or below what the shared database already has from this workstation (`serverLast`),
    // so they would be taken as sent. When the highest number this outbox ever gave is below
    // `serverLast`, the waiting changes are renumbered to follow it (in order) and the counter
    // moves past it. Returns how many waiting changes were renumbered, or -1 when nothing had
    // to be done.
    Result<int> followServerWatermark(qint64 serverLast);

private:
    Database &m_db;
};

} // namespace cd
