#pragma once

#include <QList>
#include <QString>

struct sqlite3;

namespace cd {

// The schema's history: one SQL script per version, applied in order, each in a transaction.
// Every file migrations/NNN_words.sql is one (CMakeLists.txt takes the folder as it is): NNN is
// its version, and its first line names it: "-- Migration NNN: name".
struct Migration
{
    int version;
    QString name;
    QString resource; // Qt resource path of the script
};

// By version. A script without a number is left out; one without the naming line is named
// after its file.
const QList<Migration> &migrations();

// Adds the SQL functions the schema's triggers and views call to a connection: every connection
// to a profile database needs them before it runs a migration or writes a row.
//   london_day(text): the Europe/London day ('YYYY-MM-DD') of a stored time, or NULL
//                     (cd::londonDayOfStoredTime).
//   is_repeat_contact(earlier_in_window, threshold): 1 when a contact whose caller had
//                     `earlier_in_window` contacts in the repeat-caller window before it is a
//                     repeat, else 0 (cd::isRepeatContact: the one repeat-caller rule).
//   audit_hash(prev_hash, id, at, actor, action, entity, entity_id, detail, updated_hlc,
//              origin, deleted): an audit entry's chain hash (cd::AuditStore::entryHash).
// Returns SQLITE_OK or SQLite's error code.
int addSchemaFunctions(sqlite3 *db);

} // namespace cd
