#include "core/clock.h"

#include <atomic>

namespace cd {

namespace {
SystemClock g_systemClock;
std::atomic<Clock *> g_clock{nullptr};
} // namespace

Clock &Clock::instance()
{
    Clock *clock = g_clock.load();
    return clock ? *clock : g_systemClock;
}

void Clock::setInstance(Clock *clock)
{
    g_clock.store(clock);
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &time)
{
    QMutexLocker lock(&m_mutex);
    m_now = time.toUTC();
}

void ManualClock::advance(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(ms);
}

} // namespace cd
