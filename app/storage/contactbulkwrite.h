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
    // The same for contacts inserted one by one (an import's prepared statement): between
    // rowsBegin() and rowsEnd() every trigger of the connection is off, and rowsEnd() counts
    // the escalations of the contacts added meanwhile. Whatever else is written meanwhile
    // (outbox, audit log) gets no trigger either. Only between begin() and finish().
    Status rowsBegin();
    Status rowsEnd();
    bool active() const { return m_active; }

private:
    Status countEscalations(qint64 afterRowid, qint64 lastRowid);

    Database &m_db;
    bool m_active = false;
    int m_triggersWere = -1; // while rows are inserted: the connection's trigger setting before
    qint64 m_rowsAfter = 0;
};

} // namespace cd
