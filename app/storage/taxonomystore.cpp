#include "storage/taxonomystore.h"

#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSqlQuery>

namespace cd {

namespace {
const QString kShippedPath = QStringLiteral(":/contactdesk/taxonomy/taxonomy.json");
const QString kVersionKey = QStringLiteral("taxonomy.shipped_version");
} // namespace

Status TaxonomyStore::installShipped()
{
    QFile file(kShippedPath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("the shipped taxonomy is missing from the program"));
    Result<Taxonomy> shipped = Taxonomy::fromJson(file.readAll(), kShippedPath);
    if (!shipped)
        return shipped.error();
    SettingsStore settings(m_db);
    if (settings.raw(kVersionKey, QStringLiteral("0")).toInt() >= shipped->version())
        return success();
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    for (const TaxonomyEntry &e : shipped->entries())
        if (Status s = upsert(e, shipped->version()); !s)
            return s;
    if (Status s = settings.setRaw(kVersionKey, QString::number(shipped->version())); !s)
        return s;
    return tx.commit();
}

Status TaxonomyStore::upsert(const TaxonomyEntry &e, int version)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO taxonomy (kind, code, label, parent, sort, active, source, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, code) DO UPDATE SET "
        "label = excluded.label, parent = excluded.parent, sort = excluded.sort, "
        "active = excluded.active, source = excluded.source, version = excluded.version"));
    q.addBindValue(TaxonomyEntry::kindName(e.kind));
    q.addBindValue(sqlText(e.code));
    q.addBindValue(sqlText(e.label));
    q.addBindValue(sqlText(e.parent));
    q.addBindValue(e.sort);
    q.addBindValue(e.active ? 1 : 0);
    q.addBindValue(sqlText(e.source));
    q.addBindValue(version);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "save a taxonomy entry"));
    return success();
}

Result<Taxonomy> TaxonomyStore::load() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Categories before reasons, so each reason finds its category.
    if (!q.exec(QStringLiteral("SELECT kind, code, label, parent, sort, active, source, version "
                               "FROM taxonomy ORDER BY CASE kind WHEN 'reason' THEN 1 ELSE 0 END, "
                               "sort, code")))
        return Result<Taxonomy>::failure(QueryError::describe(q, "read the taxonomy"));
    Taxonomy taxonomy;
    int version = 0;
    while (q.next()) {
        TaxonomyEntry e;
        if (!TaxonomyEntry::kindFromName(q.value(0).toString(), &e.kind))
            continue;
        e.code = q.value(1).toString();
        e.label = q.value(2).toString();
        e.parent = q.value(3).toString();
        e.sort = q.value(4).toInt();
        e.active = q.value(5).toInt() != 0;
        e.source = q.value(6).toString();
        version = std::max(version, q.value(7).toInt());
        if (!e.active)
            continue;
        if (Status s = taxonomy.add(e); !s)
            return s.error();
    }
    taxonomy.setVersion(version);
    return taxonomy;
}

Status TaxonomyStore::addForceEntry(const TaxonomyEntry &entry)
{
    Result<Taxonomy> current = load();
    if (!current)
        return current.error();
    TaxonomyEntry e = entry;
    e.source = QStringLiteral("force");
    if (e.sort == 0)
        e.sort = 1000 + int(current->entries(e.kind, e.parent).size());
    if (Status s = current->add(e); !s)
        return s;
    if (const TaxonomyEntry *existing = current->find(e.kind, e.code);
        existing && existing->source == QLatin1String("shipped") &&
        entry.source != QLatin1String("force"))
        return Status::failure(QStringLiteral("\"%1\" is a shipped code").arg(e.code));
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    if (Status s = upsert(e, current->version()); !s)
        return s;
    return tx.commit();
}

} // namespace cd
