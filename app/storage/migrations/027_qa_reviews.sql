-- Migration 27: qa reviews
-- Schema 27: quality dip sampling (issue 17 item 5, docs/QA.md) and kept practice scores.
--
-- qa_reviews: a manager's review of one sampled contact against the rubric (one review a
-- contact: reviewing it again updates it). scores is a JSON array of the rubric's criteria,
-- [{"id", "points", "weight"}], as the reviewer left them. month is the London month of the
-- contact. Synced with the shared database (server schema 13): written by the team's managers,
-- read by them and by the handler the review is about, by nobody else.
CREATE TABLE qa_reviews (
    id             TEXT PRIMARY KEY,
    contact_id     TEXT NOT NULL,
    team           TEXT NOT NULL,
    handler        TEXT NOT NULL,
    reviewer       TEXT NOT NULL,
    month          TEXT NOT NULL, -- YYYY-MM
    rubric_id      TEXT NOT NULL,
    rubric_version INTEGER NOT NULL,
    scores         TEXT NOT NULL,
    points         INTEGER NOT NULL,
    out_of         INTEGER NOT NULL,
    feedback       TEXT NOT NULL DEFAULT '',
    reviewed_at    TEXT NOT NULL,
    updated_hlc    TEXT NOT NULL,
    origin         TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    server_seq     INTEGER
);
CREATE INDEX qa_reviews_team_month ON qa_reviews (team, month);
CREATE INDEX qa_reviews_handler_month ON qa_reviews (handler, month);
CREATE INDEX qa_reviews_contact ON qa_reviews (contact_id);

-- The per-criterion scores of each review, kept from qa_reviews.scores by the triggers below
-- (so rows a sync pulls in get them too), for the figures by criterion and month.
CREATE TABLE qa_scores (
    review_id TEXT NOT NULL,
    criterion TEXT NOT NULL,
    points    INTEGER NOT NULL,
    weight    INTEGER NOT NULL,
    PRIMARY KEY (review_id, criterion)
) WITHOUT ROWID;

CREATE TRIGGER qa_reviews_scores_insert AFTER INSERT ON qa_reviews
BEGIN
    DELETE FROM qa_scores WHERE review_id = NEW.id;
    INSERT OR REPLACE INTO qa_scores (review_id, criterion, points, weight)
    SELECT NEW.id, json_extract(value, '$.id'), json_extract(value, '$.points'),
           json_extract(value, '$.weight')
      FROM json_each(CASE WHEN json_valid(NEW.scores) THEN NEW.scores ELSE '[]' END)
     WHERE NEW.deleted = 0 AND json_type(value, '$.id') = 'text'
       AND json_type(value, '$.points') = 'integer' AND json_type(value, '$.weight') = 'integer';
END;
CREATE TRIGGER qa_reviews_scores_update AFTER UPDATE ON qa_reviews
BEGIN
    DELETE FROM qa_scores WHERE review_id = OLD.id;
    INSERT OR REPLACE INTO qa_scores (review_id, criterion, points, weight)
    SELECT NEW.id, json_extract(value, '$.id'), json_extract(value, '$.points'),
           json_extract(value, '$.weight')
      FROM json_each(CASE WHEN json_valid(NEW.scores) THEN NEW.scores ELSE '[]' END)
     WHERE NEW.deleted = 0 AND json_type(value, '$.id') = 'text'
       AND json_type(value, '$.points') = 'integer' AND json_type(value, '$.weight') = 'integer';
END;
CREATE TRIGGER qa_reviews_scores_delete AFTER DELETE ON qa_reviews
BEGIN
    DELETE FROM qa_scores WHERE review_id = OLD.id;
END;

-- The sample a manager drew on this workstation for a team and month (local: each reviewer
-- draws their own; the draw is reproducible from the seed and the share).
CREATE TABLE qa_samples (
    team        TEXT NOT NULL,
    month       TEXT NOT NULL,
    contact_id  TEXT NOT NULL,
    handler     TEXT NOT NULL,
    category    TEXT NOT NULL,
    channel     TEXT NOT NULL,
    position    INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    share_bp    INTEGER NOT NULL,
    drawn_by    TEXT NOT NULL,
    drawn_at    TEXT NOT NULL,
    PRIMARY KEY (team, month, contact_id)
) WITHOUT ROWID;

-- Practice-call scores, kept in the profile the practice was played on (a training profile):
-- the trainer exports them as CSV (Training > Export practice results…) before the training
-- Desk closes. Never synced.
CREATE TABLE practice_results (
    id               TEXT PRIMARY KEY,
    scenario         TEXT NOT NULL,
    scenario_version INTEGER NOT NULL,
    trainee          TEXT NOT NULL,
    contact_id       TEXT NOT NULL,
    rubric_id        TEXT NOT NULL,
    rubric_version   INTEGER NOT NULL,
    points           INTEGER NOT NULL,
    out_of           INTEGER NOT NULL,
    scores           TEXT NOT NULL, -- as qa_reviews.scores
    missed           TEXT NOT NULL DEFAULT '', -- one line each
    scored_at        TEXT NOT NULL
);
