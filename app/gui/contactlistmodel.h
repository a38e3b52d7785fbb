#pragma once

#include "core/taxonomy.h"
#include "storage/contactstore.h"

#include <QAbstractTableModel>

namespace cd {

class Database;

// A list of contacts: today's and search results read a page at a time from the cache
// (setQuery: keyset pages of kPageSize, more as the view scrolls, so a million contacts cost no
// more to show than ten); a caller's history, a short list, given whole (setRows).
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What a handler looks for first comes first: when, who, what about and how it ended.
    enum Column { Time, Caller, Category, Outcome, Channel, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ContactListModel(QObject *parent = nullptr);

    static constexpr int kPageSize = 200;

    void setTaxonomy(const Taxonomy &taxonomy);
    void setRows(QList<ContactSummary> rows);
    // Shows the list `query` names from its top: its first page now, the rest as fetchMore()
    // asks. Search pages are recorded on the audit log as `actor`'s.
    void setQuery(Database &db, const ContactListQuery &query, const QString &actor);
    // Today's list: reads it again from its top down to the last row shown (all of it when it
    // was read to its end), and changes only what differs: a contact saved (or synced) comes
    // in at its place, one deleted goes, the rest stay as they are (selection and scroll
    // position included). Search results are shown again from their first page.
    void refresh();
    bool isPaged() const { return m_db != nullptr; }
    const ContactSummary &row(int index) const { return m_rows.at(index); }
    // Show dates as well as times (history and search span days).
    void setShowDates(bool show) { m_showDates = show; }
    // Caller matching (issue 22): the caller history says why each contact matched the caller
    // ("Why") where other lists say the channel, which a narrow pane has no room for as well.
    void setShowReasons(bool show) { m_showReasons = show; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ContactSummary> m_rows;
    QList<ContactListKey> m_keys; // paged lists: each row's key
    Database *m_db = nullptr;     // paged lists only
    ContactListQuery m_query;
    QString m_actor;
    ContactListKey m_last; // the last entry read
    bool m_more = false;
    Taxonomy m_taxonomy;
    bool m_showDates = false;
    bool m_showReasons = false;
};

} // namespace cd
