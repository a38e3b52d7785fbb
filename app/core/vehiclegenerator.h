#pragma once

#include "core/vehicle.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace cd::vehicles {

// Realistic synthetic recovery-operator rows for benchmarks, demos and tests. Deterministic
// for a given seed: the same seed and index give the same row.
class Generator
{
public:
    explicit Generator(quint32 seed = 2024,
                       QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    Vehicle next(); // the next row; references are RO-00000001, RO-00000002, ...
    static QString randomMark(QRandomGenerator &random);

private:
    QRandomGenerator m_random;
    QDateTime m_now;
    qint64 m_index = 0;
};

} // namespace cd::vehicles
