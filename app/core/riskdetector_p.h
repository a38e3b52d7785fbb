#pragma once

// What the risk detector's two files share: how text is cut into words, and the cache of
// words already stemmed. Not for use outside riskdetector.cpp and riskdetectordata.cpp.

#include "core/riskdetector.h"

#include <QChar>
#include <QMutex>
#include <QString>

#include <unordered_map>

namespace cd::risktext {

inline constexpr int kMaxWord = 32; // longer "words" (URLs, hashes) are never phrase words

inline bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber();
}

inline QChar lower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
    return c.toLower();
}

// A sentence or clause boundary that a phrase may not run across.
inline bool isSentenceBreak(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QLatin1Char(';') || c == QLatin1Char('\n');
}

} // namespace cd::risktext

namespace cd {

struct RiskDetector::WordCache
{
    struct Entry
    {
        QString word;
        int ids[4] = {-1, -1, -1, -1};
        int idCount = 0;
    };
    static constexpr size_t kMaxEntries = 100000;
    QMutex mutex;
    std::unordered_map<quint64, Entry> entries;
};

} // namespace cd
