#include "core/qasample.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::QaSample.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::QaSample)
};

quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Groups of contacts keyed by a code, largest first, then by code.
template <typename T> QList<QPair<QString, QList<T>>> largestFirst(const QMap<QString, QList<T>> &g)
{
    QList<QPair<QString, QList<T>>> out;
    for (auto it = g.cbegin(); it != g.cend(); ++it)
        out.append({it.key(), it.value()});
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second.size() > b.second.size();
    });
    return out;
}

struct Channel
{
    QList<QaCandidate> contacts; // by key
    qsizetype next = 0;
    bool hasMore() const { return next < contacts.size(); }
};

struct Category
{
    QList<Channel> channels;
    qsizetype turn = 0; // the channel to take from next
    bool hasMore() const
    {
        return std::any_of(channels.cbegin(), channels.cend(),
                           [](const Channel &c) { return c.hasMore(); });
    }
    QaCandidate take()
    {
        while (!channels[turn % channels.size()].hasMore())
            ++turn;
        Channel &ch = channels[turn % channels.size()];
        ++turn;
        return ch.contacts.at(ch.next++);
    }
};

} // namespace

Result<int> QaSampleRules::parseShare(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const double percent = t.trimmed().toDouble(&ok);
    const int bp = ok ? int(std::lround(percent * 100)) : 0;
    if (!ok || bp < 1 || bp > 10000 || std::abs(percent * 100 - bp) > 1e-6)
        return Result<int>::failure(
            Tr::tr("The share is a percentage from 0.01 to 100 with at most two decimals, "
                   "such as 2 or 2.5, not \"%1\"")
                .arg(text));
    return bp;
}

QString QaSampleRules::shareText(int basisPoints)
{
    QString s = QString::number(basisPoints / 100.0, 'f', 2);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith('.')))
        s.chop(1);
    return s + QLatin1Char('%');
}

bool QaSampleRules::isSensitive(const QaCandidate &c) const
{
    if (sensitiveCategories.contains(c.category))
        return true;
    return std::any_of(c.riskKinds.cbegin(), c.riskKinds.cend(),
                       [this](const QString &k) { return sensitiveRiskKinds.contains(k); });
}

int QaSampleRules::targetSize(int contacts) const
{
    if (contacts <= 0)
        return 0;
    const qint64 share = (qint64(contacts) * shareBasisPoints + 9999) / 10000; // rounded up
    return int(std::min<qint64>(contacts, std::max<qint64>(share, minimumPerHandler)));
}

quint64 qaSampleKey(quint64 seed, const QString &contactId)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a over the id's UTF-8
    for (const char c : contactId.toUtf8()) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return splitMix64(h ^ splitMix64(seed));
}

QaSample drawQaSample(const QList<QaCandidate> &contacts, const QaSampleRules &rules)
{
    QMap<QString, QList<QaCandidate>> byHandler;
    for (const QaCandidate &c : contacts)
        byHandler[c.handler].append(c);

    QaSample sample;
    for (auto h = byHandler.cbegin(); h != byHandler.cend(); ++h) {
        QaHandlerDraw draw;
        draw.handler = h.key();
        draw.contacts = int(h.value().size());
        draw.target = rules.targetSize(draw.contacts);

        QMap<QString, QMap<QString, QList<QaCandidate>>> grouped;
        for (const QaCandidate &c : h.value()) {
            if (!rules.reviewerSeesSensitive && rules.isSensitive(c)) {
                ++draw.sensitiveWithheld;
                continue;
            }
            grouped[c.category][c.channel].append(c);
        }
        QList<Category> categories;
        // Categories largest first: a category's size is its contacts over every channel.
        QMap<QString, QList<QaCandidate>> flat;
        for (auto cat = grouped.cbegin(); cat != grouped.cend(); ++cat)
            for (const QList<QaCandidate> &list : cat.value())
                flat[cat.key()] += list;
        for (const auto &[category, all] : largestFirst(flat)) {
            Q_UNUSED(all)
            Category cat;
            for (auto [channel, list] : largestFirst(grouped.value(category))) {
                Q_UNUSED(channel)
                std::sort(list.begin(), list.end(),
                          [&rules](const QaCandidate &a, const QaCandidate &b) {
                              const quint64 ka = qaSampleKey(rules.seed, a.contactId);
                              const quint64 kb = qaSampleKey(rules.seed, b.contactId);
                              return ka != kb ? ka < kb : a.contactId < b.contactId;
                          });
                cat.channels.append(Channel{list, 0});
            }
            categories.append(cat);
        }
        while (draw.drawn < draw.target) {
            bool tookAny = false;
            for (Category &cat : categories) {
                if (draw.drawn >= draw.target)
                    break;
                if (!cat.hasMore())
                    continue;
                sample.picked.append(cat.take());
                ++draw.drawn;
                tookAny = true;
            }
            if (!tookAny)
                break; // fewer left than the rule asks for: the sensitive ones were withheld
        }
        sample.handlers.append(draw);
    }
    return sample;
}

} // namespace cd
