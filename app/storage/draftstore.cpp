#include "storage/draftstore.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cd {

Status DraftStore::save(const QString &slot, const QJsonObject &payload)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO drafts (slot, payload, saved_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (slot) DO UPDATE SET payload = excluded.payload, "
                             "saved_at = excluded.saved_at"));
    q.addBindValue(slot);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(Clock::instance().now().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "keep the draft"));
    return success();
}

std::optional<Draft> DraftStore::load(const QString &slot) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT payload, saved_at FROM drafts WHERE slot = ?"));
    q.addBindValue(slot);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return Draft{doc.object(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
}

Status DraftStore::clear(const QString &slot)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE slot = ?"));
    q.addBindValue(slot);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "clear the draft"));
    return success();
}

} // namespace cd
