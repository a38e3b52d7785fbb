#include "gui/qafigures.h"

#include "core/metrics.h"
#include "storage/database.h"
#include "storage/qastore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

DayRange lastTwelveMonths()
{
    const QDate today = londonToday();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-11);
    return DayRange{first, today};
}

QTableWidget *table(QWidget *parent, const char *name, const QString &accessible)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setAccessibleName(accessible);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false);
    t->setMinimumHeight(140);
    return t;
}

QString monthLabel(const QString &month)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate),
                  QStringLiteral("MMM yyyy"));
}

} // namespace

QaFiguresWidget::QaFiguresWidget(Database &db, const DashboardScope &scope, const QString &team,
                                 QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scope(scope)
    , m_team(team)
{
    const bool mine = scope.kind == DashboardScope::Kind::Handler;
    setObjectName(mine ? QStringLiteral("qaMine") : QStringLiteral("qaTeam"));
    if (Result<Rubric> rubric = Rubric::loadShipped(); rubric.ok())
        m_rubric = rubric.value();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(mine ? tr("Quality reviews of my contacts (last 12 months)")
                                  : tr("Quality reviews by criterion and month"),
                             this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("qaSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    if (mine) {
        m_reviews = table(this, "qaReviews", tr("Quality reviews of my contacts"));
        m_reviews->setColumnCount(4);
        m_reviews->setHorizontalHeaderLabels(
            {tr("Month"), tr("Score"), tr("Reviewer"), tr("Feedback")});
        m_reviews->setWordWrap(true);
        layout->addWidget(m_reviews);
    }
    m_byCriterion = table(this, "qaByCriterion", tr("Quality scores by criterion"));
    layout->addWidget(m_byCriterion);
}

void QaFiguresWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void QaFiguresWidget::refresh()
{
    const bool mine = m_scope.kind == DashboardScope::Kind::Handler;
    const QString handler = mine ? m_scope.name : QString();
    const DayRange range = lastTwelveMonths();
    QaStore store(m_db);
    const QaFigures figures = store.figures(m_team, handler, range, &m_rubric);
    if (figures.reviews == 0)
        m_summary->setText(mine ? tr("None of your contacts has been reviewed yet.")
                                : tr("No reviews in the last 12 months."));
    else
        m_summary->setText(tr("%n review(s), an average of %1 of %2.", "", figures.reviews)
                               .arg(QString::number(figures.averagePoints, 'f', 1))
                               .arg(figures.outOf));

    if (m_reviews) {
        const QList<QaReview> reviews = store.reviews(m_team, handler, range);
        m_reviews->setRowCount(int(reviews.size()));
        for (int i = 0; i < reviews.size(); ++i) {
            const QaReview &r = reviews.at(i);
            m_reviews->setItem(i, 0, new QTableWidgetItem(monthLabel(r.month)));
            m_reviews->setItem(i, 1,
                               new QTableWidgetItem(tr("%1 of %2").arg(r.points()).arg(r.outOf())));
            m_reviews->setItem(i, 2, new QTableWidgetItem(r.reviewer));
            auto *feedback = new QTableWidgetItem(r.feedback);
            feedback->setToolTip(r.feedback);
            m_reviews->setItem(i, 3, feedback);
        }
        m_reviews->resizeColumnsToContents();
    }

    // Criteria down, months across: the average points of each, "-" where none was reviewed.
    QStringList months;
    for (const QaCriterionFigure &c : figures.criteria)
        if (!months.contains(c.month))
            months << c.month;
    QStringList headers{tr("Criterion")};
    for (const QString &m : std::as_const(months))
        headers << monthLabel(m);
    m_byCriterion->clear();
    m_byCriterion->setColumnCount(int(headers.size()));
    m_byCriterion->setHorizontalHeaderLabels(headers);
    m_byCriterion->setRowCount(int(m_rubric.criteria().size()));
    for (int row = 0; row < m_rubric.criteria().size(); ++row) {
        const RubricCriterion &c = m_rubric.criteria().at(row);
        m_byCriterion->setItem(row, 0,
                               new QTableWidgetItem(tr("%1 (of %2)").arg(c.title).arg(c.weight)));
        for (int col = 0; col < months.size(); ++col) {
            QString text = QStringLiteral("-");
            for (const QaCriterionFigure &f : figures.criteria)
                if (f.month == months.at(col) && f.criterion == c.id)
                    text = QString::number(f.averagePoints, 'f', 1);
            m_byCriterion->setItem(row, col + 1, new QTableWidgetItem(text));
        }
    }
    m_byCriterion->resizeColumnsToContents();
}

} // namespace cd
