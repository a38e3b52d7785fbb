-- Server schema 13: quality dip sampling (workstation schema 27, docs/QA.md). A manager's
-- review of a handler's contact against the rubric, with feedback for the handler. Written by
-- the team's managers, in their own team; read by those managers and by the handler the review
-- is about; nobody else sees it. A handler's push of a review is refused and set aside.
CREATE TABLE qa_reviews (
    id             text PRIMARY KEY,
    contact_id     text NOT NULL,
    team           text NOT NULL,
    handler        text NOT NULL,
    reviewer       text NOT NULL,
    month          text NOT NULL,
    rubric_id      text NOT NULL,
    rubric_version integer NOT NULL,
    scores         text NOT NULL,
    points         integer NOT NULL,
    out_of         integer NOT NULL,
    feedback       text NOT NULL DEFAULT '',
    reviewed_at    text NOT NULL,
    updated_hlc    text COLLATE "C" NOT NULL,
    origin         text NOT NULL,
    deleted        integer NOT NULL DEFAULT 0,
    server_seq     bigint NOT NULL, -- drawn by cd_draw_seq() (schema 6)
    server_time    timestamptz NOT NULL DEFAULT now(),
    pushed_by      name NOT NULL DEFAULT current_user,
    CONSTRAINT qa_reviews_id_ok CHECK (id <> '' AND cd_fits(id, 64)),
    CONSTRAINT qa_reviews_contact_ok CHECK (contact_id <> '' AND cd_fits(contact_id, 64)),
    CONSTRAINT qa_reviews_people_ok
        CHECK (team <> '' AND cd_fits(team, 200) AND btrim(handler) <> '' AND cd_fits(handler, 200)
               AND btrim(reviewer) <> '' AND cd_fits(reviewer, 200)),
    CONSTRAINT qa_reviews_month_ok CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    CONSTRAINT qa_reviews_rubric_ok
        CHECK (rubric_id <> '' AND cd_fits(rubric_id, 100) AND rubric_version > 0),
    CONSTRAINT qa_reviews_scores_ok
        CHECK (cd_fits(scores, 8000) AND points BETWEEN 0 AND out_of AND out_of BETWEEN 1 AND 1000),
    CONSTRAINT qa_reviews_feedback_ok CHECK (cd_fits(feedback, 4000)),
    CONSTRAINT qa_reviews_time_ok CHECK (cd_is_time(reviewed_at)),
    CONSTRAINT qa_reviews_deleted_flag CHECK (deleted IN (0, 1)),
    CONSTRAINT qa_reviews_hlc_ok CHECK (cd_is_hlc(updated_hlc))
);
CREATE UNIQUE INDEX qa_reviews_server_seq ON qa_reviews (server_seq);
CREATE INDEX qa_reviews_team_seq ON qa_reviews (team, server_seq);
CREATE INDEX qa_reviews_handler_seq ON qa_reviews (team, handler, server_seq);

CREATE TRIGGER qa_reviews_draw_seq BEFORE INSERT ON qa_reviews
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
CREATE TRIGGER qa_reviews_change_lock BEFORE INSERT OR UPDATE ON qa_reviews
    FOR EACH STATEMENT EXECUTE FUNCTION cd_take_change_lock();
CREATE TRIGGER qa_reviews_next_seq BEFORE UPDATE ON qa_reviews
    FOR EACH ROW EXECUTE FUNCTION cd_next_seq_on_update();
CREATE TRIGGER qa_reviews_notify AFTER INSERT OR UPDATE ON qa_reviews
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes();
CREATE TRIGGER qa_reviews_stamp_writer BEFORE UPDATE ON qa_reviews FOR EACH ROW
    WHEN (NEW.pushed_by IS DISTINCT FROM current_user OR NEW.origin IS DISTINCT FROM OLD.origin)
    EXECUTE FUNCTION cd_stamp_writer();
CREATE TRIGGER qa_reviews_new_origin AFTER INSERT ON qa_reviews
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();

-- Is the caller a manager? Run as the caller, who may read only their own cd_people row.
CREATE FUNCTION cd_i_manage() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, public
AS $$ SELECT EXISTS (SELECT 1 FROM cd_people WHERE login = current_user AND role = 'manager') $$;
GRANT EXECUTE ON FUNCTION cd_i_manage() TO cd_workstation;

GRANT SELECT ON qa_reviews TO cd_workstation;
GRANT INSERT (id, contact_id, team, handler, reviewer, month, rubric_id, rubric_version, scores,
              points, out_of, feedback, reviewed_at, updated_hlc, origin, deleted),
      UPDATE (contact_id, team, handler, reviewer, month, rubric_id, rubric_version, scores,
              points, out_of, feedback, reviewed_at, updated_hlc, origin, deleted)
    ON qa_reviews TO cd_manager;

-- The team's managers read and write the team's reviews (the reviewer is the writer's own
-- name); a handler reads only the reviews of their own contacts; other teams see nothing.
ALTER TABLE qa_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_reviews_read ON qa_reviews FOR SELECT TO cd_workstation
    USING (team = (SELECT cd_my_team())
           AND ((SELECT cd_i_manage()) OR handler = (SELECT cd_my_name())));
CREATE POLICY qa_reviews_insert ON qa_reviews FOR INSERT TO cd_manager
    WITH CHECK ((SELECT cd_is_person()) AND (SELECT cd_i_manage())
                AND team = (SELECT cd_my_team()) AND reviewer = (SELECT cd_my_name()));
CREATE POLICY qa_reviews_update ON qa_reviews FOR UPDATE TO cd_manager
    USING (team = (SELECT cd_my_team()) AND (SELECT cd_i_manage()))
    WITH CHECK ((SELECT cd_is_person()) AND (SELECT cd_i_manage())
                AND team = (SELECT cd_my_team()) AND reviewer = (SELECT cd_my_name()));

-- The top change number a login may know of now takes in the reviews it may read. The
-- definition before this schema is kept under another name and this one builds on it, so
-- schemas that each add a synced table compose in any order of writing.
ALTER FUNCTION cd_max_seq() RENAME TO cd_max_seq_before_qa_reviews;
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
        RETURN greatest(cd_max_seq_before_qa_reviews(),
                        (SELECT max(server_seq) FROM qa_reviews), 0);
    END IF;
    IF cd_i_manage() THEN
        RETURN greatest(cd_max_seq_before_qa_reviews(),
                        (SELECT max(server_seq) FROM qa_reviews WHERE team = my_team), 0);
    END IF;
    RETURN greatest(cd_max_seq_before_qa_reviews(),
                    (SELECT max(server_seq) FROM qa_reviews
                      WHERE team = my_team AND handler = cd_my_name()), 0);
END $$;
GRANT EXECUTE ON FUNCTION cd_max_seq() TO cd_workstation;
