// contactdesk-admin practice list and practice score: a saved contact of a profile scored
// against a scenario, the escalations raised from it read from the profile.
#include "core/escalation.h"
#include "core/scriptlibrary.h"
#include "core/scriptsession.h"
#include "storage/contactstore.h"
#include "storage/escalationstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cd;

namespace {

QString admin()
{
    return QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &profile, const QStringList &args)
{
    QProcess p;
    p.start(admin(), QStringList{QStringLiteral("--profile"), profile} + args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestPracticeCli : public QObject
{
    Q_OBJECT
private slots:
    void listsTheShippedScenarios()
    {
        test::TempProfile profile;
        const Run r = run(profile.path(), {QStringLiteral("practice"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        QVERIFY2(
            r.out.contains("vrr_out_of_time\tVictims' Right to Review request out of time\tvrr"),
            r.out.constData());
    }

    void scoresASavedContactAsJson()
    {
        test::TempProfile profile;
        // A review request taken late: the right guidance and escalation, the wrong outcome,
        // and no crime reference.
        ScriptLibrary scripts;
        scripts.addDirectory(ScriptLibrary::shippedDirectory());
        ScriptSession walk(*scripts.byId(QStringLiteral("vrr")));
        QVERIFY(walk.answer(1)); // the police decided
        QVERIFY(walk.answer(1)); // suspect interviewed
        QVERIFY(walk.answer(2)); // more than 3 months ago
        QVERIFY(walk.answer(1)); // late request: continue
        QVERIFY(walk.answer(1)); // raise the request
        QVERIFY(walk.atEnd());
        Contact c = test::sampleContact(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        c.category = QStringLiteral("vrr");
        c.reason.clear();
        c.outcome = QStringLiteral("signposted");
        c.callerName = QStringLiteral("Grace Robinson");
        c.callerPhone = QStringLiteral("02920180662");
        c.reference.clear();
        c.vrm.clear();
        c.notes = QStringLiteral("Told of NFA about four months ago; wants a review.");
        c.scriptPath = ScriptSession::mergeInto(QString(), walk.toJson());
        CD_VERIFY_OK(ContactStore(*profile.db).save(c, profile.profile.name));
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        CD_VERIFY_OK(EscalationStore(*profile.db, rules.value())
                         .createFromContact(c, QStringLiteral("vrr"), profile.profile.name,
                                            profile.profile.team));
        // Another caller's complaint in the same profile is not this contact's escalation.
        Contact other = test::sampleContact(QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
        other.category = QStringLiteral("dissatisfaction");
        other.reason = QStringLiteral("attitude");
        CD_VERIFY_OK(ContactStore(*profile.db).save(other, profile.profile.name));
        CD_VERIFY_OK(EscalationStore(*profile.db, rules.value())
                         .createFromContact(other, QStringLiteral("formal_complaint"),
                                            profile.profile.name, profile.profile.team));

        const Run r =
            run(profile.path(), {QStringLiteral("practice"), QStringLiteral("score"),
                                 QStringLiteral("--scenario"), QStringLiteral("vrr_out_of_time"),
                                 QStringLiteral("--contact"), c.id, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("vrr_out_of_time"));
        QCOMPARE(o.value(QStringLiteral("contact")).toString(), c.id);
        QCOMPARE(o.value(QStringLiteral("rubric")).toString(), QStringLiteral("contact_quality"));
        QCOMPARE(o.value(QStringLiteral("out_of")).toInt(), 100);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : o.value(QStringLiteral("criteria")).toArray())
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        QCOMPARE(byId.size(), 9);
        QCOMPARE(byId.value(QStringLiteral("escalation")).value(QStringLiteral("points")).toInt(),
                 10);
        QCOMPARE(byId.value(QStringLiteral("outcome_signposting"))
                     .value(QStringLiteral("missed"))
                     .toArray(),
                 QJsonArray{QStringLiteral("the outcome was \"Signposted\"; this call is "
                                           "\"Referred\"")});
        QCOMPARE(byId.value(QStringLiteral("outcome_signposting"))
                     .value(QStringLiteral("points"))
                     .toInt(),
                 0);
        // Five things the record must hold; the reference is missing.
        QCOMPARE(
            byId.value(QStringLiteral("record_complete")).value(QStringLiteral("missed")).toArray(),
            QJsonArray{QStringLiteral("the incident or crime reference is missing")});
        QCOMPARE(
            byId.value(QStringLiteral("record_complete")).value(QStringLiteral("points")).toInt(),
            8);
        QCOMPARE(
            byId.value(QStringLiteral("courtesy_close")).value(QStringLiteral("ticked")).toBool(),
            false);
        QCOMPARE(o.value(QStringLiteral("points")).toInt(), 20 + 25 + 15 + 0 + 8 + 10);

        // An unknown scenario or contact is named.
        Run bad = run(profile.path(), {QStringLiteral("practice"), QStringLiteral("score"),
                                       QStringLiteral("--scenario"), QStringLiteral("nope"),
                                       QStringLiteral("--contact"), c.id});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("no scenario \"nope\""));
        bad =
            run(profile.path(), {QStringLiteral("practice"), QStringLiteral("score"),
                                 QStringLiteral("--scenario"), QStringLiteral("vrr_out_of_time")});
        QCOMPARE(bad.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestPracticeCli)
#include "tst_practicecli.moc"
