#pragma once

#include "core/metrics.h"
#include "core/result.h"
#include "reports/escalationreport.h"
#include "storage/dashboardstore.h"
#include "storage/improvementstore.h"
#include "storage/qastore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace cd {

class Database;

// The settings value for money is worked out with (SettingsStore report.* keys).
struct ValueForMoneySettings
{
    double annualTeamCost = 0;
    double minutesPerResolution = 15;
    double hourlyRate = 24.50;

    static ValueForMoneySettings fromSettings(const SettingsStore &settings);
    // Without a team cost there is no cost per contact to give (the default is 0: not set).
    bool teamCostSet() const { return annualTeamCost > 0; }
};

// The monthly (or yearly) performance report for a team: what the force board receives.
struct PerformanceReport
{
    ForceHeader force;
    QString team;
    DayRange range;
    int months = 1;
    DashboardData data;
    ValueForMoneySettings settings;
    ValueForMoneyInputs vfmInputs;
    ValueForMoney vfm;
    QHash<QString, QString> labels; // taxonomy or receiving team code -> label
    QString producedBy;
    QDateTime producedAt; // UTC
    // "You said, we did": the team's changes made in the period, and the monthly contacts of
    // the dissatisfaction reasons behind them over the six months to the period's end.
    QList<Improvement> improvements;
    QList<ReasonTrend> reasonTrends;
    // QA dip sampling: the reviews of the team's contacts of the period, and the rubric's
    // criterion titles (id -> title) for the PDF.
    QaFigures qa;
    QHash<QString, QString> qaTitles;

    QString label(const QString &code) const { return labels.value(code, code); }
    // One row per measure, in the order the CSV and the PDF's tables show them.
    QList<QPair<QString, QString>> measures() const;
};

// Figures from the dashboard data and the value-for-money settings (no database).
PerformanceReport makePerformanceReport(const DashboardData &data,
                                        const ValueForMoneySettings &settings);

// Reads the team's figures for the months in `range`, the settings, the force header and the
// taxonomy labels.
Result<PerformanceReport> buildPerformanceReport(Database &db, const QString &team,
                                                 const DayRange &range, const QString &producedBy);

// "measure,value" lines (RFC 4180, CRLF), one per measure.
// Cost figures are empty when the team cost is not set.
QByteArray performanceReportCsv(const PerformanceReport &report);
Status writePerformanceCsv(const PerformanceReport &report, const QString &path);
// An A4 PDF with the figures and bar charts, drawn with QPainter. Needs a QGuiApplication
// (the offscreen platform will do).
Status writePerformancePdf(const PerformanceReport &report, const QString &path);

// Officer time saved to the precision of its value in pounds beside it: minutes under an hour
// ("30 min"), one decimal under 100 hours ("2.5 h"), whole hours above ("11,801 h"). Time not
// yet saved is not counted (rounded down).
QString monthlyReportTimeSaved(double hours);

// Where the Desk offers to save a month's report: the user's Documents folder,
// "monthly-report-2026-11.pdf".
QString monthlyReportDefaultPath(const QDate &month, const QString &format);

} // namespace cd
