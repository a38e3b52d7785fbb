-- Migration 12: survey answers
-- Shared database, schema 12: the callers' survey answers (workstation migration 026), so the
-- team's dashboards on every workstation show the shares rated 8 or more, whichever workstation
-- imported the provider's file. A mirror of the workstation's survey_responses plus the server's
-- sequence, time and writing login, as contacts. Team data: a workstation reads its own team's
-- answers and writes answers only in its own team (the answer carries its contact's team and
-- handler). Ratings only: the callers' free text stays on the workstation that imported it.
CREATE TABLE survey_responses (
    id             text PRIMARY KEY,
    contact_id     text NOT NULL DEFAULT '',
    handler        text NOT NULL DEFAULT '',
    team           text NOT NULL DEFAULT '',
    day            text NOT NULL,
    question       text NOT NULL,
    rating         integer NOT NULL,
    answered_at    text NOT NULL DEFAULT '',
    channel        text NOT NULL DEFAULT '',
    category       text NOT NULL DEFAULT '',
    weekday        integer,
    hour           integer,
    survey_version integer NOT NULL DEFAULT 1,
    updated_hlc    text COLLATE "C" NOT NULL,
    origin         text NOT NULL,
    deleted        integer NOT NULL DEFAULT 0,
    server_seq     bigint NOT NULL, -- drawn by cd_draw_seq() (schema 6)
    server_time    timestamptz NOT NULL DEFAULT now(),
    pushed_by      name NOT NULL DEFAULT current_user,
    -- The workstation's limits (schema 6): codes 64, names 200; what its table can store.
    CONSTRAINT survey_responses_id_ok CHECK (id <> '' AND cd_fits(id, 64)
                                             AND contact_id <> '' AND cd_fits(contact_id, 64)),
    CONSTRAINT survey_responses_team_ok CHECK (team <> '' AND cd_fits(team, 200)
                                               AND cd_fits(handler, 200)),
    CONSTRAINT survey_responses_codes_ok
        CHECK (question <> '' AND cd_fits(question, 64) AND cd_fits(channel, 64)
               AND cd_fits(category, 64)),
    CONSTRAINT survey_responses_rating_ok CHECK (rating BETWEEN 0 AND 10),
    CONSTRAINT survey_responses_when_ok
        CHECK (cd_is_real_date(day) AND (answered_at = '' OR cd_is_real_time(answered_at))
               AND (weekday IS NULL OR weekday BETWEEN 1 AND 7)
               AND (hour IS NULL OR hour BETWEEN 0 AND 23)
               AND survey_version BETWEEN 1 AND 1000000),
    CONSTRAINT survey_responses_hlc_ok CHECK (cd_is_hlc(updated_hlc)
                                              AND cd_hlc_not_ahead(updated_hlc)),
    CONSTRAINT survey_responses_origin_ok CHECK (origin <> '' AND cd_fits(origin, 200)),
    CONSTRAINT survey_responses_flags_ok CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX survey_responses_server_seq ON survey_responses (server_seq);
CREATE INDEX survey_responses_team_seq ON survey_responses (team, server_seq);

-- Change numbers are drawn as the schema owner (schema 6): workstation roles have no rights on
-- the sequence.
CREATE TRIGGER survey_responses_draw_seq BEFORE INSERT ON survey_responses
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER survey_responses_change_lock BEFORE INSERT OR UPDATE ON survey_responses
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER survey_responses_next_seq BEFORE UPDATE ON survey_responses
    FOR EACH ROW EXECUTE FUNCTION cd_next_seq_on_update();
CREATE TRIGGER survey_responses_notify AFTER INSERT OR UPDATE ON survey_responses
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();
CREATE TRIGGER survey_responses_stamp_writer BEFORE UPDATE ON survey_responses FOR EACH ROW
    WHEN (NEW.pushed_by IS DISTINCT FROM current_user OR NEW.origin IS DISTINCT FROM OLD.origin)
    EXECUTE FUNCTION cd_stamp_writer();
CREATE TRIGGER survey_responses_new_origin AFTER INSERT ON survey_responses
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();

GRANT SELECT ON survey_responses TO cd_workstation;
GRANT INSERT (id, contact_id, handler, team, day, question, rating, answered_at, channel,
              category, weekday, hour, survey_version, updated_hlc, origin, deleted),
      UPDATE (contact_id, handler, team, day, question, rating, answered_at, channel, category,
              weekday, hour, survey_version, updated_hlc, origin, deleted)
    ON survey_responses TO cd_workstation;

-- Team data, as contacts.
ALTER TABLE survey_responses ENABLE ROW LEVEL SECURITY;
CREATE POLICY survey_responses_read ON survey_responses FOR SELECT TO cd_workstation
    USING (team = (SELECT cd_my_team()));
CREATE POLICY survey_responses_insert ON survey_responses FOR INSERT TO cd_workstation
    WITH CHECK ((SELECT cd_is_person()) AND team = (SELECT cd_my_team()));
CREATE POLICY survey_responses_update ON survey_responses FOR UPDATE TO cd_workstation
    USING (team = (SELECT cd_my_team()))
    WITH CHECK ((SELECT cd_is_person()) AND team = (SELECT cd_my_team()));

-- The top change number a login may know of now takes in the answers (the definition before
-- this schema kept under another name, as schema 10 does, so schemas that each add a synced
-- table compose in any order).
ALTER FUNCTION cd_max_seq() RENAME TO cd_max_seq_before_survey_answers;
CREATE FUNCTION cd_max_seq() RETURNS bigint LANGUAGE plpgsql STABLE SECURITY INVOKER
    SET search_path = pg_catalog, public
AS $$
DECLARE
    my_team text := cd_my_team();
BEGIN
    IF my_team IS NULL THEN
        IF cd_is_person() THEN
            RETURN 0;
        END IF;
        RETURN greatest(cd_max_seq_before_survey_answers(),
                        (SELECT max(server_seq) FROM survey_responses), 0);
    END IF;
    RETURN greatest(cd_max_seq_before_survey_answers(),
                    (SELECT max(server_seq) FROM survey_responses WHERE team = my_team), 0);
END $$;
GRANT EXECUTE ON FUNCTION cd_max_seq() TO cd_workstation;

-- Outcome messages move only forward once the gateway reported on them: a message delivered or
-- failed keeps that status whatever a later write says (a send's late answer recorded after a
-- delivery receipt, a workstation that has not yet pulled the receipt). Such a write leaves the
-- row as it is; the other rows of the push go in.
CREATE FUNCTION cd_message_status_forward() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    IF OLD.status IN ('delivered', 'failed') AND NEW.status IS DISTINCT FROM OLD.status THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER outcome_messages_forward_only BEFORE UPDATE ON outcome_messages
    FOR EACH ROW EXECUTE FUNCTION cd_message_status_forward();
