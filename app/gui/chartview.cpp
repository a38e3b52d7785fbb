#include "gui/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointF>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

// A count axis from 0 with whole-number ticks: the step is 1, 2 or 5 times a power of ten so
// that there are at most six intervals, and the top leaves room for the value labels past the
// longest bar. With the default five ticks over 0..max x 1.15, small counts came out as
// 0, 0, 1, 1, 2.
void setCountScale(QValueAxis *axis, double max)
{
    max = std::max(max, 1.0);
    double step = 1;
    for (double base = 1; base < 1e15; base *= 10) {
        const double candidates[] = {base, 2 * base, 5 * base};
        const auto fit = std::find_if(std::begin(candidates), std::end(candidates),
                                      [max](double s) { return std::ceil(max / s) <= 5; });
        if (fit != std::end(candidates)) {
            step = *fit;
            break;
        }
    }
    double intervals = std::ceil(max / step);
    if (intervals * step < max * 1.15)
        intervals += 1;
    axis->setRange(0, intervals * step);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(intervals) + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace

ChartView::ChartView(Kind kind, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(title)
{
    m_chart = new QChart;
    m_chart->setTitle(title);
    // The pie's legend is a wrapping label under the chart: QtCharts' own legend cut the
    // entries short in a narrow panel.
    m_chart->legend()->setVisible(false);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    if (kind == Kind::Pie) {
        m_legend = new QLabel;
        m_legend->setObjectName(QStringLiteral("legend"));
        m_legend->setWordWrap(true);
        m_legend->setTextFormat(Qt::RichText);
        m_legend->setAlignment(Qt::AlignHCenter);
        m_legend->setContentsMargins(6, 0, 6, 4);
        layout->addWidget(m_legend);
    }
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

QList<double> ChartView::valueTicks() const
{
    QList<double> ticks;
    if (!m_valueAxis || m_valueAxis->tickCount() < 2)
        return ticks;
    const double step = (m_valueAxis->max() - m_valueAxis->min()) / (m_valueAxis->tickCount() - 1);
    for (int i = 0; i < m_valueAxis->tickCount(); ++i)
        ticks << m_valueAxis->min() + step * i;
    return ticks;
}

QString ChartView::valueLabelFormat() const
{
    return m_valueAxis ? m_valueAxis->labelFormat() : QString();
}

void ChartView::rebuild()
{
    m_valueAxis = nullptr;
    m_chart->removeAllSeries();
    // removeAllSeries deletes the series; removeAxis only gives the axis back to us.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
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
        setCountScale(axis, max);
        m_chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        m_valueAxis = axis;
        // Room for each bar's name on one line: QtCharts cuts a name short ("Dissatisfa...")
        // when the bars are packed tighter than the text.
        setMinimumHeight(std::max(220, 90 + 26 * int(items.size())));
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
        // The theme has coloured the slices now; each legend entry keeps its words together
        // and the line wraps between entries.
        QStringList entries;
        QStringList plain;
        for (QPieSlice *slice : series->slices()) {
            const QString text = QStringLiteral("%1 (%2)")
                                     .arg(slice->property("label").toString())
                                     .arg(slice->value());
            entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                           .arg(slice->color().name(),
                                text.toHtmlEscaped().replace(QLatin1Char(' '),
                                                             QLatin1String("&nbsp;")));
            plain << text;
        }
        m_legend->setText(entries.join(QStringLiteral(" &nbsp; ")));
        m_legend->setToolTip(plain.join(QLatin1Char('\n')));
        m_legend->setAccessibleName(plain.join(QStringLiteral(", ")));
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
        // The months named under the line, every third one back from the last (the title
        // used to carry "first to last", which a narrow chart cut short).
        auto *x = new QCategoryAxis;
        x->setRange(-0.5, std::max<double>(0.5, double(items.size()) - 0.5));
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (qsizetype i = 0; i < items.size(); ++i)
            if ((items.size() - 1 - i) % 3 == 0)
                x->append(items.at(i).label, double(i));
        m_chart->addAxis(x, Qt::AlignBottom);
        auto *y = new QValueAxis;
        setCountScale(y, max);
        m_chart->addAxis(y, Qt::AlignLeft);
        m_valueAxis = y;
        for (QXYSeries *s : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(markers)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        markers->setPointLabelsVisible(true);
        markers->setPointLabelsFormat(QStringLiteral("@yPoint"));
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
