-- Migration 20: audit hash chain
-- The audit log is hash-chained (issue 19, DPA 2018 s.62): each entry carries the hash of the
-- entry before it in rowid order (prev_hash; the first entry carries 64 zeros) and its own hash,
-- audit_hash() of prev_hash and its fields (cd::AuditStore::entryHash, version 1). An edited,
-- deleted or reordered entry breaks the chain, which `contactdesk-admin audit verify` finds.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- The entries already there are chained once, in rowid order: the append-only trigger is
-- lifted for this one update, inside the migration's transaction.
DROP TRIGGER audit_log_no_update;
CREATE TEMP TABLE audit_chain_020 AS
WITH RECURSIVE chain (rowid, prev_hash, hash) AS (
    SELECT a.rowid, '0000000000000000000000000000000000000000000000000000000000000000',
           audit_hash('0000000000000000000000000000000000000000000000000000000000000000', a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.detail,
                      a.updated_hlc, a.origin, a.deleted)
    FROM audit_log a WHERE a.rowid = (SELECT min(rowid) FROM audit_log)
    UNION ALL
    SELECT a.rowid, c.hash,
           audit_hash(c.hash, a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.detail,
                      a.updated_hlc, a.origin, a.deleted)
    FROM chain c JOIN audit_log a ON a.rowid = (SELECT min(rowid) FROM audit_log WHERE rowid > c.rowid)
)
SELECT rowid, prev_hash, hash FROM chain;
UPDATE audit_log SET prev_hash = c.prev_hash, hash = c.hash
FROM temp.audit_chain_020 c WHERE audit_log.rowid = c.rowid;
DROP TABLE temp.audit_chain_020;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
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
