#pragma once

namespace cd {

class PanelHost;

// For trainers, managers and administrators: a status-bar button naming the shipped guidance
// (scripts, forms, charge tables, calendar, taxonomy, release guidance, risk concepts) that has
// not been checked against its sources within `content.review_months` (12), or never; it opens
// the list. Handlers see nothing; a change of role shows or hides it at once.
void installContentReviewNotice(PanelHost &host);

} // namespace cd
