#include "reports/monthlyreport.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/escalationform.h"
#include "core/ownerfile.h"
#include "storage/auditstore.h"
#include "storage/settingsstore.h"
#include "storage/taxonomystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::MonthlyReport)
};

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double share)
{
    return number(share * 100.0, 1);
}

QString grouped(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value);
}

QString money(double value, int decimals)
{
    return QStringLiteral("£") +
           QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', decimals);
}

// --- First contact (schema 21): THRIVE completed where required, vulnerability identified,
// "what happens next" recorded, lower grades signed off; in total and by month. ---
template <typename Add>
void addFirstContactMeasures(const FirstContactMeasures &m, const DayRange &range, Add &&add)
{
    auto figures = [&](const QString &prefix, const FirstContactFigures &f) {
        add(prefix + QStringLiteral("thrive_required"), QString::number(f.thriveRequired));
        add(prefix + QStringLiteral("thrive_completed"), QString::number(f.thriveCompleted));
        add(prefix + QStringLiteral("thrive_completed_percent"),
            f.thriveRequired > 0 ? percent(f.thriveCompletedShare()) : QString());
        add(prefix + QStringLiteral("vulnerability_answered"),
            QString::number(f.vulnerabilityAnswered));
        add(prefix + QStringLiteral("vulnerability_identified"), QString::number(f.vulnerable));
        add(prefix + QStringLiteral("next_steps_recorded"), QString::number(f.nextStepsRecorded));
        add(prefix + QStringLiteral("next_steps_recorded_percent"),
            f.contacts > 0 ? percent(f.nextStepsShare()) : QString());
        add(prefix + QStringLiteral("downgrades_waiting"), QString::number(f.downgradesWaiting));
        add(prefix + QStringLiteral("downgrades_signed_off"),
            QString::number(f.downgradesSignedOff));
        add(prefix + QStringLiteral("repeat_victim_checked"), QString::number(f.victimChecked));
        add(prefix + QStringLiteral("repeat_victim_checked_percent"),
            f.contacts > 0 ? percent(f.victimCheckedShare()) : QString());
        add(prefix + QStringLiteral("repeat_victims_found"), QString::number(f.repeatVictims));
    };
    figures(QString(), m.total);
    for (const FirstContactFigures &f : m.monthly)
        if (range.contains(QDate::fromString(f.key + QStringLiteral("-01"), Qt::ISODate)))
            figures(QStringLiteral("month.") + f.key + QLatin1Char('.'), f);
    for (const FirstContactFigures &f : m.byHandler)
        figures(QStringLiteral("handler.") + f.key + QLatin1Char('.'), f);
}

const char kTeamCostCommand[] = "contactdesk-admin profile setting report.annual_team_cost N";

} // namespace

ValueForMoneySettings ValueForMoneySettings::fromSettings(const SettingsStore &settings)
{
    ValueForMoneySettings s;
    s.annualTeamCost = settings.value(SettingsStore::Key::ReportAnnualTeamCost).toDouble();
    s.minutesPerResolution =
        settings.value(SettingsStore::Key::ReportMinutesPerResolution).toDouble();
    s.hourlyRate = settings.value(SettingsStore::Key::ReportHourlyRate).toDouble();
    return s;
}

PerformanceReport makePerformanceReport(const DashboardData &data,
                                        const ValueForMoneySettings &settings)
{
    PerformanceReport r;
    r.team = data.scope.name;
    r.range = data.range;
    r.months = int(monthsIn(data.range).size());
    r.data = data;
    r.settings = settings;
    r.vfmInputs.teamCost = teamCostFor(settings.annualTeamCost, r.months);
    r.vfmInputs.contacts = data.totals.contacts;
    r.vfmInputs.resolved = data.totals.resolved;
    r.vfmInputs.minutesPerResolution = settings.minutesPerResolution;
    r.vfmInputs.hourlyRate = settings.hourlyRate;
    r.vfm = valueForMoney(r.vfmInputs);
    r.producedAt = Clock::instance().now();
    return r;
}

QList<QPair<QString, QString>> PerformanceReport::measures() const
{
    QList<QPair<QString, QString>> m;
    auto add = [&](const QString &k, const QString &v) {
        m.append({k, v});
    };
    const DashboardData &d = data;
    add(QStringLiteral("team"), team);
    add(QStringLiteral("period_from"), range.first.toString(Qt::ISODate));
    add(QStringLiteral("period_to"), range.last.toString(Qt::ISODate));
    add(QStringLiteral("contacts"), QString::number(d.totals.contacts));
    for (const DashboardCount &c : d.byChannel)
        add(QStringLiteral("contacts.channel.") + c.key, QString::number(c.totals.contacts));
    for (const DashboardCount &c : d.byCategory)
        add(QStringLiteral("contacts.category.") + c.key, QString::number(c.totals.contacts));
    for (const DashboardCount &c : d.dissatisfactionReasons)
        add(QStringLiteral("dissatisfaction.reason.") + c.key, QString::number(c.totals.contacts));
    add(QStringLiteral("remained_dissatisfied"), QString::number(d.totals.dissatisfied));
    add(QStringLiteral("first_contact_resolved"), QString::number(d.totals.resolved));
    add(QStringLiteral("first_contact_resolution_percent"), percent(d.totals.fcrRate()));
    add(QStringLiteral("average_handling_seconds"), number(d.totals.averageHandlingSeconds(), 0));
    // Over the calls that have the time (empty when none has): older contacts are left out.
    add(QStringLiteral("average_talk_seconds"),
        d.totals.talkCount > 0 ? number(d.totals.averageTalkSeconds(), 0) : QString());
    add(QStringLiteral("average_talk_contacts"), QString::number(d.totals.talkCount));
    add(QStringLiteral("average_wrapup_seconds"),
        d.totals.wrapUpCount > 0 ? number(d.totals.averageWrapUpSeconds(), 0) : QString());
    add(QStringLiteral("average_wrapup_contacts"), QString::number(d.totals.wrapUpCount));
    add(QStringLiteral("repeat_callers"), QString::number(d.repeatCallers));
    add(QStringLiteral("escalations.raised"), QString::number(d.escalations.raised));
    add(QStringLiteral("escalations.resolved"), QString::number(d.escalations.resolved));
    add(QStringLiteral("escalations.resolved_on_time"),
        QString::number(d.escalations.resolvedOnTime));
    add(QStringLiteral("escalations.on_time_percent"),
        percent(shareOf(d.escalations.resolvedOnTime, d.escalations.resolved)));
    add(QStringLiteral("escalations.average_days_to_resolve"),
        number(d.escalations.averageDaysToResolve, 1));
    add(QStringLiteral("escalations.open"), QString::number(d.escalations.open));
    add(QStringLiteral("escalations.overdue"), QString::number(d.escalations.overdue));
    for (const DashboardCount &c : d.departments)
        add(QStringLiteral("complaints.department.") + c.key, QString::number(c.totals.contacts));
    for (const SatisfactionFigure &s : d.satisfaction)
        add(QStringLiteral("satisfaction.") + s.question + QStringLiteral(".percent_8_or_above"),
            percent(s.share()));
    addFirstContactMeasures(d.firstContact, range, add);
    for (const SatisfactionFigure &s : d.satisfaction)
        add(QStringLiteral("satisfaction.") + s.question + QStringLiteral(".answers"),
            QString::number(s.answers));
    // survey.<dimension>.<key>.<question>: answers and the share rated 8 or more.
    for (const QString &dim : DashboardStore::surveyDimensions())
        for (const SurveyBreakdownRow &b : d.surveyBy.value(dim)) {
            const QString base = QStringLiteral("survey.%1.%2.%3.").arg(dim, b.key, b.question);
            add(base + QStringLiteral("answers"), QString::number(b.answers));
            add(base + QStringLiteral("percent_8_or_above"), percent(b.share()));
        }
    add(QStringLiteral("improvements"), QString::number(improvements.size()));
    for (qsizetype i = 0; i < improvements.size(); ++i) {
        const Improvement &e = improvements.at(i);
        const QString base = QStringLiteral("improvement.%1.").arg(i + 1);
        add(base + QStringLiteral("changed_on"), e.changedOn.toString(Qt::ISODate));
        add(base + QStringLiteral("issue"), e.issue);
        add(base + QStringLiteral("root_cause"), e.rootCause);
        add(base + QStringLiteral("change_made"), e.changeMade);
        add(base + QStringLiteral("reasons"), e.reasons.join(QLatin1Char(' ')));
        add(base + QStringLiteral("comments"), QString::number(e.commentIds.size()));
    }
    for (const ReasonTrend &t : reasonTrends)
        for (const auto &[month, count] : t.months)
            add(QStringLiteral("improvement_reason.%1.%2").arg(t.reason, month),
                QString::number(count));
    // QA dip sampling: reviews done and the average points of each criterion (of its weight).
    add(QStringLiteral("qa.reviews"), QString::number(qa.reviews));
    add(QStringLiteral("qa.average_points"), qa.reviews ? number(qa.averagePoints, 1) : QString());
    add(QStringLiteral("qa.out_of"), qa.reviews ? QString::number(qa.outOf) : QString());
    for (const QaCriterionFigure &c : qa.overall) {
        add(QStringLiteral("qa.criterion.%1.average_points").arg(c.criterion),
            number(c.averagePoints, 1));
        add(QStringLiteral("qa.criterion.%1.out_of").arg(c.criterion), QString::number(c.weight));
    }
    // No team cost, no cost figures: empty rather than a zero that reads as free.
    const bool costSet = settings.teamCostSet();
    add(QStringLiteral("vfm.team_cost"), costSet ? number(vfmInputs.teamCost, 2) : QString());
    add(QStringLiteral("vfm.cost_per_contact"),
        costSet ? number(vfm.costPerContactPence(), 2) : QString());
    add(QStringLiteral("vfm.cost_per_contact_quoted"),
        costSet ? number(vfm.costPerContactQuoted(), 2) : QString());
    add(QStringLiteral("vfm.minutes_per_resolution"), number(vfmInputs.minutesPerResolution, 1));
    add(QStringLiteral("vfm.officer_hours_saved"), QString::number(vfm.wholeHoursSaved()));
    add(QStringLiteral("vfm.hourly_rate"), number(vfmInputs.hourlyRate, 2));
    add(QStringLiteral("vfm.value"), QString::number(vfm.valuePounds()));
    for (const DashboardCount &c : d.monthly) {
        if (!range.contains(QDate::fromString(c.key + QStringLiteral("-01"), Qt::ISODate)))
            continue;
        add(QStringLiteral("month.") + c.key + QStringLiteral(".contacts"),
            QString::number(c.totals.contacts));
        add(QStringLiteral("month.") + c.key + QStringLiteral(".first_contact_resolution_percent"),
            percent(c.totals.fcrRate()));
    }
    return m;
}

Result<PerformanceReport> buildPerformanceReport(Database &db, const QString &team,
                                                 const DayRange &range, const QString &producedBy)
{
    if (!range.isValid())
        return Result<PerformanceReport>::failure(Tr::tr("The report period is not valid."));
    const QDate today = std::min(londonToday(), range.last);
    DashboardStore store(db);
    DashboardData data = store.load(DashboardScope::team(team), range, today);
    // Trends cover the months reported (or the 12 months up to a single month).
    SettingsStore settings(db);
    PerformanceReport r =
        makePerformanceReport(data, ValueForMoneySettings::fromSettings(settings));
    r.force = ForceHeader::fromSettings(settings);
    r.producedBy = producedBy;
    auto taxonomy = TaxonomyStore(db).load();
    if (taxonomy.ok()) {
        for (const TaxonomyEntry &e : taxonomy->entries())
            r.labels.insert(e.code, e.label);
    }
    // Departments are the receiving teams of the escalation forms: their names, not codes.
    if (Result<FormRegistry> forms = FormRegistry::load(FormRegistry::shippedDir()); forms.ok())
        for (const FormDefinition &f : forms->forms())
            for (const FormField::Choice &c : f.receivingTeams)
                if (!r.labels.contains(c.code))
                    r.labels.insert(c.code, c.label);
    ImprovementStore improvements(db);
    r.improvements = improvements.list(team, range);
    QStringList reasons;
    for (const Improvement &e : std::as_const(r.improvements))
        reasons += e.reasons;
    reasons.removeDuplicates();
    reasons.sort();
    r.reasonTrends = improvements.reasonTrends(team, reasons, range.last, 6);
    const Result<Rubric> rubric = Rubric::loadShipped();
    r.qa = QaStore(db).figures(team, QString(), range, rubric.ok() ? &rubric.value() : nullptr);
    if (rubric.ok())
        for (const RubricCriterion &c : rubric->criteria())
            r.qaTitles.insert(c.id, c.title);
    return r;
}

QByteArray performanceReportCsv(const PerformanceReport &report)
{
    QString out = csv::formatRecord({QStringLiteral("measure"), QStringLiteral("value")});
    if (report.force.trainingData) // made-up data says so before any figure
        out += csv::formatRecord({QStringLiteral("training_data"), report.force.protectiveMarking});
    for (const auto &m : report.measures())
        out += csv::formatRecord({m.first, m.second});
    return out.toUtf8();
}

Status writePerformanceCsv(const PerformanceReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Owner-only whatever the umask: the figures name handlers.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(QStringLiteral("Cannot make %1 readable by its owner only: %2")
                                   .arg(path, file.errorString()));
    file.write(performanceReportCsv(report));
    if (!file.commit())
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

QString monthlyReportTimeSaved(double hours)
{
    const double h = std::max(0.0, hours) + 1e-9;
    if (h < 1)
        return Tr::tr("%1 min").arg(qint64(std::floor(h * 60)));
    if (h < 100)
        return Tr::tr("%1 h").arg(number(std::floor(h * 10) / 10, 1));
    return Tr::tr("%1 h").arg(grouped(qint64(std::floor(h))));
}

QString monthlyReportDefaultPath(const QDate &month, const QString &format)
{
    return QDir(exportFolder())
        .filePath(QStringLiteral("monthly-report-%1.%2")
                      .arg(month.toString(QStringLiteral("yyyy-MM")), format));
}

namespace {

// Draws on A4 in millimetres-like units: the page is 1000 wide.
class PdfPage
{
public:
    PdfPage(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_p(painter)
    {
        const QRect r = m_p.viewport();
        m_scale = double(r.width()) / 1000.0;
        m_p.scale(m_scale, m_scale);
        m_height = double(r.height()) / m_scale;
    }

    double y = 0;
    double height() const { return m_height; }

    void newPage(const QString &marking)
    {
        m_writer.newPage();
        y = 0;
        top(marking);
    }
    void ensure(double needed, const QString &marking)
    {
        if (y + needed > m_height - 40)
            newPage(marking);
    }
    void top(const QString &marking)
    {
        if (!marking.isEmpty()) {
            font(9, true);
            m_p.drawText(QRectF(0, 0, 1000, 20), Qt::AlignHCenter, marking);
            m_p.drawText(QRectF(0, m_height - 20, 1000, 20), Qt::AlignHCenter, marking);
        }
        y = 30;
    }
    void font(double points, bool bold = false)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(qMax(1, int(points * 2.2)));
        f.setBold(bold);
        m_p.setFont(f);
    }
    void text(const QString &t, double points = 11, bool bold = false, double indent = 0)
    {
        font(points, bold);
        const double h = points * 2.2 * 1.45;
        m_p.setPen(Qt::black);
        m_p.drawText(QRectF(indent, y, 1000 - indent, h), Qt::AlignLeft | Qt::AlignVCenter, t);
        y += h;
    }
    void row(const QString &label, const QString &value)
    {
        font(10);
        const double h = 24;
        m_p.setPen(Qt::black);
        m_p.drawText(QRectF(10, y, 640, h), Qt::AlignLeft | Qt::AlignVCenter, label);
        m_p.drawText(QRectF(650, y, 340, h), Qt::AlignRight | Qt::AlignVCenter, value);
        m_p.setPen(QColor(0xdd, 0xdd, 0xdd));
        m_p.drawLine(QPointF(10, y + h), QPointF(990, y + h));
        y += h;
    }
    // Horizontal bars with the label on the left and the count at the end of the bar. A long
    // label wraps onto a second line; one longer still is elided there and written in full in
    // a note under the chart.
    void bars(const QList<QPair<QString, qint64>> &items, const QColor &colour)
    {
        qint64 max = 1;
        for (const auto &i : items)
            max = std::max(max, i.second);
        const double lineH = 24;
        const double labelW = 290;
        QStringList notes;
        for (const auto &i : items) {
            font(9);
            const QStringList lines = labelLines(i.first, labelW);
            const bool elided = lines.join(QLatin1Char(' ')) != i.first.simplified();
            const double h = lineH + 18 * (lines.size() - 1);
            m_p.setPen(Qt::black);
            for (int l = 0; l < lines.size(); ++l)
                m_p.drawText(QRectF(10, y + (h - 18 * lines.size()) / 2 + 18 * l, labelW, 18),
                             Qt::AlignRight | Qt::AlignVCenter, lines.at(l));
            const double w = 560.0 * double(i.second) / double(max);
            m_p.fillRect(QRectF(310, y + (h - lineH) / 2 + 4, std::max(w, 1.0), lineH - 8), colour);
            m_p.drawText(QRectF(315 + w, y, 120, h), Qt::AlignLeft | Qt::AlignVCenter,
                         grouped(i.second));
            if (elided)
                notes.append(i.first);
            y += h;
        }
        for (const QString &full : notes) {
            font(8);
            const QRectF box(20, y, 960, 1000);
            const QRectF used = m_p.boundingRect(box, Qt::AlignLeft | Qt::TextWordWrap,
                                                 QStringLiteral("… %1").arg(full));
            m_p.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, QStringLiteral("… %1").arg(full));
            y += used.height() + 4;
        }
        y += 10;
    }
    // Vertical bars per month, with the first-contact resolution rate written above each.
    void monthBars(const QList<DashboardCount> &months, const QColor &colour)
    {
        if (months.isEmpty())
            return;
        qint64 max = 1;
        for (const DashboardCount &m : months)
            max = std::max(max, m.totals.contacts);
        const double chartH = 220;
        const double slot = 960.0 / double(months.size());
        const double base = y + chartH;
        // The count and rate above each bar must not run into the next bar's. When they are
        // wider than a slot, they go smaller with a whole-number rate; when even that does
        // not fit (two years of months), only every second (third...) bar has them and a note
        // says so: the CSV has every month.
        bool wholeRate = false;
        auto rateText = [&](const DashboardCount &m) {
            return (wholeRate ? number(m.totals.fcrRate() * 100.0, 0)
                              : percent(m.totals.fcrRate())) +
                   QStringLiteral("%");
        };
        auto widest = [&] {
            const QFontMetricsF fm(m_p.font());
            double w = 0;
            for (const DashboardCount &m : months)
                w = std::max({w, fm.horizontalAdvance(grouped(m.totals.contacts)),
                              fm.horizontalAdvance(rateText(m))});
            return w + 6;
        };
        double labelFont = 7;
        font(labelFont);
        if (widest() > slot) {
            labelFont = 6;
            wholeRate = true;
            font(labelFont);
        }
        const int every = std::max(1, int(std::ceil(widest() / slot)));
        for (int i = 0; i < months.size(); ++i) {
            const DashboardCount &m = months.at(i);
            const double x = 20 + slot * i;
            const double h = (chartH - 40) * double(m.totals.contacts) / double(max);
            m_p.fillRect(QRectF(x + slot * 0.15, base - h, slot * 0.7, h), colour);
            m_p.setPen(Qt::black);
            if ((months.size() - 1 - i) % every == 0) { // the latest month always has them
                font(labelFont);
                const QRectF room(x + slot / 2 - slot * every / 2, 0, slot * every, 18);
                m_p.drawText(room.translated(0, base - h - 36), Qt::AlignCenter,
                             grouped(m.totals.contacts));
                m_p.drawText(room.translated(0, base - h - 20), Qt::AlignCenter, rateText(m));
            }
            font(7);
            // "Jan 2026"; in narrow slots "Jan" over "2026".
            const QDate first = QDate::fromString(m.key + QStringLiteral("-01"), Qt::ISODate);
            const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
            const QString name =
                first.isValid() ? uk.toString(first, QStringLiteral("MMM yyyy")) : m.key;
            if (QFontMetricsF(m_p.font()).horizontalAdvance(name) <= slot - 4 || !first.isValid()) {
                m_p.drawText(QRectF(x, base + 2, slot, 18), Qt::AlignCenter, name);
            } else {
                m_p.drawText(QRectF(x, base + 2, slot, 18), Qt::AlignCenter,
                             uk.toString(first, QStringLiteral("MMM")));
                m_p.drawText(QRectF(x, base + 18, slot, 18), Qt::AlignCenter,
                             first.toString(QStringLiteral("yyyy")));
            }
        }
        m_p.setPen(Qt::black);
        m_p.drawLine(QPointF(20, base), QPointF(980, base));
        y = base + 46;
        if (every > 1) {
            font(8);
            m_p.drawText(QRectF(20, y, 960, 18), Qt::AlignLeft | Qt::AlignVCenter,
                         Tr::tr("Contacts and first-contact resolution are written above "
                                "every %1 bar; the CSV has every month.")
                             .arg(every == 2   ? Tr::tr("second")
                                  : every == 3 ? Tr::tr("third")
                                               : Tr::tr("%1th").arg(every)));
            y += 22;
        }
    }

private:
    // At most two lines of `text` no wider than `width` in the current font, the second elided.
    QStringList labelLines(const QString &text, double width) const
    {
        const QFontMetricsF fm(m_p.font());
        const QString simple = text.simplified();
        if (fm.horizontalAdvance(simple) <= width)
            return {simple};
        QTextLayout layout(simple, m_p.font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(width);
        const QString first = simple.mid(line.textStart(), line.textLength()).trimmed();
        layout.endLayout();
        const QString rest = simple.mid(line.textStart() + line.textLength()).trimmed();
        if (rest.isEmpty())
            return {first};
        return {first, fm.elidedText(rest, Qt::ElideRight, width)};
    }

    QPdfWriter &m_writer;
    QPainter &m_p;
    double m_scale = 1;
    double m_height = 1414;
};

QList<QPair<QString, qint64>> labelled(const PerformanceReport &r,
                                       const QList<DashboardCount> &list, int limit = 12)
{
    QList<QPair<QString, qint64>> out;
    for (const DashboardCount &c : list) {
        if (out.size() >= limit)
            break;
        out.append({r.label(c.key), c.totals.contacts});
    }
    return out;
}

// First contact as inspectors measure it (the CSV's first-contact measures, in words): THRIVE
// completed where required, vulnerability identified, "what happens next" recorded, lower grades
// signed off and the repeat-victim check; for the team, then by handler.
void addFirstContactPage(PdfPage &page, const FirstContactMeasures &m, const QString &marking)
{
    const auto of = [](qint64 part, qint64 whole) {
        return whole > 0 ? QStringLiteral("%1 of %2 (%3%)")
                               .arg(grouped(part), grouped(whole), percent(shareOf(part, whole)))
                         : QStringLiteral("none needed");
    };
    const FirstContactFigures &t = m.total;
    page.ensure(190, marking);
    page.y += 10;
    page.text(Tr::tr("First contact: vulnerability, THRIVE and what happens next"), 13, true);
    page.row(Tr::tr("THRIVE completed where required"), of(t.thriveCompleted, t.thriveRequired));
    page.row(
        QStringLiteral("Vulnerability identified"),
        QStringLiteral("%1 (question answered on %2 of %3)")
            .arg(grouped(t.vulnerable), grouped(t.vulnerabilityAnswered), grouped(t.contacts)));
    page.row(Tr::tr("What happens next recorded"), of(t.nextStepsRecorded, t.contacts));
    page.row(Tr::tr("Lower grades signed off"),
             of(t.downgradesSignedOff, t.downgradesSignedOff + t.downgradesWaiting));
    page.row(Tr::tr("Repeat-victim check done"), of(t.victimChecked, t.contacts));
    page.row(Tr::tr("Repeat victims found"), grouped(t.repeatVictims));
    for (const FirstContactFigures &h : m.byHandler) {
        page.ensure(24, marking);
        page.text(
            Tr::tr("%1: THRIVE %2; next steps %3; repeat-victim check %4; "
                   "%5 vulnerable")
                .arg(h.key,
                     h.thriveRequired > 0 ? percent(h.thriveCompletedShare()) + QLatin1Char('%')
                                          : QStringLiteral("none needed"),
                     percent(h.nextStepsShare()) + QLatin1Char('%'),
                     percent(h.victimCheckedShare()) + QLatin1Char('%'), grouped(h.vulnerable)),
            8, false, 10);
    }
}

} // namespace

Status writePerformancePdf(const PerformanceReport &r, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(
            Tr::tr("PDF output needs a QGuiApplication (the offscreen platform will do)."));
    if (Status s = prepareOwnerOnlyFile(path); !s)
        return s;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(
        Tr::tr("Performance report %1 to %2")
            .arg(r.range.first.toString(Qt::ISODate), r.range.last.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("Contact Desk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(Tr::tr("Cannot write %1.").arg(path));
    PdfPage page(writer, painter);
    const QString marking = r.force.protectiveMarking;
    page.top(marking);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const DashboardData &d = r.data;

    if (!r.force.name.isEmpty())
        page.text(r.force.name, 12, true);
    page.text(Tr::tr("Public contact performance report"), 18, true);
    const QString period = r.months == 1
                               ? uk.toString(r.range.first, QStringLiteral("MMMM yyyy"))
                               : Tr::tr("%1 to %2")
                                     .arg(uk.toString(r.range.first, QStringLiteral("MMMM yyyy")),
                                          uk.toString(r.range.last, QStringLiteral("MMMM yyyy")));
    page.text(Tr::tr("Team: %1    Period: %2")
                  .arg(r.team.isEmpty() ? Tr::tr("(no team)") : r.team, period),
              11);
    page.text(
        Tr::tr("Produced %1 by %2")
            .arg(uk.toString(londonDay(r.producedAt), QStringLiteral("d MMMM yyyy")), r.producedBy),
        9);
    page.y += 10;

    if (d.totals.contacts == 0) {
        page.text(Tr::tr("No contacts in this period for this team."), 13, true);
        page.y += 10;
    }
    page.text(Tr::tr("Key figures"), 13, true);
    page.row(Tr::tr("Contacts"), grouped(d.totals.contacts));
    page.row(
        Tr::tr("Resolved at first contact"),
        QStringLiteral("%1 (%2%)").arg(grouped(d.totals.resolved), percent(d.totals.fcrRate())));
    page.row(Tr::tr("Average handling time"),
             Tr::tr("%1 min %2 s")
                 .arg(qint64(d.totals.averageHandlingSeconds()) / 60)
                 .arg(qint64(d.totals.averageHandlingSeconds()) % 60));
    auto callTime = [&](const QString &name, double average, qint64 count) {
        const QString over =
            Tr::tr("%1 of %2 contacts").arg(grouped(count), grouped(d.totals.contacts));
        page.row(name, count > 0 ? Tr::tr("%1 min %2 s (over %3)")
                                       .arg(qint64(average + 0.5) / 60)
                                       .arg(qint64(average + 0.5) % 60, 2, 10, QLatin1Char('0'))
                                       .arg(over)
                                 : Tr::tr("not recorded (%1)").arg(over));
    };
    callTime(Tr::tr("Average talk time"), d.totals.averageTalkSeconds(), d.totals.talkCount);
    callTime(Tr::tr("Average wrap-up time"), d.totals.averageWrapUpSeconds(), d.totals.wrapUpCount);
    page.row(Tr::tr("Callers who remained dissatisfied"), grouped(d.totals.dissatisfied));
    page.row(Tr::tr("Repeat callers"), grouped(d.repeatCallers));
    page.y += 10;

    page.text(Tr::tr("Value for money"), 13, true);
    const bool costSet = r.settings.teamCostSet();
    page.row(Tr::tr("Team cost for the period"),
             costSet ? money(r.vfmInputs.teamCost, 0) : Tr::tr("not set"));
    page.row(Tr::tr("Cost per contact"), costSet ? Tr::tr("%1 (quoted as %2)")
                                                       .arg(money(r.vfm.costPerContactPence(), 2),
                                                            money(r.vfm.costPerContactQuoted(), 2))
                                                 : Tr::tr("not set"));
    page.row(Tr::tr("Officer hours saved (%1 resolved x %2 minutes)")
                 .arg(grouped(r.vfmInputs.resolved), number(r.vfmInputs.minutesPerResolution, 0)),
             monthlyReportTimeSaved(r.vfm.hoursSaved));
    page.row(Tr::tr("Value of hours saved (at %1 an hour)").arg(money(r.vfmInputs.hourlyRate, 2)),
             money(double(r.vfm.valuePounds()), 0));
    if (!costSet) {
        page.text(Tr::tr("Cost per contact not set: the annual team cost is needed."), 8);
        page.text(Tr::tr("Set it with: %1").arg(QLatin1String(kTeamCostCommand)), 8);
    }
    page.y += 10;

    page.text(Tr::tr("Escalations and their timeliness"), 13, true);
    page.row(Tr::tr("Raised in the period"), grouped(d.escalations.raised));
    page.row(Tr::tr("Resolved in the period"), grouped(d.escalations.resolved));
    page.row(Tr::tr("Resolved on time"),
             QStringLiteral("%1 (%2%)")
                 .arg(grouped(d.escalations.resolvedOnTime),
                      percent(shareOf(d.escalations.resolvedOnTime, d.escalations.resolved))));
    page.row(Tr::tr("Average days to resolve"), number(d.escalations.averageDaysToResolve, 1));
    page.row(Tr::tr("Open now"), grouped(d.escalations.open));
    page.row(Tr::tr("OVERDUE now"), grouped(d.escalations.overdue));
    addFirstContactPage(page, d.firstContact, marking);

    if (!d.satisfaction.isEmpty()) {
        page.y += 10;
        page.text(Tr::tr("Caller satisfaction (rated 8 or above out of 10)"), 13, true);
        for (const SatisfactionFigure &s : d.satisfaction)
            page.row(s.question, Tr::tr("%1% of %2").arg(percent(s.share()), grouped(s.answers)));
    }

    if (!d.surveyBy.isEmpty()) {
        const QHash<QString, QString> dimNames = {
            {QStringLiteral("handler"), Tr::tr("handler")},
            {QStringLiteral("team"), Tr::tr("team")},
            {QStringLiteral("category"), Tr::tr("category")},
            {QStringLiteral("channel"), Tr::tr("channel")},
            {QStringLiteral("weekday"), Tr::tr("day of week")},
            {QStringLiteral("hour"), Tr::tr("hour (London time)")}};
        const auto keyLabel = [&](const QString &dim, const QString &key) {
            if (dim == QLatin1String("weekday"))
                return uk.dayName(key.toInt(), QLocale::LongFormat);
            if (dim == QLatin1String("hour"))
                return QStringLiteral("%1:00").arg(key.toInt(), 2, 10, QLatin1Char('0'));
            return r.label(key);
        };
        for (const QString &dim : DashboardStore::surveyDimensions()) {
            const QList<SurveyBreakdownRow> rows = d.surveyBy.value(dim);
            if (rows.isEmpty())
                continue;
            page.ensure(120, marking);
            page.text(Tr::tr("Satisfaction by %1 (rated 8 or above: per question, of "
                             "answers)")
                          .arg(dimNames.value(dim)),
                      11, true);
            QString key;
            QStringList parts;
            const auto flush = [&]() {
                if (!parts.isEmpty()) {
                    page.ensure(24, marking);
                    page.text(keyLabel(dim, key) + QStringLiteral(": ") +
                                  parts.join(QStringLiteral("; ")),
                              8, false, 10);
                }
                parts.clear();
            };
            for (const SurveyBreakdownRow &b : rows) {
                if (b.key != key) {
                    flush();
                    key = b.key;
                }
                parts << Tr::tr("%1 %2% of %3")
                             .arg(b.question, percent(b.share()), grouped(b.answers));
            }
            flush();
        }
    }

    page.ensure(120, marking);
    page.y += 10;
    page.text(Tr::tr("You said, we did: changes made in the period"), 13, true);
    if (r.improvements.isEmpty())
        page.text(Tr::tr("None logged."), 10);
    for (const Improvement &e : r.improvements) {
        page.ensure(110, marking);
        page.text(
            Tr::tr("%1  %2").arg(uk.toString(e.changedOn, QStringLiteral("d MMM yyyy")), e.issue),
            10, true);
        if (!e.rootCause.isEmpty())
            page.text(Tr::tr("Root cause: %1").arg(e.rootCause), 9, false, 10);
        page.text(Tr::tr("Change made: %1").arg(e.changeMade), 9, false, 10);
        if (!e.reasons.isEmpty() || !e.commentIds.isEmpty()) {
            QStringList labels;
            for (const QString &reason : e.reasons)
                labels << r.label(reason);
            page.text(Tr::tr("Behind it: %1%2")
                          .arg(labels.join(QStringLiteral(", ")),
                               e.commentIds.isEmpty()
                                   ? QString()
                                   : Tr::tr("%1%2 caller comments")
                                         .arg(labels.isEmpty() ? QString() : QStringLiteral("; "))
                                         .arg(e.commentIds.size())),
                      9, false, 10);
        }
    }
    if (!r.reasonTrends.isEmpty()) {
        page.ensure(60 + 24 * r.reasonTrends.size(), marking);
        page.text(Tr::tr("Trend of the reasons behind the changes (contacts a month)"), 11, true);
        for (const ReasonTrend &t : r.reasonTrends) {
            QStringList months;
            for (const auto &[month, count] : t.months)
                months << QStringLiteral("%1 %2")
                              .arg(uk.toString(
                                  QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate),
                                  QStringLiteral("MMM")))
                              .arg(count);
            page.text(r.label(t.reason) + QStringLiteral(":  ") + months.join(QStringLiteral("  ")),
                      9, false, 10);
        }
    }

    // QA dip sampling: what the reviews of sampled contacts found.
    page.ensure(80 + 16 * r.qa.overall.size(), marking);
    page.y += 10;
    page.text(Tr::tr("Quality dip sampling"), 13, true);
    if (r.qa.reviews == 0) {
        page.text(Tr::tr("No contacts of the period reviewed."), 10);
    } else {
        page.text(Tr::tr("Reviews done: %1; average score %2 of %3")
                      .arg(r.qa.reviews)
                      .arg(number(r.qa.averagePoints, 1))
                      .arg(r.qa.outOf),
                  10);
        for (const QaCriterionFigure &c : r.qa.overall)
            page.text(
                Tr::tr("%1: %2 of %3")
                    .arg(r.qaTitles.value(c.criterion, c.criterion), number(c.averagePoints, 1))
                    .arg(c.weight),
                9, false, 10);
    }

    page.newPage(marking);
    page.text(Tr::tr("Contacts by channel"), 13, true);
    page.bars(labelled(r, d.byChannel), QColor(0x1f, 0x4e, 0x79));
    page.ensure(330, marking);
    page.text(Tr::tr("Contacts by category"), 13, true);
    page.bars(labelled(r, d.byCategory, 14), QColor(0x2e, 0x75, 0xb6));
    page.ensure(260, marking);
    page.text(Tr::tr("Reasons for dissatisfaction"), 13, true);
    if (d.dissatisfactionReasons.isEmpty())
        page.text(Tr::tr("None recorded."), 10);
    page.bars(labelled(r, d.dissatisfactionReasons), QColor(0xc0, 0x39, 0x2b));
    if (!d.departments.isEmpty()) {
        page.ensure(200, marking);
        page.text(Tr::tr("Departments most complained about"), 13, true);
        page.bars(labelled(r, d.departments, 8), QColor(0x8e, 0x44, 0xad));
    }
    page.ensure(320, marking);
    page.text(Tr::tr("Monthly contacts and first-contact resolution"), 13, true);
    page.monthBars(d.monthly, QColor(0x27, 0xae, 0x60));
    painter.end();
    if (!QFile::exists(path))
        return Status::failure(Tr::tr("Cannot write %1.").arg(path));
    return success();
}

} // namespace cd
