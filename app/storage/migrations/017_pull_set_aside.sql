-- Migration 17: pull set-aside
-- Schema 17: rows pulled from the shared database that this workstation cannot store (a time it
-- cannot read, a code or a missing value its own rules refuse, a form that is not JSON) are set
-- aside here, one entry a row, so that one such row never stops the pull: the pull moves its
-- cursor past it and goes on. The entry names the table, the row's id, its change number and
-- why (a column or a rule, never a value). A later version of the row that can be stored
-- replaces it and removes the entry. Rows this workstation sent and the server refused are
-- kept in sync_rejected (schema 5).
CREATE TABLE IF NOT EXISTS sync_set_aside (
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    server_seq   INTEGER NOT NULL,
    reason       TEXT NOT NULL,
    set_aside_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
