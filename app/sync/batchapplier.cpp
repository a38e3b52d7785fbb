#include "sync/batchapplier.h"

#include "storage/database.h"
#include "sync/mergedrow.h"
#include "sync/pg.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cd::sync {

namespace {

// A merged row's columns that are not its fields: never sent as changed fields.
const QStringList kMergedMeta = {
    QStringLiteral("id"),     QStringLiteral("team"),     QStringLiteral("updated_hlc"),
    QStringLiteral("origin"), QStringLiteral("deleted"),  QStringLiteral("server_seq"),
    QStringLiteral("rowid"),  QStringLiteral("base_seq"), QStringLiteral("field_hlc")};

} // namespace

bool isRejection(const QString &sqlState)
{
    return sqlState.startsWith(QLatin1String("42")) || sqlState.startsWith(QLatin1String("22")) ||
           sqlState.startsWith(QLatin1String("23")) || sqlState == QLatin1String("P0001");
}

QByteArray stageName(const SyncTable &t)
{
    return "cd_stage_" + t.name.toUtf8();
}

QByteArray createStageSql(const SyncTable &t)
{
    QByteArray create = "CREATE TEMP TABLE IF NOT EXISTS " + stageName(t) + " (";
    for (int i = 0; i < t.cols.size(); ++i)
        create += (i ? ", " : "") + t.cols.at(i).toUtf8() + ' ' + t.types.at(i).toUtf8();
    if (!t.insertOnly)
        create += QByteArray(", ") + kOpColumn + " text";
    create += ") ON COMMIT DELETE ROWS";
    return create;
}

QByteArray applyStagedSql(const SyncTable &t, qint64 nowMs, bool plainInserts)
{
    const QByteArray cols = t.cols.join(QStringLiteral(", ")).toUtf8();
    QByteArray select;
    for (int i = 0; i < t.cols.size(); ++i) {
        const QByteArray c = t.cols.at(i).toUtf8();
        select += i ? ", " : "";
        if (c == "updated_hlc")
            select += "cd_clamp_hlc(updated_hlc, " + QByteArray::number(nowMs) + ")";
        else
            select += c;
    }
    const QByteArray insert = "INSERT INTO " + t.name.toUtf8() + " (" + cols + ") SELECT " +
                              select + " FROM " + stageName(t);
    QByteArray sql = insert;
    if (t.insertOnly)
        return sql + " ON CONFLICT DO NOTHING";
    if (plainInserts) {
        // Rows created here and never sent go in by plain insert: no conflict check, about a
        // quarter less server time a row. Should one be there after all (the same import on
        // two workstations), the statement fails with a unique violation and the batch is
        // sent again with every row upserted.
        const QByteArray op = QByteArray(kOpColumn);
        sql = "WITH fresh AS (" + insert + " WHERE " + op + " = 'insert') " + insert + " WHERE " +
              op + " IS DISTINCT FROM 'insert'";
    }
    sql += " ON CONFLICT (id) DO UPDATE SET ";
    bool first = true;
    for (const QString &c : t.cols) {
        if (c == QLatin1String("id"))
            continue;
        sql += (first ? "" : ", ") + c.toUtf8() + " = EXCLUDED." + c.toUtf8();
        first = false;
    }
    // pushed_by is not sent: the server stamps the writing login (schema 3's triggers), and
    // since schema 5 workstations may not write it at all.
    sql += " WHERE " + t.name.toUtf8() + ".updated_hlc < EXCLUDED.updated_hlc";
    return sql;
}

QByteArray textArrayLiteral(const QStringList &names)
{
    QByteArray array = "{";
    for (int i = 0; i < names.size(); ++i) {
        QByteArray name = names.at(i).toUtf8();
        name.replace('\\', "\\\\").replace('"', "\\\"");
        array += (i ? ",\"" : "\"") + name + '"';
    }
    array += '}';
    return array;
}

Status stageRows(Pg &pg, const SyncTable &t, const QByteArray &data, bool fresh, bool withOp)
{
    const QByteArray stage = stageName(t);
    if (fresh) {
        if (Status s = pg.run(createStageSql(t)); !s)
            return s;
    } else if (Status s = pg.run("DELETE FROM " + stage); !s) {
        return s;
    }
    QByteArray cols = t.cols.join(QStringLiteral(", ")).toUtf8();
    if (withOp && !t.insertOnly)
        cols += QByteArray(", ") + kOpColumn;
    return pg.copyIn("COPY " + stage + " (" + cols + ") FROM STDIN", data);
}

SyncTable *BatchApplier::table(const QString &name, bool forPush)
{
    for (auto &t : m_tables)
        if (t->name == name && t->server && (!forPush || t->push))
            return t.get();
    return nullptr;
}

Status BatchApplier::applyAll(const QList<OutboxEntry> &entries, const Encoded &encoded,
                              bool sendLast)
{
    const auto groups = byTable(entries);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const auto &[name, group] = groups.at(g);
        const auto it = encoded.constFind(name);
        if (Status s = applyGroup(name, group, it == encoded.constEnd() ? nullptr : &*it,
                                  sendLast && g == groups.size() - 1);
            !s)
            return s;
    }
    return success();
}

Status BatchApplier::finish()
{
    if (!m_sent)
        return success();
    m_sent = false;
    return m_pg.finish();
}

Status BatchApplier::applyGroup(const QString &name, const QList<OutboxEntry> &entries,
                                const QByteArray *encoded, bool sendOnly)
{
    SyncTable *t = table(name, true);
    if (!t)
        return Status::failure(
            QStringLiteral("the shared database has no table for \"%1\"").arg(name),
            QStringLiteral("42P01"));
    if (t->kind == SyncTable::Merged) {
        for (const OutboxEntry &e : entries)
            if (Status s = applyMerged(*t, e); !s)
                return s;
        return success();
    }
    return applyMirror(*t, entries, encoded, sendOnly);
}

void BatchApplier::setStaged(const QList<QString> &names, bool ready)
{
    for (const QString &n : names) {
        m_staged.insert(n);
        if (ready)
            m_ready.insert(n);
    }
}

void BatchApplier::rolledBack()
{
    m_staged.clear();
    m_ready.clear();
    m_sent = false;
    m_rolledBack = true;
}

Status BatchApplier::applyMirror(SyncTable &t, const QList<OutboxEntry> &entries,
                                 const QByteArray *encoded, bool sendOnly)
{
    bool fresh = !m_staged.contains(t.name);
    if (fresh && m_rolledBack && !m_ready.contains(t.name)) {
        // Whether the staging table survived the rollback, and with which rows, is not known.
        if (Status s = m_pg.run(createStageSql(t)); !s)
            return s;
        fresh = false;
    }
    if (m_ready.remove(t.name)) {
        // staged ahead, on this connection, in this transaction
    } else if (Status s = encoded ? stageRows(m_pg, t, *encoded, fresh, m_encodedWithOp)
                                  : stageRows(m_pg, t, encodeMirror(t, entries), fresh, true);
               !s) {
        return s;
    }
    m_staged.insert(t.name);
    const QByteArray sql = applyStagedSql(t, m_nowMs, m_plainInserts);
    if (m_plainInserts && !t.insertOnly)
        m_usedPlainInserts = true;
    if (!sendOnly)
        return m_pg.run(sql);
    if (Status s = m_pg.send(sql); !s)
        return s;
    m_sent = true;
    return success();
}

Status BatchApplier::applyMerged(SyncTable &t, const OutboxEntry &e)
{
    QJsonObject payload = flatten(QJsonDocument::fromJson(e.payload).object());
    // The version this workstation edited: the last one it pulled (sync_shadow).
    qint64 base = 0;
    QJsonObject shadow;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "SELECT server_seq, payload FROM sync_shadow WHERE entity = ? AND entity_id = ?"));
        q.addBindValue(t.name);
        q.addBindValue(e.entityId);
        if (q.exec() && q.next()) {
            base = q.value(0).toLongLong();
            shadow = flatten(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        }
    }
    if (payload.contains(QLatin1String("base_seq")))
        base = qint64(payload.value(QLatin1String("base_seq")).toDouble());
    QStringList changed;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (kMergedMeta.contains(it.key()))
            continue;
        if (!shadow.contains(it.key()) || shadow.value(it.key()) != it.value())
            changed.append(it.key());
    }
    payload.insert(QStringLiteral("id"), e.entityId);
    return m_pg.run("SELECT cd_push_escalation($1::jsonb, $2::text[], $3::bigint, $4::bigint)",
                    {QJsonDocument(payload).toJson(QJsonDocument::Compact),
                     textArrayLiteral(changed), QByteArray::number(base),
                     QByteArray::number(m_nowMs)});
}

} // namespace cd::sync
