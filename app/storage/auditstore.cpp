#include "storage/auditstore.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace cd {

namespace {

QByteArrayView columnView(sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(st, column)) : QByteArrayView();
}

} // namespace

AuditStore::AuditStore(Database &db)
    : m_db(db)
{
}

AuditStore::~AuditStore() = default;

QByteArray AuditStore::entryHash(QByteArrayView prevHash,
                                 const std::array<QByteArrayView, kHashedFields> &fields)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(QByteArrayView("contactdesk-audit-v1\n"));
    sha.addData(prevHash);
    sha.addData(QByteArrayView("\n"));
    for (const QByteArrayView field : fields) {
        sha.addData(QByteArray::number(field.size()));
        sha.addData(QByteArrayView(":"));
        sha.addData(field);
        sha.addData(QByteArrayView("\n"));
    }
    return sha.result().toHex();
}

Status AuditStore::record(const QString &actor, const QString &action, const QString &entity,
                          const QString &entityId, const QString &detail)
{
    // The entry follows the last one: read and written in one transaction (and one statement),
    // so two writers cannot both follow the same entry.
    if (sqlite3_get_autocommit(m_db.handle()))
        return recordNow(actor, action, entity, entityId, detail);
    const Hlc hlc = m_db.tick();
    AuditEntry e{QUuid::createUuid().toString(QUuid::WithoutBraces),
                 Clock::instance().now(),
                 actor,
                 action,
                 entity,
                 entityId,
                 detail};
    static const char kInsert[] =
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, updated_hlc, "
        "origin, deleted, prev_hash, hash) "
        "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, p.h, "
        "audit_hash(p.h, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0) "
        "FROM (SELECT coalesce((SELECT hash FROM audit_log ORDER BY rowid DESC LIMIT 1), ?10) "
        "AS h) AS p";
    if (!m_insert)
        m_insert = std::make_unique<SqliteStatement>(m_db.handle(), kInsert, true);
    SqliteStatement &insert = *m_insert;
    const QString fields[] = {e.id,
                              e.at.toString(Qt::ISODateWithMs),
                              e.actor,
                              e.action,
                              e.entity,
                              e.entityId,
                              e.detail,
                              hlc.toString(),
                              m_db.workstationId()};
    int i = 0;
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        insert.bindText(++i, utf8.isNull() ? QByteArray("") : utf8); // never NULL
    }
    insert.bindStatic(10, QByteArray::fromRawData(kAuditChainStart, 64));
    if (!insert.ok() || insert.run() != SQLITE_DONE)
        return Status::failure(
            QStringLiteral("could not write the audit log: %1").arg(insert.error()));
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

AuditChainCheck AuditStore::verifyChain() const
{
    AuditChainCheck check;
    sqlite3 *h = m_db.handle();
    SqliteStatement walk(h, "SELECT rowid, id, at, actor, action, entity, entity_id, detail, "
                            "updated_hlc, origin, deleted, prev_hash, hash FROM audit_log "
                            "ORDER BY rowid");
    if (!walk.ok()) {
        check.problem = AuditChainCheck::Problem::Unreadable;
        check.error = walk.error();
        return check;
    }
    QByteArray expectedPrev(kAuditChainStart);
    int rc;
    while ((rc = walk.step()) == SQLITE_ROW) {
        ++check.entries;
        sqlite3_stmt *st = walk.get();
        std::array<QByteArrayView, kHashedFields> fields;
        for (int i = 0; i < kHashedFields; ++i)
            fields[i] = columnView(st, i + 1);
        const QByteArrayView prevHash = columnView(st, 11);
        const QByteArrayView hash = columnView(st, 12);
        if (hash.isNull() || prevHash.isNull() || entryHash(prevHash, fields) != hash)
            check.problem = AuditChainCheck::Problem::Edited;
        else if (prevHash != expectedPrev)
            check.problem = AuditChainCheck::Problem::Missing; // unless found below
        if (check.problem != AuditChainCheck::Problem::None) {
            check.rowid = walk.columnInt64(0);
            check.id = walk.columnText(1);
            check.at = walk.columnText(2);
            check.action = walk.columnText(4);
            check.entity = walk.columnText(5);
            if (check.problem == AuditChainCheck::Problem::Missing) {
                // The entry it follows still there, elsewhere: reordered, not deleted.
                if (prevHash == QByteArrayView(kAuditChainStart)) {
                    check.problem = AuditChainCheck::Problem::OutOfOrder;
                } else {
                    SqliteStatement find(h, "SELECT rowid FROM audit_log WHERE hash = ?1 LIMIT 1");
                    find.bindText(1, prevHash.toByteArray());
                    if (find.step() == SQLITE_ROW) {
                        check.problem = AuditChainCheck::Problem::OutOfOrder;
                        check.followsRowid = find.columnInt64(0);
                    }
                }
            }
            return check;
        }
        expectedPrev = hash.toByteArray();
    }
    if (rc != SQLITE_DONE) {
        check.problem = AuditChainCheck::Problem::Unreadable;
        check.error = walk.error();
    }
    return check;
}

} // namespace cd
