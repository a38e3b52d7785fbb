#pragma once

#include "core/contact.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// One thing a contact is judged on. An automatic criterion names the check the scorer runs
// against an expected record (a practice scenario's); a manual one is ticked by a person (the
// trainer on a practice call, the reviewer of a dip sample).
struct RubricCriterion
{
    enum class Scoring { Automatic, Manual };
    QString id; // lower_snake_case, unique in the rubric
    QString title;
    QString help;
    int weight = 0; // points for the criterion in full, 1..100
    Scoring scoring = Scoring::Automatic;
    QString check; // automatic only: one of Rubric::checks()

    bool isManual() const { return scoring == Scoring::Manual; }
};

// The standard contacts are judged by, as versioned data (resources/rubric/rubric.json):
//   {"id": "...", "version": 1, "title": "...", "criteria": [{"id", "title", "help",
//    "weight", "scoring": "auto"|"manual", "check"}]}
// Practice scores and quality dip samples use the same rubric.
class Rubric
{
public:
    static QString shippedPath(); // ":/contactdesk/rubric/rubric.json"
    // Parses and validates: a positive version, at least one criterion, unique valid ids,
    // titles, weights of 1 to 100, and a known check for each automatic criterion. Every
    // problem is named in the error.
    static Result<Rubric> fromJson(const QByteArray &json, const QString &origin);
    static Result<Rubric> loadShipped();
    // The checks the scorer knows: category_reason, risk_guidance, next_steps, outcome,
    // record_complete, escalation.
    static QStringList checks();

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString title() const { return m_title; }
    const QList<RubricCriterion> &criteria() const { return m_criteria; }
    const RubricCriterion *criterion(const QString &id) const;
    int totalWeight() const;

private:
    QString m_id;
    int m_version = 0;
    QString m_title;
    QList<RubricCriterion> m_criteria;
};

// What a contact should hold: a practice scenario's "expected" record.
struct ExpectedRecord
{
    QString category;
    QString reason; // empty when the category has none
    QString outcome;
    QString script;           // the guidance to follow; empty when none applies
    QStringList scriptSteps;  // the step ids of the walk, in order, from the script's start
    QStringList riskKinds;    // risks the caller raises (RiskDetector kinds)
    QString attendanceTold;   // "will_attend", "will_not_attend" or empty
    QStringList escalations;  // form types to raise; empty when none is needed
    QStringList fields;       // Contact fields that must be filled (callerName, vrm, ...)
    QStringList notesMention; // words or phrases the notes must hold (case ignored)

    static Result<ExpectedRecord> fromJson(const QJsonObject &object, const QString &origin);
    QJsonObject toJson() const;
    // The Contact fields a record can be required to fill.
    static QStringList knownFields();
};

// What the scorer is told about the contact besides the Contact itself.
struct ScoringInput
{
    Contact contact;
    QStringList escalationsRaised; // form types raised from the contact
    // Names for the plain words: risk kinds (RiskOffer labels), escalation form titles, and
    // category/reason/outcome labels. A code no map names is shown as it is.
    QHash<QString, QString> riskLabels;
    QHash<QString, QString> formTitles;
    const Taxonomy *taxonomy = nullptr;
};

struct CriterionScore
{
    QString id;
    QString title;
    int weight = 0;
    int points = 0;
    bool manual = false;
    bool ticked = false; // manual only
    QStringList missed;  // in plain words; empty when full marks
};

struct RubricScore
{
    QString rubricId;
    int rubricVersion = 0;
    QList<CriterionScore> criteria; // in the rubric's order

    int points() const;
    int outOf() const;
    // Ticks (or unticks) a manual criterion: its points become its weight (or 0). False when
    // there is no manual criterion with that id.
    bool tick(const QString &id, bool ticked);
    // Every miss, one line each, prefixed with the criterion's title.
    QStringList missed() const;
    QJsonObject toJson() const;
};

// Scores a contact against the rubric's automatic criteria and the expected record; manual
// criteria start unticked (0 points). Each automatic criterion is made of requirements (the
// category, the reason, each risk, the walk ...); its points are its weight shared over the
// requirements met, and each one missed is named.
RubricScore scoreContact(const Rubric &rubric, const ExpectedRecord &expected,
                         const ScoringInput &input);

} // namespace cd
