-- Migration 14: daily counts' day
-- Schema 14: contact_daily_source (migration 010) finds most contacts' Europe/London day
-- without date arithmetic. A canonical UTC time (YYYY-MM-DDTHH:MM:SS.sssZ, as every contact
-- is stored) before 23:00 is on the same date in London, in summer time or not; only the last
-- hour of a UTC day needs the rule the triggers of migration 007 apply. Three date() calls a
-- row were a fifth of the daily counts' catch-up after a pull. Since schema 15 that shortcut is
-- inside london_day() itself (cd::londonDayOfStoredTime), for every trigger and view, and this
-- script makes the view migration 010 makes.
DROP VIEW contact_daily_source;
CREATE VIEW contact_daily_source AS
SELECT x.rowid AS contact_rowid, x.handler, x.team, x.channel, x.category, x.reason,
    london_day(x.started_at) AS day,
    (x.outcome = 'resolved_first_contact') AS resolved,
    (x.remained_dissatisfied <> 0) AS dissatisfied,
    CASE WHEN x.ended_at > x.started_at THEN CAST(round((julianday(x.ended_at) - julianday(x.started_at)) * 86400) AS INTEGER) ELSE 0 END AS handled_seconds,
    (x.ended_at IS NOT NULL AND x.ended_at > x.started_at) AS handled_count
FROM contacts x
WHERE x.deleted = 0;
