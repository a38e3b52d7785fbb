#include "gui/escalationmonitor.h"

#include "gui/escalationlistmodel.h"
#include "storage/escalationstore.h"

namespace cd {

EscalationMonitor::EscalationMonitor(Database &db, const EscalationRules &rules,
                                     const QString &owner, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_rules(rules)
    , m_owner(owner)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &EscalationMonitor::check);
    m_timer.start();
}

void EscalationMonitor::setOwner(const QString &owner)
{
    m_owner = owner;
    m_first = true;
    m_dueSeen.clear();
    check();
}

void EscalationMonitor::check()
{
    const QDate today = EscalationStore::today();
    EscalationStore store(m_db, m_rules);
    const int overdue = store.overdueCount(today, m_owner);
    if (overdue != m_overdue) {
        m_overdue = overdue;
        emit overdueCountChanged(overdue);
    }
    EscalationFilter filter;
    filter.owner = m_owner;
    filter.openOnly = true;
    QStringList lines;
    QStringList ids;
    for (const EscalationSummary &s : store.list(filter)) {
        if (!s.dueOn.isValid() || s.dueOn > today)
            break; // sorted by due date: the rest are not due yet
        if (!lifecycle::isAwaited(s.status))
            continue; // a draft is not sent, so not due (as the count and the dashboards)
        const bool isOverdue = s.dueOn < today;
        const QString key =
            s.id + (isOverdue ? QStringLiteral("/overdue") : QStringLiteral("/due"));
        if (m_dueSeen.contains(key))
            continue;
        m_dueSeen.insert(key);
        if (m_first)
            continue; // what was already due when the Desk opened shows in the count and list
        ids.append(s.id);
        lines.append(
            (isOverdue ? tr("OVERDUE: %1 for %2 (was due %3)") : tr("DUE TODAY: %1 for %2"))
                .arg(escalationTypeTitle(m_rules, s.type),
                     m_rules.forms.find(s.type)
                         ? m_rules.forms.find(s.type)->receivingTeamLabel(s.receivingTeam)
                         : s.receivingTeam,
                     s.dueOn.toString(QStringLiteral("d MMM"))));
    }
    m_first = false;
    if (!ids.isEmpty())
        emit reminder(lines.join(QLatin1Char('\n')), ids);
}

} // namespace cd
