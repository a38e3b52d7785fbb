-- Migration 3: vehicles
-- Schema 3: seized and recovered vehicles, filled from the recovery operator's export.
-- A synced table (central import, read-mostly on workstations): UUID id derived from the
-- operator's reference, updated_hlc, origin, deleted, server_seq.
CREATE TABLE vehicles (
    rowid            INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    reference        TEXT NOT NULL UNIQUE,
    vrm              TEXT NOT NULL,
    vrm_format       TEXT NOT NULL DEFAULT '',
    vrm_unusual      INTEGER NOT NULL DEFAULT 0,
    make             TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL DEFAULT '',
    colour           TEXT NOT NULL DEFAULT '',
    seized_at        TEXT NOT NULL,
    power            TEXT NOT NULL,
    location         TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('held', 'released', 'disposed')),
    weight_class     TEXT NOT NULL,
    condition        TEXT NOT NULL,
    position         TEXT NOT NULL,
    laden            INTEGER NOT NULL DEFAULT 0,
    police_hold      INTEGER NOT NULL DEFAULT 0,
    notice_served_at TEXT,
    released_at      TEXT,
    disposed_at      TEXT,
    hold_ended_at    TEXT,
    imported_at      TEXT NOT NULL,
    updated_hlc      TEXT NOT NULL,
    origin           TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    server_seq       INTEGER,
    -- The confusion key (cd::vrm::confusionKey): O/0, I/1, S/5, B/8, Z/2 and G/6 folded to
    -- the digit, so marks that read alike share a key. Computed here so rows that arrive by
    -- sync get it too.
    vrm_key          TEXT GENERATED ALWAYS AS (
        replace(replace(replace(replace(replace(replace(vrm, 'O', '0'), 'I', '1'), 'S', '5'),
                                'B', '8'), 'Z', '2'), 'G', '6')) VIRTUAL
);
-- Exact lookups use both columns; fuzzy lookups the key alone, or a range of it for prefixes.
CREATE INDEX vehicles_vrm ON vehicles (vrm_key, vrm);
