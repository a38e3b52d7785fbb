// Outcome messages (core/outcomemessage.h) against the shipped data: no ineligible or sensitive
// contact is ever proposed a message, over every category, reason and outcome of the shipped
// taxonomy, every kind of risk prompt and each consent state; quiet hours in London time; the
// retry back-off; the gateway body and the GOV.UK Notify token.
#include "core/outcomemessage.h"
#include "core/riskdetector.h"
#include "core/taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace cd;

namespace {
Taxonomy shippedTaxonomy()
{
    QFile f(QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/taxonomy/taxonomy.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no taxonomy");
    return Taxonomy::fromJson(f.readAll(), QStringLiteral("taxonomy.json")).value();
}

MessageRules shippedRules()
{
    Result<MessageRules> r = MessageRules::loadShipped();
    if (!r)
        qFatal("%s", qPrintable(r.errorMessage()));
    return r.value();
}

// The matters the force must never message, named in the issue, by the codes the shipped
// taxonomy gives them (or would give them when a force adds them).
const QStringList kNeverCategories = {
    QStringLiteral("mental_health"), QStringLiteral("intelligence"),
    QStringLiteral("dissatisfaction"), QStringLiteral("domestic_abuse"),
    QStringLiteral("safeguarding"), QStringLiteral("child_at_risk"),
    QStringLiteral("complaint_about_staff"),
    // The second review of the list (messages.json, sensitive_sources): crime victims and the
    // matters a force's public protection teams hold.
    QStringLiteral("victim_enquiry"), QStringLiteral("vrr"), QStringLiteral("fraud"),
    QStringLiteral("stalking"), QStringLiteral("honour_based_abuse"),
    QStringLiteral("sexual_offence"), QStringLiteral("forced_marriage"), QStringLiteral("fgm"),
    QStringLiteral("concern_for_welfare")};
const QStringList kNeverOutcomes = {QStringLiteral("escalated_complaint"),
                                    QStringLiteral("intelligence_record")};

Contact eligibleContact()
{
    Contact c;
    c.id = QStringLiteral("11111111-2222-4333-8444-555555555501");
    c.category = QStringLiteral("vehicle_recovery");
    c.reason = QStringLiteral("where_is_vehicle");
    c.outcome = QStringLiteral("resolved_first_contact");
    c.consentToOutcome = true;
    c.callerPhone = QStringLiteral("07700 900123");
    c.reference = QStringLiteral("VR-1234");
    c.team = QStringLiteral("north");
    return c;
}

QString riskPrompt(const QString &kind)
{
    return QString::fromUtf8(
        QJsonDocument(
            QJsonArray{QJsonObject{{QStringLiteral("kind"), kind},
                                   {QStringLiteral("phrase"), QStringLiteral("x")},
                                   {QStringLiteral("response"), QStringLiteral("denied")}}})
            .toJson(QJsonDocument::Compact));
}
} // namespace

class TestOutcomeMessage : public QObject
{
    Q_OBJECT
private slots:
    void shippedRulesLoadAndNameTheSensitiveMatters()
    {
        const MessageRules rules = shippedRules();
        QVERIFY(rules.version >= 1);
        QCOMPARE(rules.quietStart, QTime(21, 0));
        QCOMPARE(rules.quietEnd, QTime(8, 0));
        for (const QString &c : kNeverCategories)
            QVERIFY2(rules.isSensitive(QStringList(rules.sensitiveCategories.cbegin(),
                                                   rules.sensitiveCategories.cend()),
                                       c, {}),
                     qPrintable(c));
        // No enabled pair names a sensitive matter (the data contradicts itself otherwise).
        const Taxonomy taxonomy = shippedTaxonomy();
        for (const QString &pair : rules.enabled) {
            const QString category = pair.section(QLatin1Char('/'), 0, 0);
            QVERIFY2(taxonomy.contains(TaxonomyEntry::Kind::Category, category), qPrintable(pair));
            QVERIFY2(!kNeverCategories.contains(category), qPrintable(pair));
        }
        // Every template has both languages; each enabled pair has a template.
        for (const QString &pair : rules.enabled)
            QVERIFY2(rules.findTemplate(pair.section(QLatin1Char('/'), 0, 0),
                                        pair.section(QLatin1Char('/'), 1, 1)),
                     qPrintable(pair));
    }

    // Every category, reason and outcome of the shipped taxonomy (plus the sensitive matters a
    // force may add), with and without consent, with no risk prompt and with a prompt of each
    // kind the shipped risk data knows: a message is proposed only for an enabled, non-sensitive
    // pair with consent and no prompt, and never for a sensitive matter.
    void noIneligibleOrSensitiveContactIsEverProposed()
    {
        const MessageRules rules = shippedRules();
        const Taxonomy taxonomy = shippedTaxonomy();
        Result<RiskDetector> risk = RiskDetector::loadShipped();
        QVERIFY(risk);
        QStringList kinds = risk->kinds();
        QVERIFY(kinds.size() >= 3);
        QStringList prompts = {QString(), QStringLiteral("[]")};
        for (const QString &kind : kinds)
            prompts.append(riskPrompt(kind));
        prompts.append(QStringLiteral("not json")); // unreadable prompts count as prompts

        QList<QPair<QString, QString>> categoryReasons;
        for (const TaxonomyEntry &c : taxonomy.entries(TaxonomyEntry::Kind::Category)) {
            categoryReasons.append({c.code, QString()});
            for (const TaxonomyEntry &r : taxonomy.entries(TaxonomyEntry::Kind::Reason, c.code))
                categoryReasons.append({c.code, r.code});
        }
        for (const QString &extra : kNeverCategories)
            if (!taxonomy.contains(TaxonomyEntry::Kind::Category, extra))
                categoryReasons.append({extra, QString()});
        QStringList outcomes;
        for (const TaxonomyEntry &o : taxonomy.entries(TaxonomyEntry::Kind::Outcome))
            outcomes.append(o.code);
        QVERIFY(outcomes.size() >= 6);

        int proposed = 0, checked = 0;
        for (const auto &[category, reason] : categoryReasons)
            for (const QString &outcome : outcomes)
                for (const QString &prompt : prompts)
                    for (const bool consent : {false, true}) {
                        Contact c = eligibleContact();
                        c.category = category;
                        c.reason = reason;
                        c.outcome = outcome;
                        c.riskPrompts = prompt;
                        c.consentToOutcome = consent;
                        const MessageProposal p =
                            proposeMessage(c, rules, &taxonomy, QStringLiteral("en"));
                        ++checked;
                        const bool sensitive = kNeverCategories.contains(category) ||
                                               kNeverOutcomes.contains(outcome) ||
                                               reason == QLatin1String("attitude");
                        const bool hasPrompt = !prompt.isEmpty() && prompt != QLatin1String("[]");
                        const bool shouldBe = consent && !hasPrompt && !sensitive &&
                                              rules.enabled.contains(category + u'/' + outcome);
                        const QString what = QStringLiteral("%1/%2/%3 consent=%4 prompt=%5")
                                                 .arg(category, reason, outcome)
                                                 .arg(consent)
                                                 .arg(prompt.left(40));
                        QVERIFY2(p.decision.eligible == shouldBe, qPrintable(what));
                        if (sensitive)
                            QCOMPARE(p.decision.reason, QLatin1String(ineligible::kSensitive));
                        else if (hasPrompt)
                            QCOMPARE(p.decision.reason, QLatin1String(ineligible::kRiskPrompt));
                        else if (!consent)
                            QCOMPARE(p.decision.reason, QLatin1String(ineligible::kNoConsent));
                        if (p.decision.eligible) {
                            ++proposed;
                            QVERIFY2(!p.text.isEmpty(), qPrintable(what));
                            QCOMPARE(p.decision.channel, QStringLiteral("sms"));
                            QCOMPARE(p.decision.to, QStringLiteral("+447700900123"));
                        } else {
                            QVERIFY(p.text.isEmpty());
                            QVERIFY(!p.decision.reasonText().isEmpty());
                        }
                    }
        QVERIFY(checked > 1000);
        // Exactly the enabled pairs (each with every non-attitude reason of its category) are
        // messaged, once per "no prompt" form ("" and "[]").
        int expected = 0;
        for (const auto &[category, reason] : categoryReasons)
            for (const QString &outcome : outcomes)
                if (rules.enabled.contains(category + u'/' + outcome))
                    expected += 2;
        QCOMPARE(proposed, expected);
        QVERIFY(proposed > 0);
    }

    // A force that adds its own sensitive-sounding codes is protected by their labels too.
    void aForcesOwnSensitiveCodesAreCaughtByTheirWords()
    {
        MessageRules rules = shippedRules();
        rules.enabled.insert(QStringLiteral("da_incident/resolved_first_contact"));
        rules.enabled.insert(QStringLiteral("welfare_check/resolved_first_contact"));
        Contact c = eligibleContact();
        c.category = QStringLiteral("da_incident");
        c.reason.clear();
        QHash<QString, QString> labels{
            {QStringLiteral("da_incident"), QStringLiteral("Domestic Abuse incident")}};
        QCOMPARE(decideMessage(c, rules, labels).reason, QLatin1String(ineligible::kSensitive));
        c.category = QStringLiteral("welfare_check");
        QCOMPARE(decideMessage(c, rules).reason, QLatin1String(ineligible::kSensitive));
    }

    // The second review: codes and labels a force gives the matters where a message could put
    // someone at risk are never messaged, even when the force enables them by mistake, and
    // neither is a caller recorded as vulnerable; the pairs the pilots messaged still are.
    void theReviewedMattersAreNeverMessaged_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("label");
        const QList<QPair<const char *, const char *>> matters = {
            {"honour_based_abuse", ""},
            {"hbv_report", "Honour-based violence"},
            {"forced_marriage", ""},
            {"fgm", ""},
            {"fgm_concern", "Female genital mutilation"},
            {"stalking_harassment", ""},
            {"sexual_offence", ""},
            {"rape_report", ""},
            {"cse", "Child sexual exploitation"},
            {"coercive_control", ""},
            {"threats_to_kill", ""},
            {"human_trafficking", ""},
            {"victim_enquiry", "Victim enquiry"},
            {"vrr", "Victims' Right to Review"},
            {"fraud", "Fraud"},
            {"courier_scam", ""},
            {"concern_for_welfare", ""},
            {"vulnerable_adult", ""},
            {"overdose", ""},
            {"psd_referral", "Professional standards"},
            {"chis_contact", "Informant handling"},
        };
        for (const auto &[code, label] : matters)
            QTest::newRow(code) << QString::fromLatin1(code) << QString::fromLatin1(label);
    }

    void theReviewedMattersAreNeverMessaged()
    {
        QFETCH(QString, category);
        QFETCH(QString, label);
        MessageRules rules = shippedRules();
        rules.enabled.insert(category + QStringLiteral("/resolved_first_contact"));
        rules.templates.append(
            {category, QStringLiteral("*"), QStringLiteral("Thank you"), QStringLiteral("Diolch")});
        Contact c = eligibleContact();
        c.category = category;
        c.reason.clear();
        QHash<QString, QString> labels;
        if (!label.isEmpty())
            labels.insert(category, label);
        const MessageDecision d = decideMessage(c, rules, labels);
        QVERIFY2(!d.eligible, qPrintable(category));
        QCOMPARE(d.reason, QLatin1String(ineligible::kSensitive));
    }

    void aVulnerableCallerIsNeverMessaged()
    {
        const MessageRules rules = shippedRules();
        Contact c = eligibleContact();
        QVERIFY(decideMessage(c, rules).eligible);
        c.vulnerable = 0; // asked, and not vulnerable
        QVERIFY(decideMessage(c, rules).eligible);
        c.vulnerable = 1;
        QCOMPARE(decideMessage(c, rules).reason, QLatin1String(ineligible::kSensitive));
        c.vulnerable = -1;
        c.vulnerabilityKinds = QStringLiteral("age");
        QCOMPARE(decideMessage(c, rules).reason, QLatin1String(ineligible::kSensitive));
        // Every pair the force enables still reaches a caller with nothing recorded against it.
        const Taxonomy taxonomy = shippedTaxonomy();
        for (const QString &pair : rules.enabled) {
            Contact e = eligibleContact();
            e.category = pair.section(QLatin1Char('/'), 0, 0);
            e.reason.clear();
            e.outcome = pair.section(QLatin1Char('/'), 1, 1);
            QVERIFY2(proposeMessage(e, rules, &taxonomy, QStringLiteral("en")).decision.eligible,
                     qPrintable(pair));
        }
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("to");
        QTest::newRow("mobile") << "07700 900123"
                                << ""
                                << "sms"
                                << "+447700900123";
        QTest::newRow("international") << "+44 7700 900123"
                                       << ""
                                       << "sms"
                                       << "+447700900123";
        QTest::newRow("mobile wins over email") << "07700900123"
                                                << "a@example.org"
                                                << "sms"
                                                << "+447700900123";
        QTest::newRow("landline, email") << "01632 960001"
                                         << "Jo@Example.org"
                                         << "email"
                                         << "jo@example.org";
        QTest::newRow("pager number") << "07600 900123"
                                      << ""
                                      << ""
                                      << "";
        QTest::newRow("personal number") << "07000 900123"
                                         << ""
                                         << ""
                                         << "";
        QTest::newRow("landline only") << "01632 960001"
                                       << ""
                                       << ""
                                       << "";
        QTest::newRow("bad email") << ""
                                   << "not-an-email"
                                   << ""
                                   << "";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << "";
    }
    void addresses()
    {
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QString, channel);
        QFETCH(QString, to);
        Contact c = eligibleContact();
        c.callerPhone = phone;
        c.callerEmail = email;
        const MessageDecision d = decideMessage(c, shippedRules());
        QCOMPARE(d.eligible, !channel.isEmpty());
        QCOMPARE(d.channel, channel);
        QCOMPARE(d.to, to);
        if (channel.isEmpty())
            QCOMPARE(d.reason, QLatin1String(ineligible::kNoAddress));
    }

    void rendersPlainEnglishAndWelsh()
    {
        const MessageRules rules = shippedRules();
        const Taxonomy taxonomy = shippedTaxonomy();
        const Contact c = eligibleContact();
        const MessageProposal en = proposeMessage(c, rules, &taxonomy, QStringLiteral("en"));
        QVERIFY(en.text.startsWith(QLatin1String("Thank you for contacting the police")));
        QVERIFY(en.text.contains(QLatin1String("(reference VR-1234)")));
        QVERIFY(en.text.contains(QLatin1String("You did the right thing")));
        QVERIFY(en.text.contains(rules.surveyLink));
        QVERIFY(!en.text.contains(QLatin1Char('{')));
        const MessageProposal cy = proposeMessage(c, rules, &taxonomy, QStringLiteral("cy"));
        QVERIFY(cy.text.startsWith(QLatin1String("Diolch am gysylltu")));
        QVERIFY(cy.text.contains(QLatin1String("(cyfeirnod VR-1234)")));
        QVERIFY(!cy.text.contains(QLatin1Char('{')));
    }

    void quietHours_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<bool>("quiet");
        QTest::addColumn<QDateTime>("next");
        const auto t = [](int m, int d, int h, int min) {
            return QDateTime(QDate(2026, m, d), QTime(h, min), Qt::UTC);
        };
        // Winter: London is UTC.
        QTest::newRow("winter 20:59") << t(12, 2, 20, 59) << false << t(12, 2, 20, 59);
        QTest::newRow("winter 21:00") << t(12, 2, 21, 0) << true << t(12, 3, 8, 0);
        QTest::newRow("winter 03:00") << t(12, 3, 3, 0) << true << t(12, 3, 8, 0);
        QTest::newRow("winter 07:59") << t(12, 3, 7, 59) << true << t(12, 3, 8, 0);
        QTest::newRow("winter 08:00") << t(12, 3, 8, 0) << false << t(12, 3, 8, 0);
        // Summer: London is UTC+1, so 20:30 UTC is 21:30 in London.
        QTest::newRow("summer 19:59Z") << t(7, 1, 19, 59) << false << t(7, 1, 19, 59);
        QTest::newRow("summer 20:30Z") << t(7, 1, 20, 30) << true << t(7, 2, 7, 0);
        QTest::newRow("summer 07:00Z") << t(7, 2, 7, 0) << false << t(7, 2, 7, 0);
    }
    void quietHours()
    {
        QFETCH(QDateTime, utc);
        QFETCH(bool, quiet);
        QFETCH(QDateTime, next);
        const MessageRules rules = shippedRules();
        QCOMPARE(inQuietHours(utc, rules), quiet);
        QCOMPARE(nextSendableTime(utc, rules), next);
    }

    void backoffDoublesUpToSixHours()
    {
        QCOMPARE(retryDelaySeconds(1), 60);
        QCOMPARE(retryDelaySeconds(2), 120);
        QCOMPARE(retryDelaySeconds(3), 240);
        QCOMPARE(retryDelaySeconds(4), 480);
        QCOMPARE(retryDelaySeconds(9), 15360);
        QCOMPARE(retryDelaySeconds(10), 6 * 3600);
        QCOMPARE(retryDelaySeconds(100), 6 * 3600);
    }

    void gatewayBodyIsFilledAsJson()
    {
        Result<QByteArray> body =
            renderGatewayBody(defaultGatewayBody(QStringLiteral("sms")),
                              {{QStringLiteral("to"), QStringLiteral("+447700900123")},
                               {QStringLiteral("text"), QStringLiteral("Say \"hi\"\nnow")},
                               {QStringLiteral("reference"), QStringLiteral("key-1")},
                               {QStringLiteral("template_id"), QStringLiteral("t-1")}});
        QVERIFY(body);
        const QJsonObject o = QJsonDocument::fromJson(body.value()).object();
        QCOMPARE(o.value(QLatin1String("phone_number")).toString(),
                 QStringLiteral("+447700900123"));
        QCOMPARE(o.value(QLatin1String("reference")).toString(), QStringLiteral("key-1"));
        QCOMPARE(o.value(QLatin1String("template_id")).toString(), QStringLiteral("t-1"));
        QCOMPARE(o.value(QLatin1String("personalisation"))
                     .toObject()
                     .value(QLatin1String("body"))
                     .toString(),
                 QStringLiteral("Say \"hi\"\nnow"));
        QVERIFY(!renderGatewayBody("not json", {}));
    }

    void notifyKeyBecomesASignedToken()
    {
        const QString service = QStringLiteral("26785a09-ab16-4eb0-8407-a37497a57506");
        const QString secret = QStringLiteral("3d844edf-8d35-48ac-975b-e847b4f122b0");
        const QString key = QStringLiteral("my_test_key-") + service + u'-' + secret;
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1764666000, Qt::UTC);
        const QByteArray jwt = notifyJwt(key, now);
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject claims =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), service);
        QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), 1764666000);
        const QByteArray expected =
            QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), secret.toUtf8(),
                                             QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(parts.at(2), expected);
        QVERIFY(notifyJwt(QStringLiteral("plain-token"), now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutcomeMessage)
#include "tst_outcomemessage.moc"
