-- Shared database, schema 2: row rules. What the server accepts, every workstation can store.
--
-- Until now the synced tables took any text: a contact written with plain SQL with a start
-- time of 'not a time', a vehicle with the status 'stolen' or an escalation without its
-- contact_id went in, and every workstation that pulled it failed on it (the workstation's own
-- table or its daily counts refused it). These CHECK constraints hold every synced table to the
-- rules the workstation's schema and code hold its rows to (app/storage/migrations/*.sql,
-- app/core/contact.cpp, vehicle.cpp, escalation.cpp, escalationstore.cpp):
--   - times as the workstation writes them: ISO 8601 'YYYY-MM-DDTHH:MM:SS[.fff]' with 'Z' or
--     an offset '+HH:MM', a real date and time of day; dates 'YYYY-MM-DD';
--   - codes from the workstation's fixed sets (vehicle status, power, weight class, condition,
--     position; escalation status), flags 0 or 1, an HLC 'ms-counter-node';
--   - the lengths the Desk allows (caller name and reference 200, VRM 10, notes 20,000);
--   - the values the workstation's table requires (an escalation's contact_id, type, form
--     version, status, owner, receiving team, dates).
-- Taxonomy codes (channel, category, reason, outcome) are checked for shape only (present,
-- at most 100 characters): a force adds its own codes (`contactdesk-admin taxonomy add`), so
-- the shipped list is not the whole set. A NUL character needs no rule: PostgreSQL text and
-- jsonb cannot hold one and refuse it on input.
--
-- A live server may already hold rows that break these rules. Each constraint is added NOT
-- VALID: it holds for every row written from now on (an update of an old bad row must correct
-- it), and the old rows are not checked, so this script applies whatever the tables hold.
-- Workstations set such old rows aside when they pull them (sync_set_aside, workstation
-- migration 017) and the pull goes on; correcting the row on the server brings it to them.
-- `ALTER TABLE ... VALIDATE CONSTRAINT ...` checks the old rows once they are corrected.

-- A time as the workstation stores it (Qt::ISODateWithMs in UTC, or with an offset), and one
-- the workstation can read (core/londonday.h: seconds below 60, offsets up to 14 hours). The
-- shape is checked with LIKE and the rest by PostgreSQL's own input function, which refuses
-- an impossible date or time of day with its error (22008, 22007) rather than false: the row
-- is refused either way. A regular expression did the same at five times the cost of a row.
-- STABLE, not IMMUTABLE, because the cast is; with an offset always given it cannot depend on
-- the session's settings. Being plain SQL, it is inlined into the checks that call it.
CREATE FUNCTION cd_is_time(t text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN t LIKE '____-__-__T__:__:__%' AND octet_length(t) <= 35
                     AND t NOT LIKE '% %' AND substr(t, 18, 2) COLLATE "C" < '60'
                     AND (t LIKE '%_Z' OR ((t LIKE '%+__:__' OR t LIKE '%-__:__')
                                          AND substr(t, octet_length(t) - 4, 2) COLLATE "C" <= '14'))
                THEN t::timestamptz IS NOT NULL
                ELSE false END
$$;

-- A date as the workstation stores it ('YYYY-MM-DD', a real date).
CREATE FUNCTION cd_is_date(t text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN t LIKE '____-__-__' THEN t::date IS NOT NULL ELSE false END $$;

-- The workstation's HLC text: 13 digits of ms, 6 of counter, the node (core/hlc.h). Digits
-- are checked by the integer casts, which refuse anything else.
CREATE FUNCTION cd_is_hlc(t text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN t LIKE '_____________-______-%' AND left(t, 1) <> '-'
                THEN left(t, 13)::bigint >= 0 AND substr(t, 15, 6)::integer >= 0
                ELSE false END
$$;

-- At most n characters. Counting characters reads the whole text; its size in bytes is at hand,
-- and no more bytes than n means no more characters.
CREATE FUNCTION cd_fits(t text, n integer) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT octet_length(t) <= n OR char_length(t) <= n $$;

-- An escalation's fields (jsonb, form fields flattened as "fields.<name>"): every value the
-- workstation's escalations table requires, of the type it stores (workstation migration 004).
CREATE FUNCTION cd_escalation_fields_ok(f jsonb) RETURNS boolean LANGUAGE sql STABLE
    PARALLEL SAFE
AS $$
    SELECT CASE WHEN jsonb_typeof(f) = 'object' THEN
        coalesce(jsonb_typeof(f->'contact_id') = 'string'
                 AND cd_fits(f->>'contact_id', 64)
                 AND jsonb_typeof(f->'type') = 'string'
                 AND f->>'type' <> '' AND cd_fits(f->>'type', 100)
                 AND jsonb_typeof(f->'form_version') = 'number'
                 AND f->>'status' IN ('draft', 'submitted', 'acknowledged', 'in_progress',
                                      'resolved', 'closed')
                 AND jsonb_typeof(f->'status') = 'string'
                 AND jsonb_typeof(f->'owner') = 'string'
                 AND f->>'owner' <> '' AND cd_fits(f->>'owner', 200)
                 AND jsonb_typeof(f->'receiving_team') = 'string'
                 AND cd_fits(f->>'receiving_team', 200)
                 AND jsonb_typeof(f->'raised_on') = 'string' AND cd_is_date(f->>'raised_on')
                 AND (f->'due_at' IS NULL OR jsonb_typeof(f->'due_at') = 'null'
                      OR (jsonb_typeof(f->'due_at') = 'string'
                          AND (f->>'due_at' = '' OR cd_is_date(f->>'due_at'))))
                 AND jsonb_typeof(f->'created_at') = 'string' AND cd_is_time(f->>'created_at')
                 AND jsonb_typeof(f->'updated_at') = 'string' AND cd_is_time(f->>'updated_at'),
                 false)
        ELSE false END
$$;

GRANT EXECUTE ON FUNCTION cd_is_time(text), cd_is_date(text), cd_is_hlc(text),
    cd_fits(text, integer), cd_escalation_fields_ok(jsonb) TO cd_workstation;

ALTER TABLE contacts
    ADD CONSTRAINT contacts_id_ok CHECK (id <> '' AND cd_fits(id, 64)) NOT VALID,
    ADD CONSTRAINT contacts_started_at_time CHECK (cd_is_time(started_at)) NOT VALID,
    ADD CONSTRAINT contacts_ended_at_time
        CHECK (ended_at IS NULL OR ended_at = '' OR cd_is_time(ended_at)) NOT VALID,
    ADD CONSTRAINT contacts_handler_ok CHECK (btrim(handler) <> '' AND cd_fits(handler, 200)) NOT VALID,
    ADD CONSTRAINT contacts_team_ok CHECK (cd_fits(team, 200)) NOT VALID,
    ADD CONSTRAINT contacts_codes_ok
        CHECK (channel <> '' AND cd_fits(channel, 100) AND category <> '' AND cd_fits(category, 100)
               AND cd_fits(reason, 100) AND outcome <> '' AND cd_fits(outcome, 100)) NOT VALID,
    ADD CONSTRAINT contacts_flags_ok
        CHECK (remained_dissatisfied IN (0, 1) AND consent_to_outcome IN (0, 1)
               AND deleted IN (0, 1)) NOT VALID,
    ADD CONSTRAINT contacts_lengths_ok
        CHECK (cd_fits(caller_name, 200) AND cd_fits(caller_phone, 200)
               AND cd_fits(caller_email, 320) AND cd_fits(postcode, 16)
               AND cd_fits(reference, 200) AND cd_fits(vrm, 10) AND cd_fits(notes, 20000)
               AND cd_fits(script_path, 2000) AND cd_fits(risk_prompts, 20000)) NOT VALID,
    ADD CONSTRAINT contacts_hlc_ok CHECK (cd_is_hlc(updated_hlc)) NOT VALID,
    ADD CONSTRAINT contacts_origin_ok CHECK (origin <> '' AND cd_fits(origin, 200)) NOT VALID;

ALTER TABLE vehicles
    ADD CONSTRAINT vehicles_id_ok CHECK (id <> '' AND cd_fits(id, 64)) NOT VALID,
    ADD CONSTRAINT vehicles_reference_ok CHECK (reference <> '' AND cd_fits(reference, 200)) NOT VALID,
    ADD CONSTRAINT vehicles_vrm_ok CHECK (vrm <> '' AND cd_fits(vrm, 20)) NOT VALID,
    ADD CONSTRAINT vehicles_status_code CHECK (status IN ('held', 'released', 'disposed')) NOT VALID,
    ADD CONSTRAINT vehicles_power_code
        CHECK (power IN ('s165a', 's59', 'abandoned', 'evidential', 'obstruction',
                         'stolen_recovered', 'other')) NOT VALID,
    ADD CONSTRAINT vehicles_weight_class_code
        CHECK (weight_class IN ('two_wheeled', 'upto_3_5t', '3_5_to_7_5t', '7_5_to_18t',
                                'over_18t')) NOT VALID,
    ADD CONSTRAINT vehicles_condition_code
        CHECK (condition IN ('upright_undamaged', 'not_upright_or_damaged')) NOT VALID,
    ADD CONSTRAINT vehicles_position_code CHECK (position IN ('on_road', 'off_road')) NOT VALID,
    ADD CONSTRAINT vehicles_flags_ok
        CHECK (vrm_unusual IN (0, 1) AND laden IN (0, 1) AND police_hold IN (0, 1)
               AND deleted IN (0, 1)) NOT VALID,
    ADD CONSTRAINT vehicles_times_ok
        CHECK (cd_is_time(seized_at) AND cd_is_time(imported_at)
               AND (notice_served_at IS NULL OR notice_served_at = '' OR cd_is_time(notice_served_at))
               AND (released_at IS NULL OR released_at = '' OR cd_is_time(released_at))
               AND (disposed_at IS NULL OR disposed_at = '' OR cd_is_time(disposed_at))
               AND (hold_ended_at IS NULL OR hold_ended_at = '' OR cd_is_time(hold_ended_at)))
        NOT VALID,
    ADD CONSTRAINT vehicles_lengths_ok
        CHECK (cd_fits(vrm_format, 100) AND cd_fits(make, 200) AND cd_fits(model, 200)
               AND cd_fits(colour, 200) AND cd_fits(location, 2000)) NOT VALID,
    ADD CONSTRAINT vehicles_hlc_ok CHECK (cd_is_hlc(updated_hlc)) NOT VALID;

ALTER TABLE escalations
    ADD CONSTRAINT escalations_id_ok CHECK (id <> '' AND cd_fits(id, 64)) NOT VALID,
    ADD CONSTRAINT escalations_team_ok CHECK (cd_fits(team, 200)) NOT VALID,
    ADD CONSTRAINT escalations_fields_ok CHECK (cd_escalation_fields_ok(fields)) NOT VALID,
    ADD CONSTRAINT escalations_deleted_ok CHECK (deleted IN (0, 1)) NOT VALID,
    ADD CONSTRAINT escalations_hlc_ok CHECK (cd_is_hlc(updated_hlc)) NOT VALID;

ALTER TABLE escalation_events
    ADD CONSTRAINT escalation_events_id_ok
        CHECK (id <> '' AND cd_fits(id, 64) AND escalation_id <> '' AND cd_fits(escalation_id, 64))
        NOT VALID,
    ADD CONSTRAINT escalation_events_status_code
        CHECK (to_status IN ('draft', 'submitted', 'acknowledged', 'in_progress', 'resolved',
                             'closed')
               AND from_status IN ('', 'draft', 'submitted', 'acknowledged', 'in_progress',
                                   'resolved', 'closed')) NOT VALID,
    ADD CONSTRAINT escalation_events_at_time CHECK (cd_is_time(at)) NOT VALID,
    ADD CONSTRAINT escalation_events_lengths_ok
        CHECK (cd_fits(actor, 200) AND cd_fits(reason, 20000)) NOT VALID,
    ADD CONSTRAINT escalation_events_flags_ok CHECK (deleted IN (0, 1)) NOT VALID,
    ADD CONSTRAINT escalation_events_hlc_ok CHECK (cd_is_hlc(updated_hlc)) NOT VALID;

ALTER TABLE escalation_notes
    ADD CONSTRAINT escalation_notes_id_ok
        CHECK (id <> '' AND cd_fits(id, 64) AND escalation_id <> '' AND cd_fits(escalation_id, 64))
        NOT VALID,
    ADD CONSTRAINT escalation_notes_at_time CHECK (cd_is_time(at)) NOT VALID,
    ADD CONSTRAINT escalation_notes_lengths_ok
        CHECK (cd_fits(author, 200) AND cd_fits(body, 20000)) NOT VALID,
    ADD CONSTRAINT escalation_notes_flags_ok CHECK (deleted IN (0, 1)) NOT VALID,
    ADD CONSTRAINT escalation_notes_hlc_ok CHECK (cd_is_hlc(updated_hlc)) NOT VALID;

ALTER TABLE audit_log
    ADD CONSTRAINT audit_log_id_ok CHECK (id <> '' AND cd_fits(id, 64)) NOT VALID,
    ADD CONSTRAINT audit_log_at_time CHECK (cd_is_time(at)) NOT VALID,
    ADD CONSTRAINT audit_log_flags_ok CHECK (deleted IN (0, 1)) NOT VALID,
    ADD CONSTRAINT audit_log_hlc_ok CHECK (cd_is_hlc(updated_hlc)) NOT VALID;
