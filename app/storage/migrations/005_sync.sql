-- Migration 5: sync
-- Schema 5: the workstation's side of sync with the shared database.
-- sync_state: cursor (the server change number everything up to which is here), server_id
-- (the shared database this cache came from; a different one means reading it again),
-- last_push / last_pull (ms since the epoch).
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The last server version of each shared, field-merged row (escalations): what the
-- workstation's edits were based on, so only the fields it changed are sent as changes.
CREATE TABLE sync_shadow (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    server_seq INTEGER NOT NULL,
    payload    TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- Changes the shared database refused (another team's row, another handler's contact, bad
-- data): taken out of the outbox so they do not block it, kept here for a person to see.
CREATE TABLE sync_rejected (
    seq         INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    op          TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    payload     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    rejected_at TEXT NOT NULL
);

CREATE INDEX outbox_entity_id ON outbox (entity, entity_id);
