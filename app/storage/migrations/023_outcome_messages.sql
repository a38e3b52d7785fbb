-- Migration 23: outcome messages
-- Schema 23: the message outbox. One row per contact whose caller is (or was to be) told the
-- outcome: the text as the handler left it, where it goes, and how its delivery stands.
--   queued    waiting to be sent (next_attempt_at: not before; attempts: tries so far)
--   sending   handed to the gateway, answer not yet recorded (a crash leaves it here: the next
--             `messages send` on the same workstation asks the gateway by idempotency_key, or
--             sends again with the same key, and never sends under a new one)
--   sent      the gateway accepted it; delivered: the gateway reported it delivered
--   failed    given up (a refusal, or too many attempts); withheld: the handler decided not to
--             send it (withheld_reason says why)
-- last_error holds the gateway's status and error code only, never the recipient or the text.
-- The id is derived from the contact's id, so two workstations proposing a message for the
-- same contact write the same row. Synced like contacts (updated_hlc, origin, deleted,
-- server_seq), read by the team on the server. IF NOT EXISTS: a cache set back to an earlier
-- schema number (as tests do to rerun later migrations) keeps its messages.
CREATE TABLE IF NOT EXISTS outcome_messages (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    contact_id      TEXT NOT NULL,
    team            TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    recipient       TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy')),
    template        TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'delivered',
                                                    'failed', 'withheld')),
    withheld_reason TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    provider_id     TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    updated_hlc     TEXT NOT NULL,
    origin          TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    server_seq      INTEGER
);
CREATE INDEX IF NOT EXISTS outcome_messages_contact ON outcome_messages (contact_id);
CREATE INDEX IF NOT EXISTS outcome_messages_due ON outcome_messages (status, next_attempt_at) WHERE deleted = 0;
CREATE INDEX IF NOT EXISTS outcome_messages_sent ON outcome_messages (sent_at) WHERE deleted = 0;
