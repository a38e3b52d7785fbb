#include "gui/escalationsview.h"

#include "gui/columnfit.h"
#include "gui/escalationlistmodel.h"
#include "storage/escalationstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

EscalationsView::EscalationsView(Database &db, const EscalationRules &rules, const QString &owner,
                                 const QString &team, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_rules(rules)
    , m_owner(owner)
    , m_team(team)
{
    setObjectName(QStringLiteral("escalationsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *filters = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("escalationScope"));
    m_scope->addItem(tr("My escalations"));
    m_scope->addItem(tr("Team escalations"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("escalationTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : m_rules.forms.types())
        m_type->addItem(escalationTypeTitle(m_rules, type), type);
    filters->addWidget(m_scope);
    filters->addWidget(m_type, 1);
    layout->addLayout(filters);
    auto *checks = new QHBoxLayout;
    m_openOnly = new QCheckBox(tr("Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("escalationOpenOnly"));
    m_openOnly->setChecked(true);
    m_overdueOnly = new QCheckBox(tr("Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("escalationOverdueOnly"));
    checks->addWidget(m_openOnly);
    checks->addWidget(m_overdueOnly);
    checks->addStretch(1);
    layout->addLayout(checks);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("escalationSummary"));
    layout->addWidget(m_summary);

    m_model = new EscalationListModel(m_rules, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("escalationsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    // Due date and state stay whole; the rest end in "…" (the tooltip has the whole text).
    ColumnFit::install(m_table,
                       {EscalationListModel::Status, EscalationListModel::Type,
                        EscalationListModel::Caller, EscalationListModel::For,
                        EscalationListModel::Owner},
                       {EscalationListModel::Type, EscalationListModel::Caller});
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(EscalationListModel::IdRole).toString());
    });

    for (QComboBox *c : {m_scope, m_type})
        connect(c, &QComboBox::currentIndexChanged, this, &EscalationsView::refresh);
    for (QCheckBox *c : {m_openOnly, m_overdueOnly})
        connect(c, &QCheckBox::toggled, this, &EscalationsView::refresh);
    refresh();
}

void EscalationsView::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::Mine ? 0 : 1);
}

void EscalationsView::setOwner(const QString &owner, const QString &team)
{
    m_owner = owner;
    m_team = team;
    refresh();
}

void EscalationsView::refresh()
{
    EscalationFilter filter;
    const QDate today = EscalationStore::today();
    if (m_scope->currentIndex() == 0)
        filter.owner = m_owner;
    else
        filter.team = m_team;
    filter.type = m_type->currentData().toString();
    filter.openOnly = m_openOnly->isChecked();
    filter.overdueOnly = m_overdueOnly->isChecked();
    filter.today = today;
    const QString current = m_table->currentIndex().data(EscalationListModel::IdRole).toString();
    m_model->setRows(EscalationStore(m_db, m_rules).list(filter), today);
    int overdue = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        overdue += m_model->dueFor(i).state == DueState::Overdue ? 1 : 0;
        if (m_model->row(i).id == current)
            m_table->setCurrentIndex(m_model->index(i, 0));
    }
    m_summary->setText(tr("%n escalation(s)", nullptr, m_model->rowCount()) +
                       (overdue > 0 ? tr(", %n OVERDUE", nullptr, overdue) : QString()));
}

} // namespace cd
