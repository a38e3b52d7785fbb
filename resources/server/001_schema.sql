-- Shared database, schema 1: the synced tables, a commit-ordered change sequence, workstation
-- push dedupe, the escalation field merge with its conflicts table, roles and row-level security.
-- Applied by `contactdesk-admin server init` in one transaction; the version is recorded in
-- cd_schema. Group roles are cluster-wide and created only when missing.

CREATE TABLE cd_schema (
    version    integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- The server's identity: a workstation that finds a different one resynchronises from zero.
CREATE TABLE cd_server (
    id         text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO cd_server DEFAULT VALUES;

-- People: one login role each; the row says who they are to the application.
CREATE TABLE cd_people (
    login        name PRIMARY KEY,
    display_name text NOT NULL,
    team         text NOT NULL,
    role         text NOT NULL CHECK (role IN ('handler', 'manager')),
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Who is asking: run as the caller (current_user), who may read only their own cd_people row.
CREATE FUNCTION cd_my_team() RETURNS text LANGUAGE sql STABLE
    SET search_path = pg_catalog, public
AS $$ SELECT team FROM cd_people WHERE login = current_user $$;

CREATE FUNCTION cd_my_name() RETURNS text LANGUAGE sql STABLE
    SET search_path = pg_catalog, public
AS $$ SELECT display_name FROM cd_people WHERE login = current_user $$;

-- The change sequence. Every write to a synced table takes one transaction-level advisory lock
-- before it draws numbers, so numbers are handed out in commit order and the committed numbers
-- always form a prefix: a reader asking for "after my cursor" can never skip a row whose
-- transaction committed late (SYNC-NOTES 1.11).
CREATE SEQUENCE cd_change_seq;

CREATE FUNCTION cd_change_lock_key() RETURNS bigint LANGUAGE sql IMMUTABLE
AS $$ SELECT 7415268301::bigint $$;

CREATE FUNCTION cd_take_change_lock() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7415268301);
    RETURN NULL;
END $$;

-- Escalations draw a new number on every write, and the merge marks the fields it set with -1,
-- replaced here by that number.
CREATE FUNCTION cd_escalation_seq() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
    NEW.server_seq := nextval('cd_change_seq');
    NEW.server_time := now();
    NEW.pushed_by := current_user;
    SELECT coalesce(jsonb_object_agg(key, CASE WHEN value = '-1'::jsonb THEN to_jsonb(NEW.server_seq)
                                               ELSE value END), '{}')
      INTO NEW.field_seq FROM jsonb_each(NEW.field_seq);
    RETURN NEW;
END $$;

CREATE FUNCTION cd_next_seq_on_update() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.server_seq IS NOT DISTINCT FROM OLD.server_seq THEN
        NEW.server_seq := nextval('cd_change_seq');
    END IF;
    NEW.server_time := now();
    RETURN NEW;
END $$;

CREATE FUNCTION cd_notify_changes() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('cd_changes', '');
    RETURN NULL;
END $$;

-- A workstation's claimed HLC never runs ahead of the server's clock: a time in the future is
-- replaced by the server's time (same node), so a fast clock cannot win every later edit.
CREATE FUNCTION cd_clamp_hlc(hlc text, now_ms bigint) RETURNS text LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE WHEN left(hlc, 13) COLLATE "C" > lpad(now_ms::text, 13, '0') COLLATE "C"
                THEN lpad(now_ms::text, 13, '0') || '-000000-' || substr(hlc, 22)
                ELSE hlc END
$$;

-- Contacts: mirror of the workstation table (app/storage/migrations 001 + 002) plus the
-- server's sequence, time and the login that pushed it.
CREATE TABLE contacts (
    id                    text PRIMARY KEY,
    started_at            text NOT NULL,
    ended_at              text,
    handler               text NOT NULL,
    team                  text NOT NULL DEFAULT '',
    channel               text NOT NULL,
    category              text NOT NULL,
    reason                text NOT NULL DEFAULT '',
    outcome               text NOT NULL,
    remained_dissatisfied integer NOT NULL DEFAULT 0,
    consent_to_outcome    integer NOT NULL DEFAULT 0,
    caller_name           text NOT NULL DEFAULT '',
    caller_phone          text NOT NULL DEFAULT '',
    caller_email          text NOT NULL DEFAULT '',
    postcode              text NOT NULL DEFAULT '',
    reference             text NOT NULL DEFAULT '',
    vrm                   text NOT NULL DEFAULT '',
    notes                 text NOT NULL DEFAULT '',
    script_path           text NOT NULL DEFAULT '',
    risk_prompts          text NOT NULL DEFAULT '',
    updated_hlc           text COLLATE "C" NOT NULL,
    origin                text NOT NULL,
    deleted               integer NOT NULL DEFAULT 0,
    server_seq            bigint NOT NULL DEFAULT nextval('cd_change_seq'),
    server_time           timestamptz NOT NULL DEFAULT now(),
    pushed_by             name NOT NULL DEFAULT current_user
);
CREATE UNIQUE INDEX contacts_server_seq ON contacts (server_seq);
CREATE INDEX contacts_team_seq ON contacts (team, server_seq);

-- The audit log: append-only for everyone; workstations may only insert.
CREATE TABLE audit_log (
    id          text PRIMARY KEY,
    at          text NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    entity      text NOT NULL,
    entity_id   text NOT NULL DEFAULT '',
    detail      text NOT NULL DEFAULT '',
    updated_hlc text NOT NULL,
    origin      text NOT NULL,
    deleted     integer NOT NULL DEFAULT 0,
    server_seq  bigint NOT NULL DEFAULT nextval('cd_change_seq'),
    server_time timestamptz NOT NULL DEFAULT now(),
    pushed_by   name NOT NULL DEFAULT current_user
);
CREATE UNIQUE INDEX audit_log_server_seq ON audit_log (server_seq);
CREATE FUNCTION cd_audit_append_only() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION cd_audit_append_only();

-- Seized and recovered vehicles (workstation migration 003): one list for everyone, written by
-- managers' (central) imports, read by all.
CREATE TABLE vehicles (
    id               text PRIMARY KEY,
    reference        text NOT NULL UNIQUE,
    vrm              text NOT NULL,
    vrm_format       text NOT NULL DEFAULT '',
    vrm_unusual      integer NOT NULL DEFAULT 0,
    make             text NOT NULL DEFAULT '',
    model            text NOT NULL DEFAULT '',
    colour           text NOT NULL DEFAULT '',
    seized_at        text NOT NULL,
    power            text NOT NULL,
    location         text NOT NULL DEFAULT '',
    status           text NOT NULL,
    weight_class     text NOT NULL,
    condition        text NOT NULL,
    position         text NOT NULL,
    laden            integer NOT NULL DEFAULT 0,
    police_hold      integer NOT NULL DEFAULT 0,
    notice_served_at text,
    released_at      text,
    disposed_at      text,
    hold_ended_at    text,
    imported_at      text NOT NULL,
    updated_hlc      text COLLATE "C" NOT NULL,
    origin           text NOT NULL,
    deleted          integer NOT NULL DEFAULT 0,
    server_seq       bigint NOT NULL DEFAULT nextval('cd_change_seq'),
    server_time      timestamptz NOT NULL DEFAULT now(),
    pushed_by        name NOT NULL DEFAULT current_user
);
CREATE UNIQUE INDEX vehicles_server_seq ON vehicles (server_seq);

-- Escalations are shared and edited by several people: the server keeps each field's value
-- with the HLC and change number of the write that set it, merges edits of different fields
-- and, for the same field, keeps the later write by (server-clamped) HLC and records the loser.
-- Field names are whatever the workstation's escalations table has (app/storage migration
-- 004); only id, team and the sync columns are fixed here.
CREATE TABLE escalations (
    id          text PRIMARY KEY,
    team        text NOT NULL,
    fields      jsonb NOT NULL DEFAULT '{}',
    field_hlc   jsonb NOT NULL DEFAULT '{}',
    field_seq   jsonb NOT NULL DEFAULT '{}',
    updated_hlc text COLLATE "C" NOT NULL,
    origin      text NOT NULL,
    deleted     integer NOT NULL DEFAULT 0,
    server_seq  bigint NOT NULL DEFAULT nextval('cd_change_seq'),
    server_time timestamptz NOT NULL DEFAULT now(),
    pushed_by   name NOT NULL DEFAULT current_user
);
CREATE UNIQUE INDEX escalations_server_seq ON escalations (server_seq);
CREATE INDEX escalations_team_seq ON escalations (team, server_seq);

-- Status history and notes of escalations: append-only, read by the teams that see the escalation.
CREATE TABLE escalation_events (
    id            text PRIMARY KEY,
    escalation_id text NOT NULL,
    from_status   text NOT NULL DEFAULT '',
    to_status     text NOT NULL,
    actor         text NOT NULL,
    at            text NOT NULL,
    reason        text NOT NULL DEFAULT '',
    updated_hlc   text COLLATE "C" NOT NULL,
    origin        text NOT NULL,
    deleted       integer NOT NULL DEFAULT 0,
    server_seq    bigint NOT NULL DEFAULT nextval('cd_change_seq'),
    server_time   timestamptz NOT NULL DEFAULT now(),
    pushed_by     name NOT NULL DEFAULT current_user
);
CREATE UNIQUE INDEX escalation_events_server_seq ON escalation_events (server_seq);
CREATE INDEX escalation_events_escalation ON escalation_events (escalation_id);
CREATE TABLE escalation_notes (
    id            text PRIMARY KEY,
    escalation_id text NOT NULL,
    author        text NOT NULL,
    at            text NOT NULL,
    body          text NOT NULL,
    updated_hlc   text COLLATE "C" NOT NULL,
    origin        text NOT NULL,
    deleted       integer NOT NULL DEFAULT 0,
    server_seq    bigint NOT NULL DEFAULT nextval('cd_change_seq'),
    server_time   timestamptz NOT NULL DEFAULT now(),
    pushed_by     name NOT NULL DEFAULT current_user
);
CREATE UNIQUE INDEX escalation_notes_server_seq ON escalation_notes (server_seq);
CREATE INDEX escalation_notes_escalation ON escalation_notes (escalation_id);

-- Losing edits, for a person to look at and settle.
CREATE TABLE cd_conflicts (
    id           bigserial PRIMARY KEY,
    entity       text NOT NULL,
    entity_id    text NOT NULL,
    team         text NOT NULL,
    field        text NOT NULL,
    kept_value   jsonb,
    kept_hlc     text NOT NULL,
    lost_value   jsonb,
    lost_hlc     text NOT NULL,
    lost_origin  text NOT NULL,
    lost_by      name NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at  timestamptz,
    resolved_by  name
);
CREATE INDEX cd_conflicts_entity ON cd_conflicts (entity, entity_id);

-- Where each (login, workstation) got to in its outbox: a replayed entry is skipped.
CREATE TABLE cd_workstations (
    login       name NOT NULL DEFAULT current_user,
    workstation text NOT NULL,
    last_seq    bigint NOT NULL DEFAULT 0,
    last_push   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (login, workstation)
);

-- Sequence, notification and append-only triggers on every synced table.
CREATE TRIGGER contacts_change_lock BEFORE INSERT OR UPDATE ON contacts
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER contacts_next_seq BEFORE UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION cd_next_seq_on_update();
CREATE TRIGGER contacts_notify AFTER INSERT OR UPDATE ON contacts
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();
CREATE TRIGGER vehicles_change_lock BEFORE INSERT OR UPDATE ON vehicles
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER vehicles_next_seq BEFORE UPDATE ON vehicles
    FOR EACH ROW EXECUTE FUNCTION cd_next_seq_on_update();
CREATE TRIGGER vehicles_notify AFTER INSERT OR UPDATE ON vehicles
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();
CREATE TRIGGER audit_log_change_lock BEFORE INSERT ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER escalation_events_change_lock BEFORE INSERT ON escalation_events
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER escalation_events_notify AFTER INSERT ON escalation_events
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();
CREATE TRIGGER escalation_notes_change_lock BEFORE INSERT ON escalation_notes
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER escalation_notes_notify AFTER INSERT ON escalation_notes
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();
CREATE TRIGGER escalation_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON escalation_events
    FOR EACH STATEMENT EXECUTE FUNCTION cd_audit_append_only();
CREATE TRIGGER escalation_notes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON escalation_notes
    FOR EACH STATEMENT EXECUTE FUNCTION cd_audit_append_only();
CREATE TRIGGER escalations_change_lock BEFORE INSERT OR UPDATE ON escalations
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER escalations_next_seq BEFORE INSERT OR UPDATE ON escalations
    FOR EACH ROW EXECUTE FUNCTION cd_escalation_seq();
CREATE TRIGGER escalations_notify AFTER INSERT OR UPDATE ON escalations
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();

-- The highest change number in the caller's snapshot, over every synced table (add new synced
-- tables here). A pull may move its cursor up to it: numbers are drawn under the change lock, so
-- nothing committed later can carry a smaller one.
CREATE FUNCTION cd_max_seq() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
    SELECT greatest((SELECT max(server_seq) FROM contacts), (SELECT max(server_seq) FROM escalations),
                    (SELECT max(server_seq) FROM audit_log), (SELECT max(server_seq) FROM escalation_events),
                    (SELECT max(server_seq) FROM escalation_notes), (SELECT max(server_seq) FROM vehicles), 0)
$$;

-- The escalation merge, run as the caller so row-level security applies. p is the
-- workstation's full row (JSON object, form fields flattened as "fields.<name>"); changed lists
-- the fields this workstation edited since the version base_seq it had seen.
CREATE FUNCTION cd_push_escalation(p jsonb, changed text[], base_seq bigint, now_ms bigint)
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
    PERFORM pg_advisory_xact_lock(7415268301);
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

-- Roles. cd_workstation: what every person's login may do at all; cd_handler / cd_manager add
-- their scope. Row-level security below decides which rows.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cd_workstation') THEN
        CREATE ROLE cd_workstation NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cd_handler') THEN
        CREATE ROLE cd_handler NOLOGIN IN ROLE cd_workstation;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cd_manager') THEN
        CREATE ROLE cd_manager NOLOGIN IN ROLE cd_workstation;
    END IF;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;

GRANT USAGE ON SCHEMA public TO cd_workstation;
GRANT USAGE ON SEQUENCE cd_change_seq TO cd_workstation;
GRANT SELECT ON cd_server, cd_schema TO cd_workstation;
GRANT SELECT (login, display_name, team, role) ON cd_people TO cd_workstation;
GRANT INSERT (id, team, fields, field_hlc, field_seq, updated_hlc, origin, deleted),
      UPDATE (fields, field_hlc, field_seq, updated_hlc, origin, deleted)
    ON escalations TO cd_workstation;
GRANT INSERT (entity, entity_id, team, field, kept_value, kept_hlc, lost_value, lost_hlc,
              lost_origin, lost_by)
    ON cd_conflicts TO cd_workstation;
GRANT USAGE ON SEQUENCE cd_conflicts_id_seq TO cd_workstation;
GRANT EXECUTE ON FUNCTION cd_my_team(), cd_my_name(), cd_clamp_hlc(text, bigint), cd_max_seq(),
    cd_push_escalation(jsonb, text[], bigint, bigint) TO cd_workstation;

GRANT SELECT ON contacts, escalations, escalation_events, escalation_notes, cd_conflicts
    TO cd_workstation;
GRANT INSERT (id, escalation_id, from_status, to_status, actor, at, reason, updated_hlc, origin,
              deleted)
    ON escalation_events TO cd_workstation;
GRANT INSERT (id, escalation_id, author, at, body, updated_hlc, origin, deleted)
    ON escalation_notes TO cd_workstation;
GRANT INSERT (id, started_at, ended_at, handler, team, channel, category, reason, outcome,
              remained_dissatisfied, consent_to_outcome, caller_name, caller_phone, caller_email,
              postcode, reference, vrm, notes, script_path, risk_prompts, updated_hlc, origin,
              deleted)
    ON contacts TO cd_workstation;
GRANT UPDATE (started_at, ended_at, handler, team, channel, category, reason, outcome,
              remained_dissatisfied, consent_to_outcome, caller_name, caller_phone, caller_email,
              postcode, reference, vrm, notes, script_path, risk_prompts, updated_hlc, origin,
              deleted, pushed_by)
    ON contacts TO cd_workstation;
GRANT SELECT ON vehicles TO cd_workstation;
GRANT INSERT (id, reference, vrm, vrm_format, vrm_unusual, make, model, colour, seized_at, power,
              location, status, weight_class, condition, position, laden, police_hold,
              notice_served_at, released_at, disposed_at, hold_ended_at, imported_at, updated_hlc,
              origin, deleted),
      UPDATE (reference, vrm, vrm_format, vrm_unusual, make, model, colour, seized_at, power,
              location, status, weight_class, condition, position, laden, police_hold,
              notice_served_at, released_at, disposed_at, hold_ended_at, imported_at, updated_hlc,
              origin, deleted, pushed_by)
    ON vehicles TO cd_manager;
GRANT INSERT (id, at, actor, action, entity, entity_id, detail, updated_hlc, origin, deleted)
    ON audit_log TO cd_workstation;
GRANT SELECT, INSERT, UPDATE ON cd_workstations TO cd_workstation;

ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE escalations ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE cd_conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE vehicles ENABLE ROW LEVEL SECURITY;
ALTER TABLE escalation_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE escalation_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE cd_workstations ENABLE ROW LEVEL SECURITY;
ALTER TABLE cd_people ENABLE ROW LEVEL SECURITY;

-- Everyone reads their own team's contacts; writes only their own, in their own team.
CREATE POLICY contacts_read ON contacts FOR SELECT TO cd_workstation
    USING (team = (SELECT cd_my_team()));
CREATE POLICY contacts_insert ON contacts FOR INSERT TO cd_workstation
    WITH CHECK (team = (SELECT cd_my_team()) AND handler = (SELECT cd_my_name()));
CREATE POLICY contacts_update ON contacts FOR UPDATE TO cd_workstation
    USING (team = (SELECT cd_my_team()) AND handler = (SELECT cd_my_name()))
    WITH CHECK (team = (SELECT cd_my_team()) AND handler = (SELECT cd_my_name()));

-- Escalations: read and changed by the raising and the receiving team, created only in your
-- own team (workstations write them through cd_push_escalation). Events and notes follow the
-- escalation.
CREATE POLICY escalations_read ON escalations FOR SELECT TO cd_workstation
    USING (team = (SELECT cd_my_team()) OR fields->>'receiving_team' = (SELECT cd_my_team()));
CREATE POLICY escalation_events_read ON escalation_events FOR SELECT TO cd_workstation
    USING (EXISTS (SELECT 1 FROM escalations e WHERE e.id = escalation_id));
CREATE POLICY escalation_events_insert ON escalation_events FOR INSERT TO cd_workstation
    WITH CHECK (EXISTS (SELECT 1 FROM escalations e WHERE e.id = escalation_id));
CREATE POLICY escalation_notes_read ON escalation_notes FOR SELECT TO cd_workstation
    USING (EXISTS (SELECT 1 FROM escalations e WHERE e.id = escalation_id));
CREATE POLICY escalation_notes_insert ON escalation_notes FOR INSERT TO cd_workstation
    WITH CHECK (EXISTS (SELECT 1 FROM escalations e WHERE e.id = escalation_id));
CREATE POLICY escalations_insert ON escalations FOR INSERT TO cd_workstation
    WITH CHECK (team = (SELECT cd_my_team()));
CREATE POLICY escalations_update ON escalations FOR UPDATE TO cd_workstation
    USING (team = (SELECT cd_my_team()) OR fields->>'receiving_team' = (SELECT cd_my_team()))
    WITH CHECK (team = (SELECT cd_my_team()) OR fields->>'receiving_team' = (SELECT cd_my_team()));
CREATE POLICY conflicts_read ON cd_conflicts FOR SELECT TO cd_workstation
    USING (EXISTS (SELECT 1 FROM escalations e WHERE e.id = entity_id));
CREATE POLICY conflicts_insert ON cd_conflicts FOR INSERT TO cd_workstation
    WITH CHECK (EXISTS (SELECT 1 FROM escalations e WHERE e.id = entity_id));

CREATE POLICY vehicles_read ON vehicles FOR SELECT TO cd_workstation USING (true);
CREATE POLICY vehicles_import ON vehicles FOR INSERT TO cd_manager WITH CHECK (true);
CREATE POLICY vehicles_update ON vehicles FOR UPDATE TO cd_manager USING (true) WITH CHECK (true);

-- The audit log: insert only, as yourself; no one reads it back through a workstation login.
CREATE POLICY audit_insert ON audit_log FOR INSERT TO cd_workstation WITH CHECK (true);

CREATE POLICY workstations_own ON cd_workstations FOR ALL TO cd_workstation
    USING (login = current_user) WITH CHECK (login = current_user);
CREATE POLICY people_self ON cd_people FOR SELECT TO cd_workstation
    USING (login = current_user);
