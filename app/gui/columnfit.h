#pragma once

#include <QList>
#include <QObject>

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
    // their text.
    static ColumnFit *install(QTableView *view, const QList<int> &shrinkable);

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFit(QTableView *view, const QList<int> &shrinkable);

    QTableView *m_view;
    QObject *m_viewport = nullptr;
    QList<int> m_shrinkable;
    bool m_fitting = false;
};

} // namespace cd
