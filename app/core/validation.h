#pragma once

#include <QDateTime>
#include <QString>

namespace cd::validation {

// The longest text each field may hold, in characters (UTF-16 code units): the one place the
// contact form, the CSV importers and the script loader take their limits from.
namespace limits {
constexpr qsizetype kName = 200;      // caller_name, handler, team
constexpr qsizetype kReference = 200; // a contact's reference, a vehicle's reference
constexpr qsizetype kCode = 64;       // channel, category, reason, outcome, vehicle codes
constexpr qsizetype kPhone = 40;      // caller_phone as typed
constexpr qsizetype kEmail = 254;     // caller_email
constexpr qsizetype kPostcode = 16;   // postcode as typed
constexpr qsizetype kAddress = 200;   // a caller's address line
constexpr qsizetype kVrm = 16;        // a registration mark as typed
constexpr qsizetype kNotes = 20000;   // a contact's notes
constexpr qsizetype kShortText = 200; // a vehicle's make, model, colour and location
constexpr qsizetype kTime = 64;       // an ISO-8601 time as written
constexpr qsizetype kScriptTitle = 200;
constexpr qsizetype kScriptText = 4000; // a script step's text or advice, an answer, a summary
constexpr int kScriptSteps = 2000;
constexpr qsizetype kScriptFileBytes = 1 << 20; // a script file, 1 MiB
} // namespace limits

// Empty when `text` has at most `max` characters, else "has 1000000 characters; at most 200".
QString checkLength(const QString &text, qsizetype max);

// Imported times must fall between 2000-01-01T00:00:00Z and one day after `now`: a year
// 0001 or 9999 is a typing or export error, not a contact or a seizure. Empty when plausible.
QString checkPlausibleTime(const QDateTime &time, const QDateTime &now);
QDateTime earliestPlausibleTime(); // 2000-01-01T00:00:00Z

// Each check returns an empty string when the input is acceptable, or a message a handler
// can act on. Empty input is acceptable: whether a field is required is decided elsewhere.
QString checkEmail(const QString &email);
QString checkUkPhone(const QString &phone);
QString checkUkPostcode(const QString &postcode);

// Canonical forms, used for matching callers and for storage. Invalid input is returned
// trimmed but otherwise unchanged.
QString normaliseEmail(const QString &email);         // trimmed, lower case
QString normaliseUkPhone(const QString &phone);       // digits, national form: 07700900123
QString normaliseUkPostcode(const QString &postcode); // "SW1A 1AA"
QString normaliseVrm(const QString &vrm);             // upper case, no spaces or hyphens

} // namespace cd::validation
