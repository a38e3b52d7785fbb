#include "cli/cli.h"

#include "core/metrics.h"
#include "reports/monthlyreport.h"
#include "storage/auditstore.h"
#include "storage/dashboardstore.h"
#include "storage/surveystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cd::cli {

namespace {

const char kReportUsage[] = "report --month YYYY-MM | --from YYYY-MM --to YYYY-MM [--team TEAM] "
                            "--format pdf|csv --out FILE | report rebuild";

int rebuild(Context &ctx)
{
    Database *db = ctx.database();
    if (!db)
        return Failed;
    if (Status s = DashboardStore(*db).rebuildSummaries(); !s)
        return ctx.fail(s.errorMessage());
    ctx.out << "Dashboard summaries recounted from the contacts.\n";
    return Ok;
}

} // namespace

int runReport(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.value(0) == QLatin1String("rebuild"))
        return args.size() == 1 ? rebuild(ctx) : ctx.usage(QLatin1String(kReportUsage));
    bool hasMonth = false;
    bool hasFrom = false;
    bool hasTo = false;
    bool hasTeam = false;
    const QString month = takeOption(args, QStringLiteral("--month"), &hasMonth);
    const QString from = takeOption(args, QStringLiteral("--from"), &hasFrom);
    const QString to = takeOption(args, QStringLiteral("--to"), &hasTo);
    QString team = takeOption(args, QStringLiteral("--team"), &hasTeam);
    const QString format = takeOption(args, QStringLiteral("--format"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), QLatin1String(kReportUsage)));
    DayRange range;
    if (hasMonth && !hasFrom && !hasTo) {
        range = parseMonth(month);
        if (!range.isValid())
            return ctx.usage(
                QStringLiteral("--month needs a month as YYYY-MM, for example 2026-10"));
    } else if (!hasMonth && hasFrom && hasTo) {
        range = parseMonthSpan(from, to);
        if (!range.isValid())
            return ctx.usage(
                QStringLiteral("--from and --to need months as YYYY-MM, --to not before --from, "
                               "at most 24 months"));
    } else {
        return ctx.usage(QStringLiteral("give either --month or both --from and --to; %1")
                             .arg(QLatin1String(kReportUsage)));
    }
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return ctx.usage(QStringLiteral("--format must be pdf or csv"));
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("--out needs the file to write"));

    if (hasTeam && team.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--team needs the name of a team"));

    Database *db = ctx.database();
    if (!db)
        return Failed;
    if (!hasTeam)
        team = ctx.profile().team;
    // A report of nobody's contacts is a report of nothing: ask rather than write it.
    if (team.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("this profile has no team: give the team to report on with "
                                        "--team TEAM (or set one with profile set --team TEAM)"));
    Result<PerformanceReport> report = buildPerformanceReport(*db, team, range, ctx.actor());
    if (!report)
        return ctx.fail(report.errorMessage());
    const Status written = format == QLatin1String("pdf")
                               ? writePerformancePdf(report.value(), out)
                               : writePerformanceCsv(report.value(), out);
    if (!written)
        return ctx.fail(written.errorMessage());
    if (report->data.totals.contacts == 0)
        ctx.err << QStringLiteral(
                       "No contacts for team \"%1\" from %2 to %3: the report says so.\n")
                       .arg(team, range.first.toString(Qt::ISODate),
                            range.last.toString(Qt::ISODate));
    // Aggregate figures only, but the export is still recorded.
    if (Status s = AuditStore(*db).recordNow(
            ctx.actor(), QStringLiteral("export"), QStringLiteral("report"), QString(),
            QStringLiteral("performance report %1 to %2, team %3, %4")
                .arg(range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate), team,
                     format));
        !s)
        return ctx.fail(s.errorMessage());
    ctx.out << QStringLiteral("Wrote %1 (%2 contacts, %3 to %4).\n")
                   .arg(out)
                   .arg(report->data.totals.contacts)
                   .arg(range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate));
    return Ok;
}

int runSurveys(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    const char usage[] = "surveys import FILE.csv|FILE.jsonl (answers by question id, comment, "
                         "wants_reply; all or nothing)";
    if (args.size() != 2 || args.first() != QLatin1String("import"))
        return ctx.usage(QLatin1String(usage));
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("Cannot read %1: %2").arg(args.at(1), file.errorString()));
    const QByteArray data = file.readAll();
    Result<SurveyDefinition> survey =
        SurveyDefinition::load(QDir(ctx.profileDir()).filePath(SurveyDefinition::forceFileName()));
    if (!survey)
        return ctx.fail(survey.errorMessage());
    Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!rules)
        return ctx.fail(rules.errorMessage());
    Database *db = ctx.database();
    if (!db)
        return Failed;
    SurveyStore store(*db, survey.value(), rules.value());
    const QString suffix = QFileInfo(args.at(1)).suffix().toLower();
    const bool webhook = suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
                         suffix == QLatin1String("json");
    Result<SurveyImportCounts> counts =
        webhook ? store.importWebhook(data, ctx.actor()) : store.importCsv(data, ctx.actor());
    if (!counts)
        return ctx.fail(counts.errorMessage());
    if (!counts->rejected.isEmpty()) {
        for (const QString &r : counts->rejected)
            ctx.err << r << '\n';
        ctx.err << QStringLiteral("Nothing was imported: %1 problems in %2. Put them right and "
                                  "import the whole file again.\n")
                       .arg(counts->rejected.size())
                       .arg(args.at(1));
        return PartialFailure;
    }
    ctx.out << QStringLiteral("%1 answers added, %2 already present, %3 comments, %4 replies "
                              "asked for (each a feedback_reply escalation due in %5 working "
                              "days).\n")
                   .arg(counts->added)
                   .arg(counts->alreadyPresent)
                   .arg(counts->comments)
                   .arg(counts->replyRequests)
                   .arg(survey->replyWorkingDays);
    return Ok;
}

} // namespace cd::cli
