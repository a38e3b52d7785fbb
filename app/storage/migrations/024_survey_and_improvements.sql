-- Migration 24: survey and improvements
-- Schema 24: the caller survey as resources/survey/survey.json defines it, replies to feedback
-- and the "You said, we did" improvement log.
--
-- survey_responses (schema 7) gains what the dashboards break the answers down by: the
-- contact's channel and category, and the London weekday (1 Monday .. 7 Sunday) and hour (0-23)
-- the contact started at; the answer's time and the survey version it answered.
ALTER TABLE survey_responses ADD COLUMN answered_at TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_responses ADD COLUMN channel TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_responses ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_responses ADD COLUMN weekday INTEGER;
ALTER TABLE survey_responses ADD COLUMN hour INTEGER;
ALTER TABLE survey_responses ADD COLUMN survey_version INTEGER NOT NULL DEFAULT 1;
UPDATE survey_responses
   SET channel = c.channel, category = c.category,
       weekday = ((CAST(strftime('%w', london_day(c.started_at)) AS INTEGER) + 6) % 7) + 1,
       hour = london_hour(c.started_at)
  FROM contacts c
 WHERE c.id = survey_responses.contact_id;
CREATE INDEX survey_responses_contact ON survey_responses (contact_id);
-- The dashboards read a handler's or a team's answers for a period once, for every dimension:
-- these indexes hold all of it, so the read never visits the table.
DROP INDEX survey_responses_handler;
DROP INDEX survey_responses_team;
CREATE INDEX survey_responses_handler
    ON survey_responses (handler, day, question, rating, team, category, channel, weekday, hour);
CREATE INDEX survey_responses_team
    ON survey_responses (team, day, question, rating, handler, category, channel, weekday, hour);

-- The free text of a caller's return, and whether they asked for a reply (ticked it, or a
-- handler marked it in the Desk). A reply request becomes a 'feedback_reply' escalation
-- (resources/forms/feedback_reply.json) on the escalation clock; reply_escalation_id names it.
-- Local to the workstation that imported it, as the answers are; the escalation is synced.
CREATE TABLE survey_comments (
    id                  TEXT PRIMARY KEY, -- the return: contact and answer time
    contact_id          TEXT NOT NULL,
    handler             TEXT NOT NULL DEFAULT '',
    team                TEXT NOT NULL DEFAULT '',
    day                 TEXT NOT NULL,    -- London day of the answer
    answered_at         TEXT NOT NULL,
    channel             TEXT NOT NULL DEFAULT '',
    category            TEXT NOT NULL DEFAULT '',
    comment             TEXT NOT NULL DEFAULT '',
    wants_reply         INTEGER NOT NULL DEFAULT 0,
    reply_marked_by     TEXT NOT NULL DEFAULT '', -- '' when the respondent ticked it
    reply_escalation_id TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL DEFAULT 'csv' -- csv, webhook
) WITHOUT ROWID;
CREATE INDEX survey_comments_team ON survey_comments (team, day);
CREATE INDEX survey_comments_contact ON survey_comments (contact_id);

-- "You said, we did": what a team changed because of what callers said. reasons: the
-- dissatisfaction reason codes (taxonomy category 'dissatisfaction') behind it, comma-separated;
-- comment_ids: the survey comments (survey_comments.id) behind it, comma-separated. Synced with
-- the shared database (server schema 10), read by the team, written by its managers.
CREATE TABLE improvements (
    id          TEXT PRIMARY KEY,
    team        TEXT NOT NULL,
    issue       TEXT NOT NULL,
    root_cause  TEXT NOT NULL DEFAULT '',
    change_made TEXT NOT NULL,
    changed_on  TEXT NOT NULL, -- YYYY-MM-DD, London date the change was made
    reasons     TEXT NOT NULL DEFAULT '',
    comment_ids TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER
);
CREATE INDEX improvements_team_day ON improvements (team, changed_on);
