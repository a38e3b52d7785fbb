#pragma once

#include "core/escalation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace cd {

class Database;
class EscalationListModel;

// My escalations / Team escalations, filterable, sorted by due date. Enter or double-click
// opens one.
class EscalationsView : public QWidget
{
    Q_OBJECT
public:
    EscalationsView(Database &db, const EscalationRules &rules, const QString &owner,
                    const QString &team, QWidget *parent = nullptr);

    enum class Scope { Mine, Team };
    void setScope(Scope scope);
    void setOwner(const QString &owner, const QString &team);
    EscalationListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void refresh();

signals:
    void openRequested(const QString &id);

private:
    Database &m_db;
    const EscalationRules &m_rules;
    QString m_owner;
    QString m_team;
    QComboBox *m_scope = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    EscalationListModel *m_model = nullptr;
};

} // namespace cd
