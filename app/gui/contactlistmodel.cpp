#include "gui/contactlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cd {

using K = TaxonomyEntry::Kind;

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContactListModel::setTaxonomy(const Taxonomy &taxonomy)
{
    m_taxonomy = taxonomy;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

void ContactListModel::setRows(QList<ContactSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactSummary &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == Qt::ToolTipRole) {
        // The whole text of a cell that may end in "…", the row's labels (a narrow list leaves
        // the last columns out), then the notes.
        QStringList lines{data(index, Qt::DisplayRole).toString()};
        for (int c = Category; c < ColumnCount; ++c) {
            const QString label = data(index.sibling(index.row(), c), Qt::DisplayRole).toString();
            if (c != index.column() && !label.isEmpty())
                lines.append(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() +
                             QStringLiteral(": ") + label);
        }
        lines.removeAll(QString());
        QString text = lines.join(QLatin1Char('\n'));
        if (!s.notesExcerpt.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + s.notesExcerpt;
        return text;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: {
            const QDateTime local = s.startedAt.toLocalTime();
            return m_showDates ? local.toString(QStringLiteral("dd/MM/yy HH:mm"))
                               : local.toString(QStringLiteral("HH:mm"));
        }
        case Channel:
            if (m_showReasons)
                return callermatch::describe(s.reasons);
            return m_taxonomy.label(K::Channel, s.channel);
        case Category: {
            QString text = m_taxonomy.label(K::Category, s.category);
            if (!s.reason.isEmpty())
                text += QStringLiteral(" · ") + m_taxonomy.label(K::Reason, s.reason);
            return text;
        }
        case Caller:
            if (!s.callerName.isEmpty())
                return s.callerName;
            if (!s.callerPhone.isEmpty())
                return s.callerPhone;
            if (!s.callerEmail.isEmpty())
                return s.callerEmail;
            return s.vrm.isEmpty() ? s.reference : s.vrm;
        case Outcome:
            return m_taxonomy.label(K::Outcome, s.outcome) +
                   (s.remainedDissatisfied ? tr(" (dissatisfied)") : QString());
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && s.remainedDissatisfied)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip names a column whose title is cut short in a narrow list.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Caller:
        return tr("Caller");
    case Category:
        return tr("Category");
    case Outcome:
        return tr("Outcome");
    case Channel:
        return m_showReasons ? tr("Why") : tr("Channel");
    }
    return {};
}

} // namespace cd
