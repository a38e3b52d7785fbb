-- Migration 14: audit chain heads
-- Shared database, schema 14: each workstation's audit chain head, so that `contactdesk-admin
-- audit verify` finds the newest entries deleted, or the whole chain rewritten, on a
-- workstation (a local chain alone cannot show either).
--
-- The workstations' audit rows carry their chain (local migration 20): prev_hash, the hash of
-- the entry before, and hash, SHA-256 of prev_hash and the entry's fields. They are pushed with
-- the rows (older programs push none: the columns stay NULL). cd_audit_heads keeps, per
-- workstation (origin), the hash of the last entry of its chain the server has, which entry that
-- is (id, time, action, entity: no actor or detail) and how many hashed entries it has pushed.
-- A statement-level trigger over each push's new rows moves the head to the end of the chain
-- they continue (the new row no other new row follows), so the order the rows are inserted in
-- does not matter; a push sent again inserts nothing (ON CONFLICT DO NOTHING) and moves nothing.
ALTER TABLE audit_log ADD COLUMN prev_hash text;
ALTER TABLE audit_log ADD COLUMN hash text;
ALTER TABLE audit_log
    ADD CONSTRAINT audit_log_hash_ok CHECK (hash IS NULL OR hash ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT audit_log_prev_hash_ok
        CHECK (prev_hash IS NULL OR prev_hash ~ '^[0-9a-f]{64}$');
GRANT INSERT (prev_hash, hash) ON audit_log TO cd_workstation;

CREATE TABLE cd_audit_heads (
    origin       text PRIMARY KEY,
    hash         text NOT NULL,
    entry_id     text NOT NULL,
    entry_at     text NOT NULL,
    entry_action text NOT NULL,
    entry_entity text NOT NULL,
    entries      bigint NOT NULL,
    login        name NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    server_seq   bigint NOT NULL
);
CREATE TRIGGER cd_audit_heads_draw_seq BEFORE INSERT ON cd_audit_heads
    FOR EACH ROW EXECUTE FUNCTION cd_draw_seq();
REVOKE ALL ON cd_audit_heads FROM PUBLIC;
-- A person reads the heads of the workstations they push from; only the trigger writes.
GRANT SELECT ON cd_audit_heads TO cd_workstation;
ALTER TABLE cd_audit_heads ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_heads_own ON cd_audit_heads FOR SELECT TO cd_workstation
    USING (origin IN (SELECT w.workstation FROM cd_workstations w WHERE w.login = current_user));

CREATE FUNCTION cd_move_audit_heads() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
    WITH hashed AS (
        SELECT * FROM cd_new_rows WHERE hash IS NOT NULL
    ), counts AS (
        SELECT origin, count(*) AS n FROM hashed GROUP BY origin
    ), tails AS (
        SELECT DISTINCT ON (h.origin) h.origin, h.hash, h.id, h.at, h.action, h.entity
          FROM hashed h
         WHERE NOT EXISTS (SELECT 1 FROM hashed f
                            WHERE f.origin = h.origin AND f.prev_hash = h.hash)
         ORDER BY h.origin, h.at DESC, h.id DESC
    )
    INSERT INTO cd_audit_heads AS a (origin, hash, entry_id, entry_at, entry_action,
                                     entry_entity, entries, login)
    SELECT t.origin, t.hash, t.id, t.at, t.action, t.entity, c.n, session_user
      FROM tails t JOIN counts c USING (origin)
    ON CONFLICT (origin) DO UPDATE
       SET hash = EXCLUDED.hash, entry_id = EXCLUDED.entry_id, entry_at = EXCLUDED.entry_at,
           entry_action = EXCLUDED.entry_action, entry_entity = EXCLUDED.entry_entity,
           entries = a.entries + EXCLUDED.entries, login = EXCLUDED.login, updated_at = now();
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION cd_move_audit_heads() FROM PUBLIC;

CREATE TRIGGER audit_log_move_heads AFTER INSERT ON audit_log
    REFERENCING NEW TABLE AS cd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cd_move_audit_heads();
