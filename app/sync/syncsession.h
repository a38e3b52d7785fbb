#pragma once

#include "core/result.h"
#include "sync/connectionsettings.h"
#include "sync/synctable.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace cd {
class Database;
struct OutboxEntry;
struct RefusedEntry;
} // namespace cd

namespace cd::sync {

class BatchApplier;
class Pg;

struct PushStats
{
    int batches = 0;
    int sent = 0;     // entries applied by the server in this run
    int replayed = 0; // entries the server had already applied (skipped)
    int rejected = 0; // refused by the server; kept in sync_rejected for a person to see
};

struct PullStats
{
    int batches = 0;
    int applied = 0;   // rows written to the local cache
    int keptLocal = 0; // rows not applied because a newer local change is still pending
    int setAside = 0;  // rows this workstation cannot store, kept in sync_set_aside instead
    qint64 cursor = 0; // the server change number the workstation has everything up to
};

struct SyncReport
{
    PushStats push;
    PullStats pull;
};

// One workstation's conversation with the shared database, synchronous and single-threaded:
// the CLI runs it directly, SyncWorker runs it on its own thread. It owns its PostgreSQL
// connection (QtSql's QPSQL driver; libpq through its handle for COPY) and works on the
// Database it is given, which must belong to the same thread.
//
// Push: outbox entries in seq order, in batches, each batch in one server transaction that also
// advances the (login, workstation) watermark, so a replayed batch is skipped; entries leave the
// outbox only after the server commit. Pull: rows with a change number after the cursor, applied
// with the new cursor in one SQLite transaction; a row with a newer pending local change is kept.
class SyncSession
{
public:
    explicit SyncSession(Database &db);
    ~SyncSession();
    SyncSession(const SyncSession &) = delete;
    SyncSession &operator=(const SyncSession &) = delete;

    void setSettings(const ConnectionSettings &settings);
    Status connect();
    void disconnect();
    bool isConnected() const;
    QSqlDatabase pgDatabase() const { return m_pg; } // for LISTEN (subscribeToNotification)

    Result<SyncReport> syncOnce(); // push everything, then pull everything
    Result<PushStats> push();
    Result<PullStats> pull();

    qint64 cursor() const;
    QString serverId() const { return m_serverId; }
    bool lastErrorWasConnection() const { return m_connectionLost; }

    void setBatchSizes(int push, int pull);
    // Called at named points ("push.sent": a batch's last statement is running on the server
    // while the next batch is prepared; "push.before_commit", "push.after_commit",
    // "pull.before_apply")
    // so tests can stop the server or the process exactly there.
    using FaultHook = std::function<void(const char *point)>;
    void setFaultHook(FaultHook hook) { m_fault = std::move(hook); }

private:
    struct Prefetch;
    struct Sent;
    Result<PushStats> pushBatch(bool *more);
    Status applySettingAside(BatchApplier &applier, const QList<OutboxEntry> &entries,
                             QList<RefusedEntry> *rejected);
    Result<PushStats> pushBulkVehicles(qint64 seq, const QByteArray &payload);
    Status followServerWatermark();
    Result<qint64> beginPush(qint64 *nowMs, bool inTransaction = false);
    void stageAhead();
    void dropAhead();
    void swapBack();
    Status commitPush(qint64 seq);
    Status clearSent();
    Status markSent(Sent sent, bool now);
    void prefetch(qint64 afterSeq);
    struct Fetched;
    Result<Fetched> fetchBatch(qint64 from);
    // `careful`: mirror rows one statement each, refused ones set aside (after a set-wise
    // attempt failed and was rolled back).
    Result<PullStats> applyBatch(Fetched &fetched, bool careful);
    Status applyRowByRow(SyncTable &t, const QByteArray &stage, const QByteArray &insert,
                         const QByteArray &upsert, const QByteArray &numberOnly, PullStats *stats);
    Status loadTables();
    Status prepareSession(Pg &pg);
    bool endStalls();
    template <typename T> Result<T> failed(const Error &e);
    void fault(const char *point);

    Database &m_db;
    ConnectionSettings m_settings;
    QString m_connectionName;
    QSqlDatabase m_pg;
    std::unique_ptr<Pg> m_conn;
    // A second login of the same person: the next batch's rows are copied into its staging
    // tables while the server applies this batch on m_conn; then the two change places.
    QSqlDatabase m_pgAhead;
    std::unique_ptr<Pg> m_ahead;
    bool m_swapped = false; // m_conn is m_pgAhead's connection (only ever inside push())
    QString m_serverId;
    bool m_canEndStalls = false; // the server has cd_end_stalls() (schema 6)
    SyncTables m_tables;
    int m_pushBatch = 10000;
    int m_pullBatch = 5000;
    bool m_connectionLost = false;
    FaultHook m_fault;
    std::unique_ptr<Prefetch> m_prefetch;
    std::unique_ptr<Sent> m_sent;
};

} // namespace cd::sync
