#include "storage/outbox.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

namespace cd {

Status Outbox::enqueue(const QString &entity, const QString &entityId, const QString &op,
                       const Hlc &hlc, const QJsonObject &payload)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO outbox (entity, entity_id, op, hlc, payload, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(op);
    q.addBindValue(hlc.toString());
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(Clock::instance().now().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "queue a change for sync"));
    return success();
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
        return q.value(0).toInt();
    return -1;
}

PendingWork Outbox::pendingWork() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral(
            "SELECT (SELECT count(DISTINCT entity_id) FROM outbox WHERE entity = 'contacts'), "
            "(SELECT count(*) FROM (SELECT entity_id FROM outbox WHERE entity = 'escalations' "
            "UNION SELECT json_extract(payload, '$.escalation_id') FROM outbox "
            "WHERE entity IN ('escalation_events', 'escalation_notes'))), "
            "(SELECT count(*) FROM outbox)")) &&
        q.next())
        return {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
    return {-1, -1, -1};
}

int Outbox::refusedCount() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM sync_rejected")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<RefusedRow> Outbox::refusedRows(int limit) const
{
    QList<RefusedRow> rows;
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT seq, entity, entity_id, reason, rejected_at FROM sync_rejected "
                       "ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString()});
    return rows;
}

Status Outbox::readAfter(qint64 afterSeq, int limit, QList<OutboxEntry> *entries) const
{
    // Straight through SQLite: a push reads its batches of 10,000 entries here.
    SqliteStatement read(m_db.handle(), "SELECT seq, entity, entity_id, op, hlc, payload "
                                        "FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?");
    if (!read.ok())
        return Status::failure(QStringLiteral("could not read the outbox: %1").arg(read.error()));
    read.bindInt64(1, afterSeq);
    read.bindInt(2, limit);
    int rc;
    while ((rc = read.step()) == SQLITE_ROW) {
        OutboxEntry e;
        e.seq = read.columnInt64(0);
        e.entity = read.columnText(1);
        e.entityId = read.columnText(2);
        e.op = read.columnText(3);
        e.hlc = read.columnText(4);
        e.payload = read.columnBytes(5);
        entries->append(std::move(e));
    }
    if (rc != SQLITE_DONE)
        return Status::failure(QStringLiteral("could not read the outbox: %1").arg(read.error()));
    return success();
}

Result<QHash<QString, QString>> Outbox::newestPending() const
{
    QHash<QString, QString> pending;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral(
            "SELECT entity, entity_id, max(hlc) FROM outbox GROUP BY entity, entity_id")))
        return Result<QHash<QString, QString>>::failure(
            QueryError::describe(q, "read pending changes"));
    while (q.next())
        pending.insert(pendingKey(q.value(0).toString(), q.value(1).toString()),
                       q.value(2).toString());
    return pending;
}

Status Outbox::setAside(const QList<RefusedEntry> &refused)
{
    if (refused.isEmpty())
        return success();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_rejected (seq, entity, entity_id, op, hlc, payload, "
        "reason, rejected_at) "
        "SELECT seq, entity, entity_id, op, hlc, payload, ?, ? FROM outbox WHERE seq = ?"));
    for (const RefusedEntry &r : refused) {
        q.addBindValue(r.reason);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(r.seq);
        if (!q.exec())
            return Status::failure(QueryError::describe(q, "set aside a refused change"));
    }
    return success();
}

Result<int> Outbox::followServerWatermark(qint64 serverLast)
{
    const char *what = "renumber the changes waiting after a restore";
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral(
            "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), "
            "coalesce(min(seq), 0), count(*) FROM outbox")) ||
        !q.next())
        return Result<int>::failure(QueryError::describe(q, what));
    const qint64 everGiven = q.value(0).toLongLong();
    const qint64 lowest = q.value(1).toLongLong();
    const int waiting = q.value(2).toInt();
    q.finish();
    if (serverLast <= everGiven)
        return -1;
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    if (waiting > 0) {
        // Every new number is above every old one (serverLast > everGiven >= the highest
        // waiting), so no two entries ever share a number on the way.
        q.prepare(QStringLiteral("UPDATE outbox SET seq = seq + ?"));
        q.addBindValue(serverLast - lowest + 1);
        if (!q.exec())
            return Result<int>::failure(QueryError::describe(q, what));
    }
    // sqlite_sequence has no key on name: update the row, or add it when there is none.
    q.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = max(?, coalesce((SELECT max(seq) "
                             "FROM outbox), 0)) WHERE name = 'outbox'"));
    q.addBindValue(serverLast);
    if (!q.exec())
        return Result<int>::failure(QueryError::describe(q, what));
    if (q.numRowsAffected() == 0) {
        q.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)"));
        q.addBindValue(serverLast);
        if (!q.exec())
            return Result<int>::failure(QueryError::describe(q, what));
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return waiting;
}

Status Outbox::clearUpTo(qint64 maxSeq)
{
    // When everything in the outbox was sent (the usual end of a push), it is emptied without
    // a WHERE, which SQLite does by dropping the table's pages at once: 100,000 sent entries
    // take about 10 ms instead of 250 ms row by row. AUTOINCREMENT keeps counting from the
    // highest number ever used, so no number comes back.
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")) || !q.next())
        return Status::failure(QueryError::describe(q, "clear sent changes from the outbox"));
    const bool all = q.value(0).toLongLong() <= maxSeq;
    q.finish();
    if (all) {
        if (!q.exec(QStringLiteral("DELETE FROM outbox")))
            return Status::failure(QueryError::describe(q, "clear sent changes from the outbox"));
    } else {
        q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"));
        q.addBindValue(maxSeq);
        if (!q.exec())
            return Status::failure(QueryError::describe(q, "clear sent changes from the outbox"));
    }
    return success();
}

} // namespace cd
