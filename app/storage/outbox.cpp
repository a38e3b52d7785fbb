#include "storage/outbox.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

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

} // namespace cd
