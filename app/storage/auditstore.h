#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <memory>

namespace cd {

class Database;
class SqliteStatement;

struct AuditEntry
{
    QString id;
    QDateTime at;
    QString actor;
    QString action; // view, create, update, search, export, import, erase
    QString entity; // contact, caller, ...
    QString entityId;
    QString detail; // why, or what was returned; ids and counts, never personal data
};

// What `audit verify` found: the chain intact, or its first bad entry and what is wrong with it.
struct AuditChainCheck
{
    enum class Problem {
        None,
        Edited,     // its fields no longer give its hash (changed, or written without one)
        Missing,    // the entry it follows is not there: an entry before it was deleted
        OutOfOrder, // the entry it follows is stored after it, or further back
        Unreadable, // the log could not be read (error says why)
    };
    Problem problem = Problem::None;
    qint64 entries = 0; // all entries when intact; else the number of the first bad one
    qint64 rowid = 0;   // the first bad entry's row
    QString id;         // and its id, time, action and entity (no personal data)
    QString at;
    QString action;
    QString entity;
    qint64 followsRowid = 0; // out of order: the row of the entry it follows
    QString error;

    bool intact() const { return problem == Problem::None; }
};

// What a manager looks for in the audit log. Empty fields do not narrow the search.
struct AuditQuery
{
    QString actor;  // who did it (case does not matter)
    QString record; // a record's id (contact, escalation, vehicle) or a contact's reference
    QString phone;  // a person: everything about the contacts with this number...
    QString email;  // ...or this email, and the escalations raised from them
    QString action; // view, create, update, search, export, ...
    QDate from;     // London days, inclusive
    QDate to;
    int limit = 1000;

    bool byRecords() const { return !record.isEmpty() || !phone.isEmpty() || !email.isEmpty(); }
};

struct AuditSearchResult
{
    QList<AuditEntry> entries; // newest first
    bool truncated = false;    // more entries matched than the limit
};

// The append-only audit log (DPA 2018 s.62): every view and change of personal data.
//
// The log is hash-chained: each entry carries the hash of the entry before it (prev_hash; the
// first carries kAuditChainStart) and its own hash, SHA-256 of the previous hash and of the
// entry's fields in a canonical, versioned serialisation (entryHash). The chain runs in rowid
// order. An edited, deleted or reordered entry breaks it, which verifyChain() finds.
class AuditStore
{
public:
    explicit AuditStore(Database &db);
    ~AuditStore();
    AuditStore(const AuditStore &) = delete;
    AuditStore &operator=(const AuditStore &) = delete;

    // Call inside the caller's transaction; the entry is queued for sync with it.
    Status record(const QString &actor, const QString &action, const QString &entity,
                  const QString &entityId, const QString &detail = {});
    // Records in a transaction of its own (views and searches, which write nothing else).
    Status recordNow(const QString &actor, const QString &action, const QString &entity,
                     const QString &entityId, const QString &detail = {});

    QList<AuditEntry> recent(int limit, const QString &entityId = {}) const;

    // Entries about a record or a person (the entry's record, or a search or history lookup
    // that returned it), by a user, of an action, between two days. The search itself is not
    // recorded here: the caller records it (recordNow, action "search", entity "audit").
    Result<AuditSearchResult> search(const AuditQuery &query) const;
    // Logs a search of the log itself ("search audit"): the fields it used and how many entries
    // it found, never the values searched for.
    Status recordSearch(const QString &actor, const AuditQuery &query, qsizetype found);

    // Walks the whole chain and reports the first bad entry, if any.
    AuditChainCheck verifyChain() const;

    // The entry hash, version 1: lowercase hex SHA-256 of
    //   "contactdesk-audit-v1\n" prevHash "\n" then, for each of id, at, actor, action, entity,
    //   entity_id, detail, updated_hlc, origin and deleted (as a decimal), its UTF-8 length in
    //   decimal, ':', its bytes and "\n".
    // The SQL function audit_hash() (addSchemaFunctions) computes the same.
    static constexpr int kHashedFields = 10;
    static QByteArray entryHash(QByteArrayView prevHash,
                                const std::array<QByteArrayView, kHashedFields> &fields);

private:
    Database &m_db;
    std::unique_ptr<SqliteStatement> m_insert; // kept for the next record() (imports)
};

// The prev_hash of the first entry of a chain.
inline constexpr char kAuditChainStart[] =
    "0000000000000000000000000000000000000000000000000000000000000000";

} // namespace cd
