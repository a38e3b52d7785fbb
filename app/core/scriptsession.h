#pragma once

#include "core/result.h"
#include "core/script.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

// One walk through a script during a contact: where the handler is, the steps taken and the
// answer given at each. Saved with the contact (Contact::scriptPath) as JSON.
class ScriptSession
{
public:
    struct Visit
    {
        QString step;
        int answer = 0; // 1-based choice made here; 0 while this is the current step
        QString answerText;
    };

    explicit ScriptSession(Script script);

    const Script &script() const { return m_script; }
    const ScriptStep &current() const;
    const QList<Visit> &path() const { return m_path; }
    bool atEnd() const { return current().isEnd(); }
    bool canGoBack() const { return m_path.size() > 1; }
    QDateTime startedAt() const { return m_startedAt; }

    // Choose answer n (1-based). For a prompt with a next step, 1 continues. Returns false and
    // changes nothing when n is not one of the choices.
    bool answer(int n);
    // Back one step (the last answer is forgotten). False at the start.
    bool back();
    // The choices offered at the current step: answer texts, or "Continue" for a prompt.
    QStringList choices() const;

    // Every action of every step on the path, in order.
    QList<ScriptAction> actionsTaken() const;
    // "will_attend", "will_not_attend" or empty when the caller has not been told yet.
    QString attendanceTold() const;

    QJsonObject toJson() const;
    QString toJsonString() const;
    // Replays a saved walk against the script. Fails when the script no longer has the steps or
    // answers the walk used.
    static Result<ScriptSession> fromJson(const Script &script, const QJsonObject &saved);

    // Contact::scriptPath holds a JSON array of walks, one per script used in the contact.
    // Returns the array with this walk added, replacing an earlier walk of the same script.
    static QString mergeInto(const QString &scriptPathJson, const QJsonObject &walk);
    static QJsonArray walks(const QString &scriptPathJson);
    // The walks as lines a person reads in the contact's history: the script, each step's text
    // with the answer given, and what the caller was told about police attendance.
    static QString describe(const QString &scriptPathJson);

private:
    Script m_script;
    QList<Visit> m_path;
    QDateTime m_startedAt;
};

} // namespace cd
