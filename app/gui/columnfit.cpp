#include "gui/columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace cd {

ColumnFit *ColumnFit::install(QTableView *view, const QList<int> &shrinkable)
{
    return new ColumnFit(view, shrinkable);
}

ColumnFit::ColumnFit(QTableView *view, const QList<int> &shrinkable)
    : QObject(view)
    , m_view(view)
    , m_shrinkable(shrinkable)
{
    view->setTextElideMode(Qt::ElideRight);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    // A title cut short keeps its first letters (the header's tooltip has the whole title).
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_viewport = view->viewport();
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
    if (columns == 0 || m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *view = m_view; // QTableView hides sizeHintForColumn
    QList<int> want(columns);
    QList<int> floor(columns);
    for (int c = 0; c < columns; ++c) {
        const int title = header->sectionSizeHint(c);
        want[c] = std::max(title, view->sizeHintForColumn(c));
        floor[c] = m_shrinkable.contains(c) ? std::min(title, want[c]) : want[c];
    }
    const int room = m_view->viewport()->width();
    // The widest a shrinkable column may be: the largest cap at which everything fits.
    auto total = [&](int cap) {
        int sum = 0;
        for (int c = 0; c < columns; ++c)
            sum += m_shrinkable.contains(c) ? std::max(floor[c], std::min(want[c], cap)) : want[c];
        return sum;
    };
    // On a small screen (1280x720) even the headers may not all fit: then the columns that may
    // shorten go below their header too, down to a few letters and "…" (the header's tooltip
    // has its whole title), rather than push the last column out behind a scroll bar.
    if (total(0) > room) {
        const int least =
            m_view->fontMetrics().horizontalAdvance(QStringLiteral("Ww…")) +
            2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int c = 0; c < columns; ++c)
            if (m_shrinkable.contains(c))
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
    for (int c = 0; c < columns; ++c)
        header->resizeSection(
            c, m_shrinkable.contains(c) ? std::max(floor[c], std::min(want[c], cap)) : want[c]);
    m_fitting = false;
}

} // namespace cd
