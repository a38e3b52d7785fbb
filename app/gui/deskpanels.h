#pragma once

namespace cd {

class PanelHost;

// Installs the Desk's panels on the host, in the order their tabs, menus and status-bar
// widgets appear: escalations, vehicle lookup, dashboards. Sync is installed apart
// (installSync), once the window is shown. A new panel is one more line here.
void installDeskPanels(PanelHost &host);

} // namespace cd
