#include "sync/synctable.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace cd::sync {

namespace {

struct Spec
{
    const char *name;
    SyncTable::Kind kind;
    bool push;
    bool pull;
    bool insertOnly;
};

const Spec kSpecs[] = {
    {"contacts", SyncTable::Mirror, true, true, false},
    {"audit_log", SyncTable::Mirror, true, false, true},
    {"escalations", SyncTable::Merged, true, true, false},
    {"escalation_events", SyncTable::Mirror, true, true, true},
    {"escalation_notes", SyncTable::Mirror, true, true, true},
    // Central import: pushed by managers' imports (the server refuses anyone else's), read by all.
    {"vehicles", SyncTable::Mirror, true, true, false},
    // Outcome messages: queued by a handler's Desk, sent and recorded by `messages send`, seen
    // by the whole team (server schema 9).
    {"outcome_messages", SyncTable::Mirror, true, true, false},
    // Team data: written by the team's managers (the server refuses anyone else's), read by the
    // team.
    {"improvements", SyncTable::Mirror, true, true, false},
    // Survey answers: imported on one workstation, read by the team's dashboards on all of them
    // (server schema 12).
    {"survey_responses", SyncTable::Mirror, true, true, false},
    // QA reviews: written by the team's managers (the server refuses anyone else's), read by
    // them and by the handler each is about (server schema 13).
    {"qa_reviews", SyncTable::Mirror, true, true, false},
};

} // namespace

QList<SyncTable> syncedTableSpecs()
{
    QList<SyncTable> tables;
    for (const Spec &spec : kSpecs) {
        SyncTable t;
        t.name = QString::fromLatin1(spec.name);
        t.kind = spec.kind;
        t.push = spec.push;
        t.pull = spec.pull;
        t.insertOnly = spec.insertOnly;
        tables.append(t);
    }
    return tables;
}

bool isServerOnlyColumn(const QString &column)
{
    static const QStringList serverOnly = {QStringLiteral("server_seq"),
                                           QStringLiteral("server_time"),
                                           QStringLiteral("pushed_by"), QStringLiteral("rowid")};
    return serverOnly.contains(column);
}

bool isIntegerType(const QString &type)
{
    return type == QLatin1String("integer") || type == QLatin1String("bigint") ||
           type == QLatin1String("smallint");
}

QStringList localColumns(Database &db, const QString &table)
{
    QStringList cols;
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        while (q.next())
            cols.append(q.value(0).toString());
    return cols;
}

} // namespace cd::sync
