#include "storage/scriptstore.h"

#include "core/clock.h"
#include "core/scriptlibrary.h"
#include "core/taxonomy.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/taxonomystore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::ScriptStore.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ScriptStore)
};

const QString kEntity = QStringLiteral("scripts");

} // namespace

Result<Script> ScriptStore::import(const QByteArray &json, const QString &sourceFile,
                                   const QString &actor, QList<ScriptProblem> *problems)
{
    Result<Taxonomy> taxonomy = TaxonomyStore(m_db).load();
    if (!taxonomy)
        return taxonomy.error();
    QList<ScriptProblem> found;
    std::optional<Script> script = Script::parse(json, sourceFile, &found, &taxonomy.value());
    if (problems)
        problems->append(found);
    if (!script)
        return Result<Script>::failure(
            Tr::tr("%1 was not imported: %2 problem(s)").arg(sourceFile).arg(found.size()));

    const ScriptLibrary current = library(&taxonomy.value());
    if (const Script *inUse = current.byId(script->id); inUse && inUse->version >= script->version)
        return Result<Script>::failure(
            Tr::tr("%1 was not imported: version %2 of \"%3\" is not newer "
                   "than version %4 already in use")
                .arg(sourceFile)
                .arg(script->version)
                .arg(script->id)
                .arg(inUse->version));

    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    const Hlc hlc = m_db.tick();
    const QString canonical =
        QString::fromUtf8(QJsonDocument(script->toJson()).toJson(QJsonDocument::Compact));
    const QString now = isoUtc(Clock::instance().now());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO scripts (id, version, title, category, json, imported_at, imported_by, "
        "source_file, updated_hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(script->id);
    q.addBindValue(script->version);
    q.addBindValue(sqlText(script->title));
    q.addBindValue(sqlText(script->category));
    q.addBindValue(canonical);
    q.addBindValue(now);
    q.addBindValue(sqlText(actor));
    q.addBindValue(sqlText(sourceFile));
    q.addBindValue(hlc.toString());
    q.addBindValue(m_db.workstationId());
    if (!q.exec())
        return Result<Script>::failure(QueryError::describe(q, "store the script"));
    // Not queued for sync: the shared database has no scripts table, so an imported version
    // stays on this workstation (the import says so).
    const QString key = QStringLiteral("%1@%2").arg(script->id).arg(script->version);
    if (Status s =
            AuditStore(m_db).record(actor, QStringLiteral("import"), QStringLiteral("script"), key,
                                    QStringLiteral("imported a new script version"));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    script->origin = QStringLiteral("%1 (imported)").arg(sourceFile);
    return *script;
}

QList<StoredScript> ScriptStore::list() const
{
    QList<StoredScript> rows;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, version, title, category, imported_at, imported_by, source_file "
            "FROM scripts WHERE deleted = 0 ORDER BY id, version")))
        return rows;
    while (q.next()) {
        StoredScript s;
        s.id = q.value(0).toString();
        s.version = q.value(1).toInt();
        s.title = q.value(2).toString();
        s.category = q.value(3).toString();
        s.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        s.importedBy = q.value(5).toString();
        s.sourceFile = q.value(6).toString();
        rows.append(s);
    }
    return rows;
}

ScriptLibrary ScriptStore::library(const Taxonomy *taxonomy) const
{
    ScriptLibrary lib;
    lib.addDirectory(ScriptLibrary::shippedDirectory(), taxonomy);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, version, json FROM scripts WHERE deleted = 0 ORDER BY id, version")))
        return lib;
    while (q.next()) {
        const QString origin = QStringLiteral("profile script %1 version %2")
                                   .arg(q.value(0).toString())
                                   .arg(q.value(1).toInt());
        lib.add(q.value(2).toString().toUtf8(), origin, taxonomy);
    }
    return lib;
}

} // namespace cd
