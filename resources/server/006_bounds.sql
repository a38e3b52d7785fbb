-- Migration 6: bounds
-- Shared database, schema 6: no login holds up anyone else's sync for more than a bounded time,
-- whatever it does in its own session; no HLC far ahead of the server's clock; the server takes
-- only what every workstation can store, to the workstation's own limits; the force-wide change
-- counter is out of reach of workstation roles; display names compared as people read them.
-- Every new CHECK is NOT VALID: old rows do not stop the upgrade of a live server.

-- ---------------------------------------------------------------------------------------------
-- Server settings, read only by the server's own functions (no grants to workstations).
--   stall_seconds: how long a person's session may keep a transaction open while it holds the
--     change lock, a table lock or rows it wrote or locked, before a waiting sync ends it;
--   lock_wait_ms: how long a sync waits for a lock before it asks the server to end such
--     sessions and tries again.
CREATE TABLE cd_settings (
    name  text PRIMARY KEY,
    value integer NOT NULL CHECK (value > 0)
);
REVOKE ALL ON cd_settings FROM PUBLIC;
INSERT INTO cd_settings (name, value) VALUES ('stall_seconds', 30), ('lock_wait_ms', 10000);

CREATE FUNCTION cd_setting(setting text, fallback integer) RETURNS integer LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, public
AS $$ SELECT coalesce((SELECT value FROM cd_settings WHERE name = setting), fallback) $$;
REVOKE EXECUTE ON FUNCTION cd_setting(text, integer) FROM PUBLIC;

CREATE FUNCTION cd_lock_wait_ms() RETURNS integer LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, public
AS $$ SELECT cd_setting('lock_wait_ms', 10000) $$;

-- ---------------------------------------------------------------------------------------------
-- Stalls. Schema 3 made the change lock a table no workstation role may lock and gave every
-- login timeouts, but a login may turn its own timeouts off (SET, or ALTER ROLE on itself) and
-- then hold the change lock by writing one row (or by a long statement), lock rows a sync
-- writes (SELECT ... FOR UPDATE on a shared escalation or vehicle), or lock cd_workstations,
-- on which it had table-wide rights.
--
-- Now: strong table locks need table-wide UPDATE, DELETE or TRUNCATE rights, which no
-- workstation role has on any table (cd_workstations' rights are now per column). And a sync
-- that has waited lock_wait_ms for a lock calls cd_end_stalls(), which ends every session of a
-- person's login (never the administrator's) whose transaction has been open for longer than
-- stall_seconds while holding the change lock, a strong table lock, or rows it wrote or locked
-- (it has a transaction id); then the sync tries again. A real push holds these for one batch
-- (well under a second, seconds on a loaded server); what was ended is only rolled back, and
-- is sent again by its workstation. The function runs as the schema owner, which must be a
-- superuser or have pg_signal_backend and pg_read_all_stats (granted below when it can be).
REVOKE INSERT, UPDATE ON cd_workstations FROM cd_workstation;
GRANT INSERT (workstation, last_seq, last_push), UPDATE (last_seq, last_push)
    ON cd_workstations TO cd_workstation;

CREATE FUNCTION cd_end_stalls() RETURNS integer LANGUAGE plpgsql VOLATILE
    SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    stall   interval := make_interval(secs => cd_setting('stall_seconds', 30));
    db      oid := (SELECT oid FROM pg_database WHERE datname = current_database());
    victim  record;
    ended   integer := 0;
BEGIN
    FOR victim IN
        SELECT a.pid, a.usename
          FROM pg_stat_activity a
         WHERE a.datid = db AND a.pid <> pg_backend_pid()
           AND a.xact_start < clock_timestamp() - stall
           AND EXISTS (SELECT 1 FROM cd_people p WHERE p.login = a.usename)
           AND (a.backend_xid IS NOT NULL
                OR EXISTS (SELECT 1 FROM pg_locks l
                            WHERE l.pid = a.pid AND l.granted AND l.locktype = 'relation'
                              AND l.database = db
                              AND (l.relation = 'public.cd_change_order'::regclass
                                   OR l.mode NOT IN ('AccessShareLock', 'RowShareLock',
                                                     'RowExclusiveLock'))))
    LOOP
        IF pg_terminate_backend(victim.pid) THEN
            ended := ended + 1;
            RAISE LOG 'contactdesk: ended session % of login %: it held locks a sync waited for '
                      'longer than %', victim.pid, victim.usename, stall;
        END IF;
    END LOOP;
    RETURN ended;
END $$;
REVOKE EXECUTE ON FUNCTION cd_end_stalls() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_end_stalls(), cd_lock_wait_ms() TO cd_workstation;

DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        BEGIN
            EXECUTE format('GRANT pg_signal_backend, pg_read_all_stats TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'grant pg_signal_backend and pg_read_all_stats to % so that a sync can '
                         'end a session that stalls it', current_user;
        END;
    END IF;
END $$;

-- ---------------------------------------------------------------------------------------------
-- The change counter. Workstation roles could call nextval('cd_change_seq') (the column
-- defaults needed it), which tells the force-wide number of changes and burns numbers. Now the
-- numbers are drawn by triggers running as the schema owner; workstation roles have no rights
-- on any sequence. The statement-level change lock still comes first: a row trigger runs after
-- the statement's BEFORE triggers. These run for every row a push writes: without a SET
-- clause (which would save and restore the settings on each call, about a tenth more time an
-- insert) and therefore with every name schema-qualified.
CREATE FUNCTION cd_draw_seq() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
    NEW.server_seq := pg_catalog.nextval('public.cd_change_seq'::pg_catalog.regclass);
    RETURN NEW;
END $$;
REVOKE EXECUTE ON FUNCTION cd_draw_seq() FROM PUBLIC;

CREATE FUNCTION cd_draw_conflict_id() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
    NEW.id := pg_catalog.nextval('public.cd_conflicts_id_seq'::pg_catalog.regclass);
    RETURN NEW;
END $$;
REVOKE EXECUTE ON FUNCTION cd_draw_conflict_id() FROM PUBLIC;

ALTER TABLE contacts ALTER COLUMN server_seq DROP DEFAULT;
ALTER TABLE vehicles ALTER COLUMN server_seq DROP DEFAULT;
ALTER TABLE audit_log ALTER COLUMN server_seq DROP DEFAULT;
ALTER TABLE escalations ALTER COLUMN server_seq DROP DEFAULT;
ALTER TABLE escalation_events ALTER COLUMN server_seq DROP DEFAULT;
ALTER TABLE escalation_notes ALTER COLUMN server_seq DROP DEFAULT;
ALTER TABLE cd_conflicts ALTER COLUMN id DROP DEFAULT;

CREATE TRIGGER contacts_draw_seq BEFORE INSERT ON contacts
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER vehicles_draw_seq BEFORE INSERT ON vehicles
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER audit_log_draw_seq BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER escalation_events_draw_seq BEFORE INSERT ON escalation_events
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER escalation_notes_draw_seq BEFORE INSERT ON escalation_notes
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
-- Escalations draw on every write; this fires before escalations_next_seq (triggers of a kind
-- fire in name order), which now only fills in the marks of the fields the merge set.
CREATE TRIGGER escalations_draw_seq BEFORE INSERT OR UPDATE ON escalations
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER cd_conflicts_draw_id BEFORE INSERT ON cd_conflicts
    FOR EACH ROW EXECUTE FUNCTION cd_draw_conflict_id();

CREATE OR REPLACE FUNCTION cd_escalation_seq() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
    NEW.server_time := now();
    NEW.pushed_by := current_user;
    SELECT coalesce(jsonb_object_agg(key, CASE WHEN value = '-1'::jsonb THEN to_jsonb(NEW.server_seq)
                                               ELSE value END), '{}')
      INTO NEW.field_seq FROM jsonb_each(NEW.field_seq);
    RETURN NEW;
END $$;

-- An update of a contact or vehicle draws a new number unless it sets one (the administrator's
-- backfills); run as the owner, who may draw.
CREATE OR REPLACE FUNCTION cd_next_seq_on_update() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER
AS $$
BEGIN
    IF NEW.server_seq IS NOT DISTINCT FROM OLD.server_seq THEN
        NEW.server_seq := pg_catalog.nextval('public.cd_change_seq'::pg_catalog.regclass);
    END IF;
    NEW.server_time := pg_catalog.now();
    RETURN NEW;
END $$;

REVOKE ALL ON SEQUENCE cd_change_seq, cd_conflicts_id_seq FROM PUBLIC, cd_workstation;

-- ---------------------------------------------------------------------------------------------
-- HLCs. A row written by plain SQL with an HLC far in the future won every later edit and moved
-- every workstation's clock that pulled it. The server now refuses an HLC more than five
-- minutes ahead of its own clock (a push's are never ahead: the push clamps them to the
-- server's time), also inside an escalation's per-field HLCs. The clamp keeps the node whatever
-- the width of the counter.
CREATE OR REPLACE FUNCTION cd_clamp_hlc(hlc text, now_ms bigint) RETURNS text LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE WHEN left(hlc, 13) COLLATE "C" > lpad(now_ms::text, 13, '0') COLLATE "C"
                THEN lpad(now_ms::text, 13, '0') || '-000000-'
                     || regexp_replace(hlc, '^[^-]*-[^-]*-', '')
                ELSE hlc END
$$;

-- Not ahead of the server's clock by more than five minutes (13 digits of ms compare as text).
CREATE FUNCTION cd_hlc_not_ahead(t text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT left(t, 13) COLLATE "C"
           <= lpad(((extract(epoch FROM statement_timestamp()) * 1000)::bigint + 300000)::text,
                   13, '0') COLLATE "C"
$$;

CREATE FUNCTION cd_field_hlcs_ok(f jsonb) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT jsonb_typeof(f) = 'object'
           AND NOT EXISTS (SELECT 1 FROM jsonb_each(f) e
                            WHERE jsonb_typeof(e.value) <> 'string'
                               OR NOT cd_is_hlc(e.value #>> '{}')
                               OR NOT cd_hlc_not_ahead(e.value #>> '{}'))
$$;

ALTER TABLE contacts ADD CONSTRAINT contacts_hlc_not_ahead
    CHECK (cd_hlc_not_ahead(updated_hlc)) NOT VALID;
ALTER TABLE vehicles ADD CONSTRAINT vehicles_hlc_not_ahead
    CHECK (cd_hlc_not_ahead(updated_hlc)) NOT VALID;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_hlc_not_ahead
    CHECK (cd_hlc_not_ahead(updated_hlc)) NOT VALID;
ALTER TABLE escalation_events ADD CONSTRAINT escalation_events_hlc_not_ahead
    CHECK (cd_hlc_not_ahead(updated_hlc)) NOT VALID;
ALTER TABLE escalation_notes ADD CONSTRAINT escalation_notes_hlc_not_ahead
    CHECK (cd_hlc_not_ahead(updated_hlc)) NOT VALID;
ALTER TABLE escalations ADD CONSTRAINT escalations_hlc_not_ahead
    CHECK (cd_hlc_not_ahead(updated_hlc) AND cd_field_hlcs_ok(field_hlc)) NOT VALID;

-- ---------------------------------------------------------------------------------------------
-- Times a workstation takes: as schema 2's cd_is_time, and also no hour 24 (PostgreSQL reads
-- 24:00:00 as the next midnight, the workstation does not) and nothing before the year 2000 or
-- more than a day ahead of the server's clock (the import's plausibility rule,
-- core/validation.h).
CREATE FUNCTION cd_is_real_time(t text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN cd_is_time(t) AND substr(t, 12, 2) COLLATE "C" < '24'
                     AND left(t, 4) COLLATE "C" >= '2000'
                THEN t::timestamptz <= statement_timestamp() + interval '1 day'
                ELSE false END
$$;
CREATE FUNCTION cd_is_real_date(t text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT cd_is_date(t) AND left(t, 4) COLLATE "C" >= '2000' $$;

-- An escalation's fields as the workstation's escalations table needs them (workstation
-- migration 004): schema 2's rules, and the form's fields (a workstation always sends at least
-- one "fields." key; without one its NOT NULL fields column had nothing to store), a whole
-- form version, and real dates and times.
CREATE FUNCTION cd_escalation_fields_stored(f jsonb) RETURNS boolean LANGUAGE sql STABLE
    PARALLEL SAFE
AS $$
    SELECT cd_escalation_fields_ok(f)
           AND NOT (f ? 'fields')
           AND EXISTS (SELECT 1 FROM jsonb_object_keys(f) k WHERE k LIKE 'fields.%')
           AND (f->>'form_version') ~ '^[0-9]{1,9}$'
           AND cd_is_real_date(f->>'raised_on')
           AND cd_is_real_time(f->>'created_at') AND cd_is_real_time(f->>'updated_at')
           AND cd_fits(f->>'type', 64)
$$;

-- ---------------------------------------------------------------------------------------------
-- The workstation's limits (core/validation.h: codes 64, phone 40, email 254, names and
-- references 200, postcode 16, notes 20,000; a contact's VRM 10 once normalised, core/contact.cpp;
-- a vehicle's VRM 16, its make, model, colour and location 200). Schema 2's wider ones go.
ALTER TABLE contacts
    DROP CONSTRAINT contacts_codes_ok,
    DROP CONSTRAINT contacts_lengths_ok,
    DROP CONSTRAINT contacts_started_at_time,
    DROP CONSTRAINT contacts_ended_at_time;
ALTER TABLE contacts
    ADD CONSTRAINT contacts_codes_ok
        CHECK (channel <> '' AND cd_fits(channel, 64) AND category <> '' AND cd_fits(category, 64)
               AND cd_fits(reason, 64) AND outcome <> '' AND cd_fits(outcome, 64)
               AND cd_fits(call_id, 200)) NOT VALID,
    ADD CONSTRAINT contacts_lengths_ok
        CHECK (cd_fits(caller_name, 200) AND cd_fits(caller_phone, 40)
               AND cd_fits(caller_email, 254) AND cd_fits(postcode, 16)
               AND cd_fits(reference, 200) AND cd_fits(vrm, 10) AND cd_fits(notes, 20000)
               AND cd_fits(script_path, 2000) AND cd_fits(risk_prompts, 20000)) NOT VALID,
    ADD CONSTRAINT contacts_started_at_time CHECK (cd_is_real_time(started_at)) NOT VALID,
    ADD CONSTRAINT contacts_ended_at_time
        CHECK (ended_at IS NULL OR ended_at = ''
               OR (cd_is_real_time(ended_at)
                   AND ended_at::timestamptz >= started_at::timestamptz)) NOT VALID;

ALTER TABLE vehicles
    DROP CONSTRAINT vehicles_vrm_ok,
    DROP CONSTRAINT vehicles_times_ok,
    DROP CONSTRAINT vehicles_lengths_ok;
ALTER TABLE vehicles
    ADD CONSTRAINT vehicles_vrm_ok CHECK (vrm <> '' AND cd_fits(vrm, 16)) NOT VALID,
    ADD CONSTRAINT vehicles_times_ok
        CHECK (cd_is_real_time(seized_at) AND cd_is_real_time(imported_at)
               AND (notice_served_at IS NULL OR notice_served_at = ''
                    OR cd_is_real_time(notice_served_at))
               AND (released_at IS NULL OR released_at = '' OR cd_is_real_time(released_at))
               AND (disposed_at IS NULL OR disposed_at = '' OR cd_is_real_time(disposed_at))
               AND (hold_ended_at IS NULL OR hold_ended_at = '' OR cd_is_real_time(hold_ended_at)))
        NOT VALID,
    ADD CONSTRAINT vehicles_lengths_ok
        CHECK (cd_fits(vrm_format, 64) AND cd_fits(make, 200) AND cd_fits(model, 200)
               AND cd_fits(colour, 200) AND cd_fits(location, 200) AND cd_fits(origin, 200))
        NOT VALID;

ALTER TABLE escalations
    ADD CONSTRAINT escalations_fields_stored CHECK (cd_escalation_fields_stored(fields)) NOT VALID,
    ADD CONSTRAINT escalations_origin_ok CHECK (origin <> '' AND cd_fits(origin, 200)) NOT VALID;

ALTER TABLE escalation_events
    DROP CONSTRAINT escalation_events_at_time;
ALTER TABLE escalation_events
    ADD CONSTRAINT escalation_events_at_time CHECK (cd_is_real_time(at)) NOT VALID,
    ADD CONSTRAINT escalation_events_origin_ok CHECK (origin <> '' AND cd_fits(origin, 200))
        NOT VALID;

ALTER TABLE escalation_notes
    DROP CONSTRAINT escalation_notes_at_time;
ALTER TABLE escalation_notes
    ADD CONSTRAINT escalation_notes_at_time CHECK (cd_is_real_time(at)) NOT VALID,
    ADD CONSTRAINT escalation_notes_origin_ok CHECK (origin <> '' AND cd_fits(origin, 200))
        NOT VALID;

-- The audit log had no length rules at all.
ALTER TABLE audit_log
    DROP CONSTRAINT audit_log_at_time;
ALTER TABLE audit_log
    ADD CONSTRAINT audit_log_at_time CHECK (cd_is_real_time(at)) NOT VALID,
    ADD CONSTRAINT audit_log_lengths_ok
        CHECK (cd_fits(actor, 200) AND action <> '' AND cd_fits(action, 64) AND entity <> ''
               AND cd_fits(entity, 64) AND cd_fits(entity_id, 2000) AND cd_fits(detail, 20000)
               AND origin <> '' AND cd_fits(origin, 200)) NOT VALID;

GRANT EXECUTE ON FUNCTION cd_is_real_time(text), cd_is_real_date(text), cd_hlc_not_ahead(text),
    cd_field_hlcs_ok(jsonb), cd_escalation_fields_stored(jsonb) TO cd_workstation;

-- ---------------------------------------------------------------------------------------------
-- Display names as people read them: Unicode NFKC, runs of white space as one space, no case
-- ("Ann  North", "ANN NORTH" and "Ann North" are one name). Letters of other scripts that look
-- alike (a Cyrillic "а" for a Latin "a") are not caught. Team names compare without case.
CREATE FUNCTION cd_name_key(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT lower(btrim(regexp_replace(normalize(t, NFKC), '\s+', ' ', 'g'))) $$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cd_people GROUP BY lower(team), cd_name_key(display_name)
                   HAVING count(*) > 1) THEN
        DROP INDEX IF EXISTS cd_people_team_name;
        CREATE UNIQUE INDEX cd_people_team_name
            ON cd_people (lower(team), cd_name_key(display_name));
    ELSE
        RAISE NOTICE 'two people share a display name in a team: rename one with server add-user';
    END IF;
END $$;
