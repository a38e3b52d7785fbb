#pragma once

#include "core/taxonomy.h"
#include "storage/contactstore.h"

#include <QAbstractTableModel>

namespace cd {

// A short list of contacts (today's, search results, a caller's history).
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What a handler looks for first comes first: when, who, what about and how it ended.
    enum Column { Time, Caller, Category, Outcome, Channel, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ContactListModel(QObject *parent = nullptr);

    void setTaxonomy(const Taxonomy &taxonomy);
    void setRows(QList<ContactSummary> rows);
    const ContactSummary &row(int index) const { return m_rows.at(index); }
    // Show dates as well as times (history and search span days).
    void setShowDates(bool show) { m_showDates = show; }
    // Caller matching (issue 22): the caller history says why each contact matched the caller
    // ("Why") where other lists say the channel, which a narrow pane has no room for as well.
    void setShowReasons(bool show) { m_showReasons = show; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ContactSummary> m_rows;
    Taxonomy m_taxonomy;
    bool m_showDates = false;
    bool m_showReasons = false;
};

} // namespace cd
