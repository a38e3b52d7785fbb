-- Migration 4: escalations
-- Schema 4: escalations raised from contacts, their status history and their note threads.
-- Synced rows: UUID id, updated_hlc, origin, deleted, server_seq (as contacts).
CREATE TABLE escalations (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    contact_id     TEXT NOT NULL DEFAULT '',
    type           TEXT NOT NULL,
    form_version   INTEGER NOT NULL,
    fields         TEXT NOT NULL DEFAULT '{}',
    status         TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'acknowledged',
                                                   'in_progress', 'resolved', 'closed')),
    owner          TEXT NOT NULL,
    team           TEXT NOT NULL DEFAULT '',
    receiving_team TEXT NOT NULL DEFAULT '',
    raised_on      TEXT NOT NULL,  -- local date the service level counts from (YYYY-MM-DD)
    due_at         TEXT,           -- local date it is due by, in working days (YYYY-MM-DD)
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_hlc    TEXT NOT NULL,
    origin         TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    server_seq     INTEGER
);
CREATE INDEX escalations_owner_due ON escalations (owner, due_at) WHERE deleted = 0;
CREATE INDEX escalations_team_due ON escalations (team, due_at) WHERE deleted = 0;
CREATE INDEX escalations_status_due ON escalations (status, due_at) WHERE deleted = 0;
CREATE INDEX escalations_contact ON escalations (contact_id);

-- Who moved an escalation from which status to which, and when. Append-only; only the
-- server's sequence number may be filled in later.
CREATE TABLE escalation_events (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    escalation_id TEXT NOT NULL,
    from_status   TEXT NOT NULL DEFAULT '',
    to_status     TEXT NOT NULL,
    actor         TEXT NOT NULL,
    at            TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    updated_hlc   TEXT NOT NULL,
    origin        TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    server_seq    INTEGER
);
CREATE INDEX escalation_events_escalation ON escalation_events (escalation_id, at);
CREATE TRIGGER escalation_events_no_update
BEFORE UPDATE OF id, escalation_id, from_status, to_status, actor, at, reason, updated_hlc, origin, deleted
ON escalation_events
BEGIN
    SELECT RAISE(ABORT, 'escalation_events is append-only');
END;
CREATE TRIGGER escalation_events_no_delete BEFORE DELETE ON escalation_events
BEGIN
    SELECT RAISE(ABORT, 'escalation_events is append-only');
END;

-- The note thread of an escalation. Append-only: a note is never edited or removed.
CREATE TABLE escalation_notes (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    escalation_id TEXT NOT NULL,
    author        TEXT NOT NULL,
    at            TEXT NOT NULL,
    body          TEXT NOT NULL,
    updated_hlc   TEXT NOT NULL,
    origin        TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    server_seq    INTEGER
);
CREATE INDEX escalation_notes_escalation ON escalation_notes (escalation_id, at);
CREATE TRIGGER escalation_notes_no_update
BEFORE UPDATE OF id, escalation_id, author, at, body, updated_hlc, origin, deleted
ON escalation_notes
BEGIN
    SELECT RAISE(ABORT, 'escalation_notes is append-only');
END;
CREATE TRIGGER escalation_notes_no_delete BEFORE DELETE ON escalation_notes
BEGIN
    SELECT RAISE(ABORT, 'escalation_notes is append-only');
END;
