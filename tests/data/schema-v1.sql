-- Contact Desk profile database at schema 1, as shipped in 0.1 before search was added.
-- Used by tst_migrations to prove the upgrade keeps existing data.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('workstation_id','1f0c2d7e-0000-4000-8000-00000000a001');
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
INSERT INTO taxonomy VALUES('channel','phone','101 phone','',0,1,'shipped',1);
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
INSERT INTO contacts VALUES(1,'0b7e7f55-8a43-4c1a-9d1f-3c1a2b3c4d01','2025-03-10T09:15:00.000Z','2025-03-10T09:21:00.000Z','J. Smith','QoS North','phone','dissatisfaction','no_update','referred',1,0,'Pat Jones','01632960111','','','','','Caller chased an update about a burglary report','1741598100000-000000-1f0c2d7e','1f0c2d7e-0000-4000-8000-00000000a001',0,NULL);
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'insert')),
    hlc        TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
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
CREATE TABLE drafts (
    slot     TEXT PRIMARY KEY,
    payload  TEXT NOT NULL,
    saved_at TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO drafts VALUES('contact','{"notes":"half typed"}','2025-03-10T09:30:00.000Z');
DELETE FROM sqlite_sequence;
CREATE INDEX contacts_started ON contacts (started_at);
CREATE INDEX contacts_handler_started ON contacts (handler, started_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
PRAGMA user_version=1;
COMMIT;
