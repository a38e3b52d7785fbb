#include "core/hlc.h"

#include <QStringList>

#include <algorithm>

namespace cd {

namespace {

// The text form has six digits of counter: beyond that the next millisecond is taken instead,
// so the text still sorts in time order (and the shared database, which reads six, takes it).
constexpr quint32 kMaxCounter = 999999;
void carry(Hlc *h)
{
    if (h->counter > kMaxCounter) {
        ++h->ms;
        h->counter = 0;
    }
}

} // namespace

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(ms, 13, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'))
        .arg(node);
}

bool Hlc::parse(const QString &text, Hlc *out)
{
    const int first = text.indexOf(QLatin1Char('-'));
    const int second = first < 0 ? -1 : text.indexOf(QLatin1Char('-'), first + 1);
    if (first <= 0 || second <= first)
        return false;
    bool okMs = false;
    bool okCounter = false;
    const qint64 ms = text.left(first).toLongLong(&okMs);
    const uint counter = text.mid(first + 1, second - first - 1).toUInt(&okCounter);
    if (!okMs || !okCounter)
        return false;
    out->ms = ms;
    out->counter = counter;
    out->node = text.mid(second + 1);
    return true;
}

Hlc boundedRemote(const Hlc &remote, qint64 trustedNowMs)
{
    if (remote.ms <= trustedNowMs + kMaxRemoteLeadMs)
        return remote;
    return Hlc{trustedNowMs + kMaxRemoteLeadMs, 0, remote.node};
}

HybridLogicalClock::HybridLogicalClock(QString node, const Clock *clock)
    : m_node(std::move(node))
    , m_clock(clock)
{
    m_last.node = m_node;
}

Hlc HybridLogicalClock::now()
{
    const qint64 wall = clock().nowMs();
    QMutexLocker lock(&m_mutex);
    if (wall > m_last.ms) {
        m_last.ms = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
        carry(&m_last);
    }
    m_last.node = m_node;
    return m_last;
}

Hlc HybridLogicalClock::receive(const Hlc &remote)
{
    const qint64 wall = clock().nowMs();
    QMutexLocker lock(&m_mutex);
    Hlc r = remote;
    r.counter = std::min(r.counter, kMaxCounter);
    const qint64 top = std::max({wall, m_last.ms, r.ms});
    if (top == m_last.ms && top == r.ms)
        m_last.counter = std::max(m_last.counter, r.counter) + 1;
    else if (top == m_last.ms)
        ++m_last.counter;
    else if (top == r.ms)
        m_last.counter = r.counter + 1;
    else
        m_last.counter = 0;
    m_last.ms = top;
    carry(&m_last);
    m_last.node = m_node;
    return m_last;
}

Hlc HybridLogicalClock::last() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

void HybridLogicalClock::restore(const Hlc &last)
{
    QMutexLocker lock(&m_mutex);
    if (m_last < last) {
        m_last.ms = last.ms;
        m_last.counter = std::min(last.counter, kMaxCounter);
    }
    m_last.node = m_node;
}

} // namespace cd
