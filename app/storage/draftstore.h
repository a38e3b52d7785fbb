#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace cd {

class Database;

struct Draft
{
    QJsonObject payload;
    QDateTime savedAt;
};

// The form being typed, written as it is typed. Each save is its own committed transaction,
// so a killed program finds the draft on restart. Drafts stay on the workstation.
class DraftStore
{
public:
    explicit DraftStore(Database &db)
        : m_db(db)
    {
    }

    Status save(const QString &slot, const QJsonObject &payload);
    std::optional<Draft> load(const QString &slot) const;
    Status clear(const QString &slot); // inside or outside a transaction

    static QString contactSlot() { return QStringLiteral("contact"); }

private:
    Database &m_db;
};

} // namespace cd
