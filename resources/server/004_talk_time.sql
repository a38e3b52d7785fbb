-- Server schema 4: talk time. A contact keeps the telephony's call id and how long the call
-- (talk_seconds: from the start of the contact to the end of the call) and its wrap-up
-- (wrapup_seconds: from the end of the call to the save) took, as workstation schema 19 has
-- them. NULL is "not known" (contacts from before, imports without them): reports leave those
-- contacts out of the averages. A day is the bound: nothing a workstation sends is longer.
ALTER TABLE contacts ADD COLUMN call_id text NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN talk_seconds integer
    CONSTRAINT contacts_talk_seconds_range CHECK (talk_seconds BETWEEN 0 AND 86400);
ALTER TABLE contacts ADD COLUMN wrapup_seconds integer
    CONSTRAINT contacts_wrapup_seconds_range CHECK (wrapup_seconds BETWEEN 0 AND 86400);

GRANT INSERT (call_id, talk_seconds, wrapup_seconds), UPDATE (call_id, talk_seconds, wrapup_seconds)
    ON contacts TO cd_workstation;
