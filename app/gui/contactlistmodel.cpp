#include "gui/contactlistmodel.h"

#include "storage/database.h"

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
    m_keys.clear();
    m_db = nullptr;
    m_last = {};
    m_more = false;
    endResetModel();
}

void ContactListModel::setQuery(Database &db, const ContactListQuery &query, const QString &actor)
{
    beginResetModel();
    m_db = &db;
    m_query = query;
    m_actor = actor;
    ContactPage page = ContactStore(db).page(query, {}, kPageSize, actor);
    m_rows = std::move(page.rows);
    m_keys = std::move(page.keys);
    m_last = page.last;
    m_more = page.ok && page.more;
    m_query.match = page.match;
    endResetModel();
}

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && m_more;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ContactPage page = ContactStore(*m_db).page(m_query, m_last, kPageSize, m_actor);
    m_more = page.ok && page.more;
    if (!page.ok)
        return;
    m_last = page.last;
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows.append(page.rows);
    m_keys.append(page.keys);
    endInsertRows();
}

namespace {
// Lists run newest first: a row whose key is greater comes earlier.
int compareKeys(const ContactListKey &a, const ContactListKey &b)
{
    if (const int c = a.startedAt.compare(b.startedAt); c != 0)
        return c;
    return a.rowid < b.rowid ? -1 : a.rowid > b.rowid ? 1 : 0;
}

bool sameRow(const ContactSummary &a, const ContactSummary &b)
{
    return a.id == b.id && a.startedAt == b.startedAt && a.handler == b.handler &&
           a.channel == b.channel && a.category == b.category && a.reason == b.reason &&
           a.outcome == b.outcome && a.callerName == b.callerName &&
           a.callerPhone == b.callerPhone && a.callerEmail == b.callerEmail &&
           a.reference == b.reference && a.vrm == b.vrm && a.notesExcerpt == b.notesExcerpt &&
           a.remainedDissatisfied == b.remainedDissatisfied && a.postcode == b.postcode &&
           a.address == b.address;
}
} // namespace

void ContactListModel::refresh()
{
    if (!m_db)
        return;
    // Search results are listed by start time within each page: shown again from the top.
    if (m_query.kind == ContactListQuery::Kind::Search) {
        ContactListQuery query = m_query;
        query.match.clear(); // contacts that came in may hold new words with the prefix
        setQuery(*m_db, query, m_actor);
        return;
    }
    // Down to the last row read, and a page more in case rows came in above it.
    const int limit = int(m_rows.size()) + kPageSize;
    // A list read to its end is read again whole: a contact may come in below its last row.
    const bool fromTop = m_last.isNull() || !m_more;
    ContactPage page = fromTop ? ContactStore(*m_db).page(m_query, {}, limit, m_actor)
                               : ContactStore(*m_db).pageThrough(m_query, m_last, limit, m_actor);
    if (!page.ok)
        return;
    m_query.match = page.match;
    // Both lists are in key order: walk them together, inserting the rows that are new,
    // removing the ones that are gone and updating the ones that changed.
    int at = 0;
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        const ContactListKey &key = page.keys.at(i);
        while (at < m_rows.size() && compareKeys(m_keys.at(at), key) > 0) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            m_keys.removeAt(at);
            endRemoveRows();
        }
        if (at < m_rows.size() && compareKeys(m_keys.at(at), key) == 0) {
            if (!sameRow(m_rows.at(at), page.rows.at(i))) {
                m_rows[at] = page.rows.at(i);
                emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, at, at);
            m_rows.insert(at, page.rows.at(i));
            m_keys.insert(at, key);
            endInsertRows();
        }
        ++at;
    }
    // Rows past the end of what was read again: gone when the list was read through to its
    // last row; otherwise they are read again as fetchMore() asks.
    if (at < m_rows.size()) {
        beginRemoveRows({}, at, int(m_rows.size()) - 1);
        m_rows.remove(at, m_rows.size() - at);
        m_keys.remove(at, m_keys.size() - at);
        endRemoveRows();
    }
    if (!page.last.isNull())
        m_last = page.last;
    // Read through to the old last row: whether more follow it is as it was.
    if (page.more || fromTop)
        m_more = page.more;
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
