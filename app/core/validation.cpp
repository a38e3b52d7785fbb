#include "core/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd::validation {

namespace {

// lupdate reads this file's messages into the context cd::validation.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::validation)
};

QString phoneDigits(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c.isDigit())
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits.append(c);
    }
    // International form: +44 or 0044, sometimes written "+44 (0)20 ...".
    for (const QLatin1String prefix : {QLatin1String("+44"), QLatin1String("0044")}) {
        if (digits.startsWith(prefix)) {
            QString rest = digits.mid(prefix.size());
            if (rest.startsWith(QLatin1Char('0')))
                rest.remove(0, 1);
            return QLatin1Char('0') + rest;
        }
    }
    return digits;
}

} // namespace

QString checkEmail(const QString &email)
{
    const QString e = email.trimmed();
    if (e.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (e.size() > 254 || !re.match(e).hasMatch() || e.contains(QLatin1String("..")))
        return Tr::tr("Enter an email address like name@example.com");
    const QString tld = e.section(QLatin1Char('.'), -1);
    if (tld.size() < 2)
        return Tr::tr("Enter an email address like name@example.com");
    return {};
}

QString checkUkPhone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.isEmpty())
        return {};
    static const QRegularExpression allowed(QStringLiteral(R"(^[0-9+() \-.]+$)"));
    if (!allowed.match(p).hasMatch())
        return Tr::tr("A phone number can contain only digits, spaces and + ( ) -");
    const QString digits = phoneDigits(p);
    if (digits.startsWith(QLatin1Char('+')))
        return Tr::tr("Enter a UK number (starting 0 or +44)");
    if (!digits.startsWith(QLatin1Char('0')))
        return Tr::tr("A UK number starts with 0 or +44, e.g. 07700 900123");
    if (digits.size() < 10 || digits.size() > 11)
        return Tr::tr("A UK number has 10 or 11 digits, e.g. 07700 900123");
    const QChar area = digits.at(1);
    if (area == QLatin1Char('0') || area == QLatin1Char('4') || area == QLatin1Char('6'))
        return Tr::tr("That is not a UK number in use (01, 02, 03, 05, 07, 08 or 09)");
    if (area == QLatin1Char('7') && digits.size() != 11)
        return Tr::tr("A UK mobile number has 11 digits, e.g. 07700 900123");
    return {};
}

QString checkUkPostcode(const QString &postcode)
{
    const QString p = normaliseUkPostcode(postcode);
    if (p.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral(
        R"(^(GIR 0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$)"));
    if (!re.match(p).hasMatch())
        return Tr::tr("Enter a full UK postcode, e.g. SW1A 1AA");
    return {};
}

QString checkLength(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return {};
    return Tr::tr("has %1 characters; at most %2").arg(text.size()).arg(max);
}

QDateTime earliestPlausibleTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
}

QString checkPlausibleTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    if (time < earliestPlausibleTime())
        return Tr::tr("%1 is before the year 2000").arg(time.toUTC().toString(Qt::ISODate));
    if (time > now.addDays(1))
        return Tr::tr("%1 is more than a day in the future")
            .arg(time.toUTC().toString(Qt::ISODate));
    return {};
}

QString normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString normaliseUkPhone(const QString &phone)
{
    if (!checkUkPhone(phone).isEmpty())
        return phone.trimmed();
    return phoneDigits(phone.trimmed());
}

QString normaliseUkPostcode(const QString &postcode)
{
    QString compact;
    for (const QChar c : postcode)
        if (!c.isSpace())
            compact.append(c.toUpper());
    if (compact.size() < 5 || compact.size() > 7)
        return postcode.trimmed().toUpper();
    return compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
}

QString normaliseVrm(const QString &vrm)
{
    QString out;
    out.reserve(vrm.size());
    for (const QChar c : vrm)
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    return out;
}

} // namespace cd::validation
