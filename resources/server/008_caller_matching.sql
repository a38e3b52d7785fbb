-- Server schema 8: caller matching (issue 22). A contact keeps the caller's address line and
-- the repeat-victim check made during it (when, and how many earlier contacts of the caller it
-- found), as workstation schema 22 has them. The workstations match callers in their own cache:
-- the shared database only carries the columns.
ALTER TABLE contacts ADD COLUMN address text NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN victim_checked_at text;
ALTER TABLE contacts ADD COLUMN victim_check_matches integer
    CONSTRAINT contacts_victim_check_matches_range CHECK (victim_check_matches >= 0);

GRANT INSERT (address, victim_checked_at, victim_check_matches),
    UPDATE (address, victim_checked_at, victim_check_matches) ON contacts TO cd_workstation;
