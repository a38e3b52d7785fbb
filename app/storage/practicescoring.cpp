#include "storage/practicescoring.h"

#include "core/escalation.h"
#include "core/riskdetector.h"
#include "storage/escalationstore.h"
#include "storage/taxonomystore.h"

namespace cd {

Result<RubricScore> scorePracticeContact(Database &db, const Rubric &rubric,
                                         const PracticeScenario &scenario, const Contact &contact)
{
    Result<Taxonomy> taxonomy = TaxonomyStore(db).load();
    if (!taxonomy)
        return taxonomy.error();
    Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!rules)
        return rules.error();
    ScoringInput input;
    input.contact = contact;
    input.taxonomy = &taxonomy.value();
    for (const FormDefinition &form : rules->forms.forms())
        input.formTitles.insert(form.type, form.title);
    if (Result<RiskDetector> detector = RiskDetector::loadShipped())
        for (const QString &kind : detector->kinds())
            input.riskLabels.insert(kind, detector->offer(kind).label);
    if (!contact.id.isEmpty()) {
        EscalationFilter filter;
        filter.contactId = contact.id;
        for (const EscalationSummary &e : EscalationStore(db, rules.value()).list(filter))
            input.escalationsRaised.append(e.type);
    }
    return scoreContact(rubric, scenario.expected, input);
}

} // namespace cd
