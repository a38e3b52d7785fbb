-- Migration 15: London day function
-- Schema 15: the triggers and views that count contacts and escalations per Europe/London day
-- call london_day(), the SQL function every connection has (cd::addSchemaFunctions, defined by
-- cd::londonDayOfStoredTime in core/londonday), instead of each writing out the UK rule as a
-- date() CASE expression (35 copies). For every time a contact or an escalation event is stored
-- with (canonical UTC text) from 1996 on, the day is the one the CASE gave, so the counts kept
-- so far stay as they are. london_day() follows the time-zone database where the CASE applied
-- today's rule to every year and compared times as text; where they differ (times before 1996,
-- times with an offset or a space instead of 'T' in the last hour of a UTC day of a clock
-- change, Julian day numbers, 'now'), see londonday.h and tst_londonday. `contactdesk-admin
-- report rebuild` recounts a cache that held such times.
--
-- The objects are those of schemas 7 to 14 with the function in place of the CASE: the scripts
-- of those schemas call it too, so a new database and an upgraded one have the same schema.
DROP VIEW contact_daily_source;
DROP VIEW contact_repeats_source;
DROP TRIGGER contact_daily_ad;
DROP TRIGGER contact_daily_ai;
DROP TRIGGER contact_daily_au_new;
DROP TRIGGER contact_daily_au_old;
DROP TRIGGER contact_repeats_ad;
DROP TRIGGER contact_repeats_ai;
DROP TRIGGER contact_repeats_au;
DROP TRIGGER escalation_daily_events_ai;
DROP TRIGGER escalation_daily_ad;
DROP TRIGGER escalation_daily_ai;
DROP TRIGGER escalation_daily_au;

CREATE VIEW contact_daily_source AS
SELECT x.rowid AS contact_rowid, x.handler, x.team, x.channel, x.category, x.reason,
    london_day(x.started_at) AS day,
    (x.outcome = 'resolved_first_contact') AS resolved,
    (x.remained_dissatisfied <> 0) AS dissatisfied,
    CASE WHEN x.ended_at > x.started_at THEN CAST(round((julianday(x.ended_at) - julianday(x.started_at)) * 86400) AS INTEGER) ELSE 0 END AS handled_seconds,
    (x.ended_at IS NOT NULL AND x.ended_at > x.started_at) AS handled_count
FROM contacts x
WHERE x.deleted = 0;

CREATE VIEW contact_repeats_source (contact_rowid, handler, team, day, caller) AS
SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
FROM contacts x
WHERE x.deleted = 0 AND (x.caller_phone <> '' OR x.caller_email <> '')
    AND CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END >= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3);

CREATE TRIGGER contact_daily_ad AFTER DELETE ON contacts WHEN old.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count)
    SELECT s.column1, s.column2, london_day(old.started_at), s.column3, -1, -(old.outcome = 'resolved_first_contact'), -(old.remained_dissatisfied <> 0), -(CASE WHEN old.ended_at > old.started_at THEN CAST(round((julianday(old.ended_at) - julianday(old.started_at)) * 86400) AS INTEGER) ELSE 0 END), -(old.ended_at IS NOT NULL AND old.ended_at > old.started_at)
    FROM (VALUES ('h:' || old.handler, 'all', ''), ('h:' || old.handler, 'channel', old.channel), ('h:' || old.handler, 'category', old.category), ('h:' || old.handler, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'all', ''), ('t:' || old.team, 'channel', old.channel), ('t:' || old.team, 'category', old.category), ('t:' || old.team, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'handler', old.handler)) AS s WHERE s.column2 <> 'reason' OR old.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count;
END;

CREATE TRIGGER contact_daily_ai AFTER INSERT ON contacts
    WHEN new.deleted = 0 AND NOT EXISTS (SELECT 1 FROM bulk_apply)
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count)
    SELECT s.column1, s.column2, london_day(new.started_at), s.column3, 1, (new.outcome = 'resolved_first_contact'), (new.remained_dissatisfied <> 0), (CASE WHEN new.ended_at > new.started_at THEN CAST(round((julianday(new.ended_at) - julianday(new.started_at)) * 86400) AS INTEGER) ELSE 0 END), (new.ended_at IS NOT NULL AND new.ended_at > new.started_at)
    FROM (VALUES ('h:' || new.handler, 'all', ''), ('h:' || new.handler, 'channel', new.channel), ('h:' || new.handler, 'category', new.category), ('h:' || new.handler, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'all', ''), ('t:' || new.team, 'channel', new.channel), ('t:' || new.team, 'category', new.category), ('t:' || new.team, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'handler', new.handler)) AS s WHERE s.column2 <> 'reason' OR new.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count;
END;

CREATE TRIGGER contact_daily_au_new AFTER UPDATE OF started_at, ended_at, handler, team, channel, category, reason, outcome, remained_dissatisfied, deleted ON contacts WHEN new.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count)
    SELECT s.column1, s.column2, london_day(new.started_at), s.column3, 1, (new.outcome = 'resolved_first_contact'), (new.remained_dissatisfied <> 0), (CASE WHEN new.ended_at > new.started_at THEN CAST(round((julianday(new.ended_at) - julianday(new.started_at)) * 86400) AS INTEGER) ELSE 0 END), (new.ended_at IS NOT NULL AND new.ended_at > new.started_at)
    FROM (VALUES ('h:' || new.handler, 'all', ''), ('h:' || new.handler, 'channel', new.channel), ('h:' || new.handler, 'category', new.category), ('h:' || new.handler, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'all', ''), ('t:' || new.team, 'channel', new.channel), ('t:' || new.team, 'category', new.category), ('t:' || new.team, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'handler', new.handler)) AS s WHERE s.column2 <> 'reason' OR new.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count;
END;

CREATE TRIGGER contact_daily_au_old AFTER UPDATE OF started_at, ended_at, handler, team, channel, category, reason, outcome, remained_dissatisfied, deleted ON contacts WHEN old.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count)
    SELECT s.column1, s.column2, london_day(old.started_at), s.column3, -1, -(old.outcome = 'resolved_first_contact'), -(old.remained_dissatisfied <> 0), -(CASE WHEN old.ended_at > old.started_at THEN CAST(round((julianday(old.ended_at) - julianday(old.started_at)) * 86400) AS INTEGER) ELSE 0 END), -(old.ended_at IS NOT NULL AND old.ended_at > old.started_at)
    FROM (VALUES ('h:' || old.handler, 'all', ''), ('h:' || old.handler, 'channel', old.channel), ('h:' || old.handler, 'category', old.category), ('h:' || old.handler, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'all', ''), ('t:' || old.team, 'channel', old.channel), ('t:' || old.team, 'category', old.category), ('t:' || old.team, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'handler', old.handler)) AS s WHERE s.column2 <> 'reason' OR old.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count;
END;

CREATE TRIGGER contact_repeats_ad AFTER DELETE ON contacts
BEGIN
    DELETE FROM contact_repeats WHERE contact_rowid = old.rowid;
    -- Later contacts of the same caller in the window may have become, or stopped being, repeats.
    DELETE FROM contact_repeats WHERE contact_rowid IN (SELECT x.rowid FROM contacts x WHERE (((old.caller_phone <> '' AND x.caller_phone = old.caller_phone AND x.caller_phone <> '') OR (old.caller_phone = '' AND old.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = old.caller_email AND x.caller_email <> ''))) AND x.started_at > old.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', old.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days'));
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
    FROM contacts x WHERE (((old.caller_phone <> '' AND x.caller_phone = old.caller_phone AND x.caller_phone <> '') OR (old.caller_phone = '' AND old.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = old.caller_email AND x.caller_email <> ''))) AND x.started_at > old.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', old.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND x.deleted = 0
        AND CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END >= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3);
END;

CREATE TRIGGER contact_repeats_ai AFTER INSERT ON contacts
    WHEN new.deleted = 0 AND (new.caller_phone <> '' OR new.caller_email <> '') AND NOT EXISTS (SELECT 1 FROM bulk_apply)
BEGIN
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT new.rowid, new.handler, new.team, london_day(new.started_at), CASE WHEN new.caller_phone <> '' THEN 'p:' || new.caller_phone WHEN new.caller_email <> '' THEN 'e:' || new.caller_email ELSE '' END
    WHERE (new.caller_phone <> '' OR new.caller_email <> '')
        AND CASE WHEN new.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = new.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < new.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = new.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < new.started_at AND c.deleted = 0) END >= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3);
    -- Later contacts of the same caller in the window may have become, or stopped being, repeats.
    DELETE FROM contact_repeats WHERE contact_rowid IN (SELECT x.rowid FROM contacts x WHERE (((new.caller_phone <> '' AND x.caller_phone = new.caller_phone AND x.caller_phone <> '') OR (new.caller_phone = '' AND new.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = new.caller_email AND x.caller_email <> ''))) AND x.started_at > new.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days'));
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
    FROM contacts x WHERE (((new.caller_phone <> '' AND x.caller_phone = new.caller_phone AND x.caller_phone <> '') OR (new.caller_phone = '' AND new.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = new.caller_email AND x.caller_email <> ''))) AND x.started_at > new.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND x.deleted = 0
        AND CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END >= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3);
END;

CREATE TRIGGER contact_repeats_au AFTER UPDATE OF started_at, handler, team, caller_phone, caller_email, deleted ON contacts
BEGIN
    DELETE FROM contact_repeats WHERE contact_rowid = old.rowid;
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT new.rowid, new.handler, new.team, london_day(new.started_at), CASE WHEN new.caller_phone <> '' THEN 'p:' || new.caller_phone WHEN new.caller_email <> '' THEN 'e:' || new.caller_email ELSE '' END
    WHERE new.deleted = 0 AND (new.caller_phone <> '' OR new.caller_email <> '')
        AND CASE WHEN new.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = new.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < new.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = new.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < new.started_at AND c.deleted = 0) END >= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3);
    -- Later contacts of the same caller in the window may have become, or stopped being, repeats.
    DELETE FROM contact_repeats WHERE contact_rowid IN (SELECT x.rowid FROM contacts x WHERE (((old.caller_phone <> '' AND x.caller_phone = old.caller_phone AND x.caller_phone <> '') OR (old.caller_phone = '' AND old.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = old.caller_email AND x.caller_email <> ''))) AND x.started_at > old.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', old.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days'));
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
    FROM contacts x WHERE (((old.caller_phone <> '' AND x.caller_phone = old.caller_phone AND x.caller_phone <> '') OR (old.caller_phone = '' AND old.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = old.caller_email AND x.caller_email <> ''))) AND x.started_at > old.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', old.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND x.deleted = 0
        AND CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END >= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3);
    -- Later contacts of the same caller in the window may have become, or stopped being, repeats.
    DELETE FROM contact_repeats WHERE contact_rowid IN (SELECT x.rowid FROM contacts x WHERE (((new.caller_phone <> '' AND x.caller_phone = new.caller_phone AND x.caller_phone <> '') OR (new.caller_phone = '' AND new.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = new.caller_email AND x.caller_email <> ''))) AND x.started_at > new.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days'));
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
    FROM contacts x WHERE (((new.caller_phone <> '' AND x.caller_phone = new.caller_phone AND x.caller_phone <> '') OR (new.caller_phone = '' AND new.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = new.caller_email AND x.caller_email <> ''))) AND x.started_at > new.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND x.deleted = 0
        AND CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END >= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3);
END;

CREATE TRIGGER escalation_daily_events_ai AFTER INSERT ON escalation_events WHEN new.to_status = 'resolved'
BEGIN
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || e.owner ELSE 't:' || e.team END, 'resolved', n.day, k.column2, k.column1, k.column1 * (date(e.due_at) IS NULL OR n.day <= e.due_at), k.column1 * (CASE WHEN date(e.raised_on) IS NULL THEN 0 ELSE CAST(round(julianday(n.day) - julianday(e.raised_on)) AS INTEGER) END)
    FROM escalations e,
        (SELECT london_day(x.at) AS day FROM escalation_events x WHERE x.escalation_id = new.escalation_id AND x.to_status = 'resolved' AND (x.at > new.at OR (x.at = new.at AND x.id > new.id)) ORDER BY x.at, x.id LIMIT 1) AS n,
        (VALUES (-1, COALESCE((SELECT london_day(p.at) FROM escalation_events p WHERE p.escalation_id = new.escalation_id AND p.to_status = 'resolved' AND (p.at < new.at OR (p.at = new.at AND p.id < new.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1), '')), (1, london_day(new.at))) AS k, (VALUES ('h'), ('t')) AS s
    WHERE e.id = new.escalation_id AND e.deleted = 0
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || e.owner ELSE 't:' || e.team END, 'resolved', london_day(new.at), COALESCE((SELECT london_day(p.at) FROM escalation_events p WHERE p.escalation_id = new.escalation_id AND p.to_status = 'resolved' AND (p.at < new.at OR (p.at = new.at AND p.id < new.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1), ''), 1, (date(e.due_at) IS NULL OR london_day(new.at) <= e.due_at), (CASE WHEN date(e.raised_on) IS NULL THEN 0 ELSE CAST(round(julianday(london_day(new.at)) - julianday(e.raised_on)) AS INTEGER) END)
    FROM escalations e, (VALUES ('h'), ('t')) AS s
    WHERE e.id = new.escalation_id AND e.deleted = 0
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
END;

CREATE TRIGGER escalation_daily_ad AFTER DELETE ON escalations WHEN old.deleted = 0
BEGIN
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || old.owner ELSE 't:' || old.team END, d.column1, old.raised_on, d.column2, -1, 0, 0
    FROM (VALUES ('h'), ('t')) AS s, (VALUES ('raised', ''), ('department', old.receiving_team)) AS d
    WHERE old.deleted = 0 AND old.status <> 'draft' AND (d.column1 = 'raised' OR (old.receiving_team <> '' AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = old.contact_id AND c.category = 'dissatisfaction')))
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || old.owner ELSE 't:' || old.team END, 'resolved', r.day, r.prev, -1, -(date(old.due_at) IS NULL OR r.day <= old.due_at), -(CASE WHEN date(old.raised_on) IS NULL THEN 0 ELSE CAST(round(julianday(r.day) - julianday(old.raised_on)) AS INTEGER) END)
    FROM (SELECT london_day(v.at) AS day, COALESCE((SELECT london_day(p.at) FROM escalation_events p WHERE p.escalation_id = v.escalation_id AND p.to_status = 'resolved' AND (p.at < v.at OR (p.at = v.at AND p.id < v.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1), '') AS prev
          FROM escalation_events v WHERE v.escalation_id = old.id AND v.to_status = 'resolved') AS r, (VALUES ('h'), ('t')) AS s
    WHERE old.deleted = 0
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
END;

CREATE TRIGGER escalation_daily_ai AFTER INSERT ON escalations WHEN new.deleted = 0
BEGIN
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || new.owner ELSE 't:' || new.team END, d.column1, new.raised_on, d.column2, 1, 0, 0
    FROM (VALUES ('h'), ('t')) AS s, (VALUES ('raised', ''), ('department', new.receiving_team)) AS d
    WHERE new.deleted = 0 AND new.status <> 'draft' AND (d.column1 = 'raised' OR (new.receiving_team <> '' AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = new.contact_id AND c.category = 'dissatisfaction')))
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || new.owner ELSE 't:' || new.team END, 'resolved', r.day, r.prev, 1, (date(new.due_at) IS NULL OR r.day <= new.due_at), (CASE WHEN date(new.raised_on) IS NULL THEN 0 ELSE CAST(round(julianday(r.day) - julianday(new.raised_on)) AS INTEGER) END)
    FROM (SELECT london_day(v.at) AS day, COALESCE((SELECT london_day(p.at) FROM escalation_events p WHERE p.escalation_id = v.escalation_id AND p.to_status = 'resolved' AND (p.at < v.at OR (p.at = v.at AND p.id < v.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1), '') AS prev
          FROM escalation_events v WHERE v.escalation_id = new.id AND v.to_status = 'resolved') AS r, (VALUES ('h'), ('t')) AS s
    WHERE new.deleted = 0
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
END;

CREATE TRIGGER escalation_daily_au AFTER UPDATE OF id, contact_id, status, owner, team, receiving_team, raised_on, due_at, deleted ON escalations
WHEN old.id IS NOT new.id OR old.contact_id IS NOT new.contact_id OR (old.status = 'draft') IS NOT (new.status = 'draft')
    OR old.owner IS NOT new.owner OR old.team IS NOT new.team OR old.receiving_team IS NOT new.receiving_team
    OR old.raised_on IS NOT new.raised_on OR old.due_at IS NOT new.due_at OR old.deleted IS NOT new.deleted
BEGIN
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || old.owner ELSE 't:' || old.team END, d.column1, old.raised_on, d.column2, -1, 0, 0
    FROM (VALUES ('h'), ('t')) AS s, (VALUES ('raised', ''), ('department', old.receiving_team)) AS d
    WHERE old.deleted = 0 AND old.status <> 'draft' AND (d.column1 = 'raised' OR (old.receiving_team <> '' AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = old.contact_id AND c.category = 'dissatisfaction')))
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || old.owner ELSE 't:' || old.team END, 'resolved', r.day, r.prev, -1, -(date(old.due_at) IS NULL OR r.day <= old.due_at), -(CASE WHEN date(old.raised_on) IS NULL THEN 0 ELSE CAST(round(julianday(r.day) - julianday(old.raised_on)) AS INTEGER) END)
    FROM (SELECT london_day(v.at) AS day, COALESCE((SELECT london_day(p.at) FROM escalation_events p WHERE p.escalation_id = v.escalation_id AND p.to_status = 'resolved' AND (p.at < v.at OR (p.at = v.at AND p.id < v.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1), '') AS prev
          FROM escalation_events v WHERE v.escalation_id = old.id AND v.to_status = 'resolved') AS r, (VALUES ('h'), ('t')) AS s
    WHERE old.deleted = 0
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || new.owner ELSE 't:' || new.team END, d.column1, new.raised_on, d.column2, 1, 0, 0
    FROM (VALUES ('h'), ('t')) AS s, (VALUES ('raised', ''), ('department', new.receiving_team)) AS d
    WHERE new.deleted = 0 AND new.status <> 'draft' AND (d.column1 = 'raised' OR (new.receiving_team <> '' AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = new.contact_id AND c.category = 'dissatisfaction')))
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || new.owner ELSE 't:' || new.team END, 'resolved', r.day, r.prev, 1, (date(new.due_at) IS NULL OR r.day <= new.due_at), (CASE WHEN date(new.raised_on) IS NULL THEN 0 ELSE CAST(round(julianday(r.day) - julianday(new.raised_on)) AS INTEGER) END)
    FROM (SELECT london_day(v.at) AS day, COALESCE((SELECT london_day(p.at) FROM escalation_events p WHERE p.escalation_id = v.escalation_id AND p.to_status = 'resolved' AND (p.at < v.at OR (p.at = v.at AND p.id < v.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1), '') AS prev
          FROM escalation_events v WHERE v.escalation_id = new.id AND v.to_status = 'resolved') AS r, (VALUES ('h'), ('t')) AS s
    WHERE new.deleted = 0
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
END;
