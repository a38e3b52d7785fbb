-- Migration 9: escalation daily summary
-- Schema 9: what the dashboards count of escalations, per Europe/London local day, kept up to
-- date by triggers (as contact_daily is) so that no dashboard query joins escalation_events to
-- escalations, or escalations to contacts.
--
-- escalation_daily: for each owner ('h:' || owner) and each owning team ('t:' || team), as
-- DashboardScope::key() names them, rows by dimension:
--   'raised'     day = raised_on, key = '': escalations raised (not drafts, not deleted).
--   'department' day = raised_on, key = receiving team: of those, the ones raised from a contact
--                whose category is dissatisfaction ("departments most complained about").
--   'resolved'   day = local day of a move to "resolved", key = local day of the escalation's
--                previous move to "resolved" ('' for its first). escalations counts the moves,
--                on_time those on or before due_at (or with no due date), days the days from
--                raised_on to the move.
-- An escalation resolved, reopened and resolved again has one 'resolved' row per resolution.
-- "Resolved in the period first..last" counts each escalation once, at its first resolution
-- inside the period: that is exactly the rows with day in the period and key < first (the
-- previous resolution, if any, fell before the period). Moves are ordered by (at, id).
-- Rows may drop to all zeros when an escalation changes; they count for nothing.
CREATE TABLE escalation_daily (
    scope       TEXT NOT NULL,
    dim         TEXT NOT NULL,
    day         TEXT NOT NULL,
    key         TEXT NOT NULL,
    escalations INTEGER NOT NULL DEFAULT 0,
    on_time     INTEGER NOT NULL DEFAULT 0,
    days        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, dim, day, key)
) WITHOUT ROWID;

-- An escalation row counts through its owner, team, status (draft or not), receiving team,
-- raised and due dates, contact and deleted flag; a change to any of them takes its old
-- contribution away and adds the new one. Sync stores escalations with INSERT ... ON CONFLICT
-- DO UPDATE, which fires the insert or the update trigger.
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

-- A move to "resolved" (events are append-only; sync may deliver them in any order, and before
-- their escalation). The next resolution of the same escalation, if there is one, now follows
-- this one: its key moves from this one's previous day to this one's day.
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

-- Departments: a contact's category decides whether its escalations count; contacts may arrive
-- (by sync or import) before or after their escalations, and their category may change.
CREATE TRIGGER escalation_daily_contacts_ai AFTER INSERT ON contacts WHEN new.category = 'dissatisfaction'
BEGIN
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || e.owner ELSE 't:' || e.team END, 'department', e.raised_on, e.receiving_team, 1, 0, 0
    FROM escalations e, (VALUES ('h'), ('t')) AS s
    WHERE e.contact_id = new.id AND e.deleted = 0 AND e.status <> 'draft' AND e.receiving_team <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
END;

CREATE TRIGGER escalation_daily_contacts_ad AFTER DELETE ON contacts WHEN old.category = 'dissatisfaction'
BEGIN
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || e.owner ELSE 't:' || e.team END, 'department', e.raised_on, e.receiving_team, -1, 0, 0
    FROM escalations e, (VALUES ('h'), ('t')) AS s
    WHERE e.contact_id = old.id AND e.deleted = 0 AND e.status <> 'draft' AND e.receiving_team <> ''
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
END;

CREATE TRIGGER escalation_daily_contacts_au AFTER UPDATE OF id, category ON contacts
WHEN old.id IS NOT new.id OR (old.category = 'dissatisfaction') IS NOT (new.category = 'dissatisfaction')
BEGIN
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || e.owner ELSE 't:' || e.team END, 'department', e.raised_on, e.receiving_team, -1, 0, 0
    FROM escalations e, (VALUES ('h'), ('t')) AS s
    WHERE e.contact_id = old.id AND e.deleted = 0 AND e.status <> 'draft' AND e.receiving_team <> '' AND old.category = 'dissatisfaction'
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
    INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
    SELECT CASE s.column1 WHEN 'h' THEN 'h:' || e.owner ELSE 't:' || e.team END, 'department', e.raised_on, e.receiving_team, 1, 0, 0
    FROM escalations e, (VALUES ('h'), ('t')) AS s
    WHERE e.contact_id = new.id AND e.deleted = 0 AND e.status <> 'draft' AND e.receiving_team <> '' AND new.category = 'dissatisfaction'
    ON CONFLICT (scope, dim, day, key) DO UPDATE SET escalations = escalations + excluded.escalations,
        on_time = on_time + excluded.on_time, days = days + excluded.days;
END;

-- FILL: counts for escalations already in the cache (also run by a rebuild).
INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
SELECT CASE s.column1 WHEN 'h' THEN 'h:' || e.owner ELSE 't:' || e.team END, d.column1, e.raised_on, CASE d.column1 WHEN 'raised' THEN '' ELSE e.receiving_team END, count(*), 0, 0
FROM escalations e, (VALUES ('h'), ('t')) AS s, (VALUES ('raised'), ('department')) AS d
WHERE e.deleted = 0 AND e.status <> 'draft' AND (d.column1 = 'raised' OR (e.receiving_team <> '' AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = e.contact_id AND c.category = 'dissatisfaction')))
GROUP BY 1, 2, 3, 4;
INSERT INTO escalation_daily (scope, dim, day, key, escalations, on_time, days)
SELECT CASE s.column1 WHEN 'h' THEN 'h:' || r.owner ELSE 't:' || r.team END, 'resolved', r.day, r.prev, count(*), sum(date(r.due_at) IS NULL OR r.day <= r.due_at), sum(CASE WHEN date(r.raised_on) IS NULL THEN 0 ELSE CAST(round(julianday(r.day) - julianday(r.raised_on)) AS INTEGER) END)
FROM (SELECT e.owner, e.team, e.raised_on, e.due_at, london_day(v.at) AS day,
          COALESCE((SELECT london_day(p.at) FROM escalation_events p WHERE p.escalation_id = v.escalation_id AND p.to_status = 'resolved' AND (p.at < v.at OR (p.at = v.at AND p.id < v.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1), '') AS prev
      FROM escalation_events v CROSS JOIN escalations e ON e.id = v.escalation_id
      WHERE v.to_status = 'resolved' AND e.deleted = 0) AS r, (VALUES ('h'), ('t')) AS s
GROUP BY 1, 3, 4;
