#include "gui/vehicledesk.h"

#include "gui/panelhost.h"
#include "gui/vehiclepanel.h"

namespace cd {

VehiclePanel *installVehiclePanel(PanelHost &host)
{
    QWidget *window = host.hostWidget();
    auto *panel = new VehiclePanel(host.database(), host.profile().name, window);
    host.addSidePanelTab(panel, VehiclePanel::tr("&Vehicle"), tabrole::vehicleLookup);
    QObject::connect(panel, &VehiclePanel::summaryRequested, window,
                     [&host](const QString &summary, const QString &mark) {
                         host.appendToContactNotes(summary);
                         if (!mark.isEmpty())
                             host.setContactVrm(mark);
                     });
    return panel;
}

} // namespace cd
