#pragma once

#include "core/escalation.h"
#include "core/metrics.h"
#include "core/result.h"
#include "core/survey.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;
struct DashboardScope;

struct SurveyImportCounts
{
    int added = 0;          // answers (ratings) stored
    int alreadyPresent = 0; // answers the cache had from an earlier import
    int comments = 0;       // free-text comments stored
    int replyRequests = 0;  // of those, asking for a reply: each a feedback_reply escalation
    QStringList rejected;   // "line N, column C: why"; when any, nothing was stored
};

// One rated answer of a contact's survey return, for the contact's view.
struct SurveyAnswerRow
{
    QDateTime answeredAt;
    QString question;
    int rating = 0;
};

// A caller's free-text comment, with the contact it is about.
struct SurveyComment
{
    QString id;
    QString contactId;
    QString reference; // the contact's
    QString handler;
    QString team;
    QDate day; // London day of the answer
    QDateTime answeredAt;
    QString channel;
    QString category;
    QString comment;
    bool wantsReply = false;
    QString replyMarkedBy; // "" when the caller ticked it
    QString replyEscalationId;
};

// The comments of a handler's or team's contacts answered in `range`, newest first (what
// SurveyStore::comments gives, for readers without the survey definition).
QList<SurveyComment> readSurveyComments(Database &db, const DashboardScope &scope,
                                        const DayRange &range, int limit = 500);

// Survey returns in the cache: the import (all or nothing), what the contact view and the
// managers' dashboard show, and reply requests, which become feedback_reply escalations.
class SurveyStore
{
public:
    SurveyStore(Database &db, const SurveyDefinition &survey, const EscalationRules &rules)
        : m_db(db)
        , m_survey(survey)
        , m_rules(rules)
    {
    }

    // The provider's CSV or the gateway's webhook file (core/survey.h). Every row is checked
    // first, its contact included; if any is wrong nothing is stored and `rejected` names each
    // problem by line and column. Idempotent: an answer is keyed by contact, question and time,
    // a comment by contact and time. `actor` owns the reply escalations.
    Result<SurveyImportCounts> importCsv(const QByteArray &csv, const QString &actor);
    Result<SurveyImportCounts> importWebhook(const QByteArray &jsonLines, const QString &actor);
    Result<SurveyImportCounts> importReturns(const SurveyParse &parsed, const QString &source,
                                             const QString &actor);

    QList<SurveyAnswerRow> answersFor(const QString &contactId) const; // oldest first
    QList<SurveyComment> commentsFor(const QString &contactId) const;  // oldest first
    // The comments of a handler's or team's contacts answered in `range`, newest first.
    QList<SurveyComment> comments(const DashboardScope &scope, const DayRange &range,
                                  int limit = 500) const;
    Result<SurveyComment> comment(const QString &id) const;

    // A handler marks a comment as asking for a reply: a feedback_reply escalation due the
    // survey's working days after today. A comment that already has one gives that escalation
    // (its id only) and nothing changes.
    Result<Escalation> markReplyWanted(const QString &commentId, const QString &actor);

    static QString commentIdFor(const QString &contactId, const QDateTime &answeredAt);

private:
    Database &m_db;
    const SurveyDefinition &m_survey;
    const EscalationRules &m_rules;
};

} // namespace cd
