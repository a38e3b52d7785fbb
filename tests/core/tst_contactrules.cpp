#include "verify.h"
#include "core/contact.h"
#include "core/contactcsv.h"
#include "core/taxonomy.h"

#include <QFile>
#include <QTest>

using namespace cd;
using K = TaxonomyEntry::Kind;

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

Contact validContact()
{
    Contact c;
    c.startedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 12), Qt::UTC);
    c.endedAt = c.startedAt.addSecs(221);
    c.handler = QStringLiteral("A. Handler");
    c.team = QStringLiteral("QoS North");
    c.channel = QStringLiteral("phone");
    c.category = QStringLiteral("dissatisfaction");
    c.reason = QStringLiteral("no_update");
    c.outcome = QStringLiteral("resolved_first_contact");
    c.callerPhone = QStringLiteral("07700 900123");
    return c;
}

QStringList fields(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}
} // namespace

class TestContactRules : public QObject
{
    Q_OBJECT
private slots:
    void shippedTaxonomyHasTheAgreedCodes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        for (const char *c :
             {"phone", "email", "online", "live_chat", "social_media", "letter", "front_counter"})
            QTest::addRow("channel %s", c) << int(K::Channel) << QString::fromLatin1(c);
        for (const char *c :
             {"dissatisfaction", "low_level_concern", "victim_enquiry", "vehicle_recovery",
              "traveller_encampment", "mental_health", "rural_crime", "intelligence", "fraud",
              "vrr", "survey_query", "data_protection", "compliment", "general_enquiry"})
            QTest::addRow("category %s", c) << int(K::Category) << QString::fromLatin1(c);
        for (const char *c : {"resolved_first_contact", "referred", "escalated_complaint",
                              "intelligence_record", "signposted", "callback"})
            QTest::addRow("outcome %s", c) << int(K::Outcome) << QString::fromLatin1(c);
    }
    void shippedTaxonomyHasTheAgreedCodes()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QVERIFY(shippedTaxonomy().contains(K(kind), code));
    }

    void dissatisfactionHasReasons()
    {
        const Taxonomy t = shippedTaxonomy();
        const QList<TaxonomyEntry> reasons =
            t.entries(K::Reason, QStringLiteral("dissatisfaction"));
        QVERIFY(reasons.size() >= 7);
        QCOMPARE(reasons.first().code, QStringLiteral("no_update"));
        QCOMPARE(t.label(K::Reason, QStringLiteral("attitude")),
                 QStringLiteral("Officer or staff attitude"));
    }

    void forceAdditionsAreChecked()
    {
        Taxonomy t = shippedTaxonomy();
        TaxonomyEntry e;
        e.kind = K::Reason;
        e.code = QStringLiteral("call_not_answered");
        e.label = QStringLiteral("101 call not answered");
        e.parent = QStringLiteral("dissatisfaction");
        CD_VERIFY_OK(t.add(e));
        QVERIFY(t.contains(K::Reason, e.code));
        e.parent = QStringLiteral("no_such_category");
        e.code = QStringLiteral("orphan");
        QVERIFY(!t.add(e).ok());
        e.parent = QStringLiteral("dissatisfaction");
        e.code = QStringLiteral("Bad Code");
        QVERIFY(!t.add(e).ok());
        QVERIFY(!Taxonomy::fromJson("{\"version\": 0}", QStringLiteral("x.json")).ok());
        QVERIFY(Taxonomy::fromJson("not json", QStringLiteral("x.json"))
                    .errorMessage()
                    .contains(QLatin1String("x.json")));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("valid") << ""
                               << "" << QStringList{};
        QTest::newRow("no category") << "category"
                                     << "" << QStringList{"category"};
        QTest::newRow("unknown category") << "category"
                                          << "parking" << QStringList{"category"};
        QTest::newRow("no outcome") << "outcome"
                                    << "" << QStringList{"outcome"};
        QTest::newRow("bad email") << "callerEmail"
                                   << "jo@" << QStringList{"callerEmail"};
        QTest::newRow("bad phone") << "callerPhone"
                                   << "12345" << QStringList{"callerPhone"};
        QTest::newRow("bad postcode") << "postcode"
                                      << "ZZ" << QStringList{"postcode"};
        QTest::newRow("reason of another category") << "reason"
                                                    << "charges" << QStringList{"reason"};
        QTest::newRow("no channel") << "channel"
                                    << "" << QStringList{"channel"};
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QStringList, errors);
        Contact c = validContact();
        if (field == QLatin1String("category")) {
            c.category = value;
            c.reason.clear();
        } else if (field == QLatin1String("outcome"))
            c.outcome = value;
        else if (field == QLatin1String("callerEmail"))
            c.callerEmail = value;
        else if (field == QLatin1String("callerPhone"))
            c.callerPhone = value;
        else if (field == QLatin1String("postcode"))
            c.postcode = value;
        else if (field == QLatin1String("reason"))
            c.reason = value;
        else if (field == QLatin1String("channel"))
            c.channel = value;
        const QList<FieldError> result = validateContact(c, shippedTaxonomy());
        QCOMPARE(fields(result), errors);
        for (const FieldError &e : result)
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
    }

    void consentNeedsAWayToReplyAndTimesMustBeOrdered()
    {
        Contact c = validContact();
        c.callerPhone.clear();
        c.consentToOutcome = true;
        QCOMPARE(fields(validateContact(c, shippedTaxonomy())), QStringList{"consentToOutcome"});
        c = validContact();
        c.endedAt = c.startedAt.addSecs(-1);
        QCOMPARE(fields(validateContact(c, shippedTaxonomy())), QStringList{"endedAt"});
    }

    void normaliseKeepsWhatIsTyped()
    {
        Contact c = validContact();
        c.callerEmail = QStringLiteral("  Jo.Bloggs@Example.COM ");
        c.postcode = QStringLiteral("sw1a1aa");
        c.vrm = QStringLiteral("yc19 son");
        c.normalise();
        QCOMPARE(c.callerPhone, QStringLiteral("07700900123"));
        QCOMPARE(c.callerEmail, QStringLiteral("jo.bloggs@example.com"));
        QCOMPARE(c.postcode, QStringLiteral("SW1A 1AA"));
        QCOMPARE(c.vrm, QStringLiteral("YC19SON"));
        const Contact round = Contact::fromJson(c.toJson());
        QCOMPARE(round.startedAt, c.startedAt);
        QCOMPARE(round.toJson(), c.toJson());
    }

    void repeatCallerRule_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("repeat");
        QTest::newRow("two of three") << 3 << 2 << false;
        QTest::newRow("three of three") << 3 << 3 << true;
        QTest::newRow("five of three") << 3 << 5 << true;
        QTest::newRow("threshold 5, four") << 5 << 4 << false;
    }
    void repeatCallerRule()
    {
        QFETCH(int, threshold);
        QFETCH(int, count);
        QFETCH(bool, repeat);
        RepeatCallerRule rule{threshold, 30};
        QCOMPARE(rule.isRepeat(count), repeat);
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        QCOMPARE(rule.windowStart(now), QDateTime(QDate(2026, 10, 22), QTime(12, 0), Qt::UTC));
    }

    void csvRowBecomesAContact()
    {
        const csv::ParseResult parsed =
            csv::parse("id,started_at,ended_at,handler,team,channel,category,reason,outcome,"
                       "remained_dissatisfied,"
                       "caller_name,caller_phone,caller_email,postcode,reference,vrm,notes\r\n"
                       ",2026-11-02T09:15:00Z,2026-11-02T09:19:30Z,S. Jones,QoS "
                       "North,email,dissatisfaction,no_update,"
                       "referred,yes,Jo Bloggs,07700 900123,jo@example.com,sw1a "
                       "1aa,CAD-1234/26,yc19 son,\"two\nlines\"\r\n"
                       ",2026-11-02 10:00:00,,,,phone,parking,,referred,no,,,,,,,\r\n"
                       ",not a time,,,,phone,fraud,,signposted,,,,,,,,\r\n");
        QVERIFY(parsed.error.isEmpty());
        Result<contactcsv::Header> header = contactcsv::Header::fromRecord(parsed.records.at(0));
        CD_VERIFY_OK(header);
        const Taxonomy t = shippedTaxonomy();
        const contactcsv::ImportDefaults defaults{QStringLiteral("Importer"),
                                                  QStringLiteral("QoS")};
        Result<Contact> good =
            contactcsv::fromRecord(header.value(), parsed.records.at(1), t, defaults);
        CD_VERIFY_OK(good);
        QCOMPARE(good->callerPhone, QStringLiteral("07700900123"));
        QCOMPARE(good->postcode, QStringLiteral("SW1A 1AA"));
        QCOMPARE(good->notes, QStringLiteral("two\nlines"));
        QVERIFY(good->remainedDissatisfied);
        QCOMPARE(good->endedAt, QDateTime(QDate(2026, 11, 2), QTime(9, 19, 30), Qt::UTC));
        // The same row always gets the same id, so a second import adds nothing.
        Result<Contact> again =
            contactcsv::fromRecord(header.value(), parsed.records.at(1), t, defaults);
        QCOMPARE(again->id, good->id);
        QVERIFY(!good->id.isEmpty());

        Result<Contact> badCategory =
            contactcsv::fromRecord(header.value(), parsed.records.at(2), t, defaults);
        QVERIFY(!badCategory.ok());
        QVERIFY(badCategory.errorMessage().startsWith(QLatin1String("line 4: ")));
        QVERIFY(badCategory.errorMessage().contains(QLatin1String("parking")));
        Result<Contact> badTime =
            contactcsv::fromRecord(header.value(), parsed.records.at(3), t, defaults);
        QVERIFY(badTime.errorMessage().contains(QLatin1String("line 5: started_at")));

        const csv::Record noOutcome{1, {"started_at", "channel", "category"}};
        QVERIFY(contactcsv::Header::fromRecord(noOutcome).errorMessage().contains(
            QLatin1String("outcome")));
    }
};

QTEST_GUILESS_MAIN(TestContactRules)
#include "tst_contactrules.moc"
