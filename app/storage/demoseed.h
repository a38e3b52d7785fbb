#pragma once

#include "core/demogenerator.h"
#include "core/result.h"

#include <QString>

namespace cd {

class Database;

// What a demo seed wrote.
struct DemoSeedReport
{
    qint64 contacts = 0;      // contacts added
    qint64 alreadyThere = 0;  // generated contacts the profile already held, left as they were
    qint64 vehicles = 0;      // vehicles imported
    qint64 escalations = 0;   // escalations raised
    qint64 surveyAnswers = 0; // survey answers imported
    qint64 contactMs = 0;     // time spent on vehicles and contacts
    qint64 totalMs = 0;
};

// Fills a profile with the seeded generator's synthetic data, through the same paths as real
// data: the vehicle import, the contact import's bulk path, the escalation store (each step at
// its own time) and the survey import. The process clock reads `options.now` (and each
// escalation step's time) while it runs and is put back afterwards. The caller decides whether
// the profile may already hold data; contacts already present are left as they are and get no
// second escalation. The same options give the same data.
Result<DemoSeedReport> seedDemoProfile(Database &db, const demo::Options &options,
                                       const QString &actor);

} // namespace cd
