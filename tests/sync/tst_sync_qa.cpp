// QA dip sampling through the real shared database (server schema 13): a manager's review of a
// sampled contact reaches the handler it is about, and only them in the team; a handler's own
// "review" is refused and set aside; another team's manager can neither read nor write the
// team's reviews; the monthly report carries the figures.
#include "pgtest.h"

#include "core/rubric.h"
#include "reports/monthlyreport.h"
#include "storage/qastore.h"
#include "sync/pg.h"

#include <QProcess>

using namespace cd;
using namespace pgtest;

namespace {

// A login's own connection: what it may do with SQL, whatever the workstation would send.

QHash<QString, QString> csvMeasures(const QByteArray &text)
{
    QHash<QString, QString> m;
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        const qsizetype comma = l.indexOf(QLatin1Char(','));
        if (comma > 0)
            m.insert(l.left(comma), l.mid(comma + 1));
    }
    return m;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Every criterion in full but the ones named, which get the points given.
QaReview review(const Rubric &rubric, const QString &contactId, const QHash<QString, int> &points,
                const QString &feedback)
{
    QaReview r;
    r.contactId = contactId;
    for (const RubricCriterion &c : rubric.criteria())
        r.scores.append({c.id, points.value(c.id, c.weight), c.weight});
    r.feedback = feedback;
    return r;
}

} // namespace

class TestSyncQa : public QObject
{
    Q_OBJECT

    QString m_db;
    QString m_max, m_ann, m_bob, m_sue;
    Rubric m_rubric;

    static QString contactOn(Workstation &w, const QDate &day, const QString &category)
    {
        Contact c = w.newContact();
        c.startedAt = QDateTime(day, QTime(10, 0), Qt::UTC);
        c.category = category;
        return w.save(c).isEmpty() ? c.id : QString();
    }

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        Result<Rubric> rubric = Rubric::loadShipped();
        CD_VERIFY_OK(rubric);
        m_rubric = rubric.value();
        m_db = createDatabase("qa");
        QVERIFY(!m_db.isEmpty());
        m_max = uniqueLogin(QStringLiteral("max"));
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_bob = uniqueLogin(QStringLiteral("bob"));
        m_sue = uniqueLogin(QStringLiteral("sue"));
        QVERIFY(addUser(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"),
                        QStringLiteral("manager")));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_bob, QStringLiteral("Bob North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south"),
                        QStringLiteral("manager")));
    }

    void reviewsGoToTheHandlerAndNoOneElse()
    {
        Workstation max(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"));
        Workstation ann(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation bob(m_db, m_bob, QStringLiteral("Bob North"), QStringLiteral("north"));
        Workstation sue(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south"));

        // November: Ann logs three contacts, Bob one.
        const QString a1 = contactOn(ann, QDate(2026, 11, 3), QStringLiteral("fraud"));
        const QString a2 = contactOn(ann, QDate(2026, 11, 4), QStringLiteral("general_enquiry"));
        const QString a3 = contactOn(ann, QDate(2026, 11, 5), QStringLiteral("fraud"));
        const QString b1 = contactOn(bob, QDate(2026, 11, 6), QStringLiteral("fraud"));
        for (const QString &id : {a1, a2, a3, b1})
            QVERIFY(!id.isEmpty());
        QCOMPARE(ann.sync(), QString());
        QCOMPARE(bob.sync(), QString());

        // Max draws November's sample: 2% of each handler's contacts, at least two; Bob has one.
        QCOMPARE(max.sync(), QString());
        QaStore maxQa(*max.db);
        QaSampleRules rules = maxQa.rules(QStringLiteral("Max North"));
        rules.seed = 202611;
        Result<QaSample> sample = maxQa.drawSample(QStringLiteral("north"), monthRange(2026, 11),
                                                   rules, QStringLiteral("Max North"));
        CD_VERIFY_OK(sample);
        QCOMPARE(sample->handlers.size(), 2);
        QCOMPARE(sample->handlers.at(0).drawn, 2); // Ann
        QCOMPARE(sample->handlers.at(1).drawn, 1); // Bob
        // One from each of Ann's categories: the spread.
        QStringList annCategories;
        for (const QaCandidate &c : sample->picked)
            if (c.handler == QLatin1String("Ann North"))
                annCategories << c.category;
        annCategories.sort();
        QCOMPARE(annCategories,
                 (QStringList{QStringLiteral("fraud"), QStringLiteral("general_enquiry")}));
        QCOMPARE(maxQa.sample(QStringLiteral("north"), QStringLiteral("2026-11")).size(), 3);

        // Max reviews Ann's fraud contact and Bob's.
        Result<QaReview> forAnn = maxQa.saveReview(
            review(m_rubric, a1,
                   {{QStringLiteral("next_steps"), 5}, {QStringLiteral("courtesy_close"), 0}},
                   QStringLiteral("Tell the caller about Report Fraud.")),
            m_rubric, QStringLiteral("Max North"));
        CD_VERIFY_OK(forAnn);
        QCOMPARE(forAnn->points(), 100 - 10 - 3);
        QCOMPARE(forAnn->handler, QStringLiteral("Ann North"));
        QCOMPARE(forAnn->month, QStringLiteral("2026-11"));
        CD_VERIFY_OK(maxQa.saveReview(review(m_rubric, b1, {}, QStringLiteral("Well done.")),
                                      m_rubric, QStringLiteral("Max North")));
        QCOMPARE(max.sync(), QString());
        QCOMPARE(max.pending(), 0);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM qa_reviews")),
                 QStringLiteral("2"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT pushed_by FROM qa_reviews WHERE "
                                                 "handler = 'Ann North'")),
                 m_max);

        // Ann gets her review, with the scores and the feedback; not Bob's.
        QCOMPARE(ann.sync(), QString());
        QCOMPARE(ann.count(QStringLiteral("qa_reviews")), 1);
        const QList<QaReview> atAnn = QaStore(*ann.db).reviews(
            QStringLiteral("north"), QStringLiteral("Ann North"), monthRange(2026, 11));
        QCOMPARE(atAnn.size(), 1);
        QCOMPARE(atAnn.at(0).contactId, a1);
        QCOMPARE(atAnn.at(0).reviewer, QStringLiteral("Max North"));
        QCOMPARE(atAnn.at(0).feedback, QStringLiteral("Tell the caller about Report Fraud."));
        QCOMPARE(atAnn.at(0).points(), 87);
        // The per-criterion scores came with it (kept from the pulled row).
        const QaFigures annFigures = QaStore(*ann.db).figures(
            QStringLiteral("north"), QStringLiteral("Ann North"), monthRange(2026, 11), &m_rubric);
        QCOMPARE(annFigures.reviews, 1);
        QCOMPARE(annFigures.criteria.size(), m_rubric.criteria().size());
        QCOMPARE(annFigures.criteria.at(2).criterion, QStringLiteral("next_steps"));
        QCOMPARE(annFigures.criteria.at(2).averagePoints, 5.0);

        // Bob sees only his own; the other team sees nothing.
        QCOMPARE(bob.sync(), QString());
        QCOMPARE(bob.count(QStringLiteral("qa_reviews")), 1);
        QCOMPARE(bob.localValue(QStringLiteral("SELECT feedback FROM qa_reviews")),
                 QStringLiteral("Well done."));
        QCOMPARE(sue.sync(), QString());
        QCOMPARE(sue.count(QStringLiteral("qa_reviews")), 0);
        QCOMPARE(Login(m_db, m_sue).value(QStringLiteral("SELECT count(*) FROM qa_reviews")),
                 QStringLiteral("0"));
        QCOMPARE(Login(m_db, m_bob).value(QStringLiteral("SELECT count(*) FROM qa_reviews")),
                 QStringLiteral("1"));

        // A handler cannot write a review, not even of their own contact: the push sets it aside.
        CD_VERIFY_OK(QaStore(*ann.db).saveReview(review(m_rubric, a2, {}, QStringLiteral("Mine")),
                                                 m_rubric, QStringLiteral("Ann North")));
        QCOMPARE(ann.sync(), QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM qa_reviews")),
                 QStringLiteral("2"));
        QCOMPARE(ann.count(QStringLiteral("sync_rejected")), 1);
        // Nor can another team's manager write one into the team, by any route.
        QCOMPARE(
            Login(m_db, m_sue)
                .run(QStringLiteral(
                         "INSERT INTO qa_reviews (id, contact_id, team, handler, reviewer, month, "
                         "rubric_id, rubric_version, scores, points, out_of, reviewed_at, "
                         "updated_hlc, origin) VALUES ('x', '%1', 'north', 'Ann North', 'Sue "
                         "South', "
                         "'2026-11', 'contact_quality', 1, '[]', 0, 100, "
                         "'2026-11-20T10:00:00.000Z', '1700000000000-000000-x', 'x')")
                         .arg(a3)),
            QStringLiteral("42501"));
        // ... nor change the team's.
        QCOMPARE(Login(m_db, m_sue)
                     .value(QStringLiteral(
                         "WITH u AS (UPDATE qa_reviews SET feedback = 'changed' RETURNING 1) "
                         "SELECT count(*) FROM u")),
                 QStringLiteral("0"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM qa_reviews WHERE "
                                                 "feedback = 'changed'")),
                 QStringLiteral("0"));

        // Max's monthly report for November: reviews done and the average by criterion.
        Result<PerformanceReport> report = buildPerformanceReport(
            *max.db, QStringLiteral("north"), monthRange(2026, 11), QStringLiteral("Max North"));
        CD_VERIFY_OK(report);
        const QHash<QString, QString> m = csvMeasures(performanceReportCsv(report.value()));
        QCOMPARE(m.value(QStringLiteral("qa.reviews")), QStringLiteral("2"));
        QCOMPARE(m.value(QStringLiteral("qa.average_points")), QStringLiteral("93.5")); // 87, 100
        QCOMPARE(m.value(QStringLiteral("qa.criterion.next_steps.average_points")),
                 QStringLiteral("10.0")); // 5 and 15
        QCOMPARE(m.value(QStringLiteral("qa.criterion.next_steps.out_of")), QStringLiteral("15"));
        QCOMPARE(m.value(QStringLiteral("qa.criterion.courtesy_close.average_points")),
                 QStringLiteral("1.5")); // 0 and 3
        QCOMPARE(m.value(QStringLiteral("qa.criterion.category_reason.average_points")),
                 QStringLiteral("20.0"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("november.pdf"));
        CD_VERIFY_OK(writePerformancePdf(report.value(), pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Quality dip sampling")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Reviews done: 2; average score 93.5 of 100")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Caller told what happens next: 10.0 of 15")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestSyncQa)
#include "tst_sync_qa.moc"
