#pragma once

#include <QDateTime>
#include <QMutex>

namespace cd {

// Everything timed (the call timer, due dates, storage days) asks a Clock, so tests and the
// demo mode can set the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The process-wide clock; the system clock unless replaced.
    static Clock &instance();
    static void setInstance(Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told otherwise.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc());
    QDateTime now() const override;
    void set(const QDateTime &time);
    void advance(qint64 ms);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace cd
