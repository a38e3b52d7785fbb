#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace cd {

class Database;

// A pulled row this workstation could not store (sync_set_aside, migration 017).
struct SetAsideRow
{
    QString entity;   // the table
    QString entityId; // the row's id
    qint64 serverSeq = 0;
    QString reason; // names a column or a rule, never a value
    QString at;     // when, UTC ISO 8601
};

// What the workstation remembers of its sync with the shared database (table sync_state).
class SyncStateStore
{
public:
    enum class Key {
        ServerId, // the shared database this cache came from; another one means reading anew
        Cursor,   // the server change number everything up to which is here
        LastPush, // ms since the epoch (the server's clock) of the last push
        LastPull, // ms since the epoch (this workstation's clock) of the last pull
    };

    explicit SyncStateStore(Database &db)
        : m_db(db)
    {
    }

    static QString keyName(Key key);

    // The stored text; empty when the key was never set (or cannot be read).
    QString value(Key key) const;
    // Call inside the caller's transaction where it belongs with other writes.
    Status setValue(Key key, const QString &value);

    qint64 cursor() const { return value(Key::Cursor).toLongLong(); } // 0 when not set
    Status setCursor(qint64 cursor) { return setValue(Key::Cursor, QString::number(cursor)); }

    // Keeps the workstation's clock (Database::hlc()) past what the sync has seen, in the
    // settings where Database restores it from: after a push took the server's time, after a
    // pull took newer rows' HLCs.
    Status rememberClock();

    // Pulled rows set aside. Call setAside() inside the pull's transaction: a newer entry for
    // the same row replaces the older one.
    Status setAside(const QString &entity, const QString &entityId, qint64 serverSeq,
                    const QString &reason);
    int setAsideCount() const; // 0 when none or unreadable
    // The newest first, at most `limit`.
    QList<SetAsideRow> setAsideRows(int limit = 100) const;

private:
    Database &m_db;
};

} // namespace cd
