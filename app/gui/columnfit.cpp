#include "gui/columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace cd {

ColumnFit *ColumnFit::install(QTableView *view, const QList<int> &shrinkable,
                              const QList<int> &lastResort)
{
    return new ColumnFit(view, shrinkable, lastResort);
}

ColumnFit::ColumnFit(QTableView *view, const QList<int> &shrinkable, const QList<int> &lastResort)
    : QObject(view)
    , m_view(view)
    , m_shrinkable(shrinkable)
    , m_lastResort(lastResort)
{
    view->setTextElideMode(Qt::ElideRight);
    // The columns always fit the list (some ending in "…", the last ones left out when it is
    // narrow): it never scrolls sideways.
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // No stretching: with the last columns left out the header stretched the wrong one past
    // the edge. What room is left stays at the right.
    view->horizontalHeader()->setStretchLastSection(false);
    // A title cut short keeps its first letters (the header's tooltip has the whole title).
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_viewport = view->viewport();
    m_header = view->horizontalHeader();
    m_viewport->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFit::fit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFit::fit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFit::fit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFit::fit);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFit::fit);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFit::fit);
    }
    fit();
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    // The event type first, and the viewport as it was installed: while the table is being
    // destroyed its viewport() must not be called.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::fit()
{
    QAbstractItemModel *model = m_view->model();
    const int columns = model ? model->columnCount() : 0;
    // A QTableWidget resets its model while it is destroyed, after its header has gone.
    if (columns == 0 || m_fitting || !m_header)
        return;
    m_fitting = true;
    const int room = m_view->viewport()->width();
    QList<int> sizes;
    QList<int> hidden;
    if (m_lastResort.isEmpty()) {
        widths(m_shrinkable, hidden, room, sizes);
    } else {
        // What matters most keeps its whole text while the others give up room, down to a
        // few letters and "…". When even that is too wide, the least important of them (the
        // last listed) step out of the list, one by one, to no width (the row's tooltip still
        // has them); they come back when there is room.
        QList<int> others;
        for (int c : std::as_const(m_shrinkable))
            if (!m_lastResort.contains(c))
                others.append(c);
        QList<int> drop(others.crbegin(), others.crend());
        while (!widths(others, hidden, room, sizes) && !drop.isEmpty()) {
            const int c = drop.takeFirst();
            hidden.append(c);
            others.removeOne(c);
        }
        if (!widths(others, hidden, room, sizes))
            widths(m_shrinkable, hidden, room, sizes); // it is shortened too, as a last resort
    }
    // A column left out keeps its place with no width (hiding it confused the header).
    for (int c = 0; c < columns; ++c)
        m_header->resizeSection(c, hidden.contains(c) ? 0 : sizes.at(c));
    m_fitting = false;
}

bool ColumnFit::widths(const QList<int> &shrinkable, const QList<int> &hidden, int room,
                       QList<int> &out) const
{
    const int columns = m_view->model()->columnCount();
    QHeaderView *header = m_header;
    const QAbstractItemView *view = m_view; // QTableView hides sizeHintForColumn
    const int least = m_view->fontMetrics().horizontalAdvance(QStringLiteral("Ww…")) +
                      2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    QList<int> want(columns);
    QList<int> floor(columns);
    for (int c = 0; c < columns; ++c) {
        const int title = header->sectionSizeHint(c);
        want[c] = hidden.contains(c) ? 0 : std::max(title, view->sizeHintForColumn(c));
        floor[c] = shrinkable.contains(c) ? std::min(title, want[c]) : want[c];
    }
    // The widest a shrinkable column may be: the largest cap at which everything fits.
    auto total = [&](int cap) {
        int sum = 0;
        for (int c = 0; c < columns; ++c)
            sum += shrinkable.contains(c) ? std::max(floor[c], std::min(want[c], cap)) : want[c];
        return sum;
    };
    // On a small screen (1280x720) even the headers may not all fit: then the columns that may
    // shorten go below their header too, down to a few letters and "…" (the header's tooltip
    // has its whole title), rather than push the last column out behind a scroll bar.
    if (total(0) > room) {
        for (int c = 0; c < columns; ++c)
            if (shrinkable.contains(c))
                floor[c] = std::min(floor[c], std::min(want[c], least));
    }
    int cap = *std::max_element(want.cbegin(), want.cend());
    if (total(cap) > room) {
        int low = 0;
        int high = cap;
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (total(mid) <= room)
                low = mid;
            else
                high = mid - 1;
        }
        cap = low;
    }
    out.resize(columns);
    for (int c = 0; c < columns; ++c)
        out[c] = shrinkable.contains(c) ? std::max(floor[c], std::min(want[c], cap)) : want[c];
    return total(cap) <= room;
}

} // namespace cd
