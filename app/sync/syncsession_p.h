#pragma once

// What the files of SyncSession (syncsession.cpp, syncpush.cpp, syncpull.cpp) share.

#include "storage/outbox.h"
#include "sync/copyencoder.h"
#include "sync/pg.h"
#include "sync/syncsession.h"
#include "sync/synctable.h"

#include <QByteArray>
#include <QList>

#include <libpq-fe.h>

namespace cd::sync {

// The next batch, read and encoded while the server was applying the previous one. Valid only
// within one push(): it is dropped on any failure and when push() returns.
struct SyncSession::Prefetch
{
    QList<OutboxEntry> entries;
    Encoded encoded;
    // The encoded tables are already in m_ahead's staging tables, in a transaction it opened.
    bool staged = false;
};

// One batch of server rows after a cursor, read in one repeatable-read snapshot. Uses only the
// libpq connection, so pull() runs it on another thread while the previous batch is applied.
struct SyncSession::Fetched
{
    struct Pulled
    {
        SyncTable *table;
        QList<QList<QByteArray>> rows; // mirror: cols..., server_seq; merged: id, team, fields,
                                       // hlc, origin, deleted, seq
        bool full = false;
    };
    QList<Pulled> pulled;
    qint64 bound = 0;     // the cursor once this batch is applied
    bool anyFull = false; // more rows are waiting after bound
    qint64 ms = 0;
    qint64 serverMs = 0; // the server's clock when the batch was read
};

// Batches of this push the server committed whose entries are still in the outbox: they are
// cleared (and refused ones set aside) together when push() ends or fails. Until then the
// server's watermark already marks them as applied, so a crash loses nothing.
struct SyncSession::Sent
{
    qint64 maxSeq = 0;
    qint64 nowMs = 0;
    QList<RefusedEntry> rejected;
};

// The libpq connection under an open QPSQL connection, or null.
pg_conn *libpqHandle(const QSqlDatabase &db);

template <typename T> Result<T> SyncSession::failed(const Error &e)
{
    m_prefetch.reset();
    if (m_ahead && m_ahead->isOk())
        PQclear(PQexec(m_ahead->conn(), "ROLLBACK")); // rows staged for a batch not sent
    m_connectionLost = m_conn ? (m_conn->lastError().connectionLost || !m_conn->isOk()) : true;
    if (m_conn && m_conn->isOk() && !m_connectionLost) {
        PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
    }
    if (m_connectionLost)
        disconnect();
    return e;
}

} // namespace cd::sync
