// A loadable SQLite extension with the SQL functions every Contact Desk connection has
// (london_day, is_repeat_contact, audit_hash, match_name, ...), built from the same code
// (cd::addSchemaFunctions). It lets the sqlite3 command-line tool work on a migrated profile:
// bench_import's reference loads it with
//     .load build/bench/libcontactdesk_sqlext.so sqlite3_contactdesk_init
// so the reference's triggers and indexes run the very functions the application runs.
#include "storage/migrations.h"

#include <sqlite3.h>

extern "C" {

// The extension shares the process's libsqlite3 (the shell's), so the functions are
// registered through it directly rather than through the routines table.
__attribute__((visibility("default"))) int
sqlite3_contactdesk_init(sqlite3 *db, char **errorMessage, const void * /*routines*/)
{
    const int rc = cd::addSchemaFunctions(db);
    if (rc != SQLITE_OK && errorMessage)
        *errorMessage = sqlite3_mprintf("could not add the Contact Desk functions (%d)", rc);
    return rc;
}
}
