#pragma once

#include "core/escalation.h"
#include "storage/escalationstore.h"

#include <QAbstractTableModel>

namespace cd {

// The title of the escalation form for `type`, or the type itself when no form has it.
QString escalationTypeTitle(const EscalationRules &rules, const QString &type);

// Escalations as rows: due date, RAG with its text marker, status, type, the caller (from the
// contact it was raised from), receiving team, owner.
class EscalationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, State, Status, Type, Caller, For, Owner, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DueStateRole };

    EscalationListModel(const EscalationRules &rules, QObject *parent = nullptr);
    void setRows(const QList<EscalationSummary> &rows, const QDate &today);
    const EscalationSummary &row(int index) const { return m_rows.at(index); }
    DueStatus dueFor(int index) const { return m_due.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const EscalationRules &m_rules;
    QList<EscalationSummary> m_rows;
    QList<DueStatus> m_due;
};

} // namespace cd
