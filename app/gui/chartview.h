#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QValueAxis;

namespace cd {

// One bar, slice or point: a key the program knows it by, the label people read, a value.
struct ChartItem
{
    QString key;
    QString label;
    double value = 0;
};

// The project's own small chart: bars, a pie or a monthly line, drawn with QtCharts. QtCharts
// stays behind this class; nothing else in the program includes it. Data is replaced in one
// call per series (never appended point by point).
class ChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Bars, Pie, Line };

    explicit ChartView(Kind kind, const QString &title, QWidget *parent = nullptr);
    ~ChartView() override;

    void setItems(const QList<ChartItem> &items);
    const QList<ChartItem> &items() const { return m_items; }
    Kind kind() const { return m_kind; }
    QString title() const { return m_title; }

    // As if a person clicked the bar, slice or point with this key (for tests and keyboard use).
    void activate(const QString &key);

    // The count axis of bars and lines: its ticks run 0, step, 2 x step ... in whole numbers
    // (each label a different number however small the counts), with this label format.
    QList<double> valueTicks() const;
    QString valueLabelFormat() const;
    // The pie's legend: a wrapping line under the chart, each entry whole ("Live chat (12)").
    QLabel *legend() const { return m_legend; }

signals:
    // A bar, slice or point was clicked.
    void activated(const QString &key, const QString &label);

private:
    void rebuild();

    Kind m_kind;
    QString m_title;
    QList<ChartItem> m_items;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLabel *m_legend = nullptr;
};

} // namespace cd
