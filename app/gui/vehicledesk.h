#pragma once

namespace cd {

class PanelHost;
class VehiclePanel;

// Adds the Vehicle tab to the Desk (the vehicle lookup the guidance hands over to) and links
// its summary key to the contact being logged.
VehiclePanel *installVehiclePanel(PanelHost &host);

} // namespace cd
