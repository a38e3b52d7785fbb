#include "cli/cli.h"

#include "core/metrics.h"
#include "storage/improvementstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

const char kUsage[] =
    "improvements needs a command: add --issue TEXT --change TEXT --date YYYY-MM-DD "
    "[--root-cause TEXT] [--reason CODE]... [--comment ID]... [--team T] | list "
    "[--month YYYY-MM] [--team T] [--json]";

// Every value of a repeatable option, also split at commas.
QStringList takeAll(QStringList &args, const QString &name)
{
    QStringList values;
    for (;;) {
        bool present = false;
        const QString v = takeOption(args, name, &present);
        if (!present)
            break;
        values += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return values;
}

int add(Context &ctx, QStringList args)
{
    Improvement e;
    e.issue = takeOption(args, QStringLiteral("--issue"));
    e.changeMade = takeOption(args, QStringLiteral("--change"));
    e.rootCause = takeOption(args, QStringLiteral("--root-cause"));
    const QString date = takeOption(args, QStringLiteral("--date"));
    e.reasons = takeAll(args, QStringLiteral("--reason"));
    e.commentIds = takeAll(args, QStringLiteral("--comment"));
    e.team = takeOption(args, QStringLiteral("--team"));
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), QLatin1String(kUsage)));
    e.changedOn = QDate::fromString(date, Qt::ISODate);
    if (!e.changedOn.isValid())
        return ctx.usage(QStringLiteral("--date needs the date of the change as YYYY-MM-DD"));
    const HandlerProfile profile = ctx.profile();
    if (profile.role != Role::Manager && profile.role != Role::Administrator)
        return ctx.fail(QStringLiteral("Only a manager keeps the improvement log (this profile's "
                                       "role is %1).")
                            .arg(roleCode(profile.role)));
    if (e.team.isEmpty())
        e.team = profile.team;
    Database *db = ctx.database();
    if (!db)
        return Failed;
    Result<Improvement> added = ImprovementStore(*db).add(e, ctx.actor());
    if (!added)
        return ctx.fail(added.errorMessage());
    ctx.out << QStringLiteral("Added improvement %1 for team %2 (changed on %3).\n")
                   .arg(added->id, added->team, added->changedOn.toString(Qt::ISODate));
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
    DayRange range;
    if (hasMonth) {
        range = parseMonth(month);
        if (!range.isValid())
            return ctx.usage(QStringLiteral("--month needs YYYY-MM"));
    }
    if (team.isEmpty())
        team = ctx.profile().team;
    Database *db = ctx.database();
    if (!db)
        return Failed;
    const QList<Improvement> rows = ImprovementStore(*db).list(team, range);
    if (json) {
        QJsonArray items;
        for (const Improvement &e : rows)
            items.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("team"), e.team},
                {QStringLiteral("issue"), e.issue},
                {QStringLiteral("root_cause"), e.rootCause},
                {QStringLiteral("change_made"), e.changeMade},
                {QStringLiteral("changed_on"), e.changedOn.toString(Qt::ISODate)},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)},
                {QStringLiteral("comment_ids"), QJsonArray::fromStringList(e.commentIds)},
                {QStringLiteral("author"), e.author},
            });
        ctx.out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (rows.isEmpty()) {
        ctx.out << QStringLiteral("No improvements logged for team %1.\n").arg(team);
        return Ok;
    }
    for (const Improvement &e : rows) {
        ctx.out << e.changedOn.toString(Qt::ISODate) << "  " << e.issue << '\n'
                << "    root cause: " << (e.rootCause.isEmpty() ? QStringLiteral("-") : e.rootCause)
                << '\n'
                << "    change: " << e.changeMade << '\n';
        if (!e.reasons.isEmpty())
            ctx.out << "    reasons: " << e.reasons.join(QStringLiteral(", ")) << '\n';
        if (!e.commentIds.isEmpty())
            ctx.out << "    comments: " << e.commentIds.size() << '\n';
    }
    return Ok;
}

} // namespace

int runImprovements(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    const QString command = args.takeFirst();
    if (command == QLatin1String("add"))
        return add(ctx, args);
    if (command == QLatin1String("list"))
        return list(ctx, args);
    return ctx.usage(QLatin1String(kUsage));
}

} // namespace cd::cli
