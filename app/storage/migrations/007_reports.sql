-- Migration 7: reports
-- Schema 7: what the dashboards and the monthly report count, kept up to date by triggers so
-- no dashboard query scans the contacts table.
--
-- contact_daily: per Europe/London local day, for each handler ('h:' || handler) and each team
-- ('t:' || team), counts by dimension: 'all' (key ''), 'channel', 'category', 'reason'
-- (key category/reason) and, for teams, 'handler'. The local day is london_day(started_at), the
-- SQL function every connection has (cd::addSchemaFunctions; core/londonday.h defines the day).
-- Until schema 15 the triggers wrote the UK rule out in each place as a date() CASE expression;
-- the scripts of schemas 7 to 14 call the function instead, for the same objects a database
-- upgraded to schema 15 has.
CREATE TABLE contact_daily (
    scope           TEXT NOT NULL,
    dim             TEXT NOT NULL,
    day             TEXT NOT NULL,
    key             TEXT NOT NULL,
    contacts        INTEGER NOT NULL DEFAULT 0,
    resolved        INTEGER NOT NULL DEFAULT 0, -- outcome resolved_first_contact
    dissatisfied    INTEGER NOT NULL DEFAULT 0, -- remained dissatisfied
    handled_seconds INTEGER NOT NULL DEFAULT 0,
    handled_count   INTEGER NOT NULL DEFAULT 0, -- contacts with an end time
    PRIMARY KEY (scope, dim, day, key)
) WITHOUT ROWID;

-- Repeat contacts: those whose caller (by phone, or by email when there is no phone) has
-- `repeat_caller.threshold` contacts in the `repeat_caller.window_days` up to it, this one
-- included (is_repeat_contact, cd::isRepeatContact; the fill below calls it, and from schema 16
-- the triggers do too; until then they counted from the contact after).
CREATE TABLE contact_repeats (
    contact_rowid INTEGER PRIMARY KEY,
    handler       TEXT NOT NULL,
    team          TEXT NOT NULL,
    day           TEXT NOT NULL,
    caller        TEXT NOT NULL
);
CREATE INDEX contact_repeats_handler ON contact_repeats (handler, day, caller);
CREATE INDEX contact_repeats_team ON contact_repeats (team, day, caller);

-- Caller survey answers (each question rated 0-10), imported from the survey provider.
-- Local to the workstation that imported them; not synced.
CREATE TABLE survey_responses (
    id         TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL DEFAULT '',
    handler    TEXT NOT NULL DEFAULT '',
    team       TEXT NOT NULL DEFAULT '',
    day        TEXT NOT NULL,
    question   TEXT NOT NULL,
    rating     INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10)
) WITHOUT ROWID;
CREATE INDEX survey_responses_handler ON survey_responses (handler, day);
CREATE INDEX survey_responses_team ON survey_responses (team, day);

-- The contacts behind a bar or slice, by team.
CREATE INDEX contacts_team_started ON contacts (team, started_at);

CREATE TRIGGER contact_daily_ai AFTER INSERT ON contacts WHEN new.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count)
    SELECT s.column1, s.column2, london_day(new.started_at), s.column3, 1, (new.outcome = 'resolved_first_contact'), (new.remained_dissatisfied <> 0), (CASE WHEN new.ended_at > new.started_at THEN CAST(round((julianday(new.ended_at) - julianday(new.started_at)) * 86400) AS INTEGER) ELSE 0 END), (new.ended_at IS NOT NULL AND new.ended_at > new.started_at)
    FROM (VALUES ('h:' || new.handler, 'all', ''), ('h:' || new.handler, 'channel', new.channel), ('h:' || new.handler, 'category', new.category), ('h:' || new.handler, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'all', ''), ('t:' || new.team, 'channel', new.channel), ('t:' || new.team, 'category', new.category), ('t:' || new.team, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'handler', new.handler)) AS s WHERE s.column2 <> 'reason' OR new.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count;
END;

CREATE TRIGGER contact_daily_ad AFTER DELETE ON contacts WHEN old.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count)
    SELECT s.column1, s.column2, london_day(old.started_at), s.column3, -1, -(old.outcome = 'resolved_first_contact'), -(old.remained_dissatisfied <> 0), -(CASE WHEN old.ended_at > old.started_at THEN CAST(round((julianday(old.ended_at) - julianday(old.started_at)) * 86400) AS INTEGER) ELSE 0 END), -(old.ended_at IS NOT NULL AND old.ended_at > old.started_at)
    FROM (VALUES ('h:' || old.handler, 'all', ''), ('h:' || old.handler, 'channel', old.channel), ('h:' || old.handler, 'category', old.category), ('h:' || old.handler, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'all', ''), ('t:' || old.team, 'channel', old.channel), ('t:' || old.team, 'category', old.category), ('t:' || old.team, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'handler', old.handler)) AS s WHERE s.column2 <> 'reason' OR old.reason <> ''
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

CREATE TRIGGER contact_daily_au_new AFTER UPDATE OF started_at, ended_at, handler, team, channel, category, reason, outcome, remained_dissatisfied, deleted ON contacts WHEN new.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count)
    SELECT s.column1, s.column2, london_day(new.started_at), s.column3, 1, (new.outcome = 'resolved_first_contact'), (new.remained_dissatisfied <> 0), (CASE WHEN new.ended_at > new.started_at THEN CAST(round((julianday(new.ended_at) - julianday(new.started_at)) * 86400) AS INTEGER) ELSE 0 END), (new.ended_at IS NOT NULL AND new.ended_at > new.started_at)
    FROM (VALUES ('h:' || new.handler, 'all', ''), ('h:' || new.handler, 'channel', new.channel), ('h:' || new.handler, 'category', new.category), ('h:' || new.handler, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'all', ''), ('t:' || new.team, 'channel', new.channel), ('t:' || new.team, 'category', new.category), ('t:' || new.team, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'handler', new.handler)) AS s WHERE s.column2 <> 'reason' OR new.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count;
END;

CREATE TRIGGER contact_repeats_ai AFTER INSERT ON contacts WHEN new.deleted = 0 AND (new.caller_phone <> '' OR new.caller_email <> '')
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

-- FILL: counts for contacts already in the cache (also run by a rebuild).
INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count)
SELECT CASE s.column1 WHEN 'h' THEN 'h:' || x.handler ELSE 't:' || x.team END, s.column2, london_day(x.started_at),
    CASE s.column2 WHEN 'all' THEN '' WHEN 'channel' THEN x.channel WHEN 'category' THEN x.category
        WHEN 'reason' THEN x.category || '/' || x.reason ELSE x.handler END, sum(1), sum(x.outcome = 'resolved_first_contact'), sum(x.remained_dissatisfied <> 0),
    sum(CASE WHEN x.ended_at > x.started_at THEN CAST(round((julianday(x.ended_at) - julianday(x.started_at)) * 86400) AS INTEGER) ELSE 0 END),
    sum(x.ended_at IS NOT NULL AND x.ended_at > x.started_at)
FROM contacts x, (VALUES ('h', 'all'), ('h', 'channel'), ('h', 'category'), ('h', 'reason'), ('t', 'all'), ('t', 'channel'), ('t', 'category'), ('t', 'reason'), ('t', 'handler')) AS s
WHERE x.deleted = 0 AND (s.column2 <> 'reason' OR x.reason <> '')
GROUP BY 1, 2, 3, 4;
INSERT INTO contact_repeats (contact_rowid, handler, team, day, caller)
SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
FROM contacts x
WHERE x.deleted = 0 AND (x.caller_phone <> '' OR x.caller_email <> '')
    AND is_repeat_contact(CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END, COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3));
