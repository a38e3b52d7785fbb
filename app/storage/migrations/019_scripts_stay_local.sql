-- Migration 19: scripts stay local
-- Schema 19: imported scripts are no longer queued for sync (the shared database has no scripts
-- table and always refused them); an imported version stays on the workstation that imported
-- it. A profile that imported scripts before may still hold their queued entries (entity
-- 'scripts', one for each imported version, written by ScriptStore::import): they are removed
-- here, so the next push does not set them aside as refused. The scripts themselves stay in the
-- scripts table, as they were.
DELETE FROM outbox WHERE entity = 'scripts';
