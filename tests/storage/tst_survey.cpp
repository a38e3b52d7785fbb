// The caller survey: the import (all or nothing, problems named by line and column), the
// shares rated 8 or more per question and dimension, and reply requests becoming escalations on
// the working-day clock.
#include "testsupport.h"

#include "core/clock.h"
#include "core/escalation.h"
#include "core/survey.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/escalationstore.h"
#include "storage/surveystore.h"

#include <QSqlQuery>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

// A contact of the fixed dataset: who took it, how, about what and when (UTC).
struct Fact
{
    const char *handler;
    const char *team;
    const char *channel;
    const char *category;
    const char *startedAt;
    int polite;
    int helped;
    int londonWeekday; // worked out by hand from the London time
    int londonHour;
};

// Ratings 7 and 8 on both sides of the threshold. The third contact is at 23:30 UTC on Saturday
// 24 October 2026, in summer time: 00:30 on Sunday in London.
const Fact kFacts[] = {
    {"Ann North", "north", "phone", "fraud", "2026-11-02T09:30:00Z", 8, 7, 1, 9},
    {"Ann North", "north", "email", "general_enquiry", "2026-11-03T14:10:00Z", 7, 10, 2, 14},
    {"Bob North", "north", "phone", "general_enquiry", "2026-10-24T23:30:00Z", 10, 8, 7, 0},
    {"Bob North", "north", "email", "fraud", "2026-11-04T12:00:00Z", 3, 8, 3, 12},
    {"Sue South", "south", "phone", "fraud", "2026-11-04T12:00:00Z", 0, 0, 3, 12},
};

} // namespace

class TstSurvey : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempProfile> m_profile;
    SurveyDefinition m_survey;
    std::unique_ptr<EscalationRules> m_rules;
    QStringList m_ids; // the contacts of kFacts, in order
    ManualClock m_clock{utc("2026-11-20T10:00:00Z")};

    SurveyStore store() { return SurveyStore(*m_profile->db, m_survey, *m_rules); }

    QString addContact(const Fact &f)
    {
        Contact c = sampleContact(utc(f.startedAt));
        c.handler = QLatin1String(f.handler);
        c.team = QLatin1String(f.team);
        c.channel = QLatin1String(f.channel);
        c.category = QLatin1String(f.category);
        c.reason.clear();
        Status s = ContactStore(*m_profile->db).save(c, c.handler);
        if (!s)
            qWarning("%s", qPrintable(s.errorMessage()));
        return c.id;
    }

private slots:
    void initTestCase() { Clock::setInstance(&m_clock); }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        Result<SurveyDefinition> survey = SurveyDefinition::load();
        CD_VERIFY_OK(survey);
        m_survey = survey.value();
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        m_rules = std::make_unique<EscalationRules>(std::move(rules).value());
        m_ids.clear();
        for (const Fact &f : kFacts)
            m_ids << addContact(f);
        QVERIFY(!m_ids.contains(QString()));
    }

    void theSurveyIsVersionedData()
    {
        QCOMPARE(m_survey.questionIds(),
                 QStringList({QStringLiteral("polite"), QStringLiteral("time_taken"),
                              QStringLiteral("helped"), QStringLiteral("next_steps"),
                              QStringLiteral("knowledge")}));
        QCOMPARE(m_survey.satisfiedAtOrAbove, 8);
        QCOMPARE(m_survey.scaleMax, 10);
        for (const SurveyQuestion &q : std::as_const(m_survey.questions)) {
            QVERIFY(!q.textIn(QStringLiteral("en")).isEmpty());
            QVERIFY2(q.text.value(QStringLiteral("cy")) != q.text.value(QStringLiteral("en")),
                     qPrintable(q.id));
        }
        // A force's own question comes after the shipped five; a clash is refused.
        SurveyDefinition force = m_survey;
        CD_VERIFY_OK(force.addForceQuestions("{\"questions\": [{\"id\": \"kept_informed\", "
                                             "\"text\": {\"en\": \"Were you kept informed?\"}}]}",
                                             QStringLiteral("force")));
        QCOMPARE(force.questionIds().size(), 6);
        QVERIFY(force.question(QStringLiteral("kept_informed"))->forceOwn);
        QVERIFY(!force.addForceQuestions(
            "{\"questions\": [{\"id\": \"polite\", \"text\": {\"en\": \"Again\"}}]}",
            QStringLiteral("force")));
    }

    void aFileWithBadRowsIsRefusedWholeAndEachProblemNamed()
    {
        const QByteArray csv = "contact_id,answered_at,polite,helped,comment,wants_reply\n" +
                               m_ids.at(0).toUtf8() + ",2026-11-05T10:00:00Z,9,8,Very kind,no\n" +
                               m_ids.at(1).toUtf8() + ",2026-11-05T10:00:00Z,11,8,,\n" +
                               "no-such-contact,2026-11-05T10:00:00Z,9,9,,\n" +
                               m_ids.at(2).toUtf8() + ",yesterday,9,9,Slow,perhaps\n" +
                               m_ids.at(3).toUtf8() + ",2026-11-05T10:00:00Z,,,,yes\n";
        Result<SurveyImportCounts> counts = store().importCsv(csv, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->rejected,
                 QStringList({QStringLiteral("line 3, column 3 (polite): a rating must be a whole "
                                             "number from 0 to 10"),
                              QStringLiteral("line 5, column 2 (answered_at): not an ISO 8601 "
                                             "time"),
                              QStringLiteral("line 5, column 6 (wants_reply): must be yes or no"),
                              QStringLiteral("line 6: no rating and no comment"),
                              QStringLiteral("line 4, column contact_id: no contact with that "
                                             "id")}));
        QCOMPARE(counts->added, 0);
        // Nothing of the file, not even its good first row.
        QCOMPARE(scalar(*m_profile->db, QStringLiteral("SELECT count(*) FROM survey_responses")),
                 0);
        QCOMPARE(scalar(*m_profile->db, QStringLiteral("SELECT count(*) FROM survey_comments")), 0);
        QCOMPARE(scalar(*m_profile->db, QStringLiteral("SELECT count(*) FROM escalations")), 0);

        // A column that is not a question of the survey: the header is named.
        const QByteArray unknown = "contact_id,answered_at,polite,politeness\n" +
                                   m_ids.at(0).toUtf8() + ",2026-11-05T10:00:00Z,9,9\n";
        counts = store().importCsv(unknown, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->rejected,
                 QStringList(QStringLiteral("line 1, column 4 (politeness): \"politeness\" is not "
                                            "a question of survey version 1")));
        QCOMPARE(scalar(*m_profile->db, QStringLiteral("SELECT count(*) FROM survey_responses")),
                 0);

        // The gateway's webhook file: lines and keys named the same way.
        const QByteArray webhook =
            "{\"contact_id\": \"" + m_ids.at(0).toUtf8() +
            "\", \"answered_at\": \"2026-11-05T10:00:00Z\", \"answers\": {\"polite\": 9}}"
            "\n\n"
            "{\"contact_id\": \"" +
            m_ids.at(1).toUtf8() +
            "\", \"answered_at\": \"2026-11-05T10:00:00Z\", \"answers\": {\"polite\": 7.5, "
            "\"tone\": 3}}"
            "\n"
            "not json\n";
        counts = store().importWebhook(webhook, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->rejected.size(), 3);
        QVERIFY2(counts->rejected.at(0).startsWith(
                     QStringLiteral("line 3, column answers.polite: a rating must be")),
                 qPrintable(counts->rejected.join(QLatin1Char('\n'))));
        QVERIFY(counts->rejected.at(1).startsWith(
            QStringLiteral("line 3, column answers.tone: \"tone\" is not a question")));
        QVERIFY(counts->rejected.at(2).startsWith(QStringLiteral("line 4: not a JSON object")));
        QCOMPARE(scalar(*m_profile->db, QStringLiteral("SELECT count(*) FROM survey_responses")),
                 0);
    }

    void aGoodFileIsStoredOnceWithItsCommentsOnTheContact()
    {
        const QByteArray csv = "contact_id,answered_at,polite,helped,comment,wants_reply\n" +
                               m_ids.at(0).toUtf8() +
                               ",2026-11-05T10:00:00Z,9,8,\"Very kind, thank you\",no\n" +
                               m_ids.at(1).toUtf8() + ",2026-11-05T11:00:00Z,4,,,\n";
        Result<SurveyImportCounts> counts = store().importCsv(csv, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->rejected, QStringList());
        QCOMPARE(counts->added, 3);
        QCOMPARE(counts->comments, 1);
        QCOMPARE(counts->replyRequests, 0);
        const QList<SurveyAnswerRow> answers = store().answersFor(m_ids.at(0));
        QCOMPARE(answers.size(), 2);
        const QList<SurveyComment> comments = store().commentsFor(m_ids.at(0));
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.at(0).comment, QStringLiteral("Very kind, thank you"));
        QCOMPARE(comments.at(0).reference, QStringLiteral("CAD-4411/26"));
        QVERIFY(!comments.at(0).wantsReply);

        counts = store().importCsv(csv, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->added, 0);
        QCOMPARE(counts->alreadyPresent, 3);
        QCOMPARE(counts->comments, 0);
    }

    // The shares rated 8 or more, per question and per dimension, against the values worked out
    // from kFacts here.
    void sharesPerQuestionAndDimension()
    {
        QByteArray csv = "contact_id,answered_at,polite,helped\n";
        for (int i = 0; i < m_ids.size(); ++i)
            csv += m_ids.at(i).toUtf8() + ",2026-11-05T10:00:00Z," +
                   QByteArray::number(kFacts[i].polite) + ',' +
                   QByteArray::number(kFacts[i].helped) + '\n';
        Result<SurveyImportCounts> counts = store().importCsv(csv, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->added, 10);

        const DayRange november = monthRange(2026, 11);
        DashboardStore dashboards(*m_profile->db);
        const DashboardScope north = DashboardScope::team(QStringLiteral("north"));

        // Per question, the team: polite 8, 7, 10, 3 (two of four at 8 or more); helped 7, 10,
        // 8, 8 (three of four).
        const QList<SatisfactionFigure> perQuestion = dashboards.satisfaction(north, november);
        QCOMPARE(perQuestion.size(), 2);
        QCOMPARE(perQuestion.at(0).question, QStringLiteral("helped"));
        QCOMPARE(perQuestion.at(0).answers, qint64(4));
        QCOMPARE(perQuestion.at(0).satisfied, qint64(3));
        QCOMPARE(perQuestion.at(0).share(), 0.75);
        QCOMPARE(perQuestion.at(1).question, QStringLiteral("polite"));
        QCOMPARE(perQuestion.at(1).share(), 0.5);

        // Every dimension, against counts worked out from the facts.
        for (const QString &dim : DashboardStore::surveyDimensions()) {
            QMap<QPair<QString, QString>, QPair<qint64, qint64>> expected;
            for (const Fact &f : kFacts) {
                if (QLatin1String(f.team) != QLatin1String("north"))
                    continue;
                const QString key =
                    dim == QLatin1String("handler")    ? QLatin1String(f.handler)
                    : dim == QLatin1String("team")     ? QLatin1String(f.team)
                    : dim == QLatin1String("category") ? QLatin1String(f.category)
                    : dim == QLatin1String("channel")
                        ? QLatin1String(f.channel)
                        : QString::number(dim == QLatin1String("weekday") ? f.londonWeekday
                                                                          : f.londonHour);
                for (const auto &[question, rating] :
                     {std::pair{QStringLiteral("polite"), f.polite},
                      std::pair{QStringLiteral("helped"), f.helped}}) {
                    auto &e = expected[{key, question}];
                    ++e.first;
                    e.second += rating >= 8 ? 1 : 0;
                }
            }
            QMap<QPair<QString, QString>, QPair<qint64, qint64>> actual;
            for (const SurveyBreakdownRow &r : dashboards.surveyBreakdown(north, dim, november))
                actual[{r.key, r.question}] = {r.answers, r.satisfied};
            QCOMPARE(actual, expected);
        }

        // Spot checks a person would make. The 7 is not satisfied, the 8 is.
        const QList<SurveyBreakdownRow> byChannel =
            dashboards.surveyBreakdown(north, QStringLiteral("channel"), november);
        QCOMPARE(byChannel.size(), 4);
        QCOMPARE(byChannel.at(0).key, QStringLiteral("email"));
        QCOMPARE(byChannel.at(0).question, QStringLiteral("polite")); // the survey's order
        QCOMPARE(byChannel.at(0).share(), 0.0);                       // 7 and 3
        QCOMPARE(byChannel.at(2).key, QStringLiteral("phone"));
        QCOMPARE(byChannel.at(2).share(), 1.0); // 8 and 10
        QCOMPARE(byChannel.at(3).share(), 0.5); // helped: 7 and 8
        const QList<SurveyBreakdownRow> byHour =
            dashboards.surveyBreakdown(north, QStringLiteral("hour"), november);
        QCOMPARE(byHour.first().key, QStringLiteral("0")); // London, not 23 UTC
        const QList<SurveyBreakdownRow> byDay =
            dashboards.surveyBreakdown(north, QStringLiteral("weekday"), november);
        QCOMPARE(byDay.last().key, QStringLiteral("7")); // Sunday in London

        // The whole dashboard carries them; another team's answers stay out.
        const DashboardData d = dashboards.load(north, november, QDate(2026, 11, 20));
        QCOMPARE(d.surveyBy.value(QStringLiteral("handler")).size(), 4);
        const auto south = dashboards.surveyBreakdown(DashboardScope::team(QStringLiteral("south")),
                                                      QStringLiteral("team"), november);
        QCOMPARE(south.size(), 2);
        QCOMPARE(south.at(0).satisfied, qint64(0));
    }

    // Asked for on Thursday 29 April 2027: ten working days skip the weekend and the early May
    // bank holiday (Monday 3 May), so the reply is due on Friday 14 May, not Thursday 13 May.
    void aReplyRequestBecomesATaskDueTenWorkingDaysLater()
    {
        const QByteArray csv = "contact_id,answered_at,helped,comment,wants_reply\n" +
                               m_ids.at(0).toUtf8() +
                               ",2027-04-29T16:45:00Z,2,\"Nobody told me what happens next\",yes\n";
        Result<SurveyImportCounts> counts = store().importCsv(csv, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->replyRequests, 1);
        const QList<SurveyComment> comments = store().commentsFor(m_ids.at(0));
        QCOMPARE(comments.size(), 1);
        QVERIFY(comments.at(0).wantsReply);
        QVERIFY(!comments.at(0).replyEscalationId.isEmpty());

        EscalationStore escalations(*m_profile->db, *m_rules);
        Result<Escalation> e =
            escalations.get(comments.at(0).replyEscalationId, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(e);
        QCOMPARE(e->type, QStringLiteral("feedback_reply"));
        QCOMPARE(e->status, EscalationStatus::Submitted);
        QCOMPARE(e->team, QStringLiteral("north")); // the contact's team owns it
        QCOMPARE(e->contactId, m_ids.at(0));
        QCOMPARE(e->raisedOn, QDate(2027, 4, 29));
        QCOMPARE(e->dueOn, QDate(2027, 5, 14));
        QCOMPARE(e->fields.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Nobody told me what happens next"));
        QCOMPARE(e->fields.value(QStringLiteral("callback_phone")).toString(),
                 QStringLiteral("07700900123"));
        // On the escalation clock: in the team's list, amber the day before, overdue after.
        EscalationFilter filter;
        filter.team = QStringLiteral("north");
        filter.type = QStringLiteral("feedback_reply");
        QCOMPARE(escalations.list(filter).size(), 1);
        QCOMPARE(dueStatus(m_rules->calendar, e->raisedOn, e->dueOn, QDate(2027, 5, 13)).state,
                 DueState::DueSoon);
        QCOMPARE(escalations.overdueCount(QDate(2027, 5, 17), {}, QStringLiteral("north")), 1);
        // Synced as every escalation is.
        QVERIFY(scalar(*m_profile->db,
                       QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'escalations' "
                                      "AND entity_id = '%1'")
                           .arg(e->id)) >= 1);

        // The same file again asks for nothing more.
        counts = store().importCsv(csv, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->replyRequests, 0);
        QCOMPARE(escalations.list(filter).size(), 1);
    }

    // A handler marks a comment on Friday 18 December 2026: the weekend, Christmas Day, the
    // Boxing Day substitute (Monday 28th) and New Year's Day are not working days.
    void aHandlerMarksACommentForAReply()
    {
        const QByteArray csv = "contact_id,answered_at,polite,comment\n" + m_ids.at(1).toUtf8() +
                               ",2026-12-17T09:00:00Z,5,\"The officer never came\"\n";
        Result<SurveyImportCounts> counts = store().importCsv(csv, QStringLiteral("Max Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->replyRequests, 0);
        const QString commentId = store().commentsFor(m_ids.at(1)).value(0).id;
        QVERIFY(!commentId.isEmpty());
        m_clock.set(utc("2026-12-18T15:00:00Z"));
        Result<Escalation> e = store().markReplyWanted(commentId, QStringLiteral("Ann North"));
        CD_VERIFY_OK(e);
        QCOMPARE(e->raisedOn, QDate(2026, 12, 18));
        QCOMPARE(e->dueOn, QDate(2027, 1, 6));
        QCOMPARE(e->owner, QStringLiteral("Ann North"));
        const SurveyComment marked = store().commentsFor(m_ids.at(1)).value(0);
        QVERIFY(marked.wantsReply);
        QCOMPARE(marked.replyMarkedBy, QStringLiteral("Ann North"));
        QCOMPARE(marked.replyEscalationId, e->id);
        // Marking it again raises nothing new.
        Result<Escalation> again = store().markReplyWanted(commentId, QStringLiteral("Ann North"));
        CD_VERIFY_OK(again);
        QCOMPARE(again->id, e->id);
        QCOMPARE(scalar(*m_profile->db, QStringLiteral("SELECT count(*) FROM escalations")), 1);
        m_clock.set(utc("2026-11-20T10:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TstSurvey)
#include "tst_survey.moc"
