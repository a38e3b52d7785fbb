#pragma once

#include "core/contact.h"
#include "core/metrics.h"
#include "storage/dashboardstore.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace cd {

class ChartView;
class DashboardService;

// A dashboard: the personal one (a handler's own figures) or the team one for managers (the
// same across the team, per handler, reasons for dissatisfaction ranked, departments most
// complained about, monthly trends). Figures load on a worker thread with its own database
// connection, so the Desk never waits for them. Clicking a bar or slice lists the contacts
// behind it; double-clicking one asks for it to be opened (contactOpenRequested).
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    // `databasePath`: the profile database (Database::path()). `actor`: who produces reports.
    DashboardWidget(const QString &databasePath, const DashboardScope &scope, const QString &actor,
                    QWidget *parent = nullptr);
    ~DashboardWidget() override;

    DashboardScope scope() const { return m_scope; }
    Period period() const;
    void setPeriod(Period period);
    const DashboardData &data() const { return m_data; }
    bool hasData() const { return m_hasData; }

    ChartView *chart(const QString &name) const
    {
        return m_charts.value(name);
    } // "channel", "category", ...
    QTableWidget *contactList() const { return m_contacts; }
    // The survey's shares rated 8 or more for the chosen dimension, and (team) the comments.
    QTableWidget *surveyShares() const { return m_surveyTable; }
    QTableWidget *surveyComments() const { return m_comments; }
    void setSurveyDimension(const QString &dim);
    QLabel *figure(const QString &name) const
    {
        return m_figures.value(name);
    } // "contacts", "fcr", ...

    // Writes the team's performance report for a month ("pdf" or "csv") on the worker thread;
    // reportWritten follows.
    void writeMonthlyReport(const DayRange &months, const QString &format, const QString &path);

    // A section of another panel's below the dashboard's own charts and tables (QA figures).
    void addSection(QWidget *section);

public slots:
    void refresh();
    // Connect PanelHostEvents::contactSaved here: the figures follow each save.
    void onContactSaved(const cd::Contact &contact);
    // Asks where to write and which month (the "Monthly report…" action).
    void showMonthlyReportDialog();

signals:
    void refreshed();
    void contactsListed(int count);
    void contactOpenRequested(const QString &contactId);
    void reportWritten(const QString &path, const QString &error);
    // A manager asks for the "You said, we did" improvement log of the team.
    void improvementLogRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeCharts();
    void showData(const DashboardData &data);
    void showFirstContact(const FirstContactMeasures &measures);
    void listContacts(const QString &dim, const QString &key, const QString &label);
    ChartView *addChart(const QString &name, int kind, const QString &title);
    QString label(const QString &code) const;
    void showSurveyShares();

    DashboardScope m_scope;
    QString m_actor;
    DashboardService *m_service = nullptr;
    DashboardData m_data;
    bool m_hasData = false;
    QComboBox *m_period = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_listTitle = nullptr;
    QPushButton *m_reportButton = nullptr;
    QTableWidget *m_contacts = nullptr;
    QComboBox *m_surveyDim = nullptr;
    QTableWidget *m_surveyTable = nullptr;
    QTableWidget *m_comments = nullptr;
    QHash<QString, ChartView *> m_charts;
    QList<ChartView *> m_chartOrder;
    QGridLayout *m_chartGrid = nullptr;
    QVBoxLayout *m_sections = nullptr; // under the charts, in the scroll area
    int m_chartColumns = 0;
    QHash<QString, QLabel *> m_figures;
    QHash<QString, QString> m_labels;     // taxonomy code -> label
    QHash<QString, QString> m_teamLabels; // receiving team code -> label
};

} // namespace cd
