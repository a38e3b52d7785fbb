#include "gui/deskpanels.h"

#include "gui/auditdialog.h"
#include "gui/contentreviewnotice.h"
#include "gui/dashboarddesk.h"
#include "gui/escalationdesk.h"
#include "gui/messagepanel.h"
#include "gui/qareviewdialog.h"
#include "gui/vehicledesk.h"

namespace cd {

void installDeskPanels(PanelHost &host)
{
    installEscalations(host);         // Escalations tab, Escalate menu, overdue count and reminders
    installVehiclePanel(host);        // Vehicle tab; its summary key fills the notes and the VRM
    installMessagePanel(host);        // Outcome message proposed when an eligible contact is saved
    installDashboards(host);          // My figures, and Team figures for managers
    installContentReviewNotice(host); // guidance past its review date, for trainers and managers
    installAuditLog(host);            // File > Audit log… for managers
    installQaReview(host);            // File > Quality review… for managers
}

} // namespace cd
