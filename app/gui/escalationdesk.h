#pragma once

#include "core/contact.h"
#include "core/escalation.h"

#include <QObject>
#include <QPointer>

class QLabel;

namespace cd {

class EscalationMonitor;
class EscalationsView;
class PanelHost;

// Puts escalations on the Desk: the Escalations tab (My / Team), the Escalate menu and Ctrl+E
// (raise from the contact being logged), the overdue count in the status bar and reminders.
// Owned by the host's window; owns the form definitions and the working-day calendar.
class EscalationDesk : public QObject
{
    Q_OBJECT
public:
    EscalationDesk(PanelHost &host, EscalationRules rules);

    EscalationsView *view() const { return m_view; }
    EscalationMonitor *monitor() const { return m_monitor; }
    const EscalationRules &rules() const { return m_rules; }

public slots:
    // Opens the form of `type` for the contact being logged (a script action can call this).
    void raiseFromContact(const QString &type);
    void chooseType(); // Ctrl+E: pick the form, then fill it in
    void open(const QString &id);
    void refresh();

private:
    // The contact an escalation is raised from: the one on the form, or the one just saved
    // when nothing has been typed since; `said` tells the handler which (or that there is none).
    Contact contactToRaiseFrom(QString *said) const;
    // The field of the Desk that had the cursor when a form was asked for: it gets it back when
    // the form closes.
    void keepReturnFocus();
    void returnFocus();
    void showOverdue(int count);
    void remind(const QString &text);

    PanelHost &m_host;
    EscalationRules m_rules;
    EscalationsView *m_view = nullptr;
    EscalationMonitor *m_monitor = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QPointer<QWidget> m_returnFocus;
};

// Loads the shipped forms and calendar and installs an EscalationDesk on the host; nullptr
// (with a status-bar message) when the data cannot be read.
EscalationDesk *installEscalations(PanelHost &host);

} // namespace cd
