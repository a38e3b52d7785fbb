#pragma once

#include "core/result.h"
#include "storage/outbox.h"
#include "sync/copyencoder.h"
#include "sync/synctable.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cd {
class Database;
}

namespace cd::sync {

class Pg;

// Whether a server error (its SQLSTATE) refuses the entry for good: privilege / row-level
// security, data and constraint errors. Such an entry is set aside for a person rather than
// blocking the queue.
bool isRejection(const QString &sqlState);

// The staging table's column for the outbox op of each row.
constexpr char kOpColumn[] = "cd_op";

// A mirror table's staging table on the server, and the statement that makes it.
QByteArray stageName(const SyncTable &t);
QByteArray createStageSql(const SyncTable &t);
// The statement that moves a mirror table's staged rows into the table: updated_hlc clamped to
// the server's clock `nowMs`; append-only tables skip rows they have, others upsert rows whose
// HLC is newer. With `plainInserts`, rows whose op is "insert" go in without a conflict check.
QByteArray applyStagedSql(const SyncTable &t, qint64 nowMs, bool plainInserts);
// A text[] literal of a merged row's changed field names, for cd_push_escalation().
QByteArray textArrayLiteral(const QStringList &names);

// Copies a mirror table's COPY text into its staging table (a temporary table of the session,
// emptied at every commit), inside the open transaction. `fresh`: nothing was staged for this
// table earlier in the transaction, so the table only has to exist.
// `withOp`: the data ends each line with the entry's op (encodeMirror); otherwise the op is
Status stageRows(Pg &pg, const SyncTable &t, const QByteArray &data, bool fresh, bool withOp);

// Applies outbox entries of one batch inside the open server transaction.
class BatchApplier
{
public:
    BatchApplier(Pg &pg, Database &db, SyncTables &tables, qint64 nowMs)
        : m_pg(pg)
        , m_db(db)
        , m_tables(tables)
        , m_nowMs(nowMs)
    {
    }

    // A table the server has (and, `forPush`, that is pushed); null for none.
    SyncTable *table(const QString &name, bool forPush);

    // All entries at once; returns the failing SQLSTATE in the error code. `encoded` may hold
    // mirror tables' COPY text made earlier. With `sendLast`, the last statement (a mirror
    // table's upsert) is only sent: call finish() for its outcome, and do other work meanwhile.
    Status applyAll(const QList<OutboxEntry> &entries, const Encoded &encoded = {},
                    bool sendLast = false);
    // The outcome of a statement applyAll() only sent.
    Status finish();
    // One table's entries (or, for a mirror table, its COPY text `encoded`).
    Status applyGroup(const QString &name, const QList<OutboxEntry> &entries,
                      const QByteArray *encoded = nullptr, bool sendOnly = false);

    // Rows whose op is "insert" go in without a conflict check (see applyStagedSql).
    void setPlainInserts(bool on) { m_plainInserts = on; }
    bool usedPlainInserts() const { return m_usedPlainInserts; }
    // COPY text given to applyGroup() has no op column (only the bulk vehicle push).
    void setEncodedWithoutOp() { m_encodedWithOp = false; }

    // Tables staged earlier in this transaction (SyncSession::stageAhead); `ready`: their
    // staging tables hold exactly the rows to apply, otherwise they are emptied and filled again.
    void setStaged(const QList<QString> &names, bool ready);

    // The transaction was rolled back (to a savepoint) after this applier staged rows: a staging
    // table it created in that time is gone, and one made before holds rows of other entries.
    // From now on each staging table is made if missing and emptied before it is filled.
    void rolledBack();

private:
    Status applyMirror(SyncTable &t, const QList<OutboxEntry> &entries, const QByteArray *encoded,
                       bool sendOnly);
    Status applyMerged(SyncTable &t, const OutboxEntry &e);

    Pg &m_pg;
    Database &m_db;
    SyncTables &m_tables;
    qint64 m_nowMs;
    QSet<QString> m_staged; // staging tables used in this transaction
    QSet<QString> m_ready;  // ... that hold exactly the rows to apply
    bool m_sent = false;
    bool m_plainInserts = false;
    bool m_usedPlainInserts = false;
    bool m_encodedWithOp = true;
    bool m_rolledBack = false;
};

} // namespace cd::sync
