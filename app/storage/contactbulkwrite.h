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
class ContactBulkWrite
{
public:
    explicit ContactBulkWrite(Database &db);
    ~ContactBulkWrite(); // if finish() was not called, the transaction must be rolled back

    Status begin();
    Status finish();
    bool active() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace cd
