-- Migration 21: first contact
-- Schema 21: what inspectors check at first contact, kept with the contact and synced like the
-- rest of it. thrive_required is 1 when the category or a risk phrase asked for THRIVE; thrive
-- holds the notes per element (JSON, core/thrive.h); vulnerable is NULL (not answered), 0 (no,
-- explicitly) or 1 (yes, with vulnerability_kinds: comma separated codes). risk_grade is the
-- grade that stands: a lower grade asked for on a saved contact waits in grade_requested until a
-- manager signs it off (grade_signed_off_by, grade_signed_off_at). next_steps is "what happens
-- next" as told to the caller (JSON). The measures are counted from these columns by the
-- dashboard and the monthly report (DashboardStore::firstContact).
ALTER TABLE contacts ADD COLUMN thrive_required INTEGER NOT NULL DEFAULT 0 CHECK (thrive_required IN (0, 1));
ALTER TABLE contacts ADD COLUMN thrive TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN vulnerable INTEGER CHECK (vulnerable IS NULL OR vulnerable IN (0, 1));
ALTER TABLE contacts ADD COLUMN vulnerability_kinds TEXT NOT NULL DEFAULT '' CHECK (vulnerability_kinds = '' OR vulnerable = 1);
ALTER TABLE contacts ADD COLUMN risk_grade TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN grade_requested TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN grade_requested_by TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN grade_signed_off_by TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN grade_signed_off_at TEXT;
ALTER TABLE contacts ADD COLUMN next_steps TEXT NOT NULL DEFAULT '';
