-- Migration 10: bulk contact writes
-- Schema 10: bulk writes of contacts (a sync pull of many new contacts) pause the per-row
-- full-text, daily-summary and repeat-caller work and catch up set-wise in the same transaction
-- (cd::ContactBulkWrite). Per row, the full-text trigger costs about four times a single
-- INSERT ... SELECT into contacts_fts over the same rows, and the nine summary upserts more.
--
-- bulk_apply holds a row only inside such a transaction, never after it commits or rolls back:
-- other connections never see it, and a killed process leaves it empty.
CREATE TABLE IF NOT EXISTS bulk_apply (
    since_rowid INTEGER PRIMARY KEY -- contacts inserted after this rowid are caught up
);

DROP TRIGGER contacts_fts_ai;
CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts WHEN NOT EXISTS (SELECT 1 FROM bulk_apply)
BEGIN
    INSERT INTO contacts_fts (rowid, caller_name, caller_phone, caller_email, reference, vrm, notes)
    VALUES (new.rowid, new.caller_name, new.caller_phone, new.caller_email, new.reference, new.vrm, new.notes);
END;

DROP TRIGGER contact_daily_ai;
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

-- What each live contact adds to contact_daily, as the triggers of migration 007 count it (its
-- Europe/London day, resolved, dissatisfied, handled time): the catch-up groups these, then
-- spreads each group over the scopes and dimensions.
CREATE VIEW IF NOT EXISTS contact_daily_source AS
SELECT x.rowid AS contact_rowid, x.handler, x.team, x.channel, x.category, x.reason,
    london_day(x.started_at) AS day,
    (x.outcome = 'resolved_first_contact') AS resolved,
    (x.remained_dissatisfied <> 0) AS dissatisfied,
    CASE WHEN x.ended_at > x.started_at THEN CAST(round((julianday(x.ended_at) - julianday(x.started_at)) * 86400) AS INTEGER) ELSE 0 END AS handled_seconds,
    (x.ended_at IS NOT NULL AND x.ended_at > x.started_at) AS handled_count
FROM contacts x
WHERE x.deleted = 0;

DROP TRIGGER contact_repeats_ai;
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


-- The live contacts that are repeats (their caller had `repeat_caller.threshold` contacts in the
-- window before), as the fill of migration 007 finds them: the catch-up re-checks only the new
-- contacts and the later contacts of their callers, whose counts can only have grown.
CREATE VIEW IF NOT EXISTS contact_repeats_source (contact_rowid, handler, team, day, caller) AS
SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
FROM contacts x
WHERE x.deleted = 0 AND (x.caller_phone <> '' OR x.caller_email <> '')
    AND CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END >= COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3);
