-- Migration 16: repeat caller rule
-- Schema 16: the repeat-caller table (contact_repeats, behind the dashboards' and the monthly
-- report's "Repeat callers") follows the Desk's rule. A contact is a repeat when its caller's
-- contacts in the `repeat_caller.window_days` window, this one included, reach
-- `repeat_caller.threshold`: with the defaults the third contact in 30 days, the one the contact
-- form flags. Until schema 15 the triggers and views counted a contact only when its caller had
-- the threshold's number of contacts before it (from the fourth), so a caller the Desk flagged
-- was not counted.
--
-- The rule is written once, cd::isRepeatContact (core/repeatcaller.h): the triggers, the view
-- the bulk write and `contactdesk-admin report rebuild` read (contact_repeats_source), and the
-- fill of migration 007 call it as the SQL function is_repeat_contact(earlier_in_window,
-- threshold) that every connection has (cd::addSchemaFunctions), instead of each comparing the
-- count with the threshold. The counts kept so far are counted again.
DROP VIEW contact_repeats_source;
DROP TRIGGER contact_repeats_ad;
DROP TRIGGER contact_repeats_ai;
DROP TRIGGER contact_repeats_au;

-- The live contacts that are repeats by the rule (the bulk write's catch-up and the recount
-- below read it).
CREATE VIEW contact_repeats_source (contact_rowid, handler, team, day, caller) AS
SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
FROM contacts x
WHERE x.deleted = 0 AND (x.caller_phone <> '' OR x.caller_email <> '')
    AND is_repeat_contact(CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END, COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3));

CREATE TRIGGER contact_repeats_ad AFTER DELETE ON contacts
BEGIN
    DELETE FROM contact_repeats WHERE contact_rowid = old.rowid;
    -- Later contacts of the same caller in the window may have become, or stopped being, repeats.
    DELETE FROM contact_repeats WHERE contact_rowid IN (SELECT x.rowid FROM contacts x WHERE (((old.caller_phone <> '' AND x.caller_phone = old.caller_phone AND x.caller_phone <> '') OR (old.caller_phone = '' AND old.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = old.caller_email AND x.caller_email <> ''))) AND x.started_at > old.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', old.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days'));
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
    FROM contacts x WHERE (((old.caller_phone <> '' AND x.caller_phone = old.caller_phone AND x.caller_phone <> '') OR (old.caller_phone = '' AND old.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = old.caller_email AND x.caller_email <> ''))) AND x.started_at > old.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', old.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND x.deleted = 0
        AND is_repeat_contact(CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END, COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3));
END;

CREATE TRIGGER contact_repeats_ai AFTER INSERT ON contacts
    WHEN new.deleted = 0 AND (new.caller_phone <> '' OR new.caller_email <> '') AND NOT EXISTS (SELECT 1 FROM bulk_apply)
BEGIN
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT new.rowid, new.handler, new.team, london_day(new.started_at), CASE WHEN new.caller_phone <> '' THEN 'p:' || new.caller_phone WHEN new.caller_email <> '' THEN 'e:' || new.caller_email ELSE '' END
    WHERE (new.caller_phone <> '' OR new.caller_email <> '')
        AND is_repeat_contact(CASE WHEN new.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = new.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < new.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = new.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < new.started_at AND c.deleted = 0) END, COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3));
    -- Later contacts of the same caller in the window may have become, or stopped being, repeats.
    DELETE FROM contact_repeats WHERE contact_rowid IN (SELECT x.rowid FROM contacts x WHERE (((new.caller_phone <> '' AND x.caller_phone = new.caller_phone AND x.caller_phone <> '') OR (new.caller_phone = '' AND new.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = new.caller_email AND x.caller_email <> ''))) AND x.started_at > new.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days'));
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
    FROM contacts x WHERE (((new.caller_phone <> '' AND x.caller_phone = new.caller_phone AND x.caller_phone <> '') OR (new.caller_phone = '' AND new.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = new.caller_email AND x.caller_email <> ''))) AND x.started_at > new.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND x.deleted = 0
        AND is_repeat_contact(CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END, COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3));
END;

CREATE TRIGGER contact_repeats_au AFTER UPDATE OF started_at, handler, team, caller_phone, caller_email, deleted ON contacts
BEGIN
    DELETE FROM contact_repeats WHERE contact_rowid = old.rowid;
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT new.rowid, new.handler, new.team, london_day(new.started_at), CASE WHEN new.caller_phone <> '' THEN 'p:' || new.caller_phone WHEN new.caller_email <> '' THEN 'e:' || new.caller_email ELSE '' END
    WHERE new.deleted = 0 AND (new.caller_phone <> '' OR new.caller_email <> '')
        AND is_repeat_contact(CASE WHEN new.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = new.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < new.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = new.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < new.started_at AND c.deleted = 0) END, COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3));
    -- Later contacts of the same caller in the window may have become, or stopped being, repeats.
    DELETE FROM contact_repeats WHERE contact_rowid IN (SELECT x.rowid FROM contacts x WHERE (((old.caller_phone <> '' AND x.caller_phone = old.caller_phone AND x.caller_phone <> '') OR (old.caller_phone = '' AND old.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = old.caller_email AND x.caller_email <> ''))) AND x.started_at > old.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', old.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days'));
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
    FROM contacts x WHERE (((old.caller_phone <> '' AND x.caller_phone = old.caller_phone AND x.caller_phone <> '') OR (old.caller_phone = '' AND old.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = old.caller_email AND x.caller_email <> ''))) AND x.started_at > old.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', old.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND x.deleted = 0
        AND is_repeat_contact(CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END, COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3));
    -- Later contacts of the same caller in the window may have become, or stopped being, repeats.
    DELETE FROM contact_repeats WHERE contact_rowid IN (SELECT x.rowid FROM contacts x WHERE (((new.caller_phone <> '' AND x.caller_phone = new.caller_phone AND x.caller_phone <> '') OR (new.caller_phone = '' AND new.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = new.caller_email AND x.caller_email <> ''))) AND x.started_at > new.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days'));
    INSERT OR REPLACE INTO contact_repeats (contact_rowid, handler, team, day, caller)
    SELECT x.rowid, x.handler, x.team, london_day(x.started_at), CASE WHEN x.caller_phone <> '' THEN 'p:' || x.caller_phone WHEN x.caller_email <> '' THEN 'e:' || x.caller_email ELSE '' END
    FROM contacts x WHERE (((new.caller_phone <> '' AND x.caller_phone = new.caller_phone AND x.caller_phone <> '') OR (new.caller_phone = '' AND new.caller_email <> '' AND x.caller_phone = '' AND x.caller_email = new.caller_email AND x.caller_email <> ''))) AND x.started_at > new.started_at AND x.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', new.started_at, '+' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND x.deleted = 0
        AND is_repeat_contact(CASE WHEN x.caller_phone <> '' THEN (SELECT count(*) FROM contacts c WHERE c.caller_phone = x.caller_phone AND c.caller_phone <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) ELSE (SELECT count(*) FROM contacts c WHERE c.caller_email = x.caller_email AND c.caller_email <> '' AND c.started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', x.started_at, '-' || COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.window_days'), 30) || ' days') AND c.started_at < x.started_at AND c.deleted = 0) END, COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'repeat_caller.threshold'), 3));
END;

-- Every live contact counted again with the rule.
DELETE FROM contact_repeats;
INSERT INTO contact_repeats (contact_rowid, handler, team, day, caller)
SELECT contact_rowid, handler, team, day, caller FROM contact_repeats_source;
