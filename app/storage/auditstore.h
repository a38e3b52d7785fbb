#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Database;

struct AuditEntry
{
    QString id;
    QDateTime at;
    QString actor;
    QString action; // view, create, update, search, export, import, erase
    QString entity; // contact, caller, ...
    QString entityId;
    QString detail; // why, or what was returned; ids and counts, never personal data
};

// The append-only audit log (DPA 2018 s.62): every view and change of personal data.
class AuditStore
{
public:
    explicit AuditStore(Database &db)
        : m_db(db)
    {
    }

    // Call inside the caller's transaction; the entry is queued for sync with it.
    Status record(const QString &actor, const QString &action, const QString &entity,
                  const QString &entityId, const QString &detail = {});
    // Records in a transaction of its own (views and searches, which write nothing else).
    Status recordNow(const QString &actor, const QString &action, const QString &entity,
                     const QString &entityId, const QString &detail = {});

    QList<AuditEntry> recent(int limit, const QString &entityId = {}) const;

private:
    Database &m_db;
};

} // namespace cd
