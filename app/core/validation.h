#pragma once

#include <QString>

namespace cd::validation {

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
