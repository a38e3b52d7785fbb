#pragma once

#include <QString>

namespace cd {

// Text for a roff (man page) source line: backslashes and hyphens escaped, and a leading
// dot or quote kept from being read as a request. Both programs' --help-man use it.
inline QString roffText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\e");
        else if (c == QLatin1Char('-'))
            out += QLatin1String("\\-");
        else
            out += c;
    }
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

} // namespace cd
