#pragma once

#include "core/csv.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>

namespace cd {

// A seized or recovered vehicle as the recovery operator reports it. Times are UTC.
struct Vehicle
{
    QString id;        // UUID, derived from the reference so every workstation agrees
    QString reference; // the recovery operator's reference, unique
    QString vrm;       // normalised: AB12CDE
    QString vrmFormat; // vrm::formatName()
    bool vrmUnusual = false;
    QString make;
    QString model;
    QString colour;
    QDateTime seizedAt;
    QString power; // s165a, s59, abandoned, evidential, obstruction, stolen_recovered, other
    QString location;
    QString status;      // held, released, disposed
    QString weightClass; // two_wheeled, upto_3_5t, 3_5_to_7_5t, 7_5_to_18t, over_18t
    QString condition;   // upright_undamaged, not_upright_or_damaged
    QString position;    // on_road, off_road
    bool laden = false;
    bool policeHold = false;
    QDateTime noticeServedAt;
    QDateTime releasedAt;
    QDateTime disposedAt;
    QDateTime holdEndedAt; // when a later import first showed the police hold lifted
    QDateTime importedAt;
    QString updatedHlc;
    QString origin;
    bool deleted = false;

    QJsonObject toJson() const;
};

namespace vehicles {

const QStringList &powers();
const QStringList &statuses();
const QStringList &weightClasses();
const QStringList &conditions();
const QStringList &positions();

QString
powerLabel(const QString &power); // "s.165A Road Traffic Act 1988 (no licence or insurance)"
QString weightClassLabel(const QString &value); // "up to 3.5 tonnes"
QString statusLabel(const QString &status);

// ISO-8601 times as the operator writes them: 2024-03-05T14:30:00Z, with an offset, with
// fractions, or without an offset (then Europe/London local time). False when unreadable.
bool parseTime(QStringView text, QDateTime *out);
// yyyy-MM-ddTHH:mm:ssZ (UTC), the form stored and exported.
QString isoUtc(const QDateTime &time);
QDateTime fromStored(const QString &text);
QString uuidForReference(const QString &reference);

// The operator's CSV columns, found by name in the header row (any order, any case).
enum Column {
    Reference,
    Vrm,
    Make,
    Model,
    Colour,
    SeizedAt,
    Power,
    Location,
    Status,
    WeightClass,
    Condition,
    Position,
    Laden,
    PoliceHold,
    NoticeServedAt,
    ReleasedAt,
    DisposedAt,
    ColumnCount
};
const QStringList &columnNames(); // in Column order

struct CsvHeader
{
    std::array<int, ColumnCount> index{};
    int fieldCount = 0;
    static Result<CsvHeader> fromRecord(const csv::Record &record);
};

// One data row; the error names the column and what is wrong (the caller adds the line).
// Refused: a field that is not valid UTF-8 or holds a NUL byte, text over its limit
// (validation::limits), a time before 2000 or more than a day after `now` (the Clock's time
// when not given).
Result<Vehicle> fromRecord(const CsvHeader &header, const csv::Record &record,
                           const QDateTime &now = {});
// The same row in the operator's format, for the generator and round trips.
QStringList toRecord(const Vehicle &vehicle);

} // namespace vehicles
} // namespace cd
