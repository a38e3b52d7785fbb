-- Migration 5: tidy
-- Shared database, schema 5: the loose ends of schema 3's identity rules.

-- ---------------------------------------------------------------------------------------------
-- A new row's origin. Schema 3 checks origin when an update changes it; an insert could still
-- name any workstation. Now a person's insert whose origin is a workstation registered to
-- another login (cd_workstations) and not to the writer's own is refused (42501), as such an
-- update is. A workstation's first push still goes through: the push registers the workstation
-- for its login (beginPush: INSERT INTO cd_workstations) before it writes a row, in the same
-- transaction. An origin nobody has registered is left alone (the administrator's and old
-- programs' writes, tests).
--
-- One statement-level check a table, over the statement's new rows (a transition table): one
-- query a batch, not a trigger call a row. Run as the schema owner (SECURITY DEFINER) so it sees
-- every login's workstations, which row-level security hides from the writer; the writer is
-- therefore session_user, the login that connected. The rows an upsert updates instead are the
-- update triggers' (schema 3).
CREATE INDEX cd_workstations_workstation ON cd_workstations (workstation);

CREATE FUNCTION cd_check_new_origins() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    taken text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cd_people WHERE login = session_user) THEN
        RETURN NULL;
    END IF;
    SELECT n.origin INTO taken
      FROM (SELECT DISTINCT origin FROM cd_new_rows) n
     WHERE EXISTS (SELECT 1 FROM cd_workstations w
                    WHERE w.workstation = n.origin AND w.login <> session_user)
       AND NOT EXISTS (SELECT 1 FROM cd_workstations w
                        WHERE w.workstation = n.origin AND w.login = session_user)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'origin % is a workstation of another login', taken
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION cd_check_new_origins() FROM PUBLIC;

CREATE TRIGGER contacts_new_origin AFTER INSERT ON contacts
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();
CREATE TRIGGER vehicles_new_origin AFTER INSERT ON vehicles
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();
CREATE TRIGGER escalations_new_origin AFTER INSERT ON escalations
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();
CREATE TRIGGER audit_log_new_origin AFTER INSERT ON audit_log
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();
CREATE TRIGGER escalation_events_new_origin AFTER INSERT ON escalation_events
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();
CREATE TRIGGER escalation_notes_new_origin AFTER INSERT ON escalation_notes
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_check_new_origins();

-- ---------------------------------------------------------------------------------------------
-- pushed_by is the server's alone. Schema 3's triggers stamp the writing login on every write,
-- whatever a workstation sends, and workstations of this version no longer send it. The UPDATE
-- grant schema 1 gave on it stays: a program from before schema 5 still names
-- "pushed_by = current_user" in its upserts, and revoking the grant would refuse (set aside)
-- every change such a workstation pushes until it is upgraded.

-- ---------------------------------------------------------------------------------------------
-- Group roles write nothing. A person's login may SET ROLE to its group (cd_handler,
-- cd_manager: PostgreSQL 15 lets every member do so), where current_user is nobody's login and
-- schema 3's stamps have no person to name: an audit entry went in with whatever actor it
-- gave, a vehicle with the group as its writer. The writes row-level security let through on
-- "true" now need the writer to be a person (every other policy already asks for the writer's
-- team, which a group has not).
DROP POLICY audit_insert ON audit_log;
CREATE POLICY audit_insert ON audit_log FOR INSERT TO cd_workstation
    WITH CHECK ((SELECT cd_is_person()));
DROP POLICY vehicles_import ON vehicles;
CREATE POLICY vehicles_import ON vehicles FOR INSERT TO cd_manager
    WITH CHECK ((SELECT cd_is_person()));
DROP POLICY vehicles_update ON vehicles;
CREATE POLICY vehicles_update ON vehicles FOR UPDATE TO cd_manager
    USING (true) WITH CHECK ((SELECT cd_is_person()));
