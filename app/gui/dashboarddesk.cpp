#include "gui/dashboarddesk.h"

#include "gui/contactviewdialog.h"
#include "gui/dashboardwidget.h"
#include "gui/panelhost.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/taxonomystore.h"

namespace cd {

void installDashboards(PanelHost &host)
{
    QWidget *window = host.hostWidget();
    const HandlerProfile profile = host.profile();
    auto open = [&host](const QString &id) {
        Result<Contact> contact = ContactStore(host.database()).get(id, host.profile().name);
        auto taxonomy = TaxonomyStore(host.database()).load();
        if (!contact || !taxonomy)
            return;
        auto *dialog = new ContactViewDialog(contact.value(), taxonomy.value(), host.hostWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };
    PanelHostEvents &events = host.events();
    auto *mine = new DashboardWidget(host.database().path(), DashboardScope::handler(profile.name),
                                     profile.name, window);
    host.addSidePanelTab(mine, DashboardWidget::tr("&My figures"));
    QObject::connect(&events, &PanelHostEvents::contactSaved, mine,
                     &DashboardWidget::onContactSaved);
    QObject::connect(&events, &PanelHostEvents::rowsArrived, mine, &DashboardWidget::refresh);
    QObject::connect(mine, &DashboardWidget::contactOpenRequested, window, open);
    if (profile.role == Role::Manager || profile.role == Role::Administrator) {
        auto *team = new DashboardWidget(host.database().path(), DashboardScope::team(profile.team),
                                         profile.name, window);
        host.addSidePanelTab(team, DashboardWidget::tr("&Team figures"));
        QObject::connect(&events, &PanelHostEvents::contactSaved, team,
                         &DashboardWidget::onContactSaved);
        QObject::connect(&events, &PanelHostEvents::rowsArrived, team, &DashboardWidget::refresh);
        QObject::connect(team, &DashboardWidget::contactOpenRequested, window, open);
    }
}

} // namespace cd
