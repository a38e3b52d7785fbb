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
    // A script step asks for the lookup: the contact's mark is typed and looked up.
    QObject::connect(&host.events(), &PanelHostEvents::vehicleLookupRequested, panel,
                     [&host, panel] {
                         const Contact c = host.currentContact();
                         const QString mark = VehiclePanel::markForContact(c.vrm, c.notes);
                         if (!mark.isEmpty())
                             panel->lookUpMark(mark);
                     });
    // The last caller's vehicle is not left on screen for the next one.
    QObject::connect(&host.events(), &PanelHostEvents::newContactStarted, panel,
                     &VehiclePanel::clear);
    QObject::connect(&host.events(), &PanelHostEvents::contactSaved, panel, &VehiclePanel::clear);
    return panel;
}

} // namespace cd
