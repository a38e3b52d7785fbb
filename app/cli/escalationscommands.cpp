#include "cli/cli.h"

#include "core/escalation.h"
#include "reports/escalationreport.h"
#include "storage/escalationstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

const char kUsage[] =
    "escalations needs a command: list [--overdue] [--open] [--team T] [--owner NAME] "
    "[--type TYPE] [--as-of YYYY-MM-DD] [--json] | export ID --pdf FILE";

QString padded(const QString &text, int width)
{
    return text.size() >= width ? text.left(width - 1) + QLatin1Char(' ')
                                : text.leftJustified(width);
}

int list(Context &ctx, QStringList args)
{
    EscalationFilter filter;
    filter.overdueOnly = takeFlag(args, QStringLiteral("--overdue"));
    filter.openOnly = takeFlag(args, QStringLiteral("--open"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    filter.team = takeOption(args, QStringLiteral("--team"));
    filter.owner = takeOption(args, QStringLiteral("--owner"));
    filter.type = takeOption(args, QStringLiteral("--type"));
    bool hasAsOf = false;
    const QString asOf = takeOption(args, QStringLiteral("--as-of"), &hasAsOf);
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), QLatin1String(kUsage)));
    const QDate today = hasAsOf ? QDate::fromString(asOf, Qt::ISODate) : EscalationStore::today();
    if (!today.isValid())
        return ctx.usage(QStringLiteral("--as-of needs a date as YYYY-MM-DD"));
    filter.today = today;

    Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!rules)
        return ctx.fail(rules.errorMessage());
    Database *db = ctx.database();
    if (!db)
        return Failed;
    EscalationStore store(*db, rules.value());
    const QList<EscalationSummary> rows = store.list(filter);

    auto due = [&](const EscalationSummary &s) {
        return lifecycle::isOpen(s.status) ? dueStatus(rules->calendar, s.raisedOn, s.dueOn, today)
                                           : DueStatus{};
    };
    if (json) {
        QJsonArray items;
        int overdue = 0;
        for (const EscalationSummary &s : rows) {
            const FormDefinition *form = rules->forms.find(s.type);
            const DueStatus d = due(s);
            overdue += d.state == DueState::Overdue ? 1 : 0;
            items.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("contact_id"), s.contactId},
                {QStringLiteral("type"), s.type},
                {QStringLiteral("title"), form ? form->title : s.type},
                {QStringLiteral("status"), escalationStatusName(s.status)},
                {QStringLiteral("owner"), s.owner},
                {QStringLiteral("team"), s.team},
                {QStringLiteral("receiving_team"), s.receivingTeam},
                {QStringLiteral("receiving_team_label"),
                 form ? form->receivingTeamLabel(s.receivingTeam) : s.receivingTeam},
                {QStringLiteral("raised_on"), s.raisedOn.toString(Qt::ISODate)},
                {QStringLiteral("due_on"),
                 s.dueOn.isValid() ? QJsonValue(s.dueOn.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("rag"),
                 d.colourName().isEmpty() ? QJsonValue() : QJsonValue(d.colourName())},
                {QStringLiteral("marker"), d.marker()},
                {QStringLiteral("working_days_left"),
                 d.state == DueState::None ? QJsonValue() : QJsonValue(d.workingDaysLeft)},
            });
        }
        const QJsonObject out{{QStringLiteral("as_of"), today.toString(Qt::ISODate)},
                              {QStringLiteral("count"), items.size()},
                              {QStringLiteral("overdue"), overdue},
                              {QStringLiteral("escalations"), items}};
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (rows.isEmpty()) {
        ctx.out << (filter.overdueOnly ? "no overdue escalations" : "no escalations") << " as of "
                << today.toString(Qt::ISODate) << Qt::endl;
        return Ok;
    }
    ctx.out << padded(QStringLiteral("DUE"), 12) << padded(QStringLiteral("STATE"), 10)
            << padded(QStringLiteral("STATUS"), 14) << padded(QStringLiteral("TYPE"), 21)
            << padded(QStringLiteral("FOR"), 24) << padded(QStringLiteral("OWNER"), 18) << "ID"
            << Qt::endl;
    for (const EscalationSummary &s : rows) {
        const DueStatus d = due(s);
        QString state = d.marker();
        if (state.isEmpty() && d.state == DueState::OnTrack)
            state = QStringLiteral("on track");
        ctx.out << padded(s.dueOn.isValid() ? s.dueOn.toString(Qt::ISODate) : QStringLiteral("-"),
                          12)
                << padded(state, 10) << padded(escalationStatusName(s.status), 14)
                << padded(s.type, 21) << padded(s.receivingTeam, 24) << padded(s.owner, 18) << s.id
                << Qt::endl;
    }
    ctx.out << rows.size() << (rows.size() == 1 ? " escalation" : " escalations") << " as of "
            << today.toString(Qt::ISODate) << Qt::endl;
    return Ok;
}

int exportPdf(Context &ctx, QStringList args)
{
    bool hasPdf = false;
    const QString path = takeOption(args, QStringLiteral("--pdf"), &hasPdf);
    if (!hasPdf || path.isEmpty() || args.size() != 1)
        return ctx.usage(QStringLiteral("usage: escalations export ID --pdf FILE"));
    const QString id = args.first();
    Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!rules)
        return ctx.fail(rules.errorMessage());
    Database *db = ctx.database();
    if (!db)
        return Failed;
    if (Status s = exportEscalationPdf(*db, rules.value(), id, ctx.actor(), path); !s)
        return ctx.fail(s.errorMessage());
    ctx.out << "wrote " << QFileInfo(path).absoluteFilePath() << Qt::endl;
    return Ok;
}

} // namespace

int runEscalations(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    const QString command = args.takeFirst();
    if (command == QLatin1String("list"))
        return list(ctx, args);
    if (command == QLatin1String("export"))
        return exportPdf(ctx, args);
    return ctx.usage(
        QStringLiteral("unknown command \"%1\"; %2").arg(command, QLatin1String(kUsage)));
}

} // namespace cd::cli
