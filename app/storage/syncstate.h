#pragma once

#include "core/result.h"

#include <QString>

namespace cd {

class Database;

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

private:
    Database &m_db;
};

} // namespace cd
