-- Migration 26: survey summary and sync
-- Schema 26: survey answers sync with the shared database (server schema 12), and a daily
-- summary of them per scope, dimension, key and question, as contact_daily is for contacts.
--
-- survey_responses gains what every synced table has: the HLC of its version, the workstation
-- that wrote it, a deleted flag and the server's change number. Answers already in the cache are
-- queued for the shared database once, written by this workstation now.
ALTER TABLE survey_responses ADD COLUMN updated_hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_responses ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_responses ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_responses ADD COLUMN server_seq INTEGER;
UPDATE survey_responses
   SET origin = (SELECT value FROM settings WHERE key = 'workstation_id'),
       updated_hlc = printf('%013d-%06d-%s',
                            CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER), 0,
                            (SELECT value FROM settings WHERE key = 'workstation_id'))
 WHERE updated_hlc = '' AND EXISTS (SELECT 1 FROM settings WHERE key = 'workstation_id');
INSERT INTO outbox (entity, entity_id, op, hlc, payload, created_at)
SELECT 'survey_responses', id, 'insert', updated_hlc,
       json_object('id', id, 'contact_id', contact_id, 'handler', handler, 'team', team,
                   'day', day, 'question', question, 'rating', rating,
                   'answered_at', answered_at, 'channel', channel, 'category', category,
                   'weekday', weekday, 'hour', hour, 'survey_version', survey_version,
                   'updated_hlc', updated_hlc, 'origin', origin, 'deleted', deleted),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM survey_responses WHERE updated_hlc <> '' AND server_seq IS NULL ORDER BY day, id;

-- The dashboards' survey figures (the share rated 8 or more per question, by handler, team,
-- category, channel, London weekday and hour) read this instead of every answer in the period.
-- scope: 'h:' || handler or 't:' || team, as contact_daily; dim: handler, team, category,
-- channel, weekday (1 Monday .. 7 Sunday), hour (0-23, London); day: the London day of the
-- answer. r0 .. r10: how many answers gave each rating, so any "rated N or more" the survey
-- defines is a sum of columns. An answer without a weekday or hour (imported before schema 24)
-- counts in the other dimensions only. Kept by the triggers below on every write (the import,
-- the sync's pull); `contactdesk-admin report rebuild` refills it from the FILL section.
CREATE TABLE survey_daily (
    scope    TEXT NOT NULL,
    dim      TEXT NOT NULL,
    day      TEXT NOT NULL,
    key      TEXT NOT NULL,
    question TEXT NOT NULL,
    answers  INTEGER NOT NULL DEFAULT 0,
    r0 INTEGER NOT NULL DEFAULT 0, r1 INTEGER NOT NULL DEFAULT 0, r2 INTEGER NOT NULL DEFAULT 0, r3 INTEGER NOT NULL DEFAULT 0, r4 INTEGER NOT NULL DEFAULT 0, r5 INTEGER NOT NULL DEFAULT 0, r6 INTEGER NOT NULL DEFAULT 0, r7 INTEGER NOT NULL DEFAULT 0, r8 INTEGER NOT NULL DEFAULT 0, r9 INTEGER NOT NULL DEFAULT 0, r10 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, day, dim, key, question)
) WITHOUT ROWID;
-- The same counts by London month (YYYY-MM), for long periods: their whole months are read here
-- and only the days at either end from survey_daily. At a few answers a day, a daily summary
-- under six dimensions holds more rows than there are answers; a month's rows are bounded by
-- its keys. Kept by the same triggers and the same rebuild.
CREATE TABLE survey_monthly (
    scope    TEXT NOT NULL,
    dim      TEXT NOT NULL,
    month    TEXT NOT NULL,
    key      TEXT NOT NULL,
    question TEXT NOT NULL,
    answers  INTEGER NOT NULL DEFAULT 0,
    r0 INTEGER NOT NULL DEFAULT 0, r1 INTEGER NOT NULL DEFAULT 0, r2 INTEGER NOT NULL DEFAULT 0, r3 INTEGER NOT NULL DEFAULT 0, r4 INTEGER NOT NULL DEFAULT 0, r5 INTEGER NOT NULL DEFAULT 0, r6 INTEGER NOT NULL DEFAULT 0, r7 INTEGER NOT NULL DEFAULT 0, r8 INTEGER NOT NULL DEFAULT 0, r9 INTEGER NOT NULL DEFAULT 0, r10 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, month, dim, key, question)
) WITHOUT ROWID;

CREATE TRIGGER survey_daily_ai AFTER INSERT ON survey_responses
    WHEN new.deleted = 0
BEGIN
    INSERT INTO survey_daily (scope, dim, day, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
    SELECT s.column1, s.column2, new.day, s.column3, new.question, 1, (new.rating = 0), (new.rating = 1), (new.rating = 2), (new.rating = 3), (new.rating = 4), (new.rating = 5), (new.rating = 6), (new.rating = 7), (new.rating = 8), (new.rating = 9), (new.rating = 10)
    FROM (VALUES ('h:' || new.handler, 'handler', CAST(new.handler AS TEXT)), ('h:' || new.handler, 'team', CAST(new.team AS TEXT)), ('h:' || new.handler, 'category', CAST(new.category AS TEXT)), ('h:' || new.handler, 'channel', CAST(new.channel AS TEXT)), ('h:' || new.handler, 'weekday', CAST(new.weekday AS TEXT)), ('h:' || new.handler, 'hour', CAST(new.hour AS TEXT)), ('t:' || new.team, 'handler', CAST(new.handler AS TEXT)), ('t:' || new.team, 'team', CAST(new.team AS TEXT)), ('t:' || new.team, 'category', CAST(new.category AS TEXT)), ('t:' || new.team, 'channel', CAST(new.channel AS TEXT)), ('t:' || new.team, 'weekday', CAST(new.weekday AS TEXT)), ('t:' || new.team, 'hour', CAST(new.hour AS TEXT))) AS s WHERE s.column3 IS NOT NULL
    ON CONFLICT (scope, day, dim, key, question) DO UPDATE SET
        answers = answers + excluded.answers, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, r6 = r6 + excluded.r6, r7 = r7 + excluded.r7, r8 = r8 + excluded.r8, r9 = r9 + excluded.r9, r10 = r10 + excluded.r10;

    INSERT INTO survey_monthly (scope, dim, month, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
    SELECT s.column1, s.column2, substr(new.day, 1, 7), s.column3, new.question, 1, (new.rating = 0), (new.rating = 1), (new.rating = 2), (new.rating = 3), (new.rating = 4), (new.rating = 5), (new.rating = 6), (new.rating = 7), (new.rating = 8), (new.rating = 9), (new.rating = 10)
    FROM (VALUES ('h:' || new.handler, 'handler', CAST(new.handler AS TEXT)), ('h:' || new.handler, 'team', CAST(new.team AS TEXT)), ('h:' || new.handler, 'category', CAST(new.category AS TEXT)), ('h:' || new.handler, 'channel', CAST(new.channel AS TEXT)), ('h:' || new.handler, 'weekday', CAST(new.weekday AS TEXT)), ('h:' || new.handler, 'hour', CAST(new.hour AS TEXT)), ('t:' || new.team, 'handler', CAST(new.handler AS TEXT)), ('t:' || new.team, 'team', CAST(new.team AS TEXT)), ('t:' || new.team, 'category', CAST(new.category AS TEXT)), ('t:' || new.team, 'channel', CAST(new.channel AS TEXT)), ('t:' || new.team, 'weekday', CAST(new.weekday AS TEXT)), ('t:' || new.team, 'hour', CAST(new.hour AS TEXT))) AS s WHERE s.column3 IS NOT NULL
    ON CONFLICT (scope, month, dim, key, question) DO UPDATE SET
        answers = answers + excluded.answers, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, r6 = r6 + excluded.r6, r7 = r7 + excluded.r7, r8 = r8 + excluded.r8, r9 = r9 + excluded.r9, r10 = r10 + excluded.r10;
END;

CREATE TRIGGER survey_daily_ad AFTER DELETE ON survey_responses
    WHEN old.deleted = 0
BEGIN
    INSERT INTO survey_daily (scope, dim, day, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
    SELECT s.column1, s.column2, old.day, s.column3, old.question, -1, -(old.rating = 0), -(old.rating = 1), -(old.rating = 2), -(old.rating = 3), -(old.rating = 4), -(old.rating = 5), -(old.rating = 6), -(old.rating = 7), -(old.rating = 8), -(old.rating = 9), -(old.rating = 10)
    FROM (VALUES ('h:' || old.handler, 'handler', CAST(old.handler AS TEXT)), ('h:' || old.handler, 'team', CAST(old.team AS TEXT)), ('h:' || old.handler, 'category', CAST(old.category AS TEXT)), ('h:' || old.handler, 'channel', CAST(old.channel AS TEXT)), ('h:' || old.handler, 'weekday', CAST(old.weekday AS TEXT)), ('h:' || old.handler, 'hour', CAST(old.hour AS TEXT)), ('t:' || old.team, 'handler', CAST(old.handler AS TEXT)), ('t:' || old.team, 'team', CAST(old.team AS TEXT)), ('t:' || old.team, 'category', CAST(old.category AS TEXT)), ('t:' || old.team, 'channel', CAST(old.channel AS TEXT)), ('t:' || old.team, 'weekday', CAST(old.weekday AS TEXT)), ('t:' || old.team, 'hour', CAST(old.hour AS TEXT))) AS s WHERE s.column3 IS NOT NULL
    ON CONFLICT (scope, day, dim, key, question) DO UPDATE SET
        answers = answers + excluded.answers, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, r6 = r6 + excluded.r6, r7 = r7 + excluded.r7, r8 = r8 + excluded.r8, r9 = r9 + excluded.r9, r10 = r10 + excluded.r10;

    INSERT INTO survey_monthly (scope, dim, month, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
    SELECT s.column1, s.column2, substr(old.day, 1, 7), s.column3, old.question, -1, -(old.rating = 0), -(old.rating = 1), -(old.rating = 2), -(old.rating = 3), -(old.rating = 4), -(old.rating = 5), -(old.rating = 6), -(old.rating = 7), -(old.rating = 8), -(old.rating = 9), -(old.rating = 10)
    FROM (VALUES ('h:' || old.handler, 'handler', CAST(old.handler AS TEXT)), ('h:' || old.handler, 'team', CAST(old.team AS TEXT)), ('h:' || old.handler, 'category', CAST(old.category AS TEXT)), ('h:' || old.handler, 'channel', CAST(old.channel AS TEXT)), ('h:' || old.handler, 'weekday', CAST(old.weekday AS TEXT)), ('h:' || old.handler, 'hour', CAST(old.hour AS TEXT)), ('t:' || old.team, 'handler', CAST(old.handler AS TEXT)), ('t:' || old.team, 'team', CAST(old.team AS TEXT)), ('t:' || old.team, 'category', CAST(old.category AS TEXT)), ('t:' || old.team, 'channel', CAST(old.channel AS TEXT)), ('t:' || old.team, 'weekday', CAST(old.weekday AS TEXT)), ('t:' || old.team, 'hour', CAST(old.hour AS TEXT))) AS s WHERE s.column3 IS NOT NULL
    ON CONFLICT (scope, month, dim, key, question) DO UPDATE SET
        answers = answers + excluded.answers, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, r6 = r6 + excluded.r6, r7 = r7 + excluded.r7, r8 = r8 + excluded.r8, r9 = r9 + excluded.r9, r10 = r10 + excluded.r10;
END;

CREATE TRIGGER survey_daily_au_old AFTER UPDATE OF handler, team, day, question, rating, category, channel, weekday, hour, deleted ON survey_responses
    WHEN old.deleted = 0
BEGIN
    INSERT INTO survey_daily (scope, dim, day, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
    SELECT s.column1, s.column2, old.day, s.column3, old.question, -1, -(old.rating = 0), -(old.rating = 1), -(old.rating = 2), -(old.rating = 3), -(old.rating = 4), -(old.rating = 5), -(old.rating = 6), -(old.rating = 7), -(old.rating = 8), -(old.rating = 9), -(old.rating = 10)
    FROM (VALUES ('h:' || old.handler, 'handler', CAST(old.handler AS TEXT)), ('h:' || old.handler, 'team', CAST(old.team AS TEXT)), ('h:' || old.handler, 'category', CAST(old.category AS TEXT)), ('h:' || old.handler, 'channel', CAST(old.channel AS TEXT)), ('h:' || old.handler, 'weekday', CAST(old.weekday AS TEXT)), ('h:' || old.handler, 'hour', CAST(old.hour AS TEXT)), ('t:' || old.team, 'handler', CAST(old.handler AS TEXT)), ('t:' || old.team, 'team', CAST(old.team AS TEXT)), ('t:' || old.team, 'category', CAST(old.category AS TEXT)), ('t:' || old.team, 'channel', CAST(old.channel AS TEXT)), ('t:' || old.team, 'weekday', CAST(old.weekday AS TEXT)), ('t:' || old.team, 'hour', CAST(old.hour AS TEXT))) AS s WHERE s.column3 IS NOT NULL
    ON CONFLICT (scope, day, dim, key, question) DO UPDATE SET
        answers = answers + excluded.answers, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, r6 = r6 + excluded.r6, r7 = r7 + excluded.r7, r8 = r8 + excluded.r8, r9 = r9 + excluded.r9, r10 = r10 + excluded.r10;

    INSERT INTO survey_monthly (scope, dim, month, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
    SELECT s.column1, s.column2, substr(old.day, 1, 7), s.column3, old.question, -1, -(old.rating = 0), -(old.rating = 1), -(old.rating = 2), -(old.rating = 3), -(old.rating = 4), -(old.rating = 5), -(old.rating = 6), -(old.rating = 7), -(old.rating = 8), -(old.rating = 9), -(old.rating = 10)
    FROM (VALUES ('h:' || old.handler, 'handler', CAST(old.handler AS TEXT)), ('h:' || old.handler, 'team', CAST(old.team AS TEXT)), ('h:' || old.handler, 'category', CAST(old.category AS TEXT)), ('h:' || old.handler, 'channel', CAST(old.channel AS TEXT)), ('h:' || old.handler, 'weekday', CAST(old.weekday AS TEXT)), ('h:' || old.handler, 'hour', CAST(old.hour AS TEXT)), ('t:' || old.team, 'handler', CAST(old.handler AS TEXT)), ('t:' || old.team, 'team', CAST(old.team AS TEXT)), ('t:' || old.team, 'category', CAST(old.category AS TEXT)), ('t:' || old.team, 'channel', CAST(old.channel AS TEXT)), ('t:' || old.team, 'weekday', CAST(old.weekday AS TEXT)), ('t:' || old.team, 'hour', CAST(old.hour AS TEXT))) AS s WHERE s.column3 IS NOT NULL
    ON CONFLICT (scope, month, dim, key, question) DO UPDATE SET
        answers = answers + excluded.answers, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, r6 = r6 + excluded.r6, r7 = r7 + excluded.r7, r8 = r8 + excluded.r8, r9 = r9 + excluded.r9, r10 = r10 + excluded.r10;
END;

CREATE TRIGGER survey_daily_au_new AFTER UPDATE OF handler, team, day, question, rating, category, channel, weekday, hour, deleted ON survey_responses
    WHEN new.deleted = 0
BEGIN
    INSERT INTO survey_daily (scope, dim, day, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
    SELECT s.column1, s.column2, new.day, s.column3, new.question, 1, (new.rating = 0), (new.rating = 1), (new.rating = 2), (new.rating = 3), (new.rating = 4), (new.rating = 5), (new.rating = 6), (new.rating = 7), (new.rating = 8), (new.rating = 9), (new.rating = 10)
    FROM (VALUES ('h:' || new.handler, 'handler', CAST(new.handler AS TEXT)), ('h:' || new.handler, 'team', CAST(new.team AS TEXT)), ('h:' || new.handler, 'category', CAST(new.category AS TEXT)), ('h:' || new.handler, 'channel', CAST(new.channel AS TEXT)), ('h:' || new.handler, 'weekday', CAST(new.weekday AS TEXT)), ('h:' || new.handler, 'hour', CAST(new.hour AS TEXT)), ('t:' || new.team, 'handler', CAST(new.handler AS TEXT)), ('t:' || new.team, 'team', CAST(new.team AS TEXT)), ('t:' || new.team, 'category', CAST(new.category AS TEXT)), ('t:' || new.team, 'channel', CAST(new.channel AS TEXT)), ('t:' || new.team, 'weekday', CAST(new.weekday AS TEXT)), ('t:' || new.team, 'hour', CAST(new.hour AS TEXT))) AS s WHERE s.column3 IS NOT NULL
    ON CONFLICT (scope, day, dim, key, question) DO UPDATE SET
        answers = answers + excluded.answers, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, r6 = r6 + excluded.r6, r7 = r7 + excluded.r7, r8 = r8 + excluded.r8, r9 = r9 + excluded.r9, r10 = r10 + excluded.r10;

    INSERT INTO survey_monthly (scope, dim, month, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
    SELECT s.column1, s.column2, substr(new.day, 1, 7), s.column3, new.question, 1, (new.rating = 0), (new.rating = 1), (new.rating = 2), (new.rating = 3), (new.rating = 4), (new.rating = 5), (new.rating = 6), (new.rating = 7), (new.rating = 8), (new.rating = 9), (new.rating = 10)
    FROM (VALUES ('h:' || new.handler, 'handler', CAST(new.handler AS TEXT)), ('h:' || new.handler, 'team', CAST(new.team AS TEXT)), ('h:' || new.handler, 'category', CAST(new.category AS TEXT)), ('h:' || new.handler, 'channel', CAST(new.channel AS TEXT)), ('h:' || new.handler, 'weekday', CAST(new.weekday AS TEXT)), ('h:' || new.handler, 'hour', CAST(new.hour AS TEXT)), ('t:' || new.team, 'handler', CAST(new.handler AS TEXT)), ('t:' || new.team, 'team', CAST(new.team AS TEXT)), ('t:' || new.team, 'category', CAST(new.category AS TEXT)), ('t:' || new.team, 'channel', CAST(new.channel AS TEXT)), ('t:' || new.team, 'weekday', CAST(new.weekday AS TEXT)), ('t:' || new.team, 'hour', CAST(new.hour AS TEXT))) AS s WHERE s.column3 IS NOT NULL
    ON CONFLICT (scope, month, dim, key, question) DO UPDATE SET
        answers = answers + excluded.answers, r0 = r0 + excluded.r0, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, r6 = r6 + excluded.r6, r7 = r7 + excluded.r7, r8 = r8 + excluded.r8, r9 = r9 + excluded.r9, r10 = r10 + excluded.r10;
END;

-- FILL: counts for answers already in the cache (also run by a rebuild).
INSERT INTO survey_daily (scope, dim, day, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
SELECT CASE d.column1 WHEN 'h' THEN 'h:' || x.handler ELSE 't:' || x.team END, d.column2, x.day,
    CASE d.column2 WHEN 'handler' THEN x.handler WHEN 'team' THEN x.team WHEN 'category' THEN x.category
        WHEN 'channel' THEN x.channel WHEN 'weekday' THEN CAST(x.weekday AS TEXT) ELSE CAST(x.hour AS TEXT) END,
    x.question, count(*), sum(x.rating = 0), sum(x.rating = 1), sum(x.rating = 2), sum(x.rating = 3), sum(x.rating = 4), sum(x.rating = 5), sum(x.rating = 6), sum(x.rating = 7), sum(x.rating = 8), sum(x.rating = 9), sum(x.rating = 10)
FROM survey_responses x, (VALUES ('h', 'handler'), ('h', 'team'), ('h', 'category'), ('h', 'channel'), ('h', 'weekday'), ('h', 'hour'), ('t', 'handler'), ('t', 'team'), ('t', 'category'), ('t', 'channel'), ('t', 'weekday'), ('t', 'hour')) AS d
WHERE x.deleted = 0 AND (d.column2 <> 'weekday' OR x.weekday IS NOT NULL) AND (d.column2 <> 'hour' OR x.hour IS NOT NULL)
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO survey_monthly (scope, dim, month, key, question, answers, r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10)
SELECT CASE d.column1 WHEN 'h' THEN 'h:' || x.handler ELSE 't:' || x.team END, d.column2, substr(x.day, 1, 7),
    CASE d.column2 WHEN 'handler' THEN x.handler WHEN 'team' THEN x.team WHEN 'category' THEN x.category
        WHEN 'channel' THEN x.channel WHEN 'weekday' THEN CAST(x.weekday AS TEXT) ELSE CAST(x.hour AS TEXT) END,
    x.question, count(*), sum(x.rating = 0), sum(x.rating = 1), sum(x.rating = 2), sum(x.rating = 3), sum(x.rating = 4), sum(x.rating = 5), sum(x.rating = 6), sum(x.rating = 7), sum(x.rating = 8), sum(x.rating = 9), sum(x.rating = 10)
FROM survey_responses x, (VALUES ('h', 'handler'), ('h', 'team'), ('h', 'category'), ('h', 'channel'), ('h', 'weekday'), ('h', 'hour'), ('t', 'handler'), ('t', 'team'), ('t', 'category'), ('t', 'channel'), ('t', 'weekday'), ('t', 'hour')) AS d
WHERE x.deleted = 0 AND (d.column2 <> 'weekday' OR x.weekday IS NOT NULL) AND (d.column2 <> 'hour' OR x.hour IS NOT NULL)
GROUP BY 1, 2, 3, 4, 5;
