#include "storage/contactbulkwrite.h"

#include "core/logging.h"
#include "storage/database.h"

#include <sqlite3.h>

namespace cd {

namespace {

Status run(Database &db, const char *sql)
{
    if (Status s = db.exec(QString::fromUtf8(sql)); !s)
        return Status::failure(
            QStringLiteral("could not index and count the new contacts: %1").arg(s.errorMessage()));
    return success();
}

// What the paused triggers of migration 010 would have done for every contact inserted since
// begin(), then the triggers resume. The summary rows are counted per handler, team, channel,
// category, reason and day first, and only those groups are spread over the nine scope and
// dimension pairs contact_daily_ai writes one by one.
const char kCatchUp[] =
    "INSERT INTO contacts_fts (rowid, caller_name, caller_phone, caller_email, reference, vrm, "
    "notes) SELECT rowid, caller_name, caller_phone, caller_email, reference, vrm, notes "
    "FROM contacts WHERE rowid > (SELECT since_rowid FROM bulk_apply);"
    "WITH g AS MATERIALIZED (SELECT handler, team, channel, category, reason, day, "
    "count(*) AS contacts, sum(resolved) AS resolved, sum(dissatisfied) AS dissatisfied, "
    "sum(handled_seconds) AS handled_seconds, sum(handled_count) AS handled_count "
    "FROM contact_daily_source WHERE contact_rowid > (SELECT since_rowid FROM bulk_apply) "
    "GROUP BY handler, team, channel, category, reason, day) "
    "INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, "
    "handled_seconds, handled_count) "
    "SELECT CASE s.column1 WHEN 'h' THEN 'h:' || g.handler ELSE 't:' || g.team END, s.column2, "
    "g.day, CASE s.column2 WHEN 'all' THEN '' WHEN 'channel' THEN g.channel "
    "WHEN 'category' THEN g.category WHEN 'reason' THEN g.category || '/' || g.reason "
    "ELSE g.handler END, sum(g.contacts), sum(g.resolved), sum(g.dissatisfied), "
    "sum(g.handled_seconds), sum(g.handled_count) "
    "FROM g, (VALUES ('h', 'all'), ('h', 'channel'), ('h', 'category'), ('h', 'reason'), "
    "('t', 'all'), ('t', 'channel'), ('t', 'category'), ('t', 'reason'), ('t', 'handler')) AS s "
    "WHERE s.column2 <> 'reason' OR g.reason <> '' GROUP BY 1, 2, 3, 4 "
    "ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts, "
    "resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied, "
    "handled_seconds = handled_seconds + excluded.handled_seconds, "
    "handled_count = handled_count + excluded.handled_count;"
    // Repeat callers: the new contacts, and the later contacts (within the window) of their
    // callers, are checked again; a count can only have grown, so nothing stops being a repeat.
    "WITH n AS MATERIALIZED (SELECT rowid, caller_phone, caller_email, started_at FROM contacts "
    "WHERE rowid > (SELECT since_rowid FROM bulk_apply) AND deleted = 0 "
    "AND (caller_phone <> '' OR caller_email <> '')), "
    "w AS (SELECT '+' || coalesce((SELECT CAST(value AS INTEGER) FROM settings "
    "WHERE key = 'repeat_caller.window_days'), 30) || ' days' AS span), "
    "a AS (SELECT rowid AS r FROM n "
    "UNION SELECT x.rowid FROM n, w, contacts x WHERE n.caller_phone <> '' "
    "AND x.caller_phone = n.caller_phone AND x.caller_phone <> '' "
    "AND x.started_at > n.started_at "
    "AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', n.started_at, w.span) AND x.deleted = 0 "
    "UNION SELECT x.rowid FROM n, w, contacts x WHERE n.caller_phone = '' "
    "AND x.caller_phone = '' AND x.caller_email = n.caller_email AND x.caller_email <> '' "
    "AND x.started_at > n.started_at "
    "AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', n.started_at, w.span) AND x.deleted = 0) "
    "INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller) "
    "SELECT contact_rowid, handler, team, day, caller FROM contact_repeats_source "
    "WHERE contact_rowid IN (SELECT r FROM a);"
    "DELETE FROM bulk_apply;";

} // namespace

ContactBulkWrite::ContactBulkWrite(Database &db)
    : m_db(db)
{
}

ContactBulkWrite::~ContactBulkWrite()
{
    if (m_active)
        qCWarning(lcStorage) << "a bulk contact write was not finished; its transaction must be "
                                "rolled back";
}

Status ContactBulkWrite::begin()
{
    if (m_active)
        return success();
    if (sqlite3_get_autocommit(m_db.handle()))
        return Status::failure(QStringLiteral("a bulk contact write needs an open transaction"));
    if (Status s = run(m_db, "INSERT INTO bulk_apply (since_rowid) "
                             "SELECT coalesce(max(rowid), 0) FROM contacts");
        !s)
        return s;
    m_active = true;
    return success();
}

Status ContactBulkWrite::finish()
{
    if (!m_active)
        return success();
    if (Status s = run(m_db, kCatchUp); !s)
        return s;
    m_active = false;
    return success();
}

} // namespace cd
