#include "storage/auditstore.h"

#include "core/clock.h"
#include "core/validation.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
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
        "AS h) AS p RETURNING prev_hash, hash";
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
    // The row is written by the first step, which returns its chain (pushed with it: the
    // server keeps each workstation's chain head).
    if (!insert.ok() || insert.step() != SQLITE_ROW) {
        const QString why = insert.error();
        insert.reset();
        return Status::failure(QStringLiteral("could not write the audit log: %1").arg(why));
    }
    const QString prevHash = insert.columnText(0);
    const QString hash = insert.columnText(1);
    insert.reset();
    QJsonObject payload{{QStringLiteral("id"), e.id},
                        {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("actor"), e.actor},
                        {QStringLiteral("action"), e.action},
                        {QStringLiteral("entity"), e.entity},
                        {QStringLiteral("entity_id"), e.entityId},
                        {QStringLiteral("detail"), e.detail},
                        {QStringLiteral("updated_hlc"), hlc.toString()},
                        {QStringLiteral("origin"), m_db.workstationId()},
                        {QStringLiteral("prev_hash"), prevHash},
                        {QStringLiteral("hash"), hash}};
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

namespace {

// `detail` with every record id that is not in `keep` taken out, and "(+N other records)" after
// it when there were any.
QString withOnlyIds(const QString &detail, const QSet<QString> &keep)
{
    static const QRegularExpression id(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{12}"));
    QStringList kept;
    int others = 0;
    QString text = detail;
    qsizetype listStart = -1;
    QRegularExpressionMatchIterator it = id.globalMatch(detail);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (listStart < 0)
            listStart = m.capturedStart();
        if (keep.contains(m.captured()))
            kept.append(m.captured());
        else
            ++others;
    }
    if (others == 0)
        return detail;
    // The ids are a list at the end of the detail ("3 results: a,b,c"): write it again.
    text = detail.left(listStart) + kept.join(QLatin1Char(','));
    return text + (kept.isEmpty() ? QString() : QStringLiteral(" ")) +
           QStringLiteral("(+%1 other records)").arg(others);
}

} // namespace

Result<AuditSearchResult> AuditStore::search(const AuditQuery &query) const
{
    QSqlQuery q(m_db.sql());
    const auto failed = [&q](const char *what) {
        return Error{QStringLiteral("cannot search the audit log (%1): %2")
                         .arg(QLatin1String(what), q.lastError().text()),
                     {}};
    };
    // The records the search is about: the record itself, contacts with that reference, the
    // person's contacts, and the escalations raised from any of those contacts.
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_search_ids "
                               "(id TEXT PRIMARY KEY) WITHOUT ROWID")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.audit_search_ids")))
        return failed("ids");
    if (query.byRecords()) {
        const QString phone = validation::normaliseUkPhone(query.phone.trimmed());
        const QString email = validation::normaliseEmail(query.email.trimmed());
        const QString record = query.record.trimmed();
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO temp.audit_search_ids (id) "
            "SELECT :record WHERE :record <> '' "
            "UNION SELECT id FROM contacts WHERE :record <> '' AND reference = :record COLLATE "
            "NOCASE "
            "UNION SELECT id FROM contacts WHERE :phone <> '' AND caller_phone = :phone "
            "UNION SELECT id FROM contacts WHERE :email <> '' AND caller_email = :email"));
        q.bindValue(QStringLiteral(":record"), record.isNull() ? QStringLiteral("") : record);
        q.bindValue(QStringLiteral(":phone"), phone.isNull() ? QStringLiteral("") : phone);
        q.bindValue(QStringLiteral(":email"), email.isNull() ? QStringLiteral("") : email);
        if (!q.exec())
            return failed("records");
        if (!q.exec(QStringLiteral(
                "INSERT OR IGNORE INTO temp.audit_search_ids (id) SELECT e.id FROM escalations e "
                "WHERE e.contact_id IN (SELECT id FROM temp.audit_search_ids)")))
            return failed("escalations");
    }
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.detail FROM audit_log a "
        "WHERE (:actor = '' OR a.actor = :actor COLLATE NOCASE) "
        "AND (:action = '' OR a.action = :action) "
        "AND (:from = '' OR london_day(a.at) >= :from) AND (:to = '' OR london_day(a.at) <= :to) "
        "AND (:byIds = 0 OR a.entity_id IN (SELECT id FROM temp.audit_search_ids) "
        "     OR (a.detail <> '' AND EXISTS (SELECT 1 FROM temp.audit_search_ids t "
        "                                    WHERE instr(a.detail, t.id) > 0))) "
        "ORDER BY a.rowid DESC LIMIT :limit"));
    const auto day = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
    };
    q.bindValue(QStringLiteral(":actor"),
                query.actor.trimmed().isEmpty() ? QStringLiteral("") : query.actor.trimmed());
    q.bindValue(QStringLiteral(":action"),
                query.action.isEmpty() ? QStringLiteral("") : query.action);
    q.bindValue(QStringLiteral(":from"), day(query.from));
    q.bindValue(QStringLiteral(":to"), day(query.to));
    q.bindValue(QStringLiteral(":byIds"), query.byRecords() ? 1 : 0);
    q.bindValue(QStringLiteral(":limit"), qMax(1, query.limit) + 1);
    if (!q.exec())
        return failed("entries");
    // About a person or a record, the other records a search returned with theirs are not shown:
    // their ids leave the detail, which says how many there were.
    QSet<QString> about;
    if (query.byRecords()) {
        QSqlQuery ids(m_db.sql());
        if (!ids.exec(QStringLiteral("SELECT id FROM temp.audit_search_ids")))
            return failed("ids");
        while (ids.next())
            about.insert(ids.value(0).toString());
    }
    AuditSearchResult result;
    while (q.next()) {
        if (result.entries.size() == qMax(1, query.limit)) {
            result.truncated = true;
            break;
        }
        result.entries.append({q.value(0).toString(),
                               QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                               q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                               q.value(5).toString(), q.value(6).toString()});
        if (query.byRecords())
            result.entries.last().detail = withOnlyIds(result.entries.last().detail, about);
    }
    return result;
}

Status AuditStore::recordSearch(const QString &actor, const AuditQuery &query, qsizetype found)
{
    QStringList by;
    for (const auto &[value, field] :
         {std::pair{query.phone, "phone"}, std::pair{query.email, "email"},
          std::pair{query.record, "record"}, std::pair{query.actor, "user"},
          std::pair{query.action, "action"}})
        if (!value.trimmed().isEmpty())
            by.append(QLatin1String(field));
    if (query.from.isValid())
        by.append(QStringLiteral("from"));
    if (query.to.isValid())
        by.append(QStringLiteral("to"));
    return recordNow(
        actor, QStringLiteral("search"), QStringLiteral("audit"), QString(),
        QStringLiteral("%1 entries; by %2")
            .arg(found)
            .arg(by.isEmpty() ? QStringLiteral("nothing") : by.join(QLatin1Char(','))));
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
