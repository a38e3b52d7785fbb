// THRIVE at first contact as data: the shipped questions load and a force's extension too, a
// broken file is refused with a reason; the vulnerability question is never skipped silently; a
// lower risk grade waits for a manager; the contacts CSV carries the vulnerability flag.
#include "verify.h"

#include "core/contact.h"
#include "core/contactcsv.h"
#include "core/csv.h"
#include "core/taxonomy.h"
#include "core/thrive.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;

namespace {
Taxonomy shippedTaxonomy()
{
    QFile f(QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/taxonomy/taxonomy.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("shipped taxonomy missing");
    Result<Taxonomy> t = Taxonomy::fromJson(f.readAll(), f.fileName());
    if (!t)
        qFatal("%s", qPrintable(t.errorMessage()));
    return t.value();
}

QJsonObject shippedJson()
{
    QFile f(QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/thrive/thrive.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("shipped THRIVE file missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

Contact mentalHealthContact()
{
    Contact c;
    c.startedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 12), Qt::UTC);
    c.endedAt = c.startedAt.addSecs(300);
    c.handler = QStringLiteral("A. Handler");
    c.team = QStringLiteral("QoS North");
    c.channel = QStringLiteral("phone");
    c.category = QStringLiteral("mental_health");
    c.outcome = QStringLiteral("signposted");
    c.thriveRequired = true;
    return c;
}

QStringList fields(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}

HandlerProfile person(const char *name, Role role)
{
    return {QLatin1String(name), role, QStringLiteral("QoS North")};
}
} // namespace

class TestThrive : public QObject
{
    Q_OBJECT
private slots:
    void shippedQuestionsLoad()
    {
        Result<ThriveDefinition> d = ThriveDefinition::loadShipped();
        CD_VERIFY_OK(d);
        QStringList ids;
        for (const ThriveElement &e : d->elements())
            ids.append(e.id);
        QCOMPARE(ids, QStringList({"threat", "harm", "risk", "investigation", "vulnerability",
                                   "engagement"}));
        QVERIFY(d->isRequiredFor(QStringLiteral("mental_health")));
        QVERIFY(!d->isRequiredFor(QStringLiteral("vehicle_recovery")));
        QCOMPARE(d->grades().first().code, QStringLiteral("high")); // highest first
        QCOMPARE(d->gradeRank(QStringLiteral("high")), 3);
        QCOMPARE(d->gradeRank(QStringLiteral("low")), 1);
        QCOMPARE(d->gradeRank(QString()), 0);
        QStringList kinds;
        for (const ThriveChoice &k : d->vulnerabilityKinds())
            kinds.append(k.code);
        QCOMPARE(kinds, QStringList({"age", "mental_health", "disability", "domestic_abuse",
                                     "repeat_victim", "isolation", "other"}));
        QCOMPARE(
            d->label(d->noAttendanceReasons(), QStringLiteral("rcrp_threshold_not_met")).left(24),
            QStringLiteral("Right Care, Right Person"));
        QCOMPARE(d->reassessAfterHours(), 24);
    }

    void aForceCanAddElements()
    {
        // THRIVE-SP: scene preservation and prevention advice after the six.
        QJsonObject o = shippedJson();
        QJsonArray elements = o.value(QLatin1String("elements")).toArray();
        elements.append(QJsonObject{{"id", "scene_preservation"},
                                    {"label", "Scene preservation"},
                                    {"prompt", "What was the caller told to keep untouched?"}});
        o.insert(QLatin1String("elements"), elements);
        Result<ThriveDefinition> d = ThriveDefinition::fromJson(bytes(o), QStringLiteral("sp"));
        CD_VERIFY_OK(d);
        QCOMPARE(d->elements().size(), 7);
        QCOMPARE(d->elements().last().id, QStringLiteral("scene_preservation"));
    }

    void brokenDefinitionsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("json"); // the value put under `key`
        QTest::addColumn<QString>("reason");
        QTest::newRow("no version") << "version"
                                    << "\"\""
                                    << "no version";
        QTest::newRow("threat missing") << "elements"
                                        << R"([{"id":"harm","label":"Harm","prompt":"?"}])"
                                        << "start with";
        QTest::newRow("one grade") << "grades"
                                   << R"([{"code":"high","label":"High","rank":1}])"
                                   << "at least two";
        QTest::newRow("same rank")
            << "grades"
            << R"([{"code":"high","label":"High","rank":2},{"code":"low","label":"Low","rank":2}])"
            << "share rank";
        QTest::newRow("kind twice")
            << "vulnerability_kinds"
            << R"([{"code":"age","label":"Age"},{"code":"age","label":"Old age"}])"
            << "twice";
        QTest::newRow("no interval") << "reassess_after_hours"
                                     << "0"
                                     << "reassess_after_hours";
    }
    void brokenDefinitionsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, json);
        QFETCH(QString, reason);
        QJsonObject o = shippedJson();
        const QJsonDocument value =
            QJsonDocument::fromJson(QStringLiteral("{\"v\":%1}").arg(json).toUtf8());
        o.insert(key, value.object().value(QLatin1String("v")));
        Result<ThriveDefinition> d = ThriveDefinition::fromJson(bytes(o), QStringLiteral("bad"));
        QVERIFY(!d.ok());
        QVERIFY2(d.errorMessage().contains(reason), qPrintable(d.errorMessage()));
    }

    void vulnerabilityQuestionIsNeverSkippedSilently()
    {
        const Taxonomy t = shippedTaxonomy();
        Contact c = mentalHealthContact();
        QVERIFY(fields(validateContact(c, t)).contains(QLatin1String("vulnerable")));
        c.vulnerable = 0; // explicitly No
        QCOMPARE(fields(validateContact(c, t)), QStringList());
        c.vulnerable = 1; // Yes, but what kind?
        QCOMPARE(fields(validateContact(c, t)), QStringList({"vulnerable"}));
        c.vulnerabilityKinds = QStringLiteral("mental_health,isolation");
        QCOMPARE(fields(validateContact(c, t)), QStringList());
        // Kinds with a No are a contradiction, not a silent guess.
        c.vulnerable = 0;
        QCOMPARE(fields(validateContact(c, t)), QStringList({"vulnerable"}));
        // A contact that did not need THRIVE may leave the question unasked.
        Contact other = mentalHealthContact();
        other.thriveRequired = false;
        QCOMPARE(fields(validateContact(other, t)), QStringList());
    }

    void nextStepsSayWhyPoliceWillNotAttend()
    {
        const Taxonomy t = shippedTaxonomy();
        Contact c = mentalHealthContact();
        c.vulnerable = 0;
        NextSteps n;
        n.policeAttend = 0;
        c.nextSteps = n.toJson();
        QCOMPARE(fields(validateContact(c, t)), QStringList({"nextSteps"}));
        n.noAttendanceReason = QStringLiteral("rcrp_threshold_not_met");
        n.advice = {QStringLiteral("safeguarding")};
        n.callBackTold = true;
        c.nextSteps = n.toJson();
        QCOMPARE(fields(validateContact(c, t)), QStringList());
        const NextSteps back = NextSteps::fromJson(c.nextSteps);
        QCOMPARE(back.policeAttend, 0);
        QCOMPARE(back.noAttendanceReason, QStringLiteral("rcrp_threshold_not_met"));
        QCOMPARE(back.advice, QStringList({"safeguarding"}));
        QVERIFY(back.callBackTold);
    }

    void thriveCompletedNeedsEveryElement()
    {
        Result<ThriveDefinition> d = ThriveDefinition::loadShipped();
        CD_VERIFY_OK(d);
        Contact c = mentalHealthContact();
        c.vulnerable = 0;
        c.riskGrade = QStringLiteral("medium");
        ThriveAnswers a;
        for (const ThriveElement &e : d->elements())
            if (e.id != QLatin1String("engagement"))
                a.notes.insert(e.id, QStringLiteral("noted"));
        c.thrive = a.toJson(d.value());
        QVERIFY(!thriveCompleted(c, d.value()));
        a.notes.insert(QStringLiteral("engagement"), QStringLiteral("reassured"));
        c.thrive = a.toJson(d.value());
        QVERIFY(thriveCompleted(c, d.value()));
        QCOMPARE(QJsonDocument::fromJson(c.thrive.toUtf8())
                     .object()
                     .value(QLatin1String("completed"))
                     .toBool(),
                 true);
        c.riskGrade.clear();
        QVERIFY(!thriveCompleted(c, d.value()));
    }

    void lowerGradeWaitsForAManager()
    {
        Result<ThriveDefinition> d = ThriveDefinition::loadShipped();
        CD_VERIFY_OK(d);
        Contact stored = mentalHealthContact();
        stored.riskGrade = QStringLiteral("high");
        Contact edited = stored;
        edited.riskGrade = QStringLiteral("low");
        QCOMPARE(settleRiskGrade(stored, edited, d.value(), QStringLiteral("A. Handler")),
                 GradeChange::DowngradeRequested);
        QCOMPARE(edited.riskGrade, QStringLiteral("high")); // the higher grade stands
        QCOMPARE(edited.gradeRequested, QStringLiteral("low"));
        QCOMPARE(edited.gradeRequestedBy, QStringLiteral("A. Handler"));

        const QDateTime at(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        Contact refused = edited;
        Status s = signOffDowngrade(refused, person("A. Handler", Role::Handler), at);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("not_manager"));
        QCOMPARE(refused.riskGrade, QStringLiteral("high"));

        CD_VERIFY_OK(signOffDowngrade(edited, person("M. Manager", Role::Manager), at));
        QCOMPARE(edited.riskGrade, QStringLiteral("low"));
        QCOMPARE(edited.gradeRequested, QString());
        QCOMPARE(edited.gradeSignedOffBy, QStringLiteral("M. Manager"));
        QCOMPARE(edited.gradeSignedOffAt, at);
        // Nothing waiting: nothing to sign off.
        QCOMPARE(signOffDowngrade(edited, person("M. Manager", Role::Manager), at).error().code,
                 QStringLiteral("nothing_waiting"));

        // Raising stands at once and overtakes a request.
        Contact raised = stored;
        raised.gradeRequested = QStringLiteral("low");
        Contact higher = raised;
        higher.riskGrade = QStringLiteral("high");
        raised.riskGrade = QStringLiteral("medium");
        QCOMPARE(settleRiskGrade(raised, higher, d.value(), QStringLiteral("B")),
                 GradeChange::Raised);
        QCOMPARE(higher.riskGrade, QStringLiteral("high"));
        QCOMPARE(higher.gradeRequested, QString());
    }

    void csvCarriesTheVulnerabilityFlag()
    {
        QVERIFY(contactcsv::columns().contains(QLatin1String("vulnerable")));
        QVERIFY(contactcsv::columns().contains(QLatin1String("vulnerability_kinds")));
        const csv::ParseResult parsed = csv::parse(
            "started_at,channel,category,outcome,vulnerable,vulnerability_kinds\r\n"
            "2026-11-02T09:15:00Z,phone,mental_health,signposted,true,\"isolation,age\"\r\n"
            "2026-11-02T09:20:00Z,phone,mental_health,signposted,false,\r\n"
            "2026-11-02T09:25:00Z,phone,mental_health,signposted,,\r\n"
            "2026-11-02T09:30:00Z,phone,mental_health,signposted,perhaps,\r\n"
            "2026-11-02T09:35:00Z,phone,mental_health,signposted,false,age\r\n");
        QVERIFY(parsed.error.isEmpty());
        Result<contactcsv::Header> header = contactcsv::Header::fromRecord(parsed.records.at(0));
        CD_VERIFY_OK(header);
        const Taxonomy t = shippedTaxonomy();
        const contactcsv::ImportDefaults defaults{QStringLiteral("Importer"),
                                                  QStringLiteral("QoS")};
        auto row = [&](int i) {
            return contactcsv::fromRecord(header.value(), parsed.records.at(i), t, defaults);
        };
        Result<Contact> yes = row(1);
        CD_VERIFY_OK(yes);
        QCOMPARE(yes->vulnerable, 1);
        QCOMPARE(yes->vulnerabilityKinds, QStringLiteral("age,isolation"));
        Result<Contact> no = row(2);
        CD_VERIFY_OK(no);
        QCOMPARE(no->vulnerable, 0);
        Result<Contact> unasked = row(3);
        CD_VERIFY_OK(unasked);
        QCOMPARE(unasked->vulnerable, -1);
        QVERIFY(row(4).errorMessage().contains(QLatin1String("vulnerable")));
        QVERIFY(row(5).errorMessage().contains(QLatin1String("vulnerable")));

        // Export writes them back as import reads them.
        const QStringList record = contactcsv::toRecord(yes.value());
        const int flag = int(contactcsv::columns().indexOf(QLatin1String("vulnerable")));
        const int kinds = int(contactcsv::columns().indexOf(QLatin1String("vulnerability_kinds")));
        QCOMPARE(record.at(flag), QStringLiteral("true"));
        QCOMPARE(record.at(kinds), QStringLiteral("age,isolation"));
        QCOMPARE(contactcsv::toRecord(no.value()).at(flag), QStringLiteral("false"));
        QCOMPARE(contactcsv::toRecord(unasked.value()).at(flag), QString());
    }
};

QTEST_MAIN(TestThrive)
#include "tst_thrive.moc"
