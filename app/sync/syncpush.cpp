#include "sync/syncsession.h"

#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/sqlitestatement.h"
#include "storage/syncstate.h"
#include "storage/transaction.h"
#include "sync/batchapplier.h"
#include "sync/copyencoder.h"
#include "sync/pg.h"
#include "sync/synclog.h"
#include "sync/syncsession_p.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <sqlite3.h>

// The push: outbox entries to the shared database, batch by batch (see SyncSession).

namespace cd::sync {

Result<PushStats> SyncSession::push()
{
    PushStats total;
    bool more = true;
    m_prefetch.reset();
    if (Status s = followServerWatermark(); !s)
        return s.error();
    // A batch that waited too long for a lock (lock_not_available, after the server's
    // lock_wait_ms) is tried again once the server has ended the sessions of other logins that
    // held it for longer than its stall limit: another login cannot hold this push for more
    // than about that limit. Bounded, so a push never loops.
    constexpr int kLockAttempts = 8;
    int lockWaits = 0;
    while (more) {
        Result<PushStats> r = pushBatch(&more);
        if (!r) {
            m_prefetch.reset();
            swapBack();
            // What the server already committed leaves the outbox even so.
            if (Status cleared = clearSent(); !cleared)
                qCWarning(lcSync) << "sent changes stay in the outbox until the next sync:"
                                  << cleared.errorMessage();
            if (r.error().code == QLatin1String("55P03") && ++lockWaits < kLockAttempts &&
                endStalls()) {
                qCDebug(lcSync) << "a push batch waited too long for a lock; trying again";
                more = true;
                continue;
            }
            return r.error();
        }
        total.batches += r->batches;
        total.sent += r->sent;
        total.replayed += r->replayed;
        total.rejected += r->rejected;
    }
    swapBack();
    if (Status cleared = clearSent(); !cleared)
        return cleared.error();
    return total;
}

void SyncSession::prefetch(qint64 afterSeq)
{
    auto next = std::make_unique<Prefetch>();
    if (!Outbox(m_db).readAfter(afterSeq, m_pushBatch, &next->entries) || next->entries.isEmpty())
        return; // read again (and report the error) when the batch is due
    for (const auto &[name, group] : byTable(next->entries))
        for (const auto &t : std::as_const(m_tables))
            if (t->name == name && t->server && t->push && t->kind == SyncTable::Mirror)
                next->encoded.insert(t->name, encodeMirror(*t, group));
    m_prefetch = std::move(next);
}

// Copies the prefetched batch's mirror rows into the staging tables of the second connection,
// in a transaction left open for that batch, while the server is still applying the current
// batch on m_conn. Anything going wrong here only means the batch is staged the usual way.
void SyncSession::stageAhead()
{
    if (!m_prefetch || m_prefetch->encoded.isEmpty())
        return;
    for (const OutboxEntry &e : std::as_const(m_prefetch->entries))
        if (e.entity == QLatin1String("vehicles_import"))
            return; // the batch will be cut there
    if (!m_ahead || !m_ahead->isOk()) {
        dropAhead();
        const QString name = m_connectionName + QStringLiteral("-ahead");
        m_pgAhead = QSqlDatabase::cloneDatabase(m_pg, name);
        if (!m_pgAhead.open()) {
            qCDebug(lcSync) << "no second connection for staging ahead:"
                            << m_pgAhead.lastError().databaseText().trimmed();
            dropAhead();
            return;
        }
        pg_conn *handle = libpqHandle(m_pgAhead);
        if (!handle) {
            dropAhead();
            return;
        }
        m_ahead = std::make_unique<Pg>(handle);
        if (Status s = prepareSession(*m_ahead); !s) {
            dropAhead();
            return;
        }
    }
    Status s = m_ahead->run("BEGIN");
    for (auto it = m_prefetch->encoded.constBegin(); s && it != m_prefetch->encoded.constEnd();
         ++it) {
        const SyncTable *t = nullptr;
        for (const auto &candidate : std::as_const(m_tables))
            if (candidate->name == it.key())
                t = candidate.get();
        s = t ? stageRows(*m_ahead, *t, it.value(), true, true)
              : Status::failure(QStringLiteral("no such table"));
    }
    if (!s) {
        qCDebug(lcSync) << "staging ahead failed, the batch is staged when due:"
                        << s.errorMessage();
        dropAhead();
        return;
    }
    m_prefetch->staged = true;
}

void SyncSession::dropAhead()
{
    if (m_prefetch)
        m_prefetch->staged = false;
    if (m_swapped) {
        // m_ahead is the first connection (the one that listens): keep it, without the rows.
        if (m_ahead && m_ahead->isOk())
            PQclear(PQexec(m_ahead->conn(), "ROLLBACK"));
        return;
    }
    m_ahead.reset();
    if (m_pgAhead.isValid()) {
        const QString name = m_pgAhead.connectionName();
        m_pgAhead.close();
        m_pgAhead = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
}

// Outside push(), m_conn is always the first connection: the one that listens for changes.
// The second login is closed: a workstation holds one server connection between pushes, and
// only a push of more than one batch opens the second.
void SyncSession::swapBack()
{
    if (m_swapped && m_conn && m_ahead)
        std::swap(m_conn, m_ahead);
    m_swapped = false;
    dropAhead();
}

Status SyncSession::clearSent()
{
    if (!m_sent)
        return success();
    const Sent sent = *m_sent;
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    Outbox outbox(m_db);
    if (!sent.rejected.isEmpty()) {
        if (Status s = outbox.setAside(sent.rejected); !s)
            return s;
        qCWarning(lcSync) << sent.rejected.size()
                          << "changes were refused by the shared database and set aside";
    }
    if (Status s = outbox.clearUpTo(sent.maxSeq); !s)
        return s;
    m_db.hlc().receive(Hlc{sent.nowMs, 0, QStringLiteral("server")});
    SyncStateStore state(m_db);
    if (Status s = state.rememberClock(); !s)
        return s;
    if (Status s = state.setValue(SyncStateStore::Key::LastPush, QString::number(sent.nowMs)); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_sent.reset();
    return success();
}

// A profile restored from a backup (or copied) keeps its workstation id but numbers its new
// changes from where the copy stopped, below what the server already has from it: the server
// would take them as sent and they would be lost. When that is so, the waiting changes are
// renumbered to follow the server's watermark before anything is sent.
Status SyncSession::followServerWatermark()
{
    if (Outbox(m_db).pendingCount() == 0)
        return success(); // nothing to send: the next push with something waiting checks
    if (!isConnected())
        if (Status s = connect(); !s)
            return s;
    Result<PgResult> r = m_conn->exec(
        "SELECT last_seq FROM cd_workstations WHERE login = current_user AND workstation = $1",
        {m_db.workstationId().toUtf8()});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return success();
    const Result<int> renumbered = Outbox(m_db).followServerWatermark(r->integer(0, 0));
    if (!renumbered)
        return renumbered.error();
    if (renumbered.value() >= 0)
        qCWarning(lcSync) << "this profile is behind what the shared database has from this "
                             "workstation (restored from a copy?):"
                          << renumbered.value() << "waiting changes renumbered to follow it";
    return success();
}

// Opens a push transaction holding this workstation's watermark row; returns the last outbox
// seq the server has from it, and the server's clock in `nowMs`.
Result<qint64> SyncSession::beginPush(qint64 *nowMs, bool inTransaction)
{
    const QByteArray ws = m_db.workstationId().toUtf8();
    if (!inTransaction)
        if (Status s = m_conn->run("BEGIN"); !s)
            return s.error();
    if (Status s = m_conn->run(
            "INSERT INTO cd_workstations (workstation) VALUES ($1) ON CONFLICT DO NOTHING", {ws});
        !s)
        return s.error();
    Result<PgResult> r = m_conn->exec(
        "SELECT last_seq, (extract(epoch FROM clock_timestamp()) * 1000)::bigint "
        "FROM cd_workstations WHERE login = current_user AND workstation = $1 FOR UPDATE",
        {ws});
    if (!r)
        return r.error();
    *nowMs = r->integer(0, 1);
    return r->integer(0, 0);
}

// Ends a push transaction: the watermark moves to `seq` and the commit is durable before
// anything leaves the outbox.
Status SyncSession::commitPush(qint64 seq)
{
    if (Status s = m_conn->run("UPDATE cd_workstations SET last_seq = $2, last_push = now() "
                               "WHERE login = current_user AND workstation = $1",
                               {m_db.workstationId().toUtf8(), QByteArray::number(seq)});
        !s)
        return s;
    if (Status s = m_conn->run("SET LOCAL synchronous_commit = on"); !s)
        return s;
    fault("push.before_commit");
    return m_conn->run("COMMIT");
}

// A bulk vehicle import (VehicleStore queues one `vehicles_import` entry naming the rows it
// changed by origin and HLC range, instead of one entry a row): the rows are read from the
// local table and sent by COPY in chunks of the push batch size, each chunk in its own server
// transaction so the change lock is never held for the whole file. Only the last chunk moves
// the watermark past the entry; a chunk sent again after a failure changes nothing (the upsert
// keeps the newer HLC). The server decides who may write vehicles (managers); anyone else's
// import is set aside whole, its rows staying in the local cache.
Result<PushStats> SyncSession::pushBulkVehicles(qint64 seq, const QByteArray &payload)
{
    PushStats stats;
    const QJsonObject p = QJsonDocument::fromJson(payload).object();
    const QByteArray origin = p.value(QLatin1String("origin")).toString().toUtf8();
    const QByteArray from = p.value(QLatin1String("hlc_from")).toString().toUtf8();
    const QByteArray to = p.value(QLatin1String("hlc_to")).toString().toUtf8();
    SyncTable *t = nullptr;
    for (auto &table : m_tables)
        if (table->name == QLatin1String("vehicles") && table->server && table->push &&
            table->local && table->kind == SyncTable::Mirror)
            t = table.get();
    QList<RefusedEntry> rejected;
    if (!t || origin.isEmpty() || from.isEmpty() || to.isEmpty())
        rejected.append({seq, QStringLiteral("a bulk vehicle import this shared database "
                                             "cannot take (no vehicles table, or no rows named)")});
    QByteArray select = "SELECT rowid";
    if (t)
        for (const QString &c : std::as_const(t->cols))
            select += ", " + c.toUtf8();
    select += " FROM vehicles WHERE origin = ? AND updated_hlc >= ? AND updated_hlc <= ? "
              "AND rowid > ? ORDER BY rowid LIMIT ?";
    qint64 after = 0;
    qint64 nowMs = 0;
    bool done = !rejected.isEmpty();
    while (!done) {
        // One chunk as COPY text, straight from the local table.
        QByteArray data;
        int rows = 0;
        {
            SqliteStatement read(m_db.handle(), select);
            if (!read.ok())
                return Result<PushStats>::failure(
                    QStringLiteral("could not read imported vehicles: %1").arg(read.error()));
            read.bindStatic(1, origin);
            read.bindStatic(2, from);
            read.bindStatic(3, to);
            read.bindInt64(4, after);
            read.bindInt(5, m_pushBatch);
            while (read.step() == SQLITE_ROW) {
                after = read.columnInt64(0);
                for (int i = 0; i < t->cols.size(); ++i) {
                    if (i)
                        data.append('\t');
                    const int c = i + 1;
                    const QByteArray text = QByteArray::fromRawData(
                        reinterpret_cast<const char *>(sqlite3_column_text(read.get(), c)),
                        sqlite3_column_bytes(read.get(), c));
                    // As stored: an empty string stays one (the per-row path sends it as NULL).
                    appendCopyValue(data, *t, i, read.isNull(c) ? nullptr : &text, false);
                }
                data.append('\n');
                ++rows;
            }
        }
        done = rows < m_pushBatch;
        Result<qint64> lastSeq = beginPush(&nowMs);
        if (!lastSeq)
            return failed<PushStats>(lastSeq.error());
        if (lastSeq.value() >= seq) { // sent before; only the local clear was lost
            PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
            stats.replayed = 1;
            break;
        }
        if (rows > 0) {
            BatchApplier applier(*m_conn, m_db, m_tables, nowMs);
            applier.setEncodedWithoutOp();
            if (Status s = applier.applyGroup(t->name, {}, &data); !s) {
                if (m_conn->lastError().connectionLost || !isRejection(s.error().code))
                    return failed<PushStats>(s.error());
                // Refused (not a manager, bad data): set the whole import aside.
                PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
                rejected.append({seq, s.errorMessage()});
                break;
            }
        }
        ++stats.batches;
        if (!done) {
            if (Status s = m_conn->run("COMMIT"); !s)
                return failed<PushStats>(s.error());
            continue;
        }
        if (Status s = commitPush(seq); !s)
            return failed<PushStats>(s.error());
        fault("push.after_commit");
    }
    if (!rejected.isEmpty()) {
        // The watermark still moves past the entry, so it is not sent again.
        Result<qint64> lastSeq = beginPush(&nowMs);
        if (!lastSeq)
            return failed<PushStats>(lastSeq.error());
        if (Status s = commitPush(seq); !s)
            return failed<PushStats>(s.error());
        stats.rejected = 1;
    } else if (stats.replayed == 0) {
        stats.sent = 1;
    }
    if (Status s = markSent({seq, nowMs, rejected}, true); !s)
        return s.error();
    qCDebug(lcSync) << "bulk vehicle import sent in" << stats.batches << "transactions";
    return stats;
}

// Applies a batch the server refused as a whole, inside the open push transaction: each part
// under a savepoint; a refused part is rolled back and split in two until each refused entry
// stands alone. Those are added to `rejected` with the server's reason; everything else is
// applied, in seq order. A batch with one bad entry among n costs about 2 log2(n) attempts.
Status SyncSession::applySettingAside(BatchApplier &applier, const QList<OutboxEntry> &entries,
                                      QList<RefusedEntry> *rejected)
{
    // Ranges [from, to) still to apply, the next one last.
    QList<std::pair<qsizetype, qsizetype>> todo{{0, entries.size()}};
    while (!todo.isEmpty()) {
        const auto [from, to] = todo.takeLast();
        if (Status sp = m_conn->run("SAVEPOINT cd_part"); !sp)
            return sp;
        Status s = applier.applyAll(entries.mid(from, to - from));
        if (s) {
            if (Status rel = m_conn->run("RELEASE SAVEPOINT cd_part"); !rel)
                return rel;
            continue;
        }
        if (m_conn->lastError().connectionLost || !isConnected() || !isRejection(s.error().code))
            return s;
        if (Status rb = m_conn->run("ROLLBACK TO SAVEPOINT cd_part"); !rb)
            return rb;
        if (Status rel = m_conn->run("RELEASE SAVEPOINT cd_part"); !rel)
            return rel;
        // Whatever the part created in the transaction (its staging tables) went with it.
        applier.rolledBack();
        if (to - from == 1) {
            rejected->append({entries.at(from).seq, s.errorMessage()});
            continue;
        }
        const qsizetype mid = from + (to - from) / 2;
        todo.append({mid, to});
        todo.append({from, mid});
    }
    return success();
}

// A batch the server just committed joins those committed before it in this push; they all
// leave the outbox together, now or (`now` false) when the push ends or fails. Until then the
// server's watermark already covers them: a crash in between sends nothing twice.
Status SyncSession::markSent(Sent sent, bool now)
{
    if (m_sent) {
        m_sent->maxSeq = sent.maxSeq;
        m_sent->nowMs = sent.nowMs;
        m_sent->rejected += sent.rejected;
    } else {
        m_sent = std::make_unique<Sent>(std::move(sent));
    }
    return now ? clearSent() : success();
}

Result<PushStats> SyncSession::pushBatch(bool *more)
{
    // Where a batch's time goes, for QT_LOGGING_RULES="contactdesk.sync.debug=true".
    QElapsedTimer phase;
    phase.start();
    qint64 readMs = 0, applyMs = 0, readAheadMs = 0, stagedMs = 0, finishMs = 0, commitMs = 0;
    *more = false;
    PushStats stats;
    QList<OutboxEntry> entries;
    Encoded encoded;
    bool staged = false;
    if (m_prefetch) {
        entries = std::move(m_prefetch->entries);
        encoded = std::move(m_prefetch->encoded);
        staged = m_prefetch->staged;
        m_prefetch.reset();
    } else if (Status s =
                   Outbox(m_db).readAfter(m_sent ? m_sent->maxSeq : 0, m_pushBatch, &entries);
               !s) {
        return s.error();
    }
    if (entries.isEmpty())
        return stats;
    readMs = phase.restart();
    if (!isConnected()) {
        encoded.clear(); // made for the tables of a connection that is gone
        staged = false;
        if (Status s = connect(); !s)
            return s.error();
    }
    QList<QString> stagedTables;
    if (staged) {
        // This batch's rows wait in the second connection's open transaction: it takes over.
        std::swap(m_conn, m_ahead);
        m_swapped = !m_swapped;
        stagedTables = encoded.keys();
    }
    // A bulk vehicle import goes alone; a batch ends just before one.
    const QLatin1String bulk("vehicles_import");
    if (entries.constFirst().entity == bulk) {
        m_prefetch.reset();
        Result<PushStats> r =
            pushBulkVehicles(entries.constFirst().seq, entries.constFirst().payload);
        *more = r.ok();
        return r;
    }
    bool cut = false;
    for (qsizetype i = 1; i < entries.size() && !cut; ++i)
        if (entries.at(i).entity == bulk) {
            entries.resize(i);
            encoded.clear(); // may hold rows of entries after the cut
            cut = true;
        }
    *more = cut || entries.size() >= m_pushBatch;
    const qint64 maxSeq = entries.constLast().seq;

    QList<RefusedEntry> rejected;
    qint64 nowMs = 0;
    Result<qint64> lastSeq = beginPush(&nowMs, staged);
    if (!lastSeq)
        return failed<PushStats>(lastSeq.error());
    QList<OutboxEntry> toApply;
    if (entries.constFirst().seq > lastSeq.value()) {
        toApply = entries; // none replayed (entries are in seq order): the list is shared
    } else {
        for (const OutboxEntry &e : entries) {
            if (e.seq > lastSeq.value())
                toApply.append(e);
            else
                ++stats.replayed;
        }
    }
    if (stats.replayed > 0)
        encoded.clear(); // made for entries the server already has
    {
        BatchApplier applier(*m_conn, m_db, m_tables, nowMs);
        // Staged for all its entries: emptied and staged again if the server had some already.
        applier.setStaged(stagedTables, stats.replayed == 0);
        applier.setPlainInserts(true);
        // While the server applies this batch, the next one is read, encoded and staged on the
        // second connection.
        Status s = applier.applyAll(toApply, encoded, *more);
        applyMs = phase.restart();
        if (s && *more) {
            fault("push.sent");
            prefetch(maxSeq);
            readAheadMs = phase.restart();
            stageAhead();
            stagedMs = phase.restart();
            s = applier.finish();
            finishMs = phase.restart();
        }
        if (!s && !m_conn->lastError().connectionLost && isConnected() &&
            s.error().code == QLatin1String("23505") && applier.usedPlainInserts()) {
            // A row thought new was on the server already: the batch again, every row upserted.
            qCDebug(lcSync) << "a row queued as new was on the server already; the batch is sent "
                               "again as updates";
            PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
            lastSeq = beginPush(&nowMs);
            if (!lastSeq)
                return failed<PushStats>(lastSeq.error());
            BatchApplier again(*m_conn, m_db, m_tables, nowMs);
            s = again.applyAll(toApply, encoded);
        }
        if (!s && !m_conn->lastError().connectionLost && isConnected() &&
            isRejection(s.error().code)) {
            // Something in the batch is refused: the batch again, in parts, setting aside only
            // the entries the server refuses; the rest of it lands.
            PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
            lastSeq = beginPush(&nowMs);
            if (!lastSeq)
                return failed<PushStats>(lastSeq.error());
            BatchApplier parts(*m_conn, m_db, m_tables, nowMs);
            s = applySettingAside(parts, toApply, &rejected);
            if (!s)
                return failed<PushStats>(s.error());
            qCDebug(lcSync) << rejected.size() << "of" << toApply.size()
                            << "entries refused; the rest of the batch sent again";
        }
        if (!s)
            return failed<PushStats>(s.error());
    }
    // The outbox entries are deleted once this returns: the commit must be durable on the
    // server whatever its synchronous_commit default is.
    if (Status s = commitPush(maxSeq); !s)
        return failed<PushStats>(s.error()); // in doubt: the watermark tells on the next attempt
    commitMs = phase.restart();
    fault("push.after_commit");

    if (Status st = markSent({maxSeq, nowMs, rejected}, !*more); !st)
        return st.error();
    qCDebug(lcSync) << "push batch of" << entries.size() << "entries: read" << readMs << "ms, send"
                    << applyMs << "ms, next batch read" << readAheadMs << "ms, staged" << stagedMs
                    << "ms, server after that" << finishMs << "ms, commit" << commitMs
                    << "ms, outbox cleared" << phase.elapsed() << "ms";
    stats.batches = 1;
    stats.rejected = int(rejected.size());
    stats.sent = int(toApply.size()) - stats.rejected;
    return stats;
}

} // namespace cd::sync
