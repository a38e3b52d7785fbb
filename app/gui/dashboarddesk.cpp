#include "gui/dashboarddesk.h"

#include "gui/contactaccess.h"
#include "gui/contactviewdialog.h"
#include "gui/dashboardwidget.h"
#include "gui/improvementdialog.h"
#include "gui/panelhost.h"
#include "gui/qafigures.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/taxonomystore.h"

#include <QPointer>

#include <memory>

namespace cd {

namespace {

bool seesTeamFigures(const HandlerProfile &profile)
{
    return profile.role == Role::Manager || profile.role == Role::Administrator;
}

// The dashboards on the side panel, as the profile of who is working asks for them.
struct Dashboards
{
    QPointer<DashboardWidget> mine;
    QPointer<DashboardWidget> team;
};

DashboardWidget *addDashboard(PanelHost &host, const DashboardScope &scope, const QString &title)
{
    QWidget *window = host.hostWidget();
    auto *dashboard =
        new DashboardWidget(host.database().path(), scope, host.profile().name, window);
    host.addSidePanelTab(dashboard, title);
    PanelHostEvents &events = host.events();
    QObject::connect(&events, &PanelHostEvents::contactSaved, dashboard,
                     &DashboardWidget::onContactSaved);
    QObject::connect(&events, &PanelHostEvents::rowsArrived, dashboard, &DashboardWidget::refresh);
    QObject::connect(
        dashboard, &DashboardWidget::contactOpenRequested, window, [&host](const QString &id) {
            const std::optional<Contact> contact =
                openContactToRead(host.database(), id, host.profile(), host.hostWidget());
            auto taxonomy = TaxonomyStore(host.database()).load();
            if (!contact || !taxonomy)
                return;
            auto *dialog = new ContactViewDialog(*contact, taxonomy.value(), host.hostWidget());
            dialog->showSurvey(host.database(), host.profile().name);
            dialog->showEscalations(host.database(), host.profile().name);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    QObject::connect(dashboard, &DashboardWidget::improvementLogRequested, window, [&host, scope] {
        auto *dialog = new ImprovementDialog(host.database(), scope.name, host.profile().name,
                                             host.hostWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    // QA dip sampling: the reviews and scores by criterion under the dashboard's own figures.
    auto *qa = new QaFiguresWidget(host.database(), scope, host.profile().team, dashboard);
    dashboard->addSection(qa);
    QObject::connect(&events, &PanelHostEvents::rowsArrived, qa, &QaFiguresWidget::refresh);
    return dashboard;
}

// My figures for `profile`, then Team figures if the role sees them: kept as they are when they
// still fit, made again when the name or the team they show changed, removed when the role no
// longer sees them. Dashboards are the last tabs, so those made again keep their places.
void follow(PanelHost &host, Dashboards &d, const HandlerProfile &profile)
{
    if (d.mine && d.mine->scope().name != profile.name) {
        delete d.mine.data();
        delete d.team.data();
    }
    if (d.team && (!seesTeamFigures(profile) || d.team->scope().name != profile.team))
        delete d.team.data();
    if (!d.mine)
        d.mine = addDashboard(host, DashboardScope::handler(profile.name),
                              DashboardWidget::tr("&My figures"));
    if (!d.team && seesTeamFigures(profile))
        d.team = addDashboard(host, DashboardScope::team(profile.team),
                              DashboardWidget::tr("&Team figures"));
}

} // namespace

void installDashboards(PanelHost &host)
{
    auto dashboards = std::make_shared<Dashboards>();
    follow(host, *dashboards, host.profile());
    // File > Who is working… may change the role, the name or the team: the tabs follow at once.
    QObject::connect(
        &host.events(), &PanelHostEvents::profileChanged, host.hostWidget(),
        [&host, dashboards](const HandlerProfile &profile) { follow(host, *dashboards, profile); });
}

} // namespace cd
