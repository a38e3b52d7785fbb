#include "cli/cli.h"

namespace cd::cli {

const QList<CommandGroup> &commandGroups()
{
    static const QList<CommandGroup> groups = {
        {"contacts", "contacts import FILE.csv | contacts export --out FILE.csv", runContacts},
        {"profile", "profile show | profile set --name NAME --role ROLE --team TEAM | profile setting KEY [VALUE]", runProfile},
        {"scripts", "scripts validate PATH | scripts import FILE.json | scripts list | scripts detect < TEXT", runScripts},
    };
    return groups;
}

} // namespace cd::cli
