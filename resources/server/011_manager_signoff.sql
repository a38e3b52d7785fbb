-- Server schema 11: a manager's sign-off of a lower risk grade reaches the team from the
-- manager's own login. Until now only the handler's login could update a contact (schema 3), so
-- a sign-off made at a manager's workstation was refused and set aside there.
--
-- A login in cd_manager may now update a contact of its own team, but only the columns a sign-off
-- writes: the grade that stands, the request it settles, and who signed it off and when (plus
-- what every push stamps: the change clock, the workstation, the writer and the change number).
-- Any other difference is refused, as is a sign-off when no lower grade is waiting. The
-- handler's own updates are as before.
CREATE POLICY contacts_sign_off ON contacts FOR UPDATE TO cd_manager
    USING (team = (SELECT cd_my_team()))
    WITH CHECK ((SELECT cd_is_person()) AND team = (SELECT cd_my_team()));

-- A workstation's push is an upsert, and PostgreSQL checks the row proposed for insertion
-- against the INSERT policies even when it goes on to update the existing row: the manager's
-- upsert of the handler's contact would fail the handler's own-name check. A manager may propose
-- a row for a contact that already exists in its team; such a row can never be appended (its id
-- is taken), so the upsert updates, under the policy and trigger above and below.
CREATE FUNCTION cd_contact_exists(contact_id text, contact_team text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$ SELECT EXISTS (SELECT 1 FROM public.contacts WHERE id = contact_id AND team = contact_team) $$;
REVOKE EXECUTE ON FUNCTION cd_contact_exists(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_contact_exists(text, text) TO cd_manager;
CREATE POLICY contacts_sign_off_upsert ON contacts FOR INSERT TO cd_manager
    WITH CHECK ((SELECT cd_is_person()) AND team = (SELECT cd_my_team())
                AND cd_contact_exists(id, team));

CREATE FUNCTION cd_contact_sign_off_only() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
DECLARE
    allowed text[] := ARRAY['risk_grade', 'grade_requested', 'grade_requested_by',
                            'grade_signed_off_by', 'grade_signed_off_at', 'updated_hlc',
                            'origin', 'pushed_by', 'server_seq', 'server_time'];
BEGIN
    IF NOT cd_is_person() THEN
        RETURN NEW; -- the administrator
    END IF;
    IF (to_jsonb(NEW) - allowed) IS DISTINCT FROM (to_jsonb(OLD) - allowed) THEN
        RAISE EXCEPTION 'only the handler''s login may change this contact; a manager of the team '
                        'may sign off a lower risk grade and nothing else'
            USING ERRCODE = '42501';
    END IF;
    IF OLD.grade_requested = '' AND (NEW.risk_grade IS DISTINCT FROM OLD.risk_grade
           OR NEW.grade_signed_off_by IS DISTINCT FROM OLD.grade_signed_off_by
           OR NEW.grade_signed_off_at IS DISTINCT FROM OLD.grade_signed_off_at) THEN
        RAISE EXCEPTION 'no lower risk grade is waiting for sign-off on this contact'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;

-- Runs only when someone other than the contact's handler writes it (a WHEN clause costs the
-- handler's own pushes nothing).
CREATE TRIGGER contacts_sign_off_only BEFORE UPDATE ON contacts FOR EACH ROW
    WHEN (OLD.handler_login IS DISTINCT FROM current_user)
    EXECUTE FUNCTION cd_contact_sign_off_only();
