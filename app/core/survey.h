#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace cd {

// One rated question of the caller survey, with its wording per language ("en", "cy").
struct SurveyQuestion
{
    QString id; // stable: the CSV column, the JSON key, what the answers are stored under
    QMap<QString, QString> text;
    bool forceOwn = false; // added by the force, not in the shipped survey

    QString textIn(const QString &language) const; // English when the language has none
};

// The caller survey as versioned data (resources/survey/survey.json): the rated questions, the
// scale, the share threshold ("rated 8 or more"), the free-text question and the reply flag. A
// force adds its own questions in a file of the same shape holding only "questions"
// (surveyForceFile() in the profile folder).
struct SurveyDefinition
{
    QString name;
    int version = 0;
    int scaleMin = 0;
    int scaleMax = 10;
    int satisfiedAtOrAbove = 8;
    QList<SurveyQuestion> questions; // shipped first, then the force's own
    QString commentId = QStringLiteral("comment");
    QMap<QString, QString> commentText;
    int commentMaxLength = 4000;
    QString replyId = QStringLiteral("wants_reply");
    QMap<QString, QString> replyText;
    int replyWorkingDays = 10;

    static Result<SurveyDefinition> fromJson(const QByteArray &json, const QString &origin);
    static QString shippedPath() { return QStringLiteral(":/contactdesk/survey/survey.json"); }
    static QString forceFileName() { return QStringLiteral("survey-questions.json"); }
    // The shipped survey, plus the force's questions when `forceFile` exists.
    static Result<SurveyDefinition> load(const QString &forceFile = {});
    // Adds the "questions" of a force file; ids must be new.
    Status addForceQuestions(const QByteArray &json, const QString &origin);

    const SurveyQuestion *question(const QString &id) const;
    QStringList questionIds() const;
    bool isSatisfied(int rating) const { return rating >= satisfiedAtOrAbove; }
};

// One caller's return: their ratings, free text and whether they want a reply, as read from
// the provider's CSV or the gateway's webhook file.
struct SurveyReturn
{
    int line = 0; // where it was read, for messages
    QString contactId;
    QDateTime answeredAt; // UTC
    QList<QPair<QString, int>> ratings;
    QString comment;
    bool wantsReply = false;
};

// A problem with the input, named by line and column (or JSON key).
struct SurveyInputError
{
    int line = 0;
    QString column; // "" for the whole line
    QString message;
    QString text() const; // "line 3, column rating (4): ..." style
};

struct SurveyParse
{
    QList<SurveyReturn> returns;
    QList<SurveyInputError> errors; // any error: nothing of the file may be stored
};

// The provider's CSV. Two layouts are read:
//  - one row per caller: contact_id,answered_at, then any of the question ids, comment and
//    wants_reply (yes/no, true/false, 1/0, y/n or empty); an empty rating is a question not
//    answered. A column that is none of these is an error (line 1).
//  - one row per answer, as before: contact_id,answered_at,question,rating.
SurveyParse parseSurveyCsv(const QByteArray &utf8, const SurveyDefinition &survey);

// The gateway's inbound webhook file: one JSON object per line,
//   {"contact_id": "...", "answered_at": "2026-11-03T10:15:00Z",
//    "answers": {"polite": 9, "helped": 7}, "comment": "...", "wants_reply": true}
// Blank lines are skipped. Unknown keys in "answers" are errors; other unknown keys are ignored
// (gateways add their own).
SurveyParse parseSurveyWebhook(const QByteArray &utf8, const SurveyDefinition &survey);

} // namespace cd
