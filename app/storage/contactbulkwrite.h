#pragma once

#include "core/result.h"

namespace cd {

class Database;

// Many new contacts written in one transaction (a sync pull, an import) without the per-row
// full-text and daily-summary triggers: begin() pauses them (migration 010), finish() indexes
// and counts every contact inserted since, set-wise, and resumes them. Both run inside the
// caller's open transaction, so a rollback or a killed process leaves nothing paused and
// nothing half counted.
//
// Between begin() and finish() insert each contact at most once and do not update a contact
// inserted since begin(): the update triggers would unindex and uncount what was not yet
// indexed or counted. Updates of contacts that were there before begin() are fine.
//
// insertNew() runs one INSERT of contacts that are new with every trigger of the connection
// off: even a paused trigger is a sub-program run for each row, and the four insert triggers
// of contacts cost a row about as much as the insert itself.
class ContactBulkWrite
{
public:
    explicit ContactBulkWrite(Database &db);
    ~ContactBulkWrite(); // if finish() was not called, the transaction must be rolled back

    Status begin();
    Status finish();
    // Runs `sql`, an INSERT into contacts that adds rows and changes none (ON CONFLICT DO
    // NOTHING), without triggers, then counts the escalations of the added contacts as
    // escalation_daily_contacts_ai would have. Only between begin() and finish().
    Status insertNew(const QString &sql);
    bool active() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace cd
