#pragma once

#include "core/clock.h"

#include <QMutex>
#include <QString>

namespace cd {

// A hybrid-logical-clock timestamp: wall-clock milliseconds, a counter for events within the
// same millisecond, and the node (workstation) id. Its text form sorts in time order.
struct Hlc
{
    qint64 ms = 0;
    quint32 counter = 0;
    QString node;

    QString toString() const;
    static bool parse(const QString &text, Hlc *out);
    bool isNull() const { return ms == 0 && counter == 0 && node.isEmpty(); }

    friend bool operator<(const Hlc &a, const Hlc &b)
    {
        if (a.ms != b.ms)
            return a.ms < b.ms;
        if (a.counter != b.counter)
            return a.counter < b.counter;
        return a.node < b.node;
    }
    friend bool operator==(const Hlc &a, const Hlc &b)
    {
        return a.ms == b.ms && a.counter == b.counter && a.node == b.node;
    }
};

// How far a row's HLC may be ahead of a clock we trust (the shared database's) before it is
// taken as someone's error or a forged row: the server refuses more than this since schema 6.
constexpr qint64 kMaxRemoteLeadMs = 5 * 60 * 1000;

// `remote` (read from a row, which anyone with a login may have written) as a clock merge may
// take it: at most kMaxRemoteLeadMs past `trustedNowMs`, so that one row dated years ahead
// cannot carry every later local time with it.
Hlc boundedRemote(const Hlc &remote, qint64 trustedNowMs);

// Issues monotonic HLC values for one node. Thread-safe. A counter past six digits carries
// into the next millisecond, so the text form keeps its width and its order.
class HybridLogicalClock
{
public:
    HybridLogicalClock(QString node, const Clock *clock = nullptr);

    Hlc now();                      // a local event or a send
    Hlc receive(const Hlc &remote); // merge a remote timestamp, then tick
    Hlc last() const;
    void restore(const Hlc &last); // resume after a restart, never going backwards
    QString node() const { return m_node; }

private:
    const Clock &clock() const { return m_clock ? *m_clock : Clock::instance(); }

    mutable QMutex m_mutex;
    QString m_node;
    const Clock *m_clock;
    Hlc m_last;
};

} // namespace cd
