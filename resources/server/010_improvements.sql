-- Server schema 10: the "You said, we did" improvement log (workstation schema 24): what a team
-- changed because of what callers said, with the dissatisfaction reasons and survey comments
-- behind it. Read by the team; written by the team's managers, in their own team.
CREATE TABLE improvements (
    id          text PRIMARY KEY,
    team        text NOT NULL,
    issue       text NOT NULL,
    root_cause  text NOT NULL DEFAULT '',
    change_made text NOT NULL,
    changed_on  text NOT NULL,
    reasons     text NOT NULL DEFAULT '',
    comment_ids text NOT NULL DEFAULT '',
    author      text NOT NULL,
    created_at  text NOT NULL,
    updated_hlc text COLLATE "C" NOT NULL,
    origin      text NOT NULL,
    deleted     integer NOT NULL DEFAULT 0,
    server_seq  bigint NOT NULL, -- drawn by cd_draw_seq() (schema 6)
    server_time timestamptz NOT NULL DEFAULT now(),
    pushed_by   name NOT NULL DEFAULT current_user,
    CONSTRAINT improvements_id_ok CHECK (id <> '' AND cd_fits(id, 64)),
    CONSTRAINT improvements_team_ok CHECK (team <> '' AND cd_fits(team, 200)),
    CONSTRAINT improvements_text_ok
        CHECK (btrim(issue) <> '' AND cd_fits(issue, 2000) AND cd_fits(root_cause, 4000)
               AND btrim(change_made) <> '' AND cd_fits(change_made, 4000)
               AND cd_fits(reasons, 4000) AND cd_fits(comment_ids, 20000)
               AND btrim(author) <> '' AND cd_fits(author, 200)),
    CONSTRAINT improvements_dates_ok CHECK (cd_is_date(changed_on) AND cd_is_time(created_at)),
    CONSTRAINT improvements_deleted_flag CHECK (deleted IN (0, 1)),
    CONSTRAINT improvements_hlc_ok CHECK (cd_is_hlc(updated_hlc))
);
CREATE UNIQUE INDEX improvements_server_seq ON improvements (server_seq);
CREATE INDEX improvements_team_seq ON improvements (team, server_seq);

-- Change numbers are drawn as the schema owner (schema 6): workstation roles have no rights on
-- the sequence.
CREATE TRIGGER improvements_draw_seq BEFORE INSERT ON improvements
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER improvements_change_lock BEFORE INSERT OR UPDATE ON improvements
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER improvements_next_seq BEFORE UPDATE ON improvements
    FOR EACH ROW EXECUTE FUNCTION cd_next_seq_on_update();
CREATE TRIGGER improvements_notify AFTER INSERT OR UPDATE ON improvements
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();
CREATE TRIGGER improvements_stamp_writer BEFORE UPDATE ON improvements FOR EACH ROW
    WHEN (NEW.pushed_by IS DISTINCT FROM current_user OR NEW.origin IS DISTINCT FROM OLD.origin)
    EXECUTE FUNCTION cd_stamp_writer();
CREATE TRIGGER improvements_new_origin AFTER INSERT ON improvements
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();

GRANT SELECT ON improvements TO cd_workstation;
GRANT INSERT (id, team, issue, root_cause, change_made, changed_on, reasons, comment_ids, author,
              created_at, updated_hlc, origin, deleted),
      UPDATE (team, issue, root_cause, change_made, changed_on, reasons, comment_ids, author,
              created_at, updated_hlc, origin, deleted)
    ON improvements TO cd_manager;

-- Team data, as contacts: each person reads their own team's log; managers write in their own.
ALTER TABLE improvements ENABLE ROW LEVEL SECURITY;
CREATE POLICY improvements_read ON improvements FOR SELECT TO cd_workstation
    USING (team = (SELECT cd_my_team()));
CREATE POLICY improvements_insert ON improvements FOR INSERT TO cd_manager
    WITH CHECK ((SELECT cd_is_person()) AND team = (SELECT cd_my_team()));
CREATE POLICY improvements_update ON improvements FOR UPDATE TO cd_manager
    USING (team = (SELECT cd_my_team()))
    WITH CHECK ((SELECT cd_is_person()) AND team = (SELECT cd_my_team()));

-- The top change number a login may know of now takes in the log. The definition before this
-- schema (whatever tables it covers) is kept under another name and this one builds on it, so
-- schemas that each add a synced table compose in any order of writing.
ALTER FUNCTION cd_max_seq() RENAME TO cd_max_seq_before_improvements;
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
        RETURN greatest(cd_max_seq_before_improvements(),
                        (SELECT max(server_seq) FROM improvements), 0);
    END IF;
    RETURN greatest(cd_max_seq_before_improvements(),
                    (SELECT max(server_seq) FROM improvements WHERE team = my_team), 0);
END $$;
GRANT EXECUTE ON FUNCTION cd_max_seq() TO cd_workstation;
