#pragma once

#include "core/contact.h"
#include "core/practicescenario.h"
#include "core/result.h"
#include "core/rubric.h"

namespace cd {

class Database;

// Scores a contact of this profile against a practice scenario: the profile's taxonomy names
// the codes, the escalations raised from the contact are read from the local cache, and risks
// and forms are named as the Desk names them. Manual criteria start unticked.
Result<RubricScore> scorePracticeContact(Database &db, const Rubric &rubric,
                                         const PracticeScenario &scenario, const Contact &contact);

} // namespace cd
