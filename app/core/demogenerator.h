#pragma once

#include "core/contact.h"
#include "core/escalation.h"
#include "core/escalationform.h"
#include "core/taxonomy.h"
#include "core/vehicle.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace cd::demo {

// xoshiro256** seeded through splitmix64: a fixed algorithm, so a seed gives the same numbers
// on every machine and library version (std distributions do not promise that).
class Random
{
public:
    explicit Random(quint64 seed);
    quint64 next();
    int below(int n);             // 0 <= x < n, unbiased; n > 0
    int range(int low, int high); // low <= x <= high
    bool chance(int perThousand); // true perThousand times in 1000
    // An index into `weights`, each chosen in proportion to its weight (all >= 0, sum > 0).
    int weighted(const QList<int> &weights);

    static quint64 splitmix64(quint64 &state);

private:
    std::array<quint64, 4> m_s{};
};

// The numbers Ofcom keeps for drama: no real line has one. 17 ranges of 1,000 numbers each
// (07700 900xxx and the geographic ones), in their national digits.
int dramaNumberCount();
QString dramaNumber(int index); // 0 <= index < dramaNumberCount(): "07700900123"
bool isDramaNumber(const QString &digits);

// True for a name the generator makes: one of its given names, a space, one of its surnames.
bool isMadeUpName(const QString &name);

// The made-up team of six whose contacts a seed holds (as the report's team).
QStringList teamHandlers();

struct Options
{
    quint64 seed = 1;
    qint64 contacts = 1000;
    int days = 365;       // contacts start within the last `days` London days before `now`
    QDateTime now;        // UTC; contacts start no later than this
    QString team;         // the team every contact belongs to
    QStringList handlers; // who took the contacts; never empty
};

// A survey answer to one of the SMS survey's five questions, rated 0-10.
struct SurveyAnswer
{
    QString contactId;
    QDateTime answeredAt;
    QString question; // polite, time_taken, helped, next_steps, knowledge
    int rating = 0;
};

// One generated contact and what follows from it.
struct DemoContact
{
    Contact contact;
    qint64 person = 0;      // which synthetic person made the contact
    QString escalationType; // a form type, empty when none is raised
    EscalationStatus escalationTarget = EscalationStatus::Draft; // how far it has gone
    QList<SurveyAnswer> survey;
};

// Synthetic, deterministic training and benchmark data: people with made-up names (common
// given names and surnames combined at random), drama phone numbers, example.com/.org/.net
// emails, valid-format postcodes and current-format marks; contacts in every active channel,
// category and reason of the taxonomy in proportions like the published reports (46% resolved
// at first contact), with frequent callers; escalations planned at every stage; vehicles from
// vehicles::Generator; survey answers. The same taxonomy and options give the same data.
class Generator
{
public:
    Generator(const Taxonomy &taxonomy, Options options);

    const Options &options() const { return m_options; }
    // Vehicles held, released and disposed of, made before the contacts: contacts about
    // vehicle recovery name some of their marks.
    const QList<Vehicle> &vehicles() const { return m_vehicles; }
    bool atEnd() const { return m_index >= m_options.contacts; }
    DemoContact next(); // the next contact, index 0 .. contacts-1

    // Values for an escalation form that pass its rules on `today` (the date it is raised).
    static QJsonObject formFields(const FormDefinition &form, const Contact &contact,
                                  const QDate &today);
    // The survey questions and the share of answers rating 8 or more, per thousand.
    static const QList<std::pair<QString, int>> &surveyQuestions();

private:
    struct Person
    {
        QString name;
        QString phone;
        QString email;
        QString postcode;
        QString address; // caller matching (issue 22)
    };
    Person person(qint64 index) const;
    QDateTime contactTime(Random &r, int dayOffsetFrom, int dayOffsetTo);
    QString currentMark(Random &r) const;

    Options m_options;
    Random m_random;
    qint64 m_index = 0;
    qint64 m_people = 0;   // people made so far (frequent callers first)
    qint64 m_frequent = 0; // how many frequent callers there are
    QList<Vehicle> m_vehicles;
    QStringList m_currentMarks; // the vehicles' current-format marks
    QStringList m_channels;
    QList<int> m_channelWeights;
    QStringList m_categories;
    QList<int> m_categoryWeights;
    QList<QStringList> m_reasons; // per category, empty when it has none
    QList<QList<int>> m_reasonWeights;
    QStringList m_outcomes; // besides resolved_first_contact
    QList<int> m_outcomeWeights;
    bool m_hasFirstContact = false;
};

} // namespace cd::demo
