// contactdesk-admin qa sample and qa list: a month's dip sample drawn from a profile's contacts,
// the same for the same seed, only for managers; the reviews listed for the team or the handler.
#include "core/rubric.h"
#include "storage/contactstore.h"
#include "storage/profile.h"
#include "storage/qastore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cd;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &profile, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin"),
            QStringList{QStringLiteral("--profile"), profile} + args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestQaCli : public QObject
{
    Q_OBJECT
private slots:
    void aMonthsSampleIsDrawnTheSameEachTime()
    {
        test::TempProfile profile; // A. Handler, a handler of QoS North
        ContactStore store(*profile.db);
        // November: A. Handler 150 contacts over three categories, B. Handler 40.
        const QStringList categories = {QStringLiteral("fraud"), QStringLiteral("vehicle_recovery"),
                                        QStringLiteral("general_enquiry")};
        QList<Contact> contacts;
        for (int i = 0; i < 190; ++i) {
            Contact c = test::sampleContact(
                QDateTime(QDate(2026, 11, 1 + i % 28), QTime(9, 0).addSecs(60 * i), Qt::UTC));
            c.id = QStringLiteral("c-%1").arg(i, 3, 10, QLatin1Char('0'));
            c.handler = i < 150 ? QStringLiteral("A. Handler") : QStringLiteral("B. Handler");
            c.category = categories.at(i % 3);
            c.reason.clear();
            contacts << c;
        }
        CD_VERIFY_OK(store.importContacts(contacts, QStringLiteral("admin")));

        const QStringList args = {QStringLiteral("qa"),      QStringLiteral("sample"),
                                  QStringLiteral("--month"), QStringLiteral("2026-11"),
                                  QStringLiteral("--seed"),  QStringLiteral("7"),
                                  QStringLiteral("--json")};
        // A handler may not draw one.
        Run r = run(profile.path(), args);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("Only a manager"), r.err.constData());

        HandlerProfile manager{QStringLiteral("M. Manager"), Role::Manager,
                               QStringLiteral("QoS North")};
        CD_VERIFY_OK(ProfileStore(*profile.db).save(manager));
        r = run(profile.path(), args);
        QCOMPARE(r.code, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QStringLiteral("month")).toString(), QStringLiteral("2026-11"));
        QCOMPARE(out.value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
        const QJsonArray handlers = out.value(QStringLiteral("handlers")).toArray();
        QCOMPARE(handlers.size(), 2);
        QCOMPARE(handlers.at(0)[QStringLiteral("handler")].toString(),
                 QStringLiteral("A. Handler"));
        QCOMPARE(handlers.at(0)[QStringLiteral("contacts")].toInt(), 150);
        QCOMPARE(handlers.at(0)[QStringLiteral("drawn")].toInt(), 3); // 2% of 150
        QCOMPARE(handlers.at(1)[QStringLiteral("drawn")].toInt(), 2); // 0.8, at least 2
        const QJsonArray picked = out.value(QStringLiteral("contacts")).toArray();
        QCOMPARE(picked.size(), 5);
        QStringList annCategories;
        for (const QJsonValue &v : picked)
            if (v[QStringLiteral("handler")].toString() == QLatin1String("A. Handler"))
                annCategories << v[QStringLiteral("category")].toString();
        annCategories.sort();
        QCOMPARE(annCategories,
                 (QStringList{QStringLiteral("fraud"), QStringLiteral("general_enquiry"),
                              QStringLiteral("vehicle_recovery")}));
        // Again: the same sample. Another seed: another.
        QCOMPARE(run(profile.path(), args).out, r.out);
        QStringList other = args;
        other[5] = QStringLiteral("8");
        const QJsonArray again = QJsonDocument::fromJson(run(profile.path(), other).out)
                                     .object()
                                     .value(QStringLiteral("contacts"))
                                     .toArray();
        QCOMPARE(again.size(), 5);
        QVERIFY(again != picked);
        // A bad share is named.
        const Run bad = run(profile.path(), {QStringLiteral("qa"), QStringLiteral("sample"),
                                             QStringLiteral("--month"), QStringLiteral("2026-11"),
                                             QStringLiteral("--share"), QStringLiteral("0")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("percentage"), bad.err.constData());

        // qa list: the manager sees the team's reviews; the handler their own.
        const Rubric rubric = Rubric::loadShipped().value();
        QaReview review;
        review.contactId = QStringLiteral("c-160"); // B. Handler's
        for (const RubricCriterion &c : rubric.criteria())
            review.scores.append({c.id, c.weight, c.weight});
        review.feedback = QStringLiteral("Clear and kind.");
        CD_VERIFY_OK(QaStore(*profile.db).saveReview(review, rubric, QStringLiteral("M. Manager")));
        const Run list = run(profile.path(), {QStringLiteral("qa"), QStringLiteral("list"),
                                              QStringLiteral("--month"), QStringLiteral("2026-11"),
                                              QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray reviews = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.at(0)[QStringLiteral("handler")].toString(), QStringLiteral("B. Handler"));
        QCOMPARE(reviews.at(0)[QStringLiteral("points")].toInt(), 100);
        QCOMPARE(reviews.at(0)[QStringLiteral("feedback")].toString(),
                 QStringLiteral("Clear and kind."));
        CD_VERIFY_OK(ProfileStore(*profile.db).save(profile.profile)); // A. Handler again
        const Run mine = run(profile.path(), {QStringLiteral("qa"), QStringLiteral("list")});
        QCOMPARE(mine.code, 0);
        QVERIFY2(mine.out.contains("No QA reviews"), mine.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestQaCli)
#include "tst_qacli.moc"
