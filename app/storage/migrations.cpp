#include "storage/migrations.h"

namespace cd {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("initial"), QStringLiteral(":/contactdesk/migrations/001_initial.sql")},
        {2, QStringLiteral("search and history"),
         QStringLiteral(":/contactdesk/migrations/002_search_and_history.sql")},
        {3, QStringLiteral("vehicles"),
         QStringLiteral(":/contactdesk/migrations/003_vehicles.sql")},
        {4, QStringLiteral("escalations"),
         QStringLiteral(":/contactdesk/migrations/004_escalations.sql")},
        {5, QStringLiteral("sync"), QStringLiteral(":/contactdesk/migrations/005_sync.sql")},
        {6, QStringLiteral("scripts"), QStringLiteral(":/contactdesk/migrations/006_scripts.sql")},
        {7, QStringLiteral("reports"), QStringLiteral(":/contactdesk/migrations/007_reports.sql")},
        {8, QStringLiteral("report indexes"),
         QStringLiteral(":/contactdesk/migrations/008_report_indexes.sql")},
        {9, QStringLiteral("escalation daily summary"),
         QStringLiteral(":/contactdesk/migrations/009_escalation_daily.sql")},
        {10, QStringLiteral("bulk contact writes"),
         QStringLiteral(":/contactdesk/migrations/010_bulk_contacts.sql")},
        {11, QStringLiteral("lean outbox"),
         QStringLiteral(":/contactdesk/migrations/011_outbox_lean.sql")},
        {12, QStringLiteral("full-text merge width"),
         QStringLiteral(":/contactdesk/migrations/012_fts_merge.sql")},
        {13, QStringLiteral("full text without column sizes"),
         QStringLiteral(":/contactdesk/migrations/013_fts_no_column_sizes.sql")},
        {14, QStringLiteral("daily counts' day"),
         QStringLiteral(":/contactdesk/migrations/014_daily_source_day.sql")},
    };
    return list;
}

} // namespace cd
