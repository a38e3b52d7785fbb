#pragma once

#include "core/result.h"
#include "core/rubric.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class ScriptLibrary;
class Taxonomy;

// What the caller says when the trainee asks about one topic ("name", "vehicle", "when" ...).
struct PracticeTopic
{
    QString id; // lower_snake_case
    QString label;
    QString answer;
};

// A practice call, as versioned data (resources/practice/*.json): a made-up caller (a name
// from the demo generator's lists, a drama phone number), their opening line, what they say
// when asked about each topic, and the record a good handler would make.
struct PracticeScenario
{
    QString id;
    int version = 0;
    QString title;
    QString summary; // for the trainer, not read to the trainee
    QString callerName;
    QString callerPhone; // national digits, a drama number
    QString openingLine;
    QList<PracticeTopic> topics;
    ExpectedRecord expected;
    QString origin;

    const PracticeTopic *topic(const QString &topicId) const;

    // Parses; every problem with the file's shape is named in the error.
    static Result<PracticeScenario> fromJson(const QByteArray &json, const QString &origin);
};

// What a scenario may refer to, to check it against: the taxonomy, the scripts, the escalation
// form types and the kinds of risk the detector knows.
struct PracticeReferences
{
    const Taxonomy *taxonomy = nullptr;
    const ScriptLibrary *scripts = nullptr;
    QStringList formTypes;
    QStringList riskKinds;
};

// Every reference in the scenario that does not exist or does not fit: an unknown category,
// reason (or one of another category), outcome, script, step, escalation type or risk kind;
// script steps that are not a walk from the script's start; a caller name not made from the
// demo generator's lists or a phone number outside the drama ranges. Empty when it is sound.
QStringList checkPracticeScenario(const PracticeScenario &scenario,
                                  const PracticeReferences &references);

// The shipped scenarios, by title. A scenario that does not parse is reported in *problems.
QString practiceShippedDirectory(); // ":/contactdesk/practice"
QList<PracticeScenario> loadPracticeScenarios(const QString &directory, QStringList *problems);

} // namespace cd
