#include "storage/contactbulkwrite.h"

#include "core/logging.h"
#include "storage/database.h"

#include <sqlite3.h>

namespace cd {

namespace {

Status run(Database &db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db.handle(), sql, nullptr, nullptr, &message) == SQLITE_OK)
        return success();
    const QString why = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return Status::failure(
        QStringLiteral("could not index and count the new contacts: %1").arg(why));
}

} // namespace

ContactBulkWrite::ContactBulkWrite(Database &db)
    : m_db(db)
{
}

ContactBulkWrite::~ContactBulkWrite()
{
    if (m_active)
        qCWarning(lcStorage) << "a bulk contact write was not finished; its transaction must be "
                                "rolled back";
}

Status ContactBulkWrite::begin()
{
    if (m_active)
        return success();
    if (sqlite3_get_autocommit(m_db.handle()))
        return Status::failure(QStringLiteral("a bulk contact write needs an open transaction"));
    if (Status s = run(m_db, "INSERT INTO bulk_apply (since_rowid) "
                             "SELECT coalesce(max(rowid), 0) FROM contacts");
        !s)
        return s;
    m_active = true;
    return success();
}

Status ContactBulkWrite::finish()
{
    if (!m_active)
        return success();
    // What the paused triggers of migration 010 would have done, for every contact inserted
    // since begin(), then the triggers resume.
    if (Status s =
            run(m_db, "INSERT INTO contacts_fts (rowid, caller_name, caller_phone, caller_email, "
                      "reference, vrm, notes) "
                      "SELECT rowid, caller_name, caller_phone, caller_email, reference, vrm, "
                      "notes FROM contacts WHERE rowid > (SELECT since_rowid FROM bulk_apply); "
                      "INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, "
                      "dissatisfied, handled_seconds, handled_count) "
                      "SELECT scope, dim, day, key, count(*), sum(resolved), sum(dissatisfied), "
                      "sum(handled_seconds), sum(handled_count) FROM contact_daily_source "
                      "WHERE contact_rowid > (SELECT since_rowid FROM bulk_apply) "
                      "GROUP BY scope, dim, day, key "
                      "ON CONFLICT (scope, dim, day, key) DO UPDATE SET "
                      "contacts = contacts + excluded.contacts, "
                      "resolved = resolved + excluded.resolved, "
                      "dissatisfied = dissatisfied + excluded.dissatisfied, "
                      "handled_seconds = handled_seconds + excluded.handled_seconds, "
                      "handled_count = handled_count + excluded.handled_count; "
                      "DELETE FROM bulk_apply;");
        !s)
        return s;
    m_active = false;
    return success();
}

} // namespace cd
