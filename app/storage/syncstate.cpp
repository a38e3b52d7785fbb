#include "storage/syncstate.h"

#include "storage/database.h"
#include "storage/transaction.h"

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

} // namespace cd
