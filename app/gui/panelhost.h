#pragma once

#include "core/contact.h"
#include "core/profile.h"
#include "core/taxonomy.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace cd {

class Database;

// What a tab is for, so the Desk can bring it forward when something on it is asked for (a
// script step that needs the vehicle lookup). A tab added without a role is known by its
// object name.
namespace tabrole {
inline constexpr QLatin1String vehicleLookup("vehiclePanel");
} // namespace tabrole

// What happens on the Desk that panels follow. Owned by the host.
class PanelHostEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // A contact was saved (after the lists on screen were read again).
    void contactSaved(const cd::Contact &contact);
    // A new contact was started (F2): what was looked up for the last caller goes.
    void newContactStarted();
    // A script step asks for the vehicle lookup for the contact being logged. Sent before its
    // tab is brought forward.
    void vehicleLookupRequested();
    // Rows came from the shared database (a sync pulled them) and the Desk's own lists show them.
    void rowsArrived();
    // The guidance or the risk banner suggests raising an escalation of `type` for the contact
    // being logged.
    void escalationRequested(const QString &type);
    // An escalation of `type` was sent (submitted) for the contact being logged, with these
    // values: the risk banner does not offer a form again for a risk it already covers.
    void escalationSent(const QString &type, const QJsonObject &values);
    // Who is working changed (File > Who is working…): name, role or team. Panels that depend
    // on them follow at once; PanelHost::profile() already gives the new profile.
    void profileChanged(const cd::HandlerProfile &profile);
};

// The Desk as the panels see it: the side panel's tabs, the menu bar, the status bar, the
// contact being logged, and what happens on the Desk. A panel (escalations, vehicle lookup,
// dashboards, sync, and any added later) is installed with a PanelHost and needs nothing else
// from the window. MainWindow implements it.
class PanelHost
{
public:
    virtual ~PanelHost() = default;

    // The window: the parent of the panels' widgets, actions and dialogs.
    virtual QWidget *hostWidget() = 0;
    virtual Database &database() const = 0;
    // Who is working. It may change while the Desk is open (File > Who is working...).
    virtual const HandlerProfile &profile() const = 0;
    virtual const Taxonomy &taxonomy() const = 0;
    virtual PanelHostEvents &events() = 0;

    // Adds a tab to the side panel. `title` may carry a mnemonic ("&Vehicle"); `role` says
    // what the tab is for (tabrole), when something may ask for it.
    virtual void addSidePanelTab(QWidget *panel, const QString &title,
                                 const QString &role = QString()) = 0;
    // Brings the tab forward and puts the cursor on `focus`, or else on the tab's first field.
    virtual void showSidePanelTab(QWidget *panel, QWidget *focus = nullptr,
                                  Qt::FocusReason reason = Qt::OtherFocusReason) = 0;

    // A menu on the menu bar, after the Desk's own and before Help.
    virtual QMenu *addMenu(const QString &title) = 0;
    // An action whose shortcut works anywhere in the window, menu or not.
    virtual void addWindowAction(QAction *action) = 0;

    // A message on the status bar; timeoutMs 0 keeps it until the next one.
    virtual void showStatusMessage(const QString &text, int timeoutMs = 0) = 0;
    // A widget kept on the status bar, after those already there.
    virtual void addStatusWidget(QWidget *widget) = 0;
    // A widget that shows the sync state, in place of the Desk's own count of changes queued.
    virtual void setSyncStatusWidget(QWidget *widget) = 0;

    // The contact being logged, as typed.
    virtual Contact currentContact() const = 0;
    // The same, with the id it will be saved under (given one now if it had none), for records
    // that link to it before it is saved.
    virtual Contact currentContactWithId() = 0;
    // The contact saved last, while nothing has been typed on the form since (F2 or the next
    // call ends it): what Ctrl+E right after a save raises an escalation from.
    virtual std::optional<Contact> contactJustSaved() const = 0;
    virtual void appendToContactNotes(const QString &text) = 0;
    virtual void setContactVrm(const QString &vrm) = 0;

    // Rows came from the shared database: the Desk reads its lists again, then
    // events().rowsArrived() tells the panels.
    virtual void showArrivedRows() = 0;
};

} // namespace cd
