#include "storage/syncstate.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace cd {

QString SyncStateStore::keyName(Key key)
{
    switch (key) {
    case Key::ServerId:
        return QStringLiteral("server_id");
    case Key::Cursor:
        return QStringLiteral("cursor");
    case Key::LastPush:
        return QStringLiteral("last_push");
    case Key::LastPull:
        return QStringLiteral("last_pull");
    }
    return {};
}

QString SyncStateStore::value(Key key) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(keyName(key));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status SyncStateStore::setValue(Key key, const QString &value)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(keyName(key));
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "remember the sync state"));
    return success();
}

Status SyncStateStore::rememberClock()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('hlc_last', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(m_db.hlc().last().toString());
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "remember the clock"));
    return success();
}

Status SyncStateStore::setAside(const QString &entity, const QString &entityId, qint64 serverSeq,
                                const QString &reason)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_set_aside (entity, entity_id, "
                             "server_seq, reason, set_aside_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(serverSeq);
    q.addBindValue(reason);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "set aside a pulled row"));
    return success();
}

int SyncStateStore::setAsideCount() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM sync_set_aside")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<SetAsideRow> SyncStateStore::setAsideRows(int limit) const
{
    QList<SetAsideRow> rows;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT entity, entity_id, server_seq, reason, set_aside_at "
                             "FROM sync_set_aside ORDER BY server_seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString()});
    return rows;
}

} // namespace cd
