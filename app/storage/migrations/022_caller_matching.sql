-- Migration 22: caller matching
-- Schema 22 (issue 22): a caller's earlier contacts are found by more than one phone number.
-- A contact keeps the caller's address line (house number and street), and the repeat-victim
-- check the Desk made during it: when (victim_checked_at, NULL when not made) and how many
-- earlier contacts of the caller it found (victim_check_matches).
ALTER TABLE contacts ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN victim_checked_at TEXT;
ALTER TABLE contacts ADD COLUMN victim_check_matches INTEGER CHECK (victim_check_matches IS NULL OR victim_check_matches >= 0);

-- The matching keys, as indexes on expressions: match_name, match_postcode, match_address and
-- match_house are cd::callermatch's nameKey, postcodeKey, addressKey and houseKey
-- (storage/migrations.cpp registers them on every connection). A lookup of the caller history
-- is a few index seeks whatever the size of the cache. A change to one of those rules needs
-- REINDEX of these indexes in the migration that makes it.
CREATE INDEX contacts_match_name ON contacts (match_name(caller_name), match_postcode(postcode), started_at) WHERE caller_name <> '';
CREATE INDEX contacts_match_address ON contacts (match_address(address), started_at) WHERE address <> '';
CREATE INDEX contacts_match_house ON contacts (match_postcode(postcode), match_house(address), started_at) WHERE address <> '';
