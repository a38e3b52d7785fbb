-- Migration 9: outcome messages
-- Shared database, schema 9: the message outbox (workstation migration 023), so every
-- workstation of a team sees which callers were sent, or were not sent, their outcome message.
-- A mirror of the workstation table plus the server's sequence, time and writing login, as
-- contacts. Read and written by the team the message belongs to (the contact's team): a row
-- goes in only in the writer's own team, and only that team may change it (the handler's
-- Desk queues or withholds it; `contactdesk-admin messages send`, run under a login of the
-- team, records the gateway's answer). The recipient and the text are personal data, held as
-- the contact's are.
CREATE TABLE outcome_messages (
    id              text PRIMARY KEY,
    contact_id      text NOT NULL,
    team            text NOT NULL DEFAULT '',
    channel         text NOT NULL,
    recipient       text NOT NULL DEFAULT '',
    language        text NOT NULL DEFAULT 'en',
    template        text NOT NULL DEFAULT '',
    body            text NOT NULL DEFAULT '',
    status          text NOT NULL,
    withheld_reason text NOT NULL DEFAULT '',
    idempotency_key text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at text,
    last_error      text NOT NULL DEFAULT '',
    provider_id     text NOT NULL DEFAULT '',
    created_by      text NOT NULL DEFAULT '',
    created_at      text NOT NULL,
    sent_at         text,
    updated_hlc     text COLLATE "C" NOT NULL,
    origin          text NOT NULL,
    deleted         integer NOT NULL DEFAULT 0,
    server_seq      bigint NOT NULL, -- drawn by cd_draw_seq() (schema 6)
    server_time     timestamptz NOT NULL DEFAULT now(),
    pushed_by       name NOT NULL DEFAULT current_user,
    CONSTRAINT outcome_messages_id_ok CHECK (id <> '' AND cd_fits(id, 64)
                                              AND contact_id <> '' AND cd_fits(contact_id, 64)),
    CONSTRAINT outcome_messages_codes_ok
        CHECK (channel IN ('sms', 'email') AND language IN ('en', 'cy')
               AND status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'withheld')),
    CONSTRAINT outcome_messages_attempts_ok CHECK (attempts BETWEEN 0 AND 1000),
    CONSTRAINT outcome_messages_times_ok
        CHECK (cd_is_time(created_at)
               AND (next_attempt_at IS NULL OR cd_is_time(next_attempt_at))
               AND (sent_at IS NULL OR cd_is_time(sent_at))),
    CONSTRAINT outcome_messages_lengths_ok
        CHECK (cd_fits(team, 200) AND cd_fits(recipient, 320) AND cd_fits(template, 300)
               AND cd_fits(body, 2000) AND cd_fits(withheld_reason, 2000)
               AND cd_fits(idempotency_key, 64) AND cd_fits(last_error, 500)
               AND cd_fits(provider_id, 200) AND cd_fits(created_by, 200)),
    CONSTRAINT outcome_messages_hlc_ok CHECK (cd_is_hlc(updated_hlc)),
    CONSTRAINT outcome_messages_origin_ok CHECK (origin <> '' AND cd_fits(origin, 200)),
    CONSTRAINT outcome_messages_flags_ok CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX outcome_messages_server_seq ON outcome_messages (server_seq);
CREATE INDEX outcome_messages_team_seq ON outcome_messages (team, server_seq);

-- Change numbers are drawn as the schema owner (schema 6): workstation roles have no rights on
-- the sequence.
CREATE TRIGGER outcome_messages_draw_seq BEFORE INSERT ON outcome_messages
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER outcome_messages_change_lock BEFORE INSERT OR UPDATE ON outcome_messages
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER outcome_messages_next_seq BEFORE UPDATE ON outcome_messages
    FOR EACH ROW EXECUTE FUNCTION cd_next_seq_on_update();
CREATE TRIGGER outcome_messages_notify AFTER INSERT OR UPDATE ON outcome_messages
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();
CREATE TRIGGER outcome_messages_stamp_writer BEFORE UPDATE ON outcome_messages FOR EACH ROW
    WHEN (NEW.pushed_by IS DISTINCT FROM current_user OR NEW.origin IS DISTINCT FROM OLD.origin)
    EXECUTE FUNCTION cd_stamp_writer();
CREATE TRIGGER outcome_messages_new_origin AFTER INSERT ON outcome_messages
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();

GRANT SELECT ON outcome_messages TO cd_workstation;
GRANT INSERT (id, contact_id, team, channel, recipient, language, template, body, status,
              withheld_reason, idempotency_key, attempts, next_attempt_at, last_error,
              provider_id, created_by, created_at, sent_at, updated_hlc, origin, deleted),
      UPDATE (contact_id, team, channel, recipient, language, template, body, status,
              withheld_reason, idempotency_key, attempts, next_attempt_at, last_error,
              provider_id, created_by, created_at, sent_at, updated_hlc, origin, deleted)
    ON outcome_messages TO cd_workstation;

ALTER TABLE outcome_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY outcome_messages_read ON outcome_messages FOR SELECT TO cd_workstation
    USING (team = (SELECT cd_my_team()));
CREATE POLICY outcome_messages_insert ON outcome_messages FOR INSERT TO cd_workstation
    WITH CHECK (team = (SELECT cd_my_team()));
CREATE POLICY outcome_messages_update ON outcome_messages FOR UPDATE TO cd_workstation
    USING (team = (SELECT cd_my_team())) WITH CHECK (team = (SELECT cd_my_team()));

-- The top change number a login may know of now counts its team's messages too (schema 3's
-- function, with outcome_messages added).
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
                        (SELECT max(server_seq) FROM vehicles),
                        (SELECT max(server_seq) FROM outcome_messages), 0);
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
                        (SELECT max(server_seq) FROM vehicles),
                        (SELECT max(server_seq) FROM outcome_messages WHERE team = my_team), 0));
END $$;
