-- Migration 1: initial
-- Schema 1: settings, taxonomy, contacts, the sync outbox, the audit log and drafts.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE taxonomy (
    kind    TEXT NOT NULL CHECK (kind IN ('channel', 'category', 'reason', 'outcome')),
    code    TEXT NOT NULL,
    label   TEXT NOT NULL,
    parent  TEXT NOT NULL DEFAULT '',
    sort    INTEGER NOT NULL DEFAULT 0,
    active  INTEGER NOT NULL DEFAULT 1,
    source  TEXT NOT NULL DEFAULT 'shipped',
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (kind, code)
) WITHOUT ROWID;

CREATE TABLE contacts (
    rowid                 INTEGER PRIMARY KEY,
    id                    TEXT NOT NULL UNIQUE,
    started_at            TEXT NOT NULL,
    ended_at              TEXT,
    handler               TEXT NOT NULL,
    team                  TEXT NOT NULL DEFAULT '',
    channel               TEXT NOT NULL,
    category              TEXT NOT NULL,
    reason                TEXT NOT NULL DEFAULT '',
    outcome               TEXT NOT NULL,
    remained_dissatisfied INTEGER NOT NULL DEFAULT 0,
    consent_to_outcome    INTEGER NOT NULL DEFAULT 0,
    caller_name           TEXT NOT NULL DEFAULT '',
    caller_phone          TEXT NOT NULL DEFAULT '',
    caller_email          TEXT NOT NULL DEFAULT '',
    postcode              TEXT NOT NULL DEFAULT '',
    reference             TEXT NOT NULL DEFAULT '',
    vrm                   TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT '',
    updated_hlc           TEXT NOT NULL,
    origin                TEXT NOT NULL,
    deleted               INTEGER NOT NULL DEFAULT 0,
    server_seq            INTEGER
);
CREATE INDEX contacts_started ON contacts (started_at);
CREATE INDEX contacts_handler_started ON contacts (handler, started_at);

-- Every write to a synced table adds a row here in the same transaction.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'insert')),
    hlc        TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Who viewed, created, changed, exported or erased what, when and why. Append-only.
CREATE TABLE audit_log (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    updated_hlc TEXT NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- The form being typed, kept as it is typed so a crash loses nothing. Local only.
CREATE TABLE drafts (
    slot     TEXT PRIMARY KEY,
    payload  TEXT NOT NULL,
    saved_at TEXT NOT NULL
) WITHOUT ROWID;
