#include "cli/cli.h"

#include "core/metrics.h"
#include "core/qasample.h"
#include "storage/contactstore.h"
#include "storage/qastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

const char kUsage[] = "qa needs a command: sample --month YYYY-MM [--share P] [--seed S] "
                      "[--team T] [--json] | list [--month YYYY-MM] [--team T] [--json]";

bool isManager(const HandlerProfile &p)
{
    return p.role == Role::Manager || p.role == Role::Administrator;
}

int sample(Context &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    bool hasShare = false;
    bool hasSeed = false;
    const QString month = takeOption(args, QStringLiteral("--month"));
    const QString share = takeOption(args, QStringLiteral("--share"), &hasShare);
    const QString seedText = takeOption(args, QStringLiteral("--seed"), &hasSeed);
    QString team = takeOption(args, QStringLiteral("--team"));
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), QLatin1String(kUsage)));
    const DayRange range = parseMonth(month);
    if (!range.isValid())
        return ctx.usage(QStringLiteral("--month needs YYYY-MM"));
    const HandlerProfile profile = ctx.profile();
    if (!isManager(profile))
        return ctx.fail(QStringLiteral("Only a manager draws a QA sample (this profile's role is "
                                       "%1).")
                            .arg(roleCode(profile.role)));
    if (team.isEmpty())
        team = profile.team;
    Database *db = ctx.database();
    if (!db)
        return Failed;
    QaStore store(*db);
    QaSampleRules rules = store.rules(ctx.actor());
    if (hasShare) {
        Result<int> bp = QaSampleRules::parseShare(share);
        if (!bp)
            return ctx.usage(bp.errorMessage());
        rules.shareBasisPoints = bp.value();
    }
    if (hasSeed) {
        bool ok = false;
        rules.seed = seedText.toULongLong(&ok);
        if (!ok)
            return ctx.usage(QStringLiteral("--seed needs a whole number"));
    } else {
        // The month's own number: the same draw each time unless asked for another.
        rules.seed = quint64(range.first.year() * 100 + range.first.month());
    }
    Result<QaSample> drawn = store.drawSample(team, range, rules, ctx.actor());
    if (!drawn)
        return ctx.fail(drawn.errorMessage());
    const QaSample &s = drawn.value();
    if (json) {
        QJsonArray handlers;
        for (const QaHandlerDraw &h : s.handlers)
            handlers.append(
                QJsonObject{{QStringLiteral("handler"), h.handler},
                            {QStringLiteral("contacts"), h.contacts},
                            {QStringLiteral("target"), h.target},
                            {QStringLiteral("drawn"), h.drawn},
                            {QStringLiteral("sensitive_withheld"), h.sensitiveWithheld}});
        QJsonArray contacts;
        for (const QaCandidate &c : s.picked)
            contacts.append(QJsonObject{{QStringLiteral("contact"), c.contactId},
                                        {QStringLiteral("handler"), c.handler},
                                        {QStringLiteral("category"), c.category},
                                        {QStringLiteral("channel"), c.channel}});
        const QJsonObject out{
            {QStringLiteral("team"), team},
            {QStringLiteral("month"), range.first.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("seed"), QString::number(rules.seed)},
            {QStringLiteral("share_percent"), rules.shareBasisPoints / 100.0},
            {QStringLiteral("minimum_per_handler"), rules.minimumPerHandler},
            {QStringLiteral("sensitive_included"), rules.reviewerSeesSensitive},
            {QStringLiteral("handlers"), handlers},
            {QStringLiteral("contacts"), contacts}};
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out << QStringLiteral("QA sample for %1, %2: %3 of each handler's contacts, at least %4; "
                              "seed %5; sensitive matters %6.\n")
                   .arg(team, range.first.toString(QStringLiteral("yyyy-MM")),
                        QaSampleRules::shareText(rules.shareBasisPoints))
                   .arg(rules.minimumPerHandler)
                   .arg(rules.seed)
                   .arg(rules.reviewerSeesSensitive ? QStringLiteral("included")
                                                    : QStringLiteral("withheld"));
    for (const QaHandlerDraw &h : s.handlers) {
        ctx.out << QStringLiteral("  %1: %2 contacts, %3 drawn")
                       .arg(h.handler)
                       .arg(h.contacts)
                       .arg(h.drawn);
        if (h.sensitiveWithheld > 0)
            ctx.out << QStringLiteral(" (%1 sensitive withheld)").arg(h.sensitiveWithheld);
        if (h.drawn < h.target)
            ctx.out << QStringLiteral(", %1 short of %2").arg(h.target - h.drawn).arg(h.target);
        ctx.out << '\n';
    }
    for (const QaCandidate &c : s.picked)
        ctx.out << c.contactId << '\t' << c.handler << '\t' << c.category << '\t' << c.channel
                << '\n';
    return Ok;
}

int list(Context &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString team = takeOption(args, QStringLiteral("--team"));
    bool hasMonth = false;
    const QString month = takeOption(args, QStringLiteral("--month"), &hasMonth);
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), QLatin1String(kUsage)));
    DayRange range{QDate(2000, 1, 1), QDate(2099, 12, 31)}; // every month
    if (hasMonth) {
        range = parseMonth(month);
        if (!range.isValid())
            return ctx.usage(QStringLiteral("--month needs YYYY-MM"));
    }
    const HandlerProfile profile = ctx.profile();
    if (team.isEmpty())
        team = profile.team;
    Database *db = ctx.database();
    if (!db)
        return Failed;
    // A handler sees the reviews of their own contacts only.
    const QString handler = isManager(profile) ? QString() : ctx.actor();
    const QList<QaReview> rows = QaStore(*db).reviews(team, handler, range);
    if (json) {
        QJsonArray items;
        for (const QaReview &r : rows) {
            QJsonObject scores;
            for (const QaCriterionPoints &p : r.scores)
                scores.insert(p.id, QJsonObject{{QStringLiteral("points"), p.points},
                                                {QStringLiteral("weight"), p.weight}});
            items.append(QJsonObject{{QStringLiteral("contact"), r.contactId},
                                     {QStringLiteral("month"), r.month},
                                     {QStringLiteral("handler"), r.handler},
                                     {QStringLiteral("reviewer"), r.reviewer},
                                     {QStringLiteral("points"), r.points()},
                                     {QStringLiteral("out_of"), r.outOf()},
                                     {QStringLiteral("scores"), scores},
                                     {QStringLiteral("feedback"), r.feedback},
                                     {QStringLiteral("reviewed_at"), isoUtc(r.reviewedAt)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (rows.isEmpty()) {
        ctx.out << QStringLiteral("No QA reviews for team %1.\n").arg(team);
        return Ok;
    }
    for (const QaReview &r : rows)
        ctx.out << r.month << "  " << r.handler << "  " << r.points() << "/" << r.outOf() << "  by "
                << r.reviewer << "  contact " << r.contactId << '\n';
    return Ok;
}

} // namespace

int runQa(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("sample"))
        return sample(ctx, args);
    if (sub == QLatin1String("list"))
        return list(ctx, args);
    return ctx.usage(QLatin1String(kUsage));
}

} // namespace cd::cli
