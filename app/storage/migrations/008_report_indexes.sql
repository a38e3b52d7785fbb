-- Migration 8: report indexes
-- Schema 8: covering indexes for the dashboards' escalation figures (open and overdue now,
-- raised and resolved in a period, departments complained about), by team and by owner.
CREATE INDEX escalations_team_status ON escalations (team, status, due_at) WHERE deleted = 0;
CREATE INDEX escalations_owner_status ON escalations (owner, status, due_at) WHERE deleted = 0;
CREATE INDEX escalations_team_raised ON escalations (team, raised_on, status, receiving_team, contact_id)
    WHERE deleted = 0;
CREATE INDEX escalations_owner_raised ON escalations (owner, raised_on, status, receiving_team, contact_id)
    WHERE deleted = 0;
CREATE INDEX escalation_events_status_at ON escalation_events (to_status, at, escalation_id);
