#include "cli/cli.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/demogenerator.h"
#include "core/londonday.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/escalationstore.h"
#include "storage/surveystore.h"
#include "storage/taxonomystore.h"
#include "storage/vehiclestore.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <limits>

namespace cd::cli {

namespace {

const char kUsage[] = "usage: demo seed --contacts N [--seed S] [--days D] [--now ISO-TIME] "
                      "[--force]";
constexpr int kBatch = 5000;

// The demo writes as if it were `now` and, for escalations, as if each step happened at its
// own time; the process clock is put back when the command ends.
class ClockOverride
{
public:
    explicit ClockOverride(const QDateTime &now)
        : m_clock(now)
    {
        Clock::setInstance(&m_clock);
    }
    ~ClockOverride() { Clock::setInstance(nullptr); }
    ClockOverride(const ClockOverride &) = delete;
    ClockOverride &operator=(const ClockOverride &) = delete;
    void set(const QDateTime &time) { m_clock.set(time); }

private:
    ManualClock m_clock;
};

qint64 countRows(Database &db, const char *table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

struct Planned
{
    Contact contact;
    QString type;
    EscalationStatus target = EscalationStatus::Draft;
};

// Raises the escalation as the handler did at the time of the contact, and moves it on a step
// at a time (a working day or so apart) towards its target, no step later than `now`.
Status writeEscalation(EscalationStore &store, const EscalationRules &rules, ClockOverride &clock,
                       const Planned &p, const QDateTime &now, demo::Random &r)
{
    const FormDefinition *form = rules.forms.find(p.type);
    if (!form)
        return success(); // a profile without that form: nothing to raise
    QDateTime at = p.contact.endedAt.isValid() ? p.contact.endedAt : p.contact.startedAt;
    clock.set(at);
    const QJsonObject fields = demo::Generator::formFields(*form, p.contact, localDate(at));
    Result<Escalation> e =
        store.createFromContact(p.contact, p.type, p.contact.handler, p.contact.team, fields);
    if (!e)
        return e.error();
    const QList<EscalationStatus> order = allEscalationStatuses();
    const qsizetype last = order.indexOf(p.target);
    for (qsizetype i = 1; i <= last; ++i) {
        const EscalationStatus to = order.at(i);
        at = to == EscalationStatus::Submitted ? at.addSecs(r.range(60, 1800))
                                               : at.addSecs(r.range(3, 60) * 3600);
        if (at > now)
            break;
        clock.set(at);
        Result<Escalation> moved = store.transition(e->id, to, p.contact.handler);
        if (!moved)
            return moved.error();
    }
    return success();
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

    Result<Taxonomy> taxonomy = TaxonomyStore(*db).load();
    if (!taxonomy)
        return ctx.fail(taxonomy.errorMessage());
    Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!rules)
        return ctx.fail(rules.errorMessage());
    const HandlerProfile profile = ctx.profile();
    options.team = profile.team.trimmed().isEmpty() ? QStringLiteral("Demo team") : profile.team;
    // A team of six, as the report's; the profile's own handler is one of them.
    options.handlers = {QStringLiteral("Alex Carter"), QStringLiteral("Bea Okafor"),
                        QStringLiteral("Chris Doyle"), QStringLiteral("Dana Price"),
                        QStringLiteral("Evan Shah"),   QStringLiteral("Fran Lowe")};
    if (!profile.name.trimmed().isEmpty())
        options.handlers[0] = profile.name;
    const QString actor = ctx.actor();

    QElapsedTimer timer;
    timer.start();
    ClockOverride clock(options.now);
    demo::Generator generator(taxonomy.value(), options);

    // Vehicles, through the recovery operator's import.
    {
        QByteArray data = csv::formatRecord(vehicles::columnNames()).toUtf8();
        for (const Vehicle &v : generator.vehicles())
            data += csv::formatRecord(vehicles::toRecord(v)).toUtf8();
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        VehicleStore store(*db);
        Result<VehicleImportReport> report = store.importCsv(buffer, actor);
        if (!report)
            return ctx.fail(report.errorMessage());
        if (report->bad > 0)
            return ctx.fail(QStringLiteral("%1 generated vehicles were refused: %2")
                                .arg(report->bad)
                                .arg(report->errors.value(0).reason));
    }

    // Contacts, through the import's bulk path, a batch at a time.
    ContactStore contactStore(*db);
    QList<Contact> batch;
    batch.reserve(kBatch);
    QList<Planned> planned;
    QList<Planned> pending; // the escalations of the batch not yet written
    QByteArray surveys = "contact_id,answered_at,question,rating\n";
    qint64 added = 0;
    qint64 notAdded = 0;
    // With --force into a profile that holds contacts, a contact already there (the same seed
    // again) is left as it is, and gets no second escalation.
    const bool checkExisting = contacts > 0;
    QSqlQuery exists(db->sql());
    exists.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"));
    auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        for (const Planned &p : std::as_const(pending)) {
            bool there = false;
            if (checkExisting) {
                exists.addBindValue(p.contact.id);
                there = exists.exec() && exists.next();
                exists.finish();
            }
            if (!there)
                planned.append(p);
        }
        pending.clear();
        Result<ImportCounts> counts = contactStore.importContacts(batch, actor);
        batch.clear();
        if (!counts) {
            ctx.err << "contactdesk-admin: " << counts.errorMessage() << Qt::endl;
            return false;
        }
        added += counts->added;
        notAdded += counts->alreadyPresent + counts->conflicts.size();
        return true;
    };
    while (!generator.atEnd()) {
        demo::DemoContact d = generator.next();
        d.contact.normalise();
        if (!d.escalationType.isEmpty())
            pending.append({d.contact, d.escalationType, d.escalationTarget});
        for (const demo::SurveyAnswer &a : std::as_const(d.survey))
            surveys += csv::formatRecord({a.contactId, isoUtc(a.answeredAt), a.question,
                                          QString::number(a.rating)})
                           .toUtf8();
        batch.append(std::move(d.contact));
        if (batch.size() >= kBatch && !flush())
            return Failed;
    }
    if (!flush())
        return Failed;
    const qint64 contactMs = timer.elapsed();

    // Escalations, through their store, each step at its own time.
    EscalationStore escalationStore(*db, rules.value());
    demo::Random stepRandom(options.seed ^ 0xe5ca1a7e0ULL);
    for (const Planned &p : std::as_const(planned))
        if (Status s =
                writeEscalation(escalationStore, rules.value(), clock, p, options.now, stepRandom);
            !s)
            return ctx.fail(
                QStringLiteral("cannot raise a demo escalation: %1").arg(s.errorMessage()));
    clock.set(options.now);

    // Survey answers, through the survey import.
    Result<SurveyDefinition> survey = SurveyDefinition::load();
    if (!survey)
        return ctx.fail(survey.errorMessage());
    Result<SurveyImportCounts> answers =
        SurveyStore(*db, survey.value(), rules.value()).importCsv(surveys, actor);
    if (!answers)
        return ctx.fail(answers.errorMessage());
    if (!answers->rejected.isEmpty())
        return ctx.fail(QStringLiteral("the demo survey answers were refused: %1")
                            .arg(answers->rejected.constFirst()));

    ctx.out << QStringLiteral("Seeded demo data (seed %1): %2 contacts, %3 vehicles, %4 "
                              "escalations, %5 survey answers, in %6 s (contacts %7 s).\n")
                   .arg(options.seed)
                   .arg(added)
                   .arg(generator.vehicles().size())
                   .arg(planned.size())
                   .arg(answers->added)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(contactMs / 1000.0, 0, 'f', 1);
    if (notAdded > 0)
        ctx.out << QStringLiteral("%1 generated contacts were already in the profile and were "
                                  "left as they are.\n")
                       .arg(notAdded);
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
