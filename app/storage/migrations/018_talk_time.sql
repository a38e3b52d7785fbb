-- Migration 18: talk time
-- Schema 18: a contact keeps the telephony's call id and how long the call and its wrap-up took.
-- talk_seconds runs from the start of the contact (the screen pop, or F2) to the end of the call
-- (a hang-up from the telephony, F4, or F2 for the next call, whichever comes first);
-- wrapup_seconds from the end of the call to the save. Both are NULL when they are not known
-- (contacts from before schema 18, contacts imported without them): the averages leave those
-- contacts out instead of counting them as zero. contact_daily sums them per day, with how many
-- contacts each sum covers, as it does handled_seconds and handled_count.
ALTER TABLE contacts ADD COLUMN call_id TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN talk_seconds INTEGER CHECK (talk_seconds IS NULL OR talk_seconds BETWEEN 0 AND 86400);
ALTER TABLE contacts ADD COLUMN wrapup_seconds INTEGER CHECK (wrapup_seconds IS NULL OR wrapup_seconds BETWEEN 0 AND 86400);

ALTER TABLE contact_daily ADD COLUMN talk_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contact_daily ADD COLUMN talk_count INTEGER NOT NULL DEFAULT 0; -- contacts with a talk time
ALTER TABLE contact_daily ADD COLUMN wrapup_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contact_daily ADD COLUMN wrapup_count INTEGER NOT NULL DEFAULT 0; -- contacts with a wrap-up time

DROP VIEW contact_daily_source;
DROP TRIGGER contact_daily_ad;
DROP TRIGGER contact_daily_ai;
DROP TRIGGER contact_daily_au_new;
DROP TRIGGER contact_daily_au_old;

CREATE VIEW contact_daily_source AS
SELECT x.rowid AS contact_rowid, x.handler, x.team, x.channel, x.category, x.reason,
    london_day(x.started_at) AS day,
    (x.outcome = 'resolved_first_contact') AS resolved,
    (x.remained_dissatisfied <> 0) AS dissatisfied,
    CASE WHEN x.ended_at > x.started_at THEN CAST(round((julianday(x.ended_at) - julianday(x.started_at)) * 86400) AS INTEGER) ELSE 0 END AS handled_seconds,
    (x.ended_at IS NOT NULL AND x.ended_at > x.started_at) AS handled_count,
    coalesce(x.talk_seconds, 0) AS talk_seconds, (x.talk_seconds IS NOT NULL) AS talk_count,
    coalesce(x.wrapup_seconds, 0) AS wrapup_seconds, (x.wrapup_seconds IS NOT NULL) AS wrapup_count
FROM contacts x
WHERE x.deleted = 0;

CREATE TRIGGER contact_daily_ad AFTER DELETE ON contacts WHEN old.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count, talk_seconds, talk_count, wrapup_seconds, wrapup_count)
    SELECT s.column1, s.column2, london_day(old.started_at), s.column3, -1, -(old.outcome = 'resolved_first_contact'), -(old.remained_dissatisfied <> 0), -(CASE WHEN old.ended_at > old.started_at THEN CAST(round((julianday(old.ended_at) - julianday(old.started_at)) * 86400) AS INTEGER) ELSE 0 END), -(old.ended_at IS NOT NULL AND old.ended_at > old.started_at), -(coalesce(old.talk_seconds, 0)), -(old.talk_seconds IS NOT NULL), -(coalesce(old.wrapup_seconds, 0)), -(old.wrapup_seconds IS NOT NULL)
    FROM (VALUES ('h:' || old.handler, 'all', ''), ('h:' || old.handler, 'channel', old.channel), ('h:' || old.handler, 'category', old.category), ('h:' || old.handler, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'all', ''), ('t:' || old.team, 'channel', old.channel), ('t:' || old.team, 'category', old.category), ('t:' || old.team, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'handler', old.handler)) AS s WHERE s.column2 <> 'reason' OR old.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count,
        talk_seconds = talk_seconds + excluded.talk_seconds, talk_count = talk_count + excluded.talk_count,
        wrapup_seconds = wrapup_seconds + excluded.wrapup_seconds, wrapup_count = wrapup_count + excluded.wrapup_count;
END;

CREATE TRIGGER contact_daily_ai AFTER INSERT ON contacts
    WHEN new.deleted = 0 AND NOT EXISTS (SELECT 1 FROM bulk_apply)
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count, talk_seconds, talk_count, wrapup_seconds, wrapup_count)
    SELECT s.column1, s.column2, london_day(new.started_at), s.column3, 1, (new.outcome = 'resolved_first_contact'), (new.remained_dissatisfied <> 0), (CASE WHEN new.ended_at > new.started_at THEN CAST(round((julianday(new.ended_at) - julianday(new.started_at)) * 86400) AS INTEGER) ELSE 0 END), (new.ended_at IS NOT NULL AND new.ended_at > new.started_at), (coalesce(new.talk_seconds, 0)), (new.talk_seconds IS NOT NULL), (coalesce(new.wrapup_seconds, 0)), (new.wrapup_seconds IS NOT NULL)
    FROM (VALUES ('h:' || new.handler, 'all', ''), ('h:' || new.handler, 'channel', new.channel), ('h:' || new.handler, 'category', new.category), ('h:' || new.handler, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'all', ''), ('t:' || new.team, 'channel', new.channel), ('t:' || new.team, 'category', new.category), ('t:' || new.team, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'handler', new.handler)) AS s WHERE s.column2 <> 'reason' OR new.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count,
        talk_seconds = talk_seconds + excluded.talk_seconds, talk_count = talk_count + excluded.talk_count,
        wrapup_seconds = wrapup_seconds + excluded.wrapup_seconds, wrapup_count = wrapup_count + excluded.wrapup_count;
END;

CREATE TRIGGER contact_daily_au_new AFTER UPDATE OF started_at, ended_at, handler, team, channel, category, reason, outcome, remained_dissatisfied, talk_seconds, wrapup_seconds, deleted ON contacts WHEN new.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count, talk_seconds, talk_count, wrapup_seconds, wrapup_count)
    SELECT s.column1, s.column2, london_day(new.started_at), s.column3, 1, (new.outcome = 'resolved_first_contact'), (new.remained_dissatisfied <> 0), (CASE WHEN new.ended_at > new.started_at THEN CAST(round((julianday(new.ended_at) - julianday(new.started_at)) * 86400) AS INTEGER) ELSE 0 END), (new.ended_at IS NOT NULL AND new.ended_at > new.started_at), (coalesce(new.talk_seconds, 0)), (new.talk_seconds IS NOT NULL), (coalesce(new.wrapup_seconds, 0)), (new.wrapup_seconds IS NOT NULL)
    FROM (VALUES ('h:' || new.handler, 'all', ''), ('h:' || new.handler, 'channel', new.channel), ('h:' || new.handler, 'category', new.category), ('h:' || new.handler, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'all', ''), ('t:' || new.team, 'channel', new.channel), ('t:' || new.team, 'category', new.category), ('t:' || new.team, 'reason', new.category || '/' || new.reason), ('t:' || new.team, 'handler', new.handler)) AS s WHERE s.column2 <> 'reason' OR new.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count,
        talk_seconds = talk_seconds + excluded.talk_seconds, talk_count = talk_count + excluded.talk_count,
        wrapup_seconds = wrapup_seconds + excluded.wrapup_seconds, wrapup_count = wrapup_count + excluded.wrapup_count;
END;

CREATE TRIGGER contact_daily_au_old AFTER UPDATE OF started_at, ended_at, handler, team, channel, category, reason, outcome, remained_dissatisfied, talk_seconds, wrapup_seconds, deleted ON contacts WHEN old.deleted = 0
BEGIN
    INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, handled_count, talk_seconds, talk_count, wrapup_seconds, wrapup_count)
    SELECT s.column1, s.column2, london_day(old.started_at), s.column3, -1, -(old.outcome = 'resolved_first_contact'), -(old.remained_dissatisfied <> 0), -(CASE WHEN old.ended_at > old.started_at THEN CAST(round((julianday(old.ended_at) - julianday(old.started_at)) * 86400) AS INTEGER) ELSE 0 END), -(old.ended_at IS NOT NULL AND old.ended_at > old.started_at), -(coalesce(old.talk_seconds, 0)), -(old.talk_seconds IS NOT NULL), -(coalesce(old.wrapup_seconds, 0)), -(old.wrapup_seconds IS NOT NULL)
    FROM (VALUES ('h:' || old.handler, 'all', ''), ('h:' || old.handler, 'channel', old.channel), ('h:' || old.handler, 'category', old.category), ('h:' || old.handler, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'all', ''), ('t:' || old.team, 'channel', old.channel), ('t:' || old.team, 'category', old.category), ('t:' || old.team, 'reason', old.category || '/' || old.reason), ('t:' || old.team, 'handler', old.handler)) AS s WHERE s.column2 <> 'reason' OR old.reason <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET contacts = contacts + excluded.contacts,
        resolved = resolved + excluded.resolved, dissatisfied = dissatisfied + excluded.dissatisfied,
        handled_seconds = handled_seconds + excluded.handled_seconds, handled_count = handled_count + excluded.handled_count,
        talk_seconds = talk_seconds + excluded.talk_seconds, talk_count = talk_count + excluded.talk_count,
        wrapup_seconds = wrapup_seconds + excluded.wrapup_seconds, wrapup_count = wrapup_count + excluded.wrapup_count;
END;

-- FILL: the talk and wrap-up sums of contacts already in the cache (also run by a rebuild,
-- after the fill of migration 007 has made every day's rows).
INSERT INTO contact_daily (scope, dim, day, key, talk_seconds, talk_count, wrapup_seconds, wrapup_count)
SELECT CASE s.column1 WHEN 'h' THEN 'h:' || x.handler ELSE 't:' || x.team END, s.column2, london_day(x.started_at),
    CASE s.column2 WHEN 'all' THEN '' WHEN 'channel' THEN x.channel WHEN 'category' THEN x.category
        WHEN 'reason' THEN x.category || '/' || x.reason ELSE x.handler END,
    sum(coalesce(x.talk_seconds, 0)), sum(x.talk_seconds IS NOT NULL), sum(coalesce(x.wrapup_seconds, 0)), sum(x.wrapup_seconds IS NOT NULL)
FROM contacts x, (VALUES ('h', 'all'), ('h', 'channel'), ('h', 'category'), ('h', 'reason'), ('t', 'all'), ('t', 'channel'), ('t', 'category'), ('t', 'reason'), ('t', 'handler')) AS s
WHERE x.deleted = 0 AND (s.column2 <> 'reason' OR x.reason <> '') AND (x.talk_seconds IS NOT NULL OR x.wrapup_seconds IS NOT NULL)
GROUP BY 1, 2, 3, 4
ON CONFLICT (scope, dim, day, key) DO UPDATE SET talk_seconds = excluded.talk_seconds, talk_count = excluded.talk_count,
    wrapup_seconds = excluded.wrapup_seconds, wrapup_count = excluded.wrapup_count;
