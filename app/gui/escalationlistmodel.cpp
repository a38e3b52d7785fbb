#include "gui/escalationlistmodel.h"

#include <QColor>

namespace cd {

namespace {

QColor ragColour(DueState state)
{
    switch (state) {
    case DueState::OnTrack:
        return QColor(0xd8, 0xf0, 0xd8);
    case DueState::DueSoon:
        return QColor(0xff, 0xe0, 0x99);
    case DueState::Overdue:
    case DueState::Immediate:
        return QColor(0xf4, 0xb6, 0xb6);
    case DueState::None:
        break;
    }
    return {};
}

} // namespace

QString escalationTypeTitle(const EscalationRules &rules, const QString &type)
{
    const FormDefinition *f = rules.forms.find(type);
    return f ? f->title : type;
}

EscalationListModel::EscalationListModel(const EscalationRules &rules, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rules(rules)
{
}

void EscalationListModel::setRows(const QList<EscalationSummary> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_due.clear();
    for (const EscalationSummary &s : m_rows)
        m_due.append(lifecycle::isOpen(s.status)
                         ? dueStatus(m_rules.calendar, s.raisedOn, s.dueOn, today)
                         : DueStatus{});
    endResetModel();
}

int EscalationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EscalationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EscalationSummary &s = m_rows.at(index.row());
    const DueStatus &due = m_due.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == DueStateRole)
        return int(due.state);
    if (role == Qt::BackgroundRole && (index.column() == Due || index.column() == State)) {
        const QColor c = ragColour(due.state);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == State) {
        if (due.state == DueState::Overdue)
            return tr("Overdue by %n working day(s)", nullptr, -due.workingDaysLeft);
        if (due.state == DueState::Immediate)
            return tr("Immediate risk: due today");
        if (due.state != DueState::None)
            return tr("%n working day(s) left", nullptr, due.workingDaysLeft);
        return {};
    }
    if (role == Qt::ToolTipRole) // the whole text of a cell that may end in "…"
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const FormDefinition *form = m_rules.forms.find(s.type);
    switch (index.column()) {
    case Due:
        return s.dueOn.isValid() ? s.dueOn.toString(QStringLiteral("ddd d MMM")) : QString();
    case State:
        // The text marker goes with the colour, so the state never rests on colour alone.
        return due.marker().isEmpty() && due.state == DueState::OnTrack ? tr("on track")
                                                                        : due.marker();
    case Status:
        return escalationStatusLabel(s.status);
    case Type:
        return form ? form->title : s.type;
    case Caller:
        return s.callerName;
    case For:
        return form ? form->receivingTeamLabel(s.receivingTeam) : s.receivingTeam;
    case Owner:
        return s.owner;
    default:
        return {};
    }
}

QVariant EscalationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Caller:
        return tr("Caller");
    case For:
        return tr("For");
    case Owner:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace cd
