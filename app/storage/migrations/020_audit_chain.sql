-- Migration 20: audit hash chain
-- The audit log is hash-chained (issue 19, DPA 2018 s.62): each entry carries the hash of the
-- entry before it in rowid order (prev_hash; the first entry carries 64 zeros) and its own hash,
-- audit_hash() of prev_hash and its fields (cd::AuditStore::entryHash, version 1). An edited,
-- deleted or reordered entry breaks the chain, which `contactdesk-admin audit verify` finds.
--
-- The table is rebuilt with the two columns and the entries already there are chained once on
-- the way (a rebuild rather than ADD COLUMN, so that the migration also applies over a table
-- that has them). Dropping the old table drops its triggers; they are made again below.
CREATE TABLE audit_log_020 (
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
    server_seq  INTEGER,
    prev_hash   TEXT,
    hash        TEXT
);
WITH RECURSIVE chain (rowid, prev_hash, hash) AS (
    SELECT a.rowid, '0000000000000000000000000000000000000000000000000000000000000000',
           audit_hash('0000000000000000000000000000000000000000000000000000000000000000', a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.detail,
                      a.updated_hlc, a.origin, a.deleted)
    FROM audit_log a WHERE a.rowid = (SELECT min(rowid) FROM audit_log)
    UNION ALL
    SELECT a.rowid, c.hash,
           audit_hash(c.hash, a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.detail,
                      a.updated_hlc, a.origin, a.deleted)
    FROM chain c
    JOIN audit_log a ON a.rowid = (SELECT min(rowid) FROM audit_log WHERE rowid > c.rowid)
)
INSERT INTO audit_log_020 (rowid, id, at, actor, action, entity, entity_id, detail, updated_hlc,
                           origin, deleted, server_seq, prev_hash, hash)
SELECT a.rowid, a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.detail, a.updated_hlc,
       a.origin, a.deleted, a.server_seq, c.prev_hash, c.hash
FROM audit_log a JOIN chain c ON c.rowid = a.rowid;
DROP TABLE audit_log;
ALTER TABLE audit_log_020 RENAME TO audit_log;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Every new entry, whatever writes it, must carry a hash and continue the chain from the last
-- entry (whether its hash is right is for `audit verify` to find).
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL
  OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY rowid DESC LIMIT 1),
                                   '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN
    SELECT RAISE(ABORT, 'audit_log entries are chained: prev_hash must be the last entry''s hash');
END;
