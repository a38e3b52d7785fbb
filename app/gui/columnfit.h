#pragma once

#include <QHeaderView>
#include <QList>
#include <QObject>
#include <QPointer>

class QTableView;

namespace cd {

// Sizes a table's columns to what they hold and keeps every column in sight: each column is as
// wide as its widest text and its header. When that is wider than the view, the columns that
// may shorten give up width, the widest first (never below their header), and their text ends
// in "…" (the models give the whole text as the tooltip). The columns that matter come first
// in the models, so they are the last to be pushed out by a narrow view. Refits when the rows
// change and when the view is resized.
class ColumnFit : public QObject
{
    Q_OBJECT
public:
    // Installs on `view` (which owns it). `shrinkable`: the columns that may be narrower than
    // their text. `lastResort` (among them): the ones that matter most (the caller's name),
    // kept whole: the others shorten first, then the last listed of them leave the list while
    // it is too narrow; only then are they shortened too.
    static ColumnFit *install(QTableView *view, const QList<int> &shrinkable,
                              const QList<int> &lastResort = {});

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFit(QTableView *view, const QList<int> &shrinkable, const QList<int> &lastResort);
    // The widths with `shrinkable` giving up room as needed; false when even at their least
    // the columns are wider than `room`.
    // `hidden`: columns out of the list (no width).
    bool widths(const QList<int> &shrinkable, const QList<int> &hidden, int room,
                QList<int> &out) const;

    QTableView *m_view;
    QObject *m_viewport = nullptr;
    QPointer<QHeaderView> m_header;
    QList<int> m_shrinkable;
    QList<int> m_lastResort;
    bool m_fitting = false;
};

} // namespace cd
