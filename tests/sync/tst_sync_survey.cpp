// Survey answers imported on one workstation go through the real shared database (server
// schema 12) to the team's other workstations, whose dashboards then show the shares rated 8 or
// more; another team sees none of them; a row the server refuses is set aside and the rest of
// the sync goes on.
#include "pgtest.h"

#include "core/escalation.h"
#include "core/survey.h"
#include "storage/dashboardstore.h"
#include "storage/surveystore.h"

using namespace cd;
using namespace pgtest;

class TestSyncSurvey : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_dan, m_sue;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("survey");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        m_sue = uniqueLogin(QStringLiteral("sue"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south")));
    }

    void answersReachTheTeamsOtherWorkstations()
    {
        Workstation ann(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation dan(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        Workstation sue(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south"));
        const QString first = ann.addContact(QStringLiteral("first"));
        const QString second = ann.addContact(QStringLiteral("second"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(ann.sync(), QString());

        // The provider's file, imported on Ann's workstation: polite 9 and 6, helped 8 and 10,
        // knowledge 3 (one caller answered it).
        Result<SurveyDefinition> survey = SurveyDefinition::load();
        CD_VERIFY_OK(survey);
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        const QByteArray csv = "contact_id,answered_at,polite,helped,knowledge\n" + first.toUtf8() +
                               ",2026-03-02T10:00:00Z,9,8,3\n" + second.toUtf8() +
                               ",2026-03-02T11:00:00Z,6,10,\n";
        Result<SurveyImportCounts> counts = SurveyStore(*ann.db, survey.value(), rules.value())
                                                .importCsv(csv, QStringLiteral("Ann North"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->rejected, QStringList());
        QCOMPARE(counts->added, 5);
        QCOMPARE(ann.localValue(QStringLiteral(
                     "SELECT count(*) FROM outbox WHERE entity = 'survey_responses'")),
                 QStringLiteral("5"));

        // One answer the server will not take (a rating no survey gives, as a damaged cache or
        // an older program might send): it is set aside, the other four go in.
        QCOMPARE(ann.localValue(QStringLiteral(
                     "SELECT count(*) FROM (SELECT 1 FROM outbox WHERE entity = "
                     "'survey_responses' AND payload LIKE '%\"question\":\"knowledge\"%')")),
                 QStringLiteral("1"));
        QSqlQuery tamper(ann.db->sql());
        QVERIFY(tamper.exec(QStringLiteral(
            "UPDATE outbox SET payload = json_set(payload, '$.rating', 11) WHERE entity = "
            "'survey_responses' AND payload LIKE '%\"question\":\"knowledge\"%'")));
        QCOMPARE(ann.sync(), QString());
        QCOMPARE(ann.pending(), 0);
        QCOMPARE(ann.count(QStringLiteral("sync_rejected")), 1);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM survey_responses")),
                 QStringLiteral("4"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT string_agg(DISTINCT pushed_by, ',') FROM "
                                                 "survey_responses")),
                 m_ann);
        // And the sync goes on: a contact saved after it goes up as usual.
        QVERIFY(!ann.addContact(QStringLiteral("after")).isEmpty());
        QCOMPARE(ann.sync(), QString());
        QCOMPARE(ann.pending(), 0);

        // Dan's workstation pulls the four and its team dashboard shows them.
        QCOMPARE(dan.sync(), QString());
        QCOMPARE(dan.count(QStringLiteral("survey_responses")), 4);
        const DayRange march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
        QList<SatisfactionFigure> shares = DashboardStore(*dan.db).satisfaction(
            DashboardScope::team(QStringLiteral("north")), march);
        QCOMPARE(shares.size(), 2);
        QCOMPARE(shares.at(0).question, QStringLiteral("helped"));
        QCOMPARE(shares.at(0).answers, qint64(2));
        QCOMPARE(shares.at(0).satisfied, qint64(2));
        QCOMPARE(shares.at(1).question, QStringLiteral("polite"));
        QCOMPARE(shares.at(1).answers, qint64(2));
        QCOMPARE(shares.at(1).satisfied, qint64(1));
        const DashboardData d = DashboardStore(*dan.db).load(
            DashboardScope::team(QStringLiteral("north")), march, QDate(2026, 3, 31));
        const QList<SurveyBreakdownRow> byHandler = d.surveyBy.value(QStringLiteral("handler"));
        QCOMPARE(byHandler.size(), 2);
        QCOMPARE(byHandler.at(0).key, QStringLiteral("Ann North"));
        QCOMPARE(byHandler.at(0).question, QStringLiteral("polite"));
        QCOMPARE(byHandler.at(0).share(), 0.5);
        QCOMPARE(byHandler.at(1).question, QStringLiteral("helped"));
        QCOMPARE(byHandler.at(1).share(), 1.0);

        // Sue's team sees none of them, in her cache or on the server.
        QCOMPARE(sue.sync(), QString());
        QCOMPARE(sue.count(QStringLiteral("survey_responses")), 0);
        QVERIFY(DashboardStore(*sue.db)
                    .satisfaction(DashboardScope::team(QStringLiteral("north")), march)
                    .isEmpty());
    }

    void serverRefusesWhatTheWorkstationWouldNotStore_data()
    {
        QTest::addColumn<QString>("set");
        QTest::newRow("rating") << "rating = 11";
        QTest::newRow("weekday") << "weekday = 8";
        QTest::newRow("day") << "day = 'March'";
        QTest::newRow("team") << "team = ''";
    }
    void serverRefusesWhatTheWorkstationWouldNotStore()
    {
        QFETCH(QString, set);
        const QString error =
            superExec(m_db, QStringLiteral("UPDATE survey_responses SET %1").arg(set));
        QVERIFY2(error.contains(QStringLiteral("check constraint")), qPrintable(error));
    }
};

QTEST_MAIN(TestSyncSurvey)
#include "tst_sync_survey.moc"
