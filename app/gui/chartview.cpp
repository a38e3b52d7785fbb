#include "gui/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointF>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace cd {

ChartView::ChartView(Kind kind, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(title)
{
    m_chart = new QChart;
    m_chart->setTitle(title);
    m_chart->legend()->setVisible(kind == Kind::Pie);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(220);
}

ChartView::~ChartView() = default;

void ChartView::setItems(const QList<ChartItem> &items)
{
    m_items = items;
    rebuild();
}

void ChartView::activate(const QString &key)
{
    for (const ChartItem &i : std::as_const(m_items)) {
        if (i.key == key) {
            emit activated(i.key, i.label);
            return;
        }
    }
}

void ChartView::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const QList<ChartItem> items = m_items;
    switch (m_kind) {
    case Kind::Bars: {
        // Largest at the top: QtCharts draws the first category at the bottom.
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(m_title);
        QList<qreal> values;
        QStringList labels;
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            values << it->value;
            labels << it->label;
        }
        set->append(values);
        series->append(set);
        series->setLabelsVisible(true);
        m_chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        categories->append(labels);
        m_chart->addAxis(categories, Qt::AlignLeft);
        series->attachAxis(categories);
        auto *axis = new QValueAxis;
        double max = 1;
        for (const ChartItem &i : items)
            max = std::max(max, i.value);
        axis->setRange(0, max * 1.15);
        axis->setLabelFormat(QStringLiteral("%d"));
        m_chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        connect(set, &QBarSet::clicked, this, [this, n = items.size()](int index) {
            const qsizetype i = n - 1 - index;
            if (i >= 0 && i < m_items.size())
                emit activated(m_items.at(i).key, m_items.at(i).label);
        });
        break;
    }
    case Kind::Pie: {
        auto *series = new QPieSeries;
        for (const ChartItem &i : items) {
            QPieSlice *slice =
                series->append(QStringLiteral("%1 (%2)").arg(i.label).arg(i.value), i.value);
            slice->setProperty("key", i.key);
            slice->setProperty("label", i.label);
        }
        m_chart->addSeries(series);
        connect(series, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
            emit activated(slice->property("key").toString(), slice->property("label").toString());
        });
        break;
    }
    case Kind::Line: {
        auto *line = new QLineSeries;
        auto *markers = new QScatterSeries; // clickable markers on each month
        markers->setMarkerSize(9);
        QList<QPointF> points;
        points.reserve(items.size());
        double max = 1;
        for (int i = 0; i < items.size(); ++i) {
            points << QPointF(i, items.at(i).value);
            max = std::max(max, items.at(i).value);
        }
        line->replace(points);
        markers->replace(points);
        m_chart->addSeries(line);
        m_chart->addSeries(markers);
        auto *categories = new QBarCategoryAxis;
        QStringList labels;
        for (const ChartItem &i : items)
            labels << i.label;
        categories->append(labels);
        auto *x = new QValueAxis;
        x->setRange(-0.5, std::max<double>(0.5, double(items.size()) - 0.5));
        x->setTickCount(std::max<int>(2, int(items.size())));
        x->setLabelsVisible(false);
        m_chart->addAxis(x, Qt::AlignBottom);
        auto *y = new QValueAxis;
        y->setRange(0, max * 1.15);
        y->setLabelFormat(QStringLiteral("%d"));
        m_chart->addAxis(y, Qt::AlignLeft);
        for (QXYSeries *s : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(markers)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        markers->setPointLabelsVisible(true);
        markers->setPointLabelsFormat(QStringLiteral("@yPoint"));
        const QString firstLast =
            labels.isEmpty() ? QString()
                             : QStringLiteral("%1 to %2").arg(labels.first(), labels.last());
        m_chart->setTitle(firstLast.isEmpty() ? m_title
                                              : QStringLiteral("%1 (%2)").arg(m_title, firstLast));
        connect(markers, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            const int i = qRound(p.x());
            if (i >= 0 && i < m_items.size())
                emit activated(m_items.at(i).key, m_items.at(i).label);
        });
        break;
    }
    }
}

} // namespace cd
