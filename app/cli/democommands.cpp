#include "cli/cli.h"

#include "core/clock.h"
#include "core/demogenerator.h"
#include "core/londonday.h"
#include "storage/database.h"
#include "storage/demoseed.h"
#include "storage/settingsstore.h"

#include <QSqlQuery>

#include <limits>

namespace cd::cli {

namespace {

const char kUsage[] = "usage: demo seed --contacts N [--seed S] [--days D] [--now ISO-TIME] "
                      "[--force]";

qint64 countRows(Database &db, const char *table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int seed(Context &ctx, QStringList args)
{
    bool hasContacts = false;
    bool hasSeed = false;
    bool hasDays = false;
    bool hasNow = false;
    const QString contactsText = takeOption(args, QStringLiteral("--contacts"), &hasContacts);
    const QString seedText = takeOption(args, QStringLiteral("--seed"), &hasSeed);
    const QString daysText = takeOption(args, QStringLiteral("--days"), &hasDays);
    const QString nowText = takeOption(args, QStringLiteral("--now"), &hasNow);
    const bool force = takeFlag(args, QStringLiteral("--force"));
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), QLatin1String(kUsage)));
    bool ok = false;
    demo::Options options;
    options.contacts = contactsText.toLongLong(&ok);
    if (!hasContacts || !ok || options.contacts < 1 || options.contacts > 10'000'000)
        return ctx.usage(QStringLiteral("--contacts needs a number from 1 to 10000000; %1")
                             .arg(QLatin1String(kUsage)));
    if (hasSeed) {
        options.seed = seedText.toULongLong(&ok);
        if (!ok)
            return ctx.usage(QStringLiteral("--seed needs a whole number from 0 to %1")
                                 .arg(std::numeric_limits<quint64>::max()));
    }
    if (hasDays) {
        options.days = daysText.toInt(&ok);
        if (!ok || options.days < 1 || options.days > 3650)
            return ctx.usage(QStringLiteral("--days needs a number of days from 1 to 3650"));
    }
    options.now = Clock::instance().now();
    if (hasNow) {
        QDateTime now = QDateTime::fromString(nowText, Qt::ISODate);
        if (now.isValid() && now.timeSpec() == Qt::LocalTime)
            now = QDateTime(now.date(), now.time(), londonZone()); // no offset: London time
        if (!now.isValid() || now.toUTC().date().year() < 2001)
            return ctx.usage(
                QStringLiteral("--now needs an ISO-8601 time, for example 2026-11-20T16:00:00Z"));
        options.now = now.toUTC();
    }

    Database *db = ctx.database();
    if (!db)
        return Failed;
    // Demo data never joins real data unasked.
    const qint64 contacts = countRows(*db, "contacts");
    const qint64 vehicles = countRows(*db, "vehicles");
    const qint64 escalations = countRows(*db, "escalations");
    if (contacts < 0 || vehicles < 0 || escalations < 0)
        return ctx.fail(QStringLiteral("cannot count what the profile holds"));
    if ((contacts > 0 || vehicles > 0 || escalations > 0) && !force)
        return ctx.usage(
            QStringLiteral("this profile already holds %1 contacts, %2 vehicles and %3 "
                           "escalations: demo data is never mixed into a profile unasked. Seed a "
                           "new profile (--profile DIR), or give --force to add it to these")
                .arg(contacts)
                .arg(vehicles)
                .arg(escalations));

    const HandlerProfile profile = ctx.profile();
    options.team = profile.team.trimmed().isEmpty() ? QStringLiteral("Demo team") : profile.team;
    // A team of six, as the report's; the profile's own handler is one of them.
    options.handlers = demo::teamHandlers();
    if (!profile.name.trimmed().isEmpty())
        options.handlers[0] = profile.name;
    const QString actor = ctx.actor();

    // Made-up data marks its profile first, so even a seed stopped half way never syncs and its
    // reports say TRAINING.
    if (Status s = SettingsStore(*db).setValue(SettingsStore::Key::TrainingData, true); !s)
        return ctx.fail(s.errorMessage());
    Result<DemoSeedReport> seeded = seedDemoProfile(*db, options, actor);
    if (!seeded)
        return ctx.fail(seeded.errorMessage());
    ctx.out << QStringLiteral("Seeded demo data (seed %1): %2 contacts, %3 vehicles, %4 "
                              "escalations, %5 survey answers, in %6 s (contacts %7 s).\n")
                   .arg(options.seed)
                   .arg(seeded->contacts)
                   .arg(seeded->vehicles)
                   .arg(seeded->escalations)
                   .arg(seeded->surveyAnswers)
                   .arg(seeded->totalMs / 1000.0, 0, 'f', 1)
                   .arg(seeded->contactMs / 1000.0, 0, 'f', 1);
    if (seeded->alreadyThere > 0)
        ctx.out << QStringLiteral("%1 generated contacts were already in the profile and were "
                                  "left as they are.\n")
                       .arg(seeded->alreadyThere);
    ctx.out << "Every person, number and record in it is made up: training data only.\n";
    return Ok;
}

} // namespace

int runDemo(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.first() != QLatin1String("seed"))
        return ctx.usage(QLatin1String(kUsage));
    args.removeFirst();
    return seed(ctx, args);
}

} // namespace cd::cli
