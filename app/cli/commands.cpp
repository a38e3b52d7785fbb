#include "cli/cli.h"

namespace cd::cli {

const QList<CommandGroup> &commandGroups()
{
    static const QList<CommandGroup> groups = {
        {"audit", "audit verify (exit 1 when an entry was edited, deleted or reordered)", runAudit},
        {"contacts", "contacts import FILE.csv | contacts export --out FILE.csv", runContacts},
        {"demo", "demo seed --contacts N [--seed S] [--days D] [--now ISO-TIME] [--force]",
         runDemo},
        {"escalations",
         "escalations list [--overdue] [--open] [--team T] [--owner NAME] [--json] | export ID "
         "--pdf FILE",
         runEscalations},
        {"improvements",
         "improvements add --issue TEXT --change TEXT --date YYYY-MM-DD [--root-cause TEXT] "
         "[--reason CODE]... [--comment ID]... [--team T] | improvements list [--month YYYY-MM] "
         "[--team T] [--json]",
         runImprovements},
        {"profile",
         "profile show | profile set --name NAME --role ROLE --team TEAM | profile setting KEY "
         "[VALUE]",
         runProfile},
        {"taxonomy",
         "taxonomy list | taxonomy add channel|category|reason|outcome CODE LABEL [--category C]",
         runTaxonomy},
        {"report",
         "report --month YYYY-MM | --from YYYY-MM --to YYYY-MM [--team T] --format pdf|csv --out "
         "FILE | report rebuild",
         runReport},
        {"scripts",
         "scripts validate PATH | scripts import FILE.json | scripts list | scripts detect < TEXT",
         runScripts},
        {"server",
         "server init --conninfo C | server add-user --conninfo C --name N --login L --team T "
         "--role handler|manager [--password-file F]",
         runServer},
        {"surveys",
         "surveys import FILE.csv|FILE.jsonl (contact_id,answered_at, question ids 0-10, "
         "comment, wants_reply)",
         runSurveys},
        {"sync", "sync --once [--conninfo C] [--password-file F] | sync status", runSync},
        {"vehicles",
         "vehicles import FILE.csv | find TEXT [--json] | show VRM [--at ISO-TIME] [--json] | "
         "generate --count N --out FILE.csv",
         runVehicles},
    };
    return groups;
}

} // namespace cd::cli
