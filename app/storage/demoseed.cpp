#include "storage/demoseed.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/escalation.h"
#include "core/vehicle.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/escalationstore.h"
#include "storage/surveystore.h"
#include "storage/taxonomystore.h"
#include "storage/vehiclestore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace cd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoSeed)
};

constexpr int kBatch = 5000;

// The demo writes as if it were `now` and, for escalations, as if each step happened at its
// own time; the process clock is put back when the seed ends.
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

} // namespace

Result<DemoSeedReport> seedDemoProfile(Database &db, const demo::Options &options,
                                       const QString &actor)
{
    DemoSeedReport report;
    Result<Taxonomy> taxonomy = TaxonomyStore(db).load();
    if (!taxonomy)
        return taxonomy.error();
    Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!rules)
        return rules.error();
    bool checkExisting = false;
    {
        QSqlQuery any(db.sql());
        checkExisting = any.exec(QStringLiteral("SELECT 1 FROM contacts LIMIT 1")) && any.next();
    }

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
        Result<VehicleImportReport> imported = VehicleStore(db).importCsv(buffer, actor);
        if (!imported)
            return imported.error();
        if (imported->bad > 0)
            return Error{Tr::tr("%1 generated vehicles were refused: %2")
                             .arg(imported->bad)
                             .arg(imported->errors.value(0).reason),
                         {}};
        report.vehicles = generator.vehicles().size();
    }

    // Contacts, through the import's bulk path, a batch at a time.
    ContactStore contactStore(db);
    QList<Contact> batch;
    batch.reserve(kBatch);
    QList<Planned> planned;
    QList<Planned> pending; // the escalations of the batch not yet written
    QByteArray surveys = "contact_id,answered_at,question,rating\n";
    QSqlQuery exists(db.sql());
    exists.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"));
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return success();
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
        if (!counts)
            return counts.error();
        report.contacts += counts->added;
        report.alreadyThere += counts->alreadyPresent + counts->conflicts.size();
        return success();
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
        if (batch.size() >= kBatch)
            if (Status s = flush(); !s)
                return s.error();
    }
    if (Status s = flush(); !s)
        return s.error();
    report.contactMs = timer.elapsed();

    // Escalations, through their store, each step at its own time.
    EscalationStore escalationStore(db, rules.value());
    demo::Random stepRandom(options.seed ^ 0xe5ca1a7e0ULL);
    for (const Planned &p : std::as_const(planned))
        if (Status s =
                writeEscalation(escalationStore, rules.value(), clock, p, options.now, stepRandom);
            !s)
            return Error{Tr::tr("cannot raise a demo escalation: %1").arg(s.errorMessage()), {}};
    report.escalations = planned.size();
    clock.set(options.now);

    // Survey answers, through the survey import.
    Result<SurveyDefinition> survey = SurveyDefinition::load();
    if (!survey)
        return survey.error();
    Result<SurveyImportCounts> answers =
        SurveyStore(db, survey.value(), rules.value()).importCsv(surveys, actor);
    if (!answers)
        return answers.error();
    if (!answers->rejected.isEmpty())
        return Error{
            Tr::tr("the demo survey answers were refused: %1").arg(answers->rejected.constFirst()),
            {}};
    report.surveyAnswers = answers->added;
    report.totalMs = timer.elapsed();
    return report;
}

} // namespace cd
