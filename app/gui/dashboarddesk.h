#pragma once

namespace cd {

class PanelHost;

// Adds the personal dashboard ("My figures") to the Desk's side panel, and the team dashboard
// ("Team figures") for managers and administrators; both follow the saves and the rows a sync
// brings, and a contact listed behind a bar opens in the audited contact view. When who is
// working changes (PanelHostEvents::profileChanged), Team figures appear or go at once.
void installDashboards(PanelHost &host);

} // namespace cd
