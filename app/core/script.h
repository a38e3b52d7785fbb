#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Taxonomy;

// A number or address the handler reads out (Samaritans 116 123, Report Fraud online ...).
struct ScriptContactPoint
{
    QString name;
    QString detail; // "116 123", "reportfraud.police.uk", "text SHOUT to 85258"
    QString note;   // hours, who it is for
};

// Something the Desk does when a step is reached.
struct ScriptAction
{
    enum class Type {
        SetOutcome,           // value: an outcome code from the taxonomy
        OpenEscalation,       // value: the escalation form type
        ShowContacts,         // contacts: the numbers to read out
        RecordAttendanceTold, // value: "will_attend" or "will_not_attend"
        OpenVehicleLookup,    // hands over to the Vehicle tab
    };
    Type type = Type::SetOutcome;
    QString value;
    QList<ScriptContactPoint> contacts;

    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *out);
    // "set_outcome signposted", "record_attendance_told will_not_attend", "show_contacts 3"
    QString summary() const;
};

struct ScriptAnswer
{
    QString text;
    QString next; // step id
};

// One step of a script. A "prompt" is read to the caller and continues to `next` (or ends the
// script when `next` is empty); a "question" has answers, each leading to a step.
struct ScriptStep
{
    enum class Kind { Prompt, Question };
    QString id;
    Kind kind = Kind::Prompt;
    QString text;                // what to read or ask
    QString advice;              // guidance for the handler, not read out
    QString next;                // prompts only
    QList<ScriptAnswer> answers; // questions only
    QList<ScriptAction> actions; // done on reaching the step

    bool isEnd() const { return kind == Kind::Prompt && next.isEmpty(); }
    // The choices offered: the answers of a question, or one "Continue" for a prompt with a next.
    int choiceCount() const;
};

struct ScriptSource
{
    QString title;
    QString url;
};

// A problem found while loading a script, naming the file and (when it is about one) the step.
struct ScriptProblem
{
    QString origin; // file path or resource
    QString step;   // step id; empty for the script as a whole
    QString message;
    QString toString() const;
};

// A guided script: a versioned decision graph for one category of contact. Data, never code:
// shipped in resources/scripts and replaceable by an imported newer version.
class Script
{
public:
    QString id;
    int version = 0;
    QString title;
    QString category; // the taxonomy category it serves
    QString effectiveFrom;
    QString reviewedOn; // ISO date the content was last checked against its sources; optional
    QString summary;
    QList<ScriptSource> sources;
    QString start; // step id
    QList<ScriptStep> steps;
    QString origin; // where it was loaded from

    const ScriptStep *step(const QString &stepId) const;
    int stepIndex(const QString &stepId) const { return m_index.value(stepId, -1); }

    // Parses and validates. A script with any problem is not returned; every problem is listed
    // (dangling links, unreachable steps, missing text, unknown actions ...). With a taxonomy,
    // the category and outcome codes are checked against it too.
    static std::optional<Script> parse(const QByteArray &json, const QString &origin,
                                       QList<ScriptProblem> *problems,
                                       const Taxonomy *taxonomy = nullptr);
    // Runs in time linear in the number of steps. Also checks the limits of
    // validation::limits: steps, title and text lengths.
    static QList<ScriptProblem> validate(const Script &script, const Taxonomy *taxonomy = nullptr);
    // Empty when a script file of `bytes` bytes may be read (validation::limits), else why not.
    static QString checkFileSize(qint64 bytes);
    // The first key named twice in one JSON object ("\"title\" on line 3"), which a JSON
    // reader would silently resolve by keeping the last; empty when there is none. Linear.
    static QString findDuplicateKey(const QByteArray &json);

    QJsonObject toJson() const;
    // Rebuilds the step index after `steps` was changed by hand.
    void reindex();

private:
    QHash<QString, int> m_index;
};

} // namespace cd
