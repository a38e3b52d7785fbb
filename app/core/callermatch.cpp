#include "core/callermatch.h"

#include "core/contact.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace cd::callermatch {

namespace {
// lupdate reads this file's messages into the context cd::callermatch.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::callermatch)
};

// Lower case, accents dropped ("Zoë" is "zoe").
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    return out;
}

// Street words written short, as the last word of a street: "High St" is "high street".
const QHash<QString, QString> &streetWords()
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("st"), QStringLiteral("street")},
        {QStringLiteral("str"), QStringLiteral("street")},
        {QStringLiteral("rd"), QStringLiteral("road")},
        {QStringLiteral("ave"), QStringLiteral("avenue")},
        {QStringLiteral("av"), QStringLiteral("avenue")},
        {QStringLiteral("ln"), QStringLiteral("lane")},
        {QStringLiteral("dr"), QStringLiteral("drive")},
        {QStringLiteral("cl"), QStringLiteral("close")},
        {QStringLiteral("cres"), QStringLiteral("crescent")},
        {QStringLiteral("ct"), QStringLiteral("court")},
        {QStringLiteral("pl"), QStringLiteral("place")},
        {QStringLiteral("sq"), QStringLiteral("square")},
        {QStringLiteral("gdns"), QStringLiteral("gardens")},
        {QStringLiteral("gr"), QStringLiteral("grove")},
        {QStringLiteral("gro"), QStringLiteral("grove")},
        {QStringLiteral("tce"), QStringLiteral("terrace")},
        {QStringLiteral("terr"), QStringLiteral("terrace")},
        {QStringLiteral("pk"), QStringLiteral("park")},
        {QStringLiteral("wy"), QStringLiteral("way")},
        {QStringLiteral("hl"), QStringLiteral("hill")},
    };
    return words;
}

bool isFlatWord(const QString &word)
{
    return word == QLatin1String("flat") || word == QLatin1String("apartment") ||
           word == QLatin1String("apt") || word == QLatin1String("flt") ||
           word == QLatin1String("unit");
}

bool startsWithDigit(const QString &word)
{
    return !word.isEmpty() && word.at(0).isDigit();
}
} // namespace

QString phoneKey(const QString &phone)
{
    if (phone.trimmed().isEmpty() || !validation::checkUkPhone(phone).isEmpty())
        return {};
    return validation::normaliseUkPhone(phone);
}

QString emailKey(const QString &email)
{
    if (email.trimmed().isEmpty() || !validation::checkEmail(email).isEmpty())
        return {};
    return validation::normaliseEmail(email);
}

QString postcodeKey(const QString &postcode)
{
    QString compact;
    compact.reserve(postcode.size());
    for (const QChar c : postcode)
        if (c.isLetterOrNumber())
            compact.append(c.toUpper());
    if (compact.size() < 5 || compact.size() > 7)
        return {};
    const QString p = compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
    static const QRegularExpression re(QStringLiteral(
        R"(^(GIR 0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$)"));
    return re.match(p).hasMatch() ? p : QString();
}

QString nameKey(const QString &name)
{
    QString out;
    for (const QChar c : folded(name))
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

Address parseAddress(const QString &line)
{
    // Words in order; a comma ends the street ("12 High St, Norwich"). Apostrophes go
    // ("St Mary's" is "st marys"); other punctuation separates words.
    QStringList words;
    QString word;
    auto endWord = [&] {
        if (!word.isEmpty())
            words.append(std::exchange(word, {}));
    };
    for (const QChar c : folded(line)) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        if (c.isLetterOrNumber() || c == QLatin1Char('/')) {
            word.append(c);
        } else if (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char(';')) {
            endWord();
            words.append(QStringLiteral(","));
        } else {
            endWord();
        }
    }
    endWord();

    Address a;
    QStringList street;
    bool streetDone = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w == QLatin1String(",")) {
            if (!street.isEmpty())
                streetDone = true;
            continue;
        }
        if (isFlatWord(w) && i + 1 < words.size() && startsWithDigit(words.at(i + 1)) &&
            a.flat.isEmpty()) {
            a.flat = words.at(++i);
            continue;
        }
        if (a.house.isEmpty() && startsWithDigit(w)) {
            // "3/12": flat 3 at number 12.
            const qsizetype slash = w.indexOf(QLatin1Char('/'));
            if (slash > 0 && slash + 1 < w.size()) {
                if (a.flat.isEmpty())
                    a.flat = w.left(slash);
                a.house = w.mid(slash + 1);
            } else {
                a.house = w;
            }
            // "12 a High St" is 12a.
            if (i + 1 < words.size() && words.at(i + 1).size() == 1 &&
                words.at(i + 1).at(0).isLetter() && i + 2 < words.size() &&
                words.at(i + 2) != QLatin1String(","))
                a.house += words.at(++i);
            continue;
        }
        if (!a.house.isEmpty() && !streetDone)
            street.append(w);
    }
    if (!street.isEmpty()) {
        QString &last = street.last();
        last = streetWords().value(last, last);
        for (qsizetype i = 0; i + 1 < street.size(); ++i)
            if (street[i] == QLatin1String("saint"))
                street[i] = QStringLiteral("st");
    }
    a.street = street.join(QLatin1Char(' '));
    a.flat.remove(QLatin1Char('/'));
    a.house.remove(QLatin1Char('/'));
    return a;
}

QString addressKey(const QString &line)
{
    const Address a = parseAddress(line);
    if (a.house.isEmpty() || a.street.isEmpty())
        return {};
    QString key = a.house + QLatin1Char(' ') + a.street;
    if (!a.flat.isEmpty())
        key += QStringLiteral(" flat ") + a.flat;
    return key;
}

QString houseKey(const QString &line)
{
    const Address a = parseAddress(line);
    if (a.house.isEmpty())
        return {};
    return a.flat.isEmpty() ? a.house : a.house + QStringLiteral(" flat ") + a.flat;
}

QString describe(Reasons reasons)
{
    QStringList parts;
    if (reasons.testFlag(Reason::Phone))
        parts.append(Tr::tr("same phone"));
    if (reasons.testFlag(Reason::Email))
        parts.append(Tr::tr("same email"));
    if (reasons.testFlag(Reason::NameAndPostcode))
        parts.append(Tr::tr("same name and postcode"));
    if (reasons.testFlag(Reason::Address))
        parts.append(Tr::tr("same address"));
    return parts.join(QStringLiteral(", "));
}

QStringList codes(Reasons reasons)
{
    QStringList out;
    if (reasons.testFlag(Reason::Phone))
        out.append(QStringLiteral("phone"));
    if (reasons.testFlag(Reason::Email))
        out.append(QStringLiteral("email"));
    if (reasons.testFlag(Reason::NameAndPostcode))
        out.append(QStringLiteral("name_postcode"));
    if (reasons.testFlag(Reason::Address))
        out.append(QStringLiteral("address"));
    return out;
}

CallerKeys CallerKeys::of(const QString &phone, const QString &email, const QString &name,
                          const QString &postcode, const QString &addressLine)
{
    CallerKeys k;
    k.phone = phoneKey(phone);
    k.email = emailKey(email);
    k.name = nameKey(name);
    k.postcode = postcodeKey(postcode);
    k.address = addressKey(addressLine);
    k.house = houseKey(addressLine);
    return k;
}

CallerKeys CallerKeys::of(const Contact &c)
{
    return of(c.callerPhone, c.callerEmail, c.callerName, c.postcode, c.address);
}

bool CallerKeys::canMatch() const
{
    return !phone.isEmpty() || !email.isEmpty() || (!name.isEmpty() && !postcode.isEmpty()) ||
           !address.isEmpty() || (!postcode.isEmpty() && !house.isEmpty());
}

namespace {
bool sameAddress(const CallerKeys &a, const CallerKeys &b)
{
    return !a.address.isEmpty() && a.address == b.address &&
           (a.postcode.isEmpty() || b.postcode.isEmpty() || a.postcode == b.postcode);
}
} // namespace

Reasons matchReasons(const CallerKeys &now, const CallerKeys &earlier)
{
    Reasons r;
    if (!now.phone.isEmpty() && now.phone == earlier.phone)
        r |= Reason::Phone;
    if (!now.email.isEmpty() && now.email == earlier.email)
        r |= Reason::Email;
    if (!now.name.isEmpty() && !now.postcode.isEmpty() && now.name == earlier.name &&
        now.postcode == earlier.postcode)
        r |= Reason::NameAndPostcode;
    if (sameAddress(now, earlier))
        r |= Reason::Address;
    return r;
}

bool sameHousehold(const CallerKeys &a, const CallerKeys &b)
{
    if (sameAddress(a, b))
        return true;
    return !a.postcode.isEmpty() && a.postcode == b.postcode && !a.house.isEmpty() &&
           a.house == b.house;
}

} // namespace cd::callermatch
