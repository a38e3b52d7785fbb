-- Migration 6: scripts
-- Schema 6: guided scripts imported into the profile. The program ships its own versions in
-- resources/scripts; an imported version replaces a shipped one when its version is higher.
-- Versions are kept (never overwritten) so a contact's saved walk can be read against the
-- version it used.
CREATE TABLE scripts (
    id          TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    title       TEXT NOT NULL,
    category    TEXT NOT NULL,
    json        TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    source_file TEXT NOT NULL DEFAULT '',
    updated_hlc TEXT NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER,
    PRIMARY KEY (id, version)
);
CREATE INDEX scripts_category ON scripts (category);
