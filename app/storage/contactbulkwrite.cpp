#include "storage/contactbulkwrite.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QElapsedTimer>

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
const char kIndexText[] =
    "INSERT INTO contacts_fts (rowid, caller_name, caller_phone, caller_email, reference, vrm, "
    "notes) SELECT rowid, caller_name, caller_phone, caller_email, reference, vrm, notes "
    "FROM contacts WHERE rowid > (SELECT since_rowid FROM bulk_apply)";

const char kCountDays[] =
    "WITH g AS MATERIALIZED (SELECT handler, team, channel, category, reason, day, "
    "count(*) AS contacts, sum(resolved) AS resolved, sum(dissatisfied) AS dissatisfied, "
    "sum(handled_seconds) AS handled_seconds, sum(handled_count) AS handled_count, "
    "sum(talk_seconds) AS talk_seconds, sum(talk_count) AS talk_count, "
    "sum(wrapup_seconds) AS wrapup_seconds, sum(wrapup_count) AS wrapup_count "
    "FROM contact_daily_source WHERE contact_rowid > (SELECT since_rowid FROM bulk_apply) "
    "GROUP BY handler, team, channel, category, reason, day) "
    "INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, "
    "handled_seconds, handled_count, talk_seconds, talk_count, wrapup_seconds, wrapup_count) "
    "SELECT CASE s.column1 WHEN 'h' THEN 'h:' || g.handler ELSE 't:' || g.team END, s.column2, "
    "g.day, CASE s.column2 WHEN 'all' THEN '' WHEN 'channel' THEN g.channel "
    "WHEN 'category' THEN g.category WHEN 'reason' THEN g.category || '/' || g.reason "
    "ELSE g.handler END, sum(g.contacts), sum(g.resolved), sum(g.dissatisfied), "
    "sum(g.handled_seconds), sum(g.handled_count), sum(g.talk_seconds), sum(g.talk_count), "
    "sum(g.wrapup_seconds), sum(g.wrapup_count) "
    "FROM g, (VALUES ('h', 'all'), ('h', 'channel'), ('h', 'category'), ('h', 'reason'), "
    "('t', 'all'), ('t', 'channel'), ('t', 'category'), ('t', 'reason'), ('t', 'handler')) AS s "
    "WHERE s.column2 <> 'reason' OR g.reason <> '' GROUP BY 1, 2, 3, 4 "
    "ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts, "
    "resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied, "
    "handled_seconds = handled_seconds + excluded.handled_seconds, "
    "handled_count = handled_count + excluded.handled_count, "
    "talk_seconds = talk_seconds + excluded.talk_seconds, "
    "talk_count = talk_count + excluded.talk_count, "
    "wrapup_seconds = wrapup_seconds + excluded.wrapup_seconds, "
    "wrapup_count = wrapup_count + excluded.wrapup_count";

const char kFindRepeats[] =
    // Repeat callers: the new contacts, and the later contacts (within the window) of their
    // callers, are checked again; a count can only have grown, so nothing stops being a repeat.
    // A new contact matters only if some contact of its caller can be a repeat: the rule
    // (is_repeat_contact) with all the caller's other contacts as the earlier ones in the window.
    // Most callers have one, and counting their number's index entries is one seek: the count
    // stops at the threshold, which is as many as the rule can need.
    "WITH t AS (SELECT coalesce((SELECT CAST(value AS INTEGER) FROM settings "
    "WHERE key = 'repeat_caller.threshold'), 3) AS threshold), "
    "n AS MATERIALIZED (SELECT rowid, caller_phone, caller_email, started_at FROM contacts y "
    "WHERE rowid > (SELECT since_rowid FROM bulk_apply) AND deleted = 0 "
    "AND (caller_phone <> '' OR caller_email <> '') "
    "AND is_repeat_contact(CASE WHEN caller_phone <> '' THEN (SELECT count(*) FROM (SELECT 1 "
    "FROM contacts c WHERE c.caller_phone = y.caller_phone AND c.caller_phone <> '' "
    "LIMIT (SELECT max(threshold, 1) FROM t))) "
    "ELSE (SELECT count(*) FROM (SELECT 1 FROM contacts c WHERE c.caller_email = y.caller_email "
    "AND c.caller_email <> '' LIMIT (SELECT max(threshold, 1) FROM t))) END - 1, "
    "(SELECT threshold FROM t))), "
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
    "DELETE FROM bulk_apply";

// What escalation_daily_contacts_ai (migration 009) does for each contact inserted: a
// department's escalations raised about a contact of the dissatisfaction category count once
// the contact is there. ?1 and ?2 bound the rowids of the contacts inserted.
const char kCountEscalations[] =
    "INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days) "
    "SELECT CASE s.column1 WHEN 'h' THEN 'h:' || e.owner ELSE 't:' || e.team END, 'department', "
    "e.raised_on, e.receiving_team, count(*), 0, 0 "
    "FROM contacts x, escalations e, (VALUES ('h'), ('t')) AS s "
    "WHERE x.rowid > ?1 AND x.rowid <= ?2 AND x.category = 'dissatisfaction' "
    "AND e.contact_id = x.id AND e.deleted = 0 AND e.status <> 'draft' AND e.receiving_team <> '' "
    "GROUP BY 1, 2, 3, 4 "
    "ON CONFLICT (scope, dim, day, key) DO UPDATE SET "
    "escalations = escalations + excluded.escalations";

qint64 maxRowid(sqlite3 *db)
{
    SqliteStatement st(db, "SELECT max(rowid) FROM contacts");
    return st.ok() && st.step() == SQLITE_ROW ? st.columnInt64(0) : 0;
}

// Turns the connection's triggers off for its lifetime. Changing the setting expires the
// connection's prepared statements, so none prepared meanwhile runs later without triggers.
class TriggersOff
{
public:
    explicit TriggersOff(sqlite3 *db)
        : m_db(db)
    {
        // The out-parameter tells the setting after the call: ask first (-1 changes nothing).
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_was);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    }
    ~TriggersOff() { sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, m_was, nullptr); }
    TriggersOff(const TriggersOff &) = delete;
    TriggersOff &operator=(const TriggersOff &) = delete;

private:
    sqlite3 *m_db;
    int m_was = 1;
};

} // namespace

ContactBulkWrite::ContactBulkWrite(Database &db)
    : m_db(db)
{
}

ContactBulkWrite::~ContactBulkWrite()
{
    if (m_triggersWere >= 0)
        sqlite3_db_config(m_db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, m_triggersWere, nullptr);
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

Status ContactBulkWrite::insertNew(const QString &sql)
{
    if (!m_active)
        return Status::failure(QStringLiteral("new contacts are inserted in a bulk write only"));
    sqlite3 *h = m_db.handle();
    const qint64 before = maxRowid(h);
    {
        TriggersOff off(h);
        if (Status s = m_db.exec(sql); !s)
            return s;
    }
    return countEscalations(before, maxRowid(h));
}

Status ContactBulkWrite::countEscalations(qint64 afterRowid, qint64 lastRowid)
{
    if (lastRowid == afterRowid)
        return success();
    SqliteStatement count(m_db.handle(), kCountEscalations);
    if (count.ok()) {
        count.bindInt64(1, afterRowid);
        count.bindInt64(2, lastRowid);
    }
    if (!count.ok() || count.step() != SQLITE_DONE)
        return Status::failure(
            QStringLiteral("could not count the new contacts' escalations: %1").arg(count.error()));
    return success();
}

Status ContactBulkWrite::rowsBegin()
{
    if (!m_active)
        return Status::failure(QStringLiteral("new contacts are inserted in a bulk write only"));
    if (m_triggersWere >= 0)
        return success();
    sqlite3 *h = m_db.handle();
    m_rowsAfter = maxRowid(h);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_triggersWere);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    return success();
}

Status ContactBulkWrite::rowsEnd()
{
    if (m_triggersWere < 0)
        return success();
    sqlite3 *h = m_db.handle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, m_triggersWere, nullptr);
    m_triggersWere = -1;
    return countEscalations(m_rowsAfter, maxRowid(h));
}

Status ContactBulkWrite::finish()
{
    if (!m_active)
        return success();
    if (Status s = rowsEnd(); !s)
        return s;
    QElapsedTimer timer; // for QT_LOGGING_RULES="contactdesk.storage.debug=true"
    timer.start();
    qint64 ms[3] = {};
    const char *const parts[] = {kIndexText, kCountDays, kFindRepeats};
    for (int i = 0; i < 3; ++i) {
        if (Status s = run(m_db, parts[i]); !s)
            return s;
        ms[i] = timer.restart();
    }
    m_active = false;
    qCDebug(lcStorage) << "bulk contact write caught up: full text" << ms[0] << "ms, daily counts"
                       << ms[1] << "ms, repeat callers" << ms[2] << "ms";
    return success();
}

} // namespace cd
