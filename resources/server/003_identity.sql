-- Migration 3: identity
-- Shared database, schema 3: identity is the login, and no login can stall anyone else's sync.
-- Write rights follow the login (current_user), not the display name; the server stamps who
-- wrote each row, audit entry, escalation event and note, and conflict record; the change lock
-- is a table no workstation role may lock; workstations cannot raise the sync's notification
-- through pg_notify; cd_max_seq() tells a login only about rows it may read; every person's
-- login carries lock, statement and idle-in-transaction timeouts.

-- Is the caller a Contact Desk person (a workstation login)? Run as the caller, who may read
-- only their own cd_people row; false for the administrator.
CREATE FUNCTION cd_is_person() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, public
AS $$ SELECT EXISTS (SELECT 1 FROM cd_people WHERE login = current_user) $$;

-- ---------------------------------------------------------------------------------------------
-- The change lock. Schema 1 took a transaction-level advisory lock on a fixed key, which any
-- login could also take (even for its whole session) and so stall every push. Now the lock is
-- an EXCLUSIVE lock on a table without grants, taken only by functions owned by the schema
-- owner (SECURITY DEFINER). LOCK TABLE needs a privilege on the table, so a workstation role
-- cannot take it, and a table lock always ends with its transaction: a session that holds it
-- idle is ended by idle_in_transaction_session_timeout (below).
CREATE TABLE cd_change_order ();
REVOKE ALL ON cd_change_order FROM PUBLIC;

CREATE OR REPLACE FUNCTION cd_take_change_lock() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
    LOCK TABLE public.cd_change_order IN EXCLUSIVE MODE;
    RETURN NULL;
END $$;

-- The same, for the escalation merge, which must hold the lock before it locks the row.
CREATE FUNCTION cd_change_lock() RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
    LOCK TABLE public.cd_change_order IN EXCLUSIVE MODE;
END $$;
REVOKE EXECUTE ON FUNCTION cd_change_lock() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_change_lock() TO cd_workstation;

DROP FUNCTION cd_change_lock_key();

-- ---------------------------------------------------------------------------------------------
-- Notifications. The sync's "pull now" is raised by the server's own trigger, running as the
-- schema owner; workstation roles may no longer call pg_notify in this database. (PostgreSQL
-- has no privilege on the NOTIFY statement itself: a notification only ever asks a workstation
-- to pull what its login may read, never carries data.) Revoking needs the function's owner,
-- so it is done when a superuser applies this script.
CREATE OR REPLACE FUNCTION cd_notify_changes() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
    PERFORM pg_notify('cd_changes', '');
    RETURN NULL;
END $$;

DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        REVOKE EXECUTE ON FUNCTION pg_catalog.pg_notify(text, text) FROM PUBLIC;
    ELSE
        RAISE NOTICE 'pg_notify stays open to every role: revoking it needs a superuser';
    END IF;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Who wrote it. pushed_by is the writing login on every update, whatever the statement says;
-- a person's update may change origin only to a workstation that login has pushed from
-- (cd_workstations).
CREATE FUNCTION cd_stamp_writer() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    NEW.pushed_by := current_user;
    IF NEW.origin IS DISTINCT FROM OLD.origin AND cd_is_person()
       AND NOT EXISTS (SELECT 1 FROM cd_workstations w
                        WHERE w.login = current_user AND w.workstation = NEW.origin) THEN
        RAISE EXCEPTION 'origin % is not a workstation of login %', NEW.origin, current_user
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;

-- (Inserts cannot name pushed_by: workstations have no grant on it, its default is the login.)
-- The triggers run only when a row would change hands or workstation (a WHEN clause costs a push
-- almost nothing; a trigger function on every row of a large push would not).
CREATE TRIGGER vehicles_stamp_writer BEFORE UPDATE ON vehicles FOR EACH ROW
    WHEN (NEW.pushed_by IS DISTINCT FROM current_user OR NEW.origin IS DISTINCT FROM OLD.origin)
    EXECUTE FUNCTION cd_stamp_writer();
CREATE TRIGGER escalations_stamp_writer BEFORE UPDATE ON escalations FOR EACH ROW
    WHEN (NEW.pushed_by IS DISTINCT FROM current_user OR NEW.origin IS DISTINCT FROM OLD.origin)
    EXECUTE FUNCTION cd_stamp_writer();

-- ---------------------------------------------------------------------------------------------
-- Contacts belong to a login. handler_login is the writing login (the column has no grant to
-- workstations: the server fills it); handler stays the display name, for people to read.
ALTER TABLE contacts ADD COLUMN handler_login text;
-- Existing rows: the one person of that name in that team, else the login that pushed the row.
-- The backfill is no change for the workstations: it draws no new change numbers.
ALTER TABLE contacts DISABLE TRIGGER contacts_next_seq;
ALTER TABLE contacts DISABLE TRIGGER contacts_notify;
UPDATE contacts c
   SET handler_login = coalesce(
           (SELECT min(p.login) FROM cd_people p
             WHERE p.team = c.team AND p.display_name = c.handler
            HAVING count(*) = 1),
           c.pushed_by);
ALTER TABLE contacts ENABLE TRIGGER contacts_next_seq;
ALTER TABLE contacts ENABLE TRIGGER contacts_notify;
ALTER TABLE contacts ALTER COLUMN handler_login SET DEFAULT current_user;
ALTER TABLE contacts ALTER COLUMN handler_login SET NOT NULL;

-- Contacts' writer stamp: pushed_by as everywhere; an insert is the writer's (handler_login);
-- an update keeps the row's login, and a person may change the display name only to their own.
-- The checks that need a query run only when a row changes hands, name or workstation.
CREATE FUNCTION cd_stamp_contact() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    NEW.pushed_by := current_user;
    IF TG_OP = 'INSERT' THEN
        IF cd_is_person() THEN
            NEW.handler_login := current_user;
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.handler_login IS DISTINCT FROM OLD.handler_login AND cd_is_person() THEN
        NEW.handler_login := OLD.handler_login;
    END IF;
    IF NEW.handler IS DISTINCT FROM OLD.handler AND cd_is_person()
       AND NEW.handler IS DISTINCT FROM cd_my_name() THEN
        RAISE EXCEPTION 'a contact''s handler can only become the writer''s own name'
            USING ERRCODE = '42501';
    END IF;
    IF NEW.origin IS DISTINCT FROM OLD.origin AND cd_is_person()
       AND NOT EXISTS (SELECT 1 FROM cd_workstations w
                        WHERE w.login = current_user AND w.workstation = NEW.origin) THEN
        RAISE EXCEPTION 'origin % is not a workstation of login %', NEW.origin, current_user
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER contacts_stamp_insert BEFORE INSERT ON contacts FOR EACH ROW
    WHEN (NEW.handler_login IS DISTINCT FROM current_user
          OR NEW.pushed_by IS DISTINCT FROM current_user)
    EXECUTE FUNCTION cd_stamp_contact();
CREATE TRIGGER contacts_stamp_update BEFORE UPDATE ON contacts FOR EACH ROW
    WHEN (NEW.pushed_by IS DISTINCT FROM current_user
          OR NEW.handler_login IS DISTINCT FROM OLD.handler_login
          OR NEW.handler IS DISTINCT FROM OLD.handler OR NEW.origin IS DISTINCT FROM OLD.origin)
    EXECUTE FUNCTION cd_stamp_contact();

DROP POLICY contacts_insert ON contacts;
DROP POLICY contacts_update ON contacts;
CREATE POLICY contacts_insert ON contacts FOR INSERT TO cd_workstation
    WITH CHECK (team = (SELECT cd_my_team()) AND handler_login = current_user
                AND handler = (SELECT cd_my_name()));
CREATE POLICY contacts_update ON contacts FOR UPDATE TO cd_workstation
    USING (team = (SELECT cd_my_team()) AND handler_login = current_user)
    WITH CHECK (team = (SELECT cd_my_team()) AND handler_login = current_user);

-- ---------------------------------------------------------------------------------------------
-- The actor of audit entries, escalation events and notes is the writing login (actor_login,
-- author_login) and that person's display name (actor, author), whatever the workstation sent.
ALTER TABLE audit_log ADD COLUMN actor_login text;
ALTER TABLE escalation_events ADD COLUMN actor_login text;
ALTER TABLE escalation_notes ADD COLUMN author_login text;
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;
ALTER TABLE escalation_events DISABLE TRIGGER escalation_events_append_only;
ALTER TABLE escalation_notes DISABLE TRIGGER escalation_notes_append_only;
UPDATE audit_log SET actor_login = pushed_by;
UPDATE escalation_events SET actor_login = pushed_by;
UPDATE escalation_notes SET author_login = pushed_by;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;
ALTER TABLE escalation_events ENABLE TRIGGER escalation_events_append_only;
ALTER TABLE escalation_notes ENABLE TRIGGER escalation_notes_append_only;
ALTER TABLE audit_log ALTER COLUMN actor_login SET DEFAULT current_user;
ALTER TABLE audit_log ALTER COLUMN actor_login SET NOT NULL;
ALTER TABLE escalation_events ALTER COLUMN actor_login SET DEFAULT current_user;
ALTER TABLE escalation_events ALTER COLUMN actor_login SET NOT NULL;
ALTER TABLE escalation_notes ALTER COLUMN author_login SET DEFAULT current_user;
ALTER TABLE escalation_notes ALTER COLUMN author_login SET NOT NULL;

CREATE FUNCTION cd_stamp_actor() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    NEW.actor_login := current_user;
    NEW.pushed_by := current_user;
    NEW.actor := coalesce((SELECT display_name FROM cd_people WHERE login = current_user),
                          NEW.actor);
    RETURN NEW;
END $$;
CREATE FUNCTION cd_stamp_author() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    NEW.author_login := current_user;
    NEW.pushed_by := current_user;
    NEW.author := coalesce((SELECT display_name FROM cd_people WHERE login = current_user),
                           NEW.author);
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW
    WHEN (NEW.actor IS DISTINCT FROM cd_my_name() OR NEW.actor_login IS DISTINCT FROM current_user
          OR NEW.pushed_by IS DISTINCT FROM current_user)
    EXECUTE FUNCTION cd_stamp_actor();
CREATE TRIGGER escalation_events_actor BEFORE INSERT ON escalation_events FOR EACH ROW
    WHEN (NEW.actor IS DISTINCT FROM cd_my_name() OR NEW.actor_login IS DISTINCT FROM current_user
          OR NEW.pushed_by IS DISTINCT FROM current_user)
    EXECUTE FUNCTION cd_stamp_actor();
CREATE TRIGGER escalation_notes_author BEFORE INSERT ON escalation_notes FOR EACH ROW
    WHEN (NEW.author IS DISTINCT FROM cd_my_name()
          OR NEW.author_login IS DISTINCT FROM current_user
          OR NEW.pushed_by IS DISTINCT FROM current_user)
    EXECUTE FUNCTION cd_stamp_author();

-- Conflict records: recorded_by is the writing login. The loser is either the writer or the
-- login whose stored write lost (the escalation's pushed_by, which the server stamps); any other
-- name a person's insert gives is replaced by the writer's login.
ALTER TABLE cd_conflicts ADD COLUMN recorded_by text DEFAULT current_user;
CREATE FUNCTION cd_stamp_conflict() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    NEW.recorded_by := current_user;
    IF cd_is_person() AND NEW.lost_by IS DISTINCT FROM current_user
       AND NEW.lost_by IS DISTINCT FROM (SELECT e.pushed_by FROM escalations e
                                          WHERE e.id = NEW.entity_id) THEN
        NEW.lost_by := current_user;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER cd_conflicts_stamp BEFORE INSERT ON cd_conflicts
    FOR EACH ROW EXECUTE FUNCTION cd_stamp_conflict();

-- ---------------------------------------------------------------------------------------------
-- The escalation merge of schema 1, with the change lock taken through cd_change_lock().
CREATE OR REPLACE FUNCTION cd_push_escalation(p jsonb, changed text[], base_seq bigint, now_ms bigint)
    RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog, public
AS $$
DECLARE
    my_team  text := cd_my_team();
    meta     text[] := ARRAY['id', 'team', 'updated_hlc', 'origin', 'deleted', 'server_seq',
                             'rowid', 'base_seq', 'field_hlc'];
    in_hlc   text := cd_clamp_hlc(p->>'updated_hlc', now_ms);
    cur      escalations%ROWTYPE;
    seq      bigint;
    f        text;
    v        jsonb;
    nfields  jsonb;
    nhlc     jsonb;
    nseq     jsonb;
    touched  boolean := false;
BEGIN
    IF my_team IS NULL THEN
        RAISE EXCEPTION 'login % is not a Contact Desk user', current_user USING ERRCODE = '42501';
    END IF;
    PERFORM cd_change_lock();
    SELECT * INTO cur FROM escalations WHERE id = p->>'id' FOR UPDATE;
    IF NOT FOUND THEN
        IF p->>'team' IS DISTINCT FROM my_team THEN
            RAISE EXCEPTION 'escalation % belongs to another team', p->>'id' USING ERRCODE = '42501';
        END IF;
        nfields := p - meta;
        SELECT coalesce(jsonb_object_agg(key, in_hlc), '{}'), coalesce(jsonb_object_agg(key, -1), '{}')
          INTO nhlc, nseq FROM jsonb_object_keys(nfields) AS key;
        INSERT INTO escalations (id, team, fields, field_hlc, field_seq, updated_hlc, origin, deleted)
        VALUES (p->>'id', my_team, nfields, nhlc, nseq, in_hlc, p->>'origin',
                coalesce((p->>'deleted')::integer, 0))
        RETURNING server_seq INTO seq;
        RETURN seq;
    END IF;
    nfields := cur.fields;
    nhlc := cur.field_hlc;
    nseq := cur.field_seq;
    FOREACH f IN ARRAY coalesce(changed, ARRAY[]::text[]) LOOP
        CONTINUE WHEN f = ANY (meta) OR NOT (p ? f);
        v := p->f;
        CONTINUE WHEN cur.fields->f IS NOT DISTINCT FROM v;
        IF coalesce((cur.field_seq->>f)::bigint, 0) <= coalesce(base_seq, 0) THEN
            -- Nobody else changed this field since the version the workstation edited.
            nfields := jsonb_set(nfields, ARRAY[f], v);
            nhlc := jsonb_set(nhlc, ARRAY[f], to_jsonb(in_hlc));
            nseq := jsonb_set(nseq, ARRAY[f], '-1'::jsonb);
            touched := true;
        ELSIF in_hlc COLLATE "C" > coalesce(cur.field_hlc->>f, '') COLLATE "C" THEN
            -- Both changed it; this write is later: it wins, the stored value is recorded.
            INSERT INTO cd_conflicts (entity, entity_id, team, field, kept_value, kept_hlc,
                                      lost_value, lost_hlc, lost_origin, lost_by)
            VALUES ('escalations', cur.id, cur.team, f, v, in_hlc, cur.fields->f,
                    coalesce(cur.field_hlc->>f, ''), cur.origin, cur.pushed_by);
            nfields := jsonb_set(nfields, ARRAY[f], v);
            nhlc := jsonb_set(nhlc, ARRAY[f], to_jsonb(in_hlc));
            nseq := jsonb_set(nseq, ARRAY[f], '-1'::jsonb);
            touched := true;
        ELSE
            -- Both changed it; the stored write is later: this one is recorded as lost.
            INSERT INTO cd_conflicts (entity, entity_id, team, field, kept_value, kept_hlc,
                                      lost_value, lost_hlc, lost_origin, lost_by)
            VALUES ('escalations', cur.id, cur.team, f, cur.fields->f,
                    coalesce(cur.field_hlc->>f, ''), v, in_hlc, p->>'origin', current_user);
        END IF;
    END LOOP;
    IF coalesce((p->>'deleted')::integer, 0) = 1 AND cur.deleted = 0 THEN
        touched := true;
    END IF;
    IF NOT touched THEN
        RETURN cur.server_seq;
    END IF;
    UPDATE escalations
       SET fields = nfields, field_hlc = nhlc, field_seq = nseq,
           updated_hlc = greatest(cur.updated_hlc, in_hlc COLLATE "C"),
           origin = p->>'origin',
           deleted = greatest(cur.deleted, coalesce((p->>'deleted')::integer, 0))
     WHERE id = cur.id
    RETURNING server_seq INTO seq;
    RETURN seq;
END $$;

-- ---------------------------------------------------------------------------------------------
-- The top change number a login may know of: the highest among the rows it may read (its
-- team's contacts, the escalations it sees with their events and notes, the shared vehicles),
-- never the force-wide count. A pull still moves its cursor up to it safely: every row it may
-- read up to there is in the same snapshot, and numbers are drawn in commit order. The
-- administrator (no cd_people row) gets the top over every synced table.
CREATE INDEX escalations_receiving_team ON escalations ((fields->>'receiving_team'));

CREATE OR REPLACE FUNCTION cd_max_seq() RETURNS bigint LANGUAGE plpgsql STABLE SECURITY INVOKER
    SET search_path = pg_catalog, public
AS $$
DECLARE
    my_team text := cd_my_team();
BEGIN
    IF my_team IS NULL THEN
        IF cd_is_person() THEN
            RETURN 0;
        END IF;
        RETURN greatest((SELECT max(server_seq) FROM contacts),
                        (SELECT max(server_seq) FROM escalations),
                        (SELECT max(server_seq) FROM audit_log),
                        (SELECT max(server_seq) FROM escalation_events),
                        (SELECT max(server_seq) FROM escalation_notes),
                        (SELECT max(server_seq) FROM vehicles), 0);
    END IF;
    RETURN (
        WITH seen AS (
            SELECT id, server_seq FROM escalations WHERE team = my_team
            UNION
            SELECT id, server_seq FROM escalations WHERE fields->>'receiving_team' = my_team)
        SELECT greatest((SELECT max(server_seq) FROM contacts WHERE team = my_team),
                        (SELECT max(server_seq) FROM seen),
                        (SELECT max(ev.server_seq) FROM escalation_events ev
                          WHERE ev.escalation_id IN (SELECT id FROM seen)),
                        (SELECT max(n.server_seq) FROM escalation_notes n
                          WHERE n.escalation_id IN (SELECT id FROM seen)),
                        (SELECT max(server_seq) FROM vehicles), 0));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Timeouts for every person's login (role settings apply to the login itself, not through the
-- cd_handler / cd_manager groups). A push holds the change lock for one batch (10,000 rows:
-- a fraction of a second, seconds on a loaded server) and its staging login waits idle in its
-- transaction for that long; a pull's statements read one batch of 5,000 rows. So:
--   idle_in_transaction_session_timeout 1 min: a session left open in a transaction (holding
--     the change lock after a write) is ended by the server within a minute;
--   lock_timeout 2 min: longer than that, so a push waiting behind an abandoned transaction
--     still goes through once the server has ended it;
--   statement_timeout 5 min: far above any one batch, even the first push of a large cache.
-- Applied by add-user for new logins and here for existing ones; not callable by workstations.
CREATE FUNCTION cd_set_login_limits(login name) RETURNS void LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout = %L',
                   login, current_database(), '1min');
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET lock_timeout = %L', login,
                   current_database(), '2min');
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET statement_timeout = %L', login,
                   current_database(), '5min');
END $$;
REVOKE EXECUTE ON FUNCTION cd_set_login_limits(name) FROM PUBLIC;

DO $$
DECLARE
    person record;
BEGIN
    FOR person IN SELECT p.login FROM cd_people p JOIN pg_roles r ON r.rolname = p.login LOOP
        PERFORM cd_set_login_limits(person.login);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------------------------
-- A display name is one person's within a team (add-user refuses a second). Made unique here
-- too when the people already there allow it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cd_people GROUP BY team, lower(btrim(display_name))
                   HAVING count(*) > 1) THEN
        CREATE UNIQUE INDEX cd_people_team_name ON cd_people (team, lower(btrim(display_name)));
    ELSE
        RAISE NOTICE 'two people share a display name in a team: rename one with server add-user';
    END IF;
END $$;
