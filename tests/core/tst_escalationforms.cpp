#include "core/escalationform.h"
#include "verify.h"

#include <QJsonDocument>
#include <QTest>

using namespace cd;

namespace {

QJsonObject obj(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    Q_ASSERT(doc.isObject());
    return doc.object();
}

QStringList errorFields(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields.append(e.field);
    fields.sort();
    return fields;
}

QString messageFor(const QList<FieldError> &errors, const QString &field)
{
    for (const FieldError &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

const QDate kToday(2026, 11, 23);

} // namespace

class TestEscalationForms : public QObject
{
    Q_OBJECT

private:
    FormRegistry m_forms;

private slots:
    void initTestCase()
    {
        Result<FormRegistry> r = FormRegistry::load(FormRegistry::shippedDir());
        CD_VERIFY_OK(r);
        m_forms = r.value();
    }

    void shippedForms()
    {
        QCOMPARE(m_forms.types(),
                 QStringList({"referral", "formal_complaint", "vrr", "intelligence_record",
                              "safeguarding", "callback", "feedback_reply"}));
        const FormDefinition *complaint = m_forms.find(QStringLiteral("formal_complaint"));
        QVERIFY(complaint);
        QCOMPARE(complaint->receivingTeam, QStringLiteral("professional_standards"));
        QCOMPARE(complaint->receivingTeamLabel(complaint->receivingTeam),
                 QStringLiteral("Professional Standards Department"));
        const FormField *ground = complaint->field(QStringLiteral("schedule3_ground"));
        QVERIFY(ground && ground->required && ground->type == FormField::Type::Choice);
        QVERIFY(ground->choiceLabel(QStringLiteral("complainant_wish"))
                    .contains(QLatin1String("2(6A)")));

        const FormDefinition *vrr = m_forms.find(QStringLiteral("vrr"));
        QVERIFY(vrr);
        QCOMPARE(vrr->serviceLevel.acknowledgeWorkingDays, 10);
        QCOMPARE(vrr->serviceLevel.resolveWorkingDays, 30);

        const FormDefinition *referral = m_forms.find(QStringLiteral("referral"));
        QVERIFY(referral);
        QCOMPARE(referral->serviceLevel.resolveWorkingDays, 10);
        QVERIFY(referral->receivingTeam.isEmpty());
        QCOMPARE(referral->field(QStringLiteral("receiving_team"))->choices.size(),
                 referral->receivingTeams.size());
        QCOMPARE(referral->receivingTeamFor(obj(R"({"receiving_team":"lpa_north"})")),
                 QStringLiteral("lpa_north"));
        QCOMPARE(complaint->receivingTeamFor(QJsonObject()),
                 QStringLiteral("professional_standards"));
        for (const FormDefinition &f : m_forms.forms())
            QVERIFY2(f.version >= 1 && !f.source.isEmpty(), qPrintable(f.type));
    }

    void shippedFormsAreReviewedAndSourced()
    {
        QCOMPARE(m_forms.forms().size(), 7);
        for (const FormDefinition &f : m_forms.forms()) {
            // The reply to survey feedback is new (issue 18); the others were revised once, the
            // safeguarding form twice (immediate risk due the same day, the risks it covers).
            QCOMPARE(f.version, f.type == QLatin1String("feedback_reply") ? 1
                                : f.type == QLatin1String("safeguarding") ? 3
                                                                          : 2);
            QCOMPARE(f.reviewedOn, QDate(2026, 12, 2));
            QVERIFY2(!f.sources.isEmpty(), qPrintable(f.type));
            for (const FormSource &s : f.sources)
                QVERIFY2(!s.title.isEmpty(), qPrintable(f.type));
        }
        // The service levels of these forms are the force's own settings, not law.
        for (const char *type :
             {"formal_complaint", "safeguarding", "intelligence_record", "callback", "referral"}) {
            const FormDefinition *f = m_forms.find(QLatin1String(type));
            QVERIFY2(f && f->serviceLevel.isForceSetting(), type);
            QVERIFY(f->serviceLevel.note.contains(QLatin1String("not law")));
            QVERIFY(f->source.contains(QLatin1String("not law")));
        }
        const FormDefinition *complaint = m_forms.find(QStringLiteral("formal_complaint"));
        QCOMPARE(complaint->serviceLevel.acknowledgeWorkingDays, 2);
        QCOMPARE(complaint->serviceLevel.resolveWorkingDays, 10);
        QCOMPARE(complaint->sources.first().url,
                 QStringLiteral("https://legislation.gov.uk/ukpga/2017/3/schedule/5/paragraph/2/"
                                "data.htm"));
        // The VRR times come from the published scheme.
        const FormDefinition *vrr = m_forms.find(QStringLiteral("vrr"));
        QCOMPARE(vrr->serviceLevel.basis, QStringLiteral("source"));
        QVERIFY(!vrr->serviceLevel.isForceSetting());
        // The Crimestoppers number is not in the reviewed facts: not printed on the form.
        const FormDefinition *intel = m_forms.find(QStringLiteral("intelligence_record"));
        QCOMPARE(intel->field(QStringLiteral("crimestoppers_offered"))->label,
                 QStringLiteral("Crimestoppers (anonymous) offered first"));
        QVERIFY(intel->source.contains(QLatin1String("unsourced")));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("values");
        QTest::addColumn<QStringList>("errors");

        const char *complaintOk =
            R"({"complainant_name":"Ann Smith","complainant_phone":"07700 900123",)"
            R"("contact_preference":"phone","complainant_status":"directed_at",)"
            R"("incident_date":"2026-10-01","schedule3_ground":"complainant_wish",)"
            R"("views_sought":true,"summary":"Officer was rude"})";
        QTest::newRow("complaint: complete") << "formal_complaint" << complaintOk << QStringList();
        QTest::newRow("complaint: empty")
            << "formal_complaint"
            << "{}"
            << QStringList({"complainant_name", "complainant_status", "contact_preference",
                            "incident_date", "schedule3_ground", "summary", "views_sought"});
        QTest::newRow("complaint: no Schedule 3 ground")
            << "formal_complaint"
            << R"({"complainant_name":"A","complainant_email":"a@example.com","contact_preference":"email",)"
               R"("complainant_status":"witness","incident_date":"2026-10-01","views_sought":true,"summary":"x"})"
            << QStringList({"schedule3_ground"});
        QTest::newRow("complaint: unknown ground")
            << "formal_complaint"
            << R"({"complainant_name":"A","complainant_email":"a@example.com","contact_preference":"email",)"
               R"("complainant_status":"witness","incident_date":"2026-10-01","views_sought":true,"summary":"x",)"
               R"("schedule3_ground":"because"})"
            << QStringList({"schedule3_ground"});
        QTest::newRow("complaint: views not sought")
            << "formal_complaint"
            << R"({"complainant_name":"A","complainant_email":"a@example.com","contact_preference":"email",)"
               R"("complainant_status":"witness","incident_date":"2026-10-01","views_sought":false,"summary":"x",)"
               R"("schedule3_ground":"article_2_or_3"})"
            << QStringList({"views_sought"});
        QTest::newRow("complaint: over 12 months, no reason")
            << "formal_complaint"
            << R"({"complainant_name":"A","complainant_email":"a@example.com","contact_preference":"email",)"
               R"("complainant_status":"witness","incident_date":"2025-11-01","views_sought":true,"summary":"x",)"
               R"("schedule3_ground":"complainant_wish"})"
            << QStringList({"delay_reason"});
        QTest::newRow("complaint: over 12 months with reason")
            << "formal_complaint"
            << R"({"complainant_name":"A","complainant_email":"a@example.com","contact_preference":"email",)"
               R"("complainant_status":"witness","incident_date":"2025-11-01","views_sought":true,"summary":"x",)"
               R"("schedule3_ground":"complainant_wish","delay_reason":"In hospital"})"
            << QStringList();
        QTest::newRow("complaint: future incident, bad email, wants email")
            << "formal_complaint"
            << R"({"complainant_name":"A","complainant_email":"a@","contact_preference":"email",)"
               R"("complainant_status":"witness","incident_date":"2026-12-01","views_sought":true,"summary":"x",)"
               R"("schedule3_ground":"complainant_wish"})"
            << QStringList({"complainant_email", "incident_date"});
        QTest::newRow("complaint: on behalf without consent")
            << "formal_complaint"
            << R"({"complainant_name":"A","complainant_email":"a@example.com","contact_preference":"email",)"
               R"("complainant_status":"on_behalf","incident_date":"2026-10-01","views_sought":true,"summary":"x",)"
               R"("schedule3_ground":"complainant_wish"})"
            << QStringList({"consent_on_behalf"});
        QTest::newRow("complaint: wants a call, no number")
            << "formal_complaint"
            << R"({"complainant_name":"A","contact_preference":"phone","complainant_status":"witness",)"
               R"("incident_date":"2026-10-01","views_sought":true,"summary":"x","schedule3_ground":"force_decision"})"
            << QStringList({"complainant_phone"});
        QTest::newRow("complaint: not a date")
            << "formal_complaint"
            << R"({"complainant_name":"A","complainant_email":"a@example.com","contact_preference":"email",)"
               R"("complainant_status":"witness","incident_date":"1/10/2026","views_sought":true,"summary":"x",)"
               R"("schedule3_ground":"complainant_wish"})"
            << QStringList({"incident_date"});

        const char *referralOk =
            R"({"receiving_team":"lpa_north","caller_name":"B Jones",)"
            R"("matter":"No call back about burglary","caller_told_timescale":true})";
        QTest::newRow("referral: complete") << "referral" << referralOk << QStringList();
        QTest::newRow("referral: no team, bad phone")
            << "referral"
            << R"({"caller_name":"B","caller_phone":"12345","matter":"x","caller_told_timescale":true})"
            << QStringList({"caller_phone", "receiving_team"});
        QTest::newRow("referral: unknown team")
            << "referral"
            << R"({"receiving_team":"lpa_moon","caller_name":"B","matter":"x","caller_told_timescale":true})"
            << QStringList({"receiving_team"});

        const char *vrrOk =
            R"({"victim_name":"C","crime_reference":"CR/123/26","decision":"no_charge",)"
            R"("decision_date":"2026-10-01","suspect_interviewed":true,"grounds":"x"})";
        QTest::newRow("vrr: within 3 months") << "vrr" << vrrOk << QStringList();
        QTest::newRow("vrr: exactly 3 months ago")
            << "vrr"
            << R"({"victim_name":"C","crime_reference":"CR/1","decision":"no_charge","decision_date":"2026-08-23",)"
               R"("suspect_interviewed":true,"grounds":"x"})"
            << QStringList();
        QTest::newRow("vrr: 3 months and a day, no reason")
            << "vrr"
            << R"({"victim_name":"C","crime_reference":"CR/1","decision":"no_charge","decision_date":"2026-08-22",)"
               R"("suspect_interviewed":true,"grounds":"x"})"
            << QStringList({"late_reason"});
        QTest::newRow("vrr: late with reason")
            << "vrr"
            << R"({"victim_name":"C","crime_reference":"CR/1","decision":"no_cps_referral","decision_date":"2026-01-05",)"
               R"("suspect_interviewed":true,"grounds":"x","late_reason":"Letter went to old address"})"
            << QStringList();
        QTest::newRow("vrr: no suspect interviewed")
            << "vrr"
            << R"({"victim_name":"C","crime_reference":"CR/1","decision":"no_charge","decision_date":"2026-10-01",)"
               R"("suspect_interviewed":false,"grounds":"x"})"
            << QStringList({"suspect_interviewed"});
        QTest::newRow("vrr: decision in the future")
            << "vrr"
            << R"({"victim_name":"C","crime_reference":"CR/1","decision":"no_charge","decision_date":"2026-11-24",)"
               R"("suspect_interviewed":true,"grounds":"x"})"
            << QStringList({"decision_date"});

        QTest::newRow("intelligence: anonymous")
            << "intelligence_record"
            << R"({"crimestoppers_offered":true,"information":"Drugs at the park","source_details":"anonymous"})"
            << QStringList();
        QTest::newRow("intelligence: Crimestoppers not offered")
            << "intelligence_record"
            << R"({"information":"x","source_details":"anonymous"})"
            << QStringList({"crimestoppers_offered"});
        QTest::newRow("intelligence: details without consent")
            << "intelligence_record"
            << R"({"crimestoppers_offered":true,"information":"x","source_details":"gives_details","informant_name":"D"})"
            << QStringList({"consent_to_details"});
        QTest::newRow("intelligence: details with consent")
            << "intelligence_record"
            << R"({"crimestoppers_offered":true,"information":"x","source_details":"gives_details",)"
               R"("consent_to_details":true,"informant_name":"D","informant_phone":"01632 960123"})"
            << QStringList();
        QTest::newRow("intelligence: anonymous but name kept")
            << "intelligence_record"
            << R"({"crimestoppers_offered":true,"information":"x","source_details":"anonymous","informant_name":"D",)"
               R"("informant_email":"d@example.com"})"
            << QStringList({"informant_email", "informant_name"});

        QTest::newRow("safeguarding: complete")
            << "safeguarding"
            << R"({"receiving_team":"mash","person_at_risk":"E","age_group":"child","concern":"x","immediate_risk":"no"})"
            << QStringList();
        QTest::newRow("safeguarding: immediate risk, no action")
            << "safeguarding"
            << R"({"receiving_team":"mash","person_at_risk":"E","age_group":"adult","concern":"x","immediate_risk":"yes"})"
            << QStringList({"action_taken"});

        QTest::newRow("callback: complete")
            << "callback"
            << R"({"caller_name":"F","callback_phone":"07700900123","callback_by":"2026-11-24","purpose":"x"})"
            << QStringList();
        QTest::newRow("callback: date passed, landline too short")
            << "callback"
            << R"({"caller_name":"F","callback_phone":"0163296","callback_by":"2026-11-20","purpose":"x"})"
            << QStringList({"callback_by", "callback_phone"});
        QTest::newRow("callback: text too long")
            << "callback"
            << QStringLiteral(
                   R"({"caller_name":"%1","callback_phone":"07700900123","callback_by":"2026-11-24","purpose":"x"})")
                   .arg(QString(201, QLatin1Char('n')))
            << QStringList({"caller_name"});
    }

    void validation()
    {
        QFETCH(QString, type);
        QFETCH(QString, values);
        QFETCH(QStringList, errors);
        const FormDefinition *form = m_forms.find(type);
        QVERIFY(form);
        const QJsonDocument doc = QJsonDocument::fromJson(values.toUtf8());
        QVERIFY(doc.isObject());
        const QList<FieldError> found = validateEscalationFields(*form, doc.object(), kToday);
        QCOMPARE(errorFields(found), errors);
        for (const FieldError &e : found) {
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
            QVERIFY2(form->field(e.field),
                     qPrintable(e.field)); // every message sits beside a field
        }
    }

    void messagesSayWhatToDo()
    {
        const FormDefinition *vrr = m_forms.find(QStringLiteral("vrr"));
        const QList<FieldError> late = validateEscalationFields(
            *vrr,
            obj(R"({"victim_name":"C","crime_reference":"CR/1","decision":"no_charge","decision_date":"2026-01-05",)"
                R"("suspect_interviewed":false,"grounds":"x"})"),
            kToday);
        QVERIFY(
            messageFor(late, QStringLiteral("late_reason")).contains(QLatin1String("3 months")));
        QVERIFY(messageFor(late, QStringLiteral("suspect_interviewed"))
                    .contains(QLatin1String("interviewed")));
        const FormDefinition *complaint = m_forms.find(QStringLiteral("formal_complaint"));
        const QList<FieldError> empty = validateEscalationFields(*complaint, QJsonObject(), kToday);
        QCOMPARE(messageFor(empty, QStringLiteral("complainant_name")),
                 QStringLiteral("Fill in complainant's name"));
        QCOMPARE(messageFor(empty, QStringLiteral("schedule3_ground")),
                 QStringLiteral("Choose one"));
    }

    void prefill()
    {
        Contact c;
        c.callerName = QStringLiteral("Ann Smith");
        c.callerPhone = QStringLiteral("07700900123");
        c.callerEmail = QStringLiteral("ann@example.com");
        c.reference = QStringLiteral("CR/55/26");
        c.notes = QStringLiteral("Nobody called back about her son");
        const QJsonObject complaint =
            prefillFromContact(*m_forms.find(QStringLiteral("formal_complaint")), c);
        QCOMPARE(complaint.value(QLatin1String("complainant_name")).toString(), c.callerName);
        QCOMPARE(complaint.value(QLatin1String("complainant_phone")).toString(), c.callerPhone);
        QCOMPARE(complaint.value(QLatin1String("complainant_email")).toString(), c.callerEmail);
        QCOMPARE(complaint.value(QLatin1String("summary")).toString(), c.notes);
        QCOMPARE(complaint.value(QLatin1String("reference")).toString(), c.reference);
        QVERIFY(
            !complaint.contains(QLatin1String("schedule3_ground"))); // a decision, never prefilled
        const QJsonObject vrr = prefillFromContact(*m_forms.find(QStringLiteral("vrr")), c);
        QCOMPARE(vrr.value(QLatin1String("crime_reference")).toString(), c.reference);
        const QJsonObject callback =
            prefillFromContact(*m_forms.find(QStringLiteral("callback")), Contact());
        QVERIFY(callback.isEmpty());
    }

    void badDefinitions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head =
            R"({"type":"t","version":1,"title":"T","receiving_team":"a",)"
            R"("receiving_teams":[{"code":"a","label":"A"}],"service_level":{"resolve_working_days":5},)";
        QTest::newRow("no version") << QByteArray(R"({"type":"t","title":"T"})") << "no version";
        QTest::newRow("no service level")
            << QByteArray(
                   R"({"type":"t","version":1,"title":"T","receiving_team":"a","receiving_teams":[{"code":"a"}],)"
                   R"("fields":[{"key":"k","label":"K","type":"text"}]})")
            << "service level";
        QTest::newRow("unknown type")
            << head + R"("fields":[{"key":"k","label":"K","type":"number"}]})"
            << "unknown type";
        QTest::newRow("choice without choices")
            << head + R"("fields":[{"key":"k","label":"K","type":"choice"}]})"
            << "no choices";
        QTest::newRow("duplicate field")
            << head +
                   R"("fields":[{"key":"k","label":"K","type":"text"},{"key":"k","label":"K","type":"text"}]})"
            << "twice";
        QTest::newRow("rule on unknown field")
            << head + R"("fields":[{"key":"k","label":"K","type":"date"}],)"
                      R"("rules":[{"kind":"not_in_future","field":"x","message":"m"}]})"
            << "unknown field";
        QTest::newRow("unknown rule")
            << head + R"("fields":[{"key":"k","label":"K","type":"date"}],)"
                      R"("rules":[{"kind":"sometimes","field":"k","message":"m"}]})"
            << "unknown rule";
        QTest::newRow("unknown service level basis")
            << QByteArray(R"({"type":"t","version":1,"title":"T","receiving_team":"a",)"
                          R"("receiving_teams":[{"code":"a","label":"A"}],)"
                          R"("service_level":{"resolve_working_days":5,"basis":"law"},)"
                          R"("fields":[{"key":"k","label":"K","type":"text"}]})")
            << "basis";
        QTest::newRow("reviewed_on not a date")
            << head +
                   R"("reviewed_on":"2 December","fields":[{"key":"k","label":"K","type":"text"}]})"
            << "reviewed_on";
        QTest::newRow("unknown prefill")
            << head + R"("fields":[{"key":"k","label":"K","type":"text","prefill":"shoeSize"}]})"
            << "unknown contact field";
    }

    void badDefinitions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Result<FormDefinition> f = FormDefinition::fromJson(json, QStringLiteral("test.json"));
        QVERIFY(!f.ok());
        QVERIFY2(f.errorMessage().contains(expected), qPrintable(f.errorMessage()));
        QVERIFY(f.errorMessage().startsWith(QLatin1String("test.json")));
    }
};

QTEST_GUILESS_MAIN(TestEscalationForms)
#include "tst_escalationforms.moc"
