-- Migration 11: lean outbox
-- Schema 11: the outbox keeps only its sequence key. The (entity, entity_id) index of schema 5
-- served one query, the pull's scan of every pending change, which reads the whole outbox
-- anyway; but every save paid for it on insert, and every push on delete, where its random
-- UUID keys made deleting a sent batch cost several times the table's own range delete.
DROP INDEX IF EXISTS outbox_entity_id;
