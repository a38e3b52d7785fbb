#pragma once

#include <QString>
#include <QStringList>

namespace cd::vrm {

// Registration mark rules (DOMAIN-FACTS 1.8). Marks are never rejected for their format: an
// unusual one is flagged so the handler can check it with the PNC or the DVLA.

enum class Format {
    Current,         // AB12 CDE (since September 2001)
    Prefix,          // A123 BCD (1983-2001)
    Suffix,          // ABC 123A (1963-1983)
    Dateless,        // AB 1234, 1234 AB (before 1963)
    NorthernIreland, // ABZ 1234, AZ 1234 (always an I or a Z)
    QPlate,          // Q123 ABC (identity not established)
    Unrecognised,    // personalised, foreign, trade, diplomatic or mistyped
};

struct Recognition
{
    QString normalised; // upper case, no spaces or hyphens: AB12CDE
    QString display;    // as printed on a plate: AB12 CDE
    Format format = Format::Unrecognised;
    bool unusual = true;
    QString reason; // why it is unusual, in words for the handler; empty when it is not
};

// Upper case; spaces, tabs, hyphens and dots removed.
QString normalise(const QString &text);
Recognition recognise(const QString &text);
QString formatName(Format format); // "current", "prefix", ... as used in files and JSON
QString display(const QString &text);

// The key under which commonly confused characters fall together: O/0, I/1, S/5, B/8, Z/2
// and G/6 each become the digit. Two marks read alike when their keys are equal.
QString confusionKey(const QString &normalised);
bool confusable(QChar a, QChar b);

// Weighted edit distance between two normalised marks: a confusable pair costs 0.25, any
// other substitution, a missing or extra character, or two swapped neighbours cost 1.
double distance(const QString &a, const QString &b);

// How close a stored mark is to what was typed, 0-100 (100: the same mark). A stored mark
// that begins with what was typed so far scores at least 60, so partial input ranks well.
int closeness(const QString &typed, const QString &candidate);

// Confusion keys a stored mark could have if `typed` has one character missing, extra,
// wrong or swapped. With the key itself first. Used to find candidates by index lookups.
QStringList neighbourKeys(const QString &typedKey);

} // namespace cd::vrm
