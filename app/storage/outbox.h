#pragma once

#include "core/hlc.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace cd {

class Database;

// The transactional outbox: each write to a synced table adds an entry in the same
// transaction, so a change can never be committed without being queued for the server.
class Outbox
{
public:
    explicit Outbox(Database &db)
        : m_db(db)
    {
    }

    // Call inside the caller's transaction.
    Status enqueue(const QString &entity, const QString &entityId, const QString &op,
                   const Hlc &hlc, const QJsonObject &payload);
    int pendingCount() const;

private:
    Database &m_db;
};

} // namespace cd
