#pragma once

#include "core/rubric.h"
#include "storage/dashboardstore.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cd {

class Database;

// The QA figures on a dashboard (docs/QA.md). On a handler's own dashboard: the reviews of
// their contacts, newest first, with the score and the reviewer's feedback, and their average
// by criterion. On the team dashboard: reviews done and the average points of each criterion,
// month by month. The last 12 months; read again when shown and when rows arrive.
class QaFiguresWidget : public QWidget
{
    Q_OBJECT
public:
    QaFiguresWidget(Database &db, const DashboardScope &scope, const QString &team,
                    QWidget *parent = nullptr);

    QTableWidget *reviewsTable() const { return m_reviews; }      // handler: one row a review
    QTableWidget *criteriaTable() const { return m_byCriterion; } // criteria x months
    QLabel *summary() const { return m_summary; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    DashboardScope m_scope;
    QString m_team;
    Rubric m_rubric;
    QLabel *m_summary = nullptr;
    QTableWidget *m_reviews = nullptr;
    QTableWidget *m_byCriterion = nullptr;
};

} // namespace cd
