-- Migration 28: local accounts
-- Schema 28: the people who may sign in at this workstation when it is offline or standalone,
-- and what each may see. A password is kept only as an Argon2id hash (libsodium's
-- crypto_pwhash_str: algorithm, cost, salt and hash in one string); no password is ever stored.
-- source: 'local' for an account an administrator made with `contactdesk-admin users add`,
-- 'server' for a shared-database login that signed in here, kept so that the same person can
-- sign in (and unlock) while the shared database cannot be reached.
CREATE TABLE IF NOT EXISTS accounts (
    login         TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    team          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('handler', 'manager', 'trainer', 'administrator')),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    source        TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'server')),
    created_at    TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);
