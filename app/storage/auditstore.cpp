#include "storage/auditstore.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace cd {

Status AuditStore::record(const QString &actor, const QString &action, const QString &entity,
                          const QString &entityId, const QString &detail)
{
    const Hlc hlc = m_db.tick();
    AuditEntry e{QUuid::createUuid().toString(QUuid::WithoutBraces),
                 Clock::instance().now(),
                 actor,
                 action,
                 entity,
                 entityId,
                 detail};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, "
                             "detail, updated_hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.id);
    q.addBindValue(e.at.toString(Qt::ISODateWithMs));
    q.addBindValue(sqlText(e.actor));
    q.addBindValue(sqlText(e.action));
    q.addBindValue(sqlText(e.entity));
    q.addBindValue(sqlText(e.entityId));
    q.addBindValue(sqlText(e.detail));
    q.addBindValue(hlc.toString());
    q.addBindValue(m_db.workstationId());
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "write the audit log"));
    QJsonObject payload{{QStringLiteral("id"), e.id},
                        {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("actor"), e.actor},
                        {QStringLiteral("action"), e.action},
                        {QStringLiteral("entity"), e.entity},
                        {QStringLiteral("entity_id"), e.entityId},
                        {QStringLiteral("detail"), e.detail},
                        {QStringLiteral("updated_hlc"), hlc.toString()},
                        {QStringLiteral("origin"), m_db.workstationId()}};
    return Outbox(m_db).enqueue(QStringLiteral("audit_log"), e.id, QStringLiteral("insert"), hlc,
                                payload);
}

Status AuditStore::recordNow(const QString &actor, const QString &action, const QString &entity,
                             const QString &entityId, const QString &detail)
{
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    if (Status s = record(actor, action, entity, entityId, detail); !s)
        return s;
    return tx.commit();
}

QList<AuditEntry> AuditStore::recent(int limit, const QString &entityId) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log "
                       "WHERE (? = '' OR entity_id = ?) ORDER BY rowid DESC LIMIT ?"));
    const QString id = entityId.isNull() ? QStringLiteral("") : entityId;
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(),
                    QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString()});
    return out;
}

} // namespace cd
