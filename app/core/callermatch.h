#pragma once

#include <QFlags>
#include <QString>

namespace cd {

struct Contact;

// Finding a caller's earlier contacts beyond one phone number, and the others in their
// household (issue 22). Pure functions: the local cache indexes the same keys (SQL functions
// match_name, match_postcode, match_address and match_house, storage/migrations.cpp), so a
// change to a key's rule needs a REINDEX of the indexes of migration 22.
namespace callermatch {

// Each key is empty when the text is not enough to match on.
QString phoneKey(const QString &phone);       // UK digits, +44 and 0044 as 0: "07700900123"
QString emailKey(const QString &email);       // trimmed, lower case; a valid address only
QString postcodeKey(const QString &postcode); // "SW1A 1AA": a full UK postcode, any spacing/case
// Lower case letters and digits only: case, spacing and punctuation do not count ("O'Brien",
// "o brien" and "OBRIEN" are one name). Short forms (Bob, Robert) are not matched.
QString nameKey(const QString &name);

// An address line, loosely: house number and street, with a flat if it names one.
struct Address
{
    QString flat;   // "3" for "Flat 3, 12 High St" or "3/12 High St"; empty when none
    QString house;  // "12", "12a"; empty when the line has no number
    QString street; // "high street": lower case, "St" / "Rd" / ... written out
};
Address parseAddress(const QString &line);
// "12 high street" or "12 high street flat 3": empty without both a number and a street.
QString addressKey(const QString &line);
// The dwelling at a postcode: "12" or "12 flat 3"; empty without a house number.
QString houseKey(const QString &line);

enum class Reason {
    None = 0,
    Phone = 0x1,
    Email = 0x2,
    NameAndPostcode = 0x4,
    Address = 0x8,
};
Q_DECLARE_FLAGS(Reasons, Reason)

// What the handler reads beside an earlier contact: "same phone, same name and postcode".
QString describe(Reasons reasons);
// The JSON / CLI codes: "phone", "email", "name_postcode", "address".
QStringList codes(Reasons reasons);

// The keys of one caller, as typed on the form or stored with a contact.
struct CallerKeys
{
    QString phone;
    QString email;
    QString name;
    QString postcode;
    QString address; // addressKey
    QString house;   // houseKey

    static CallerKeys of(const QString &phone, const QString &email, const QString &name,
                         const QString &postcode, const QString &addressLine);
    static CallerKeys of(const Contact &contact);
    bool canMatch() const; // anything to look up with
};

// Why `earlier` is the same caller as `now`: the same phone; the same email; the same name at
// the same postcode; the same address line (house number and street, flat included) at the
// same postcode, or either postcode not given. None when they share nothing of that.
Reasons matchReasons(const CallerKeys &now, const CallerKeys &earlier);

// The same dwelling: the same address line (as matchReasons), or the same postcode and house
// number (with the same flat).
bool sameHousehold(const CallerKeys &a, const CallerKeys &b);

} // namespace callermatch
} // namespace cd

Q_DECLARE_OPERATORS_FOR_FLAGS(cd::callermatch::Reasons)
