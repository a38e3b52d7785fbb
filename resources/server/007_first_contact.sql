-- Server schema 7: first contact, as workstation schema 21 has it. THRIVE notes (JSON), whether
-- THRIVE was required, the vulnerability answer (NULL not answered, 0 no, 1 yes) and its kinds,
-- the risk grade that stands, a lower grade waiting for a manager's sign-off and who signed the
-- last one off and when, and "what happens next" (JSON).
ALTER TABLE contacts ADD COLUMN thrive_required integer NOT NULL DEFAULT 0
    CONSTRAINT contacts_thrive_required_flag CHECK (thrive_required IN (0, 1));
ALTER TABLE contacts ADD COLUMN thrive text NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN vulnerable integer
    CONSTRAINT contacts_vulnerable_flag CHECK (vulnerable IN (0, 1));
ALTER TABLE contacts ADD COLUMN vulnerability_kinds text NOT NULL DEFAULT ''
    CONSTRAINT contacts_vulnerability_kinds_codes
        CHECK (vulnerability_kinds ~ '^([a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*)?$'
               AND (vulnerability_kinds = '' OR vulnerable = 1));
ALTER TABLE contacts ADD COLUMN risk_grade text NOT NULL DEFAULT ''
    CONSTRAINT contacts_risk_grade_code CHECK (risk_grade ~ '^([a-z][a-z0-9_]*)?$');
ALTER TABLE contacts ADD COLUMN grade_requested text NOT NULL DEFAULT ''
    CONSTRAINT contacts_grade_requested_code CHECK (grade_requested ~ '^([a-z][a-z0-9_]*)?$');
ALTER TABLE contacts ADD COLUMN grade_requested_by text NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN grade_signed_off_by text NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN grade_signed_off_at text
    CONSTRAINT contacts_grade_signed_off_at_time
        CHECK (grade_signed_off_at IS NULL OR (cd_is_time(grade_signed_off_at) AND grade_signed_off_by <> ''));
ALTER TABLE contacts ADD COLUMN next_steps text NOT NULL DEFAULT '';

GRANT INSERT (thrive_required, thrive, vulnerable, vulnerability_kinds, risk_grade, grade_requested,
              grade_requested_by, grade_signed_off_by, grade_signed_off_at, next_steps),
      UPDATE (thrive_required, thrive, vulnerable, vulnerability_kinds, risk_grade, grade_requested,
              grade_requested_by, grade_signed_off_by, grade_signed_off_at, next_steps)
    ON contacts TO cd_workstation;
