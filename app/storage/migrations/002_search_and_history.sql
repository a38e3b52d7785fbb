-- Migration 2: search and history
-- Schema 2: full-text search over caller, phone, reference and notes; caller history;
-- the script path and risk prompts a contact collected.
ALTER TABLE contacts ADD COLUMN script_path TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN risk_prompts TEXT NOT NULL DEFAULT '';

CREATE INDEX contacts_phone ON contacts (caller_phone, started_at) WHERE caller_phone <> '';
CREATE INDEX contacts_email ON contacts (caller_email, started_at) WHERE caller_email <> '';

CREATE VIRTUAL TABLE contacts_fts USING fts5(
    caller_name, caller_phone, caller_email, reference, vrm, notes,
    content = 'contacts', content_rowid = 'rowid',
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-/'"
);

CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, caller_name, caller_phone, caller_email, reference, vrm, notes)
    VALUES (new.rowid, new.caller_name, new.caller_phone, new.caller_email, new.reference, new.vrm, new.notes);
END;
CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, caller_name, caller_phone, caller_email, reference, vrm, notes)
    VALUES ('delete', old.rowid, old.caller_name, old.caller_phone, old.caller_email, old.reference, old.vrm, old.notes);
END;
CREATE TRIGGER contacts_fts_au AFTER UPDATE OF caller_name, caller_phone, caller_email, reference, vrm, notes ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, caller_name, caller_phone, caller_email, reference, vrm, notes)
    VALUES ('delete', old.rowid, old.caller_name, old.caller_phone, old.caller_email, old.reference, old.vrm, old.notes);
    INSERT INTO contacts_fts (rowid, caller_name, caller_phone, caller_email, reference, vrm, notes)
    VALUES (new.rowid, new.caller_name, new.caller_phone, new.caller_email, new.reference, new.vrm, new.notes);
END;

INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');
