#pragma once

#include "core/result.h"
#include "core/vehicle.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::vehicles {

// Statutory removal, storage and disposal charges (DOMAIN-FACTS 1.2-1.4) and disposal periods
// (1.6), read from versioned data files with effective-from dates: resources/charges/*.json.
// Money is in integer pence. A figure marked "verified": false in the file is reported as such
// so the handler and the force know it has to be checked.

struct Rate
{
    qint64 pence = 0;
    bool verified = true;
};

struct RemovalRow
{
    QString weightClass;
    QString position;  // on_road, off_road or any
    QString condition; // upright_undamaged, not_upright_or_damaged or any
    QString laden;     // laden, unladen or any
    Rate rate;
};

struct ChargeSchedule
{
    QString id; // "SI 2023/331"
    QString title;
    QDate effectiveFrom; // applies to vehicles removed on or after this date (UK local date)
    QDate reviewedOn;    // when the figures were last checked against the sources; may be null
    QStringList sources; // URLs
    QList<RemovalRow> removal;
    QHash<QString, Rate> storagePer24h; // by weight class
    QHash<QString, Rate> disposal;      // by weight class
};

struct DisposalPeriod
{
    QDate effectiveFrom; // for seizures on or after this date
    QStringList powers;
    std::optional<int> days; // none: no disposal date is given (evidence)
    QString from;            // "seizure" or "notice"
    // Working days the keeper has to bring the documents to the named station; none when no
    // source gives one for these powers.
    std::optional<int> attendWithinWorkingDays;
    bool verified = false;
    QStringList sources;
    QString note;
};

struct Charges
{
    qint64 removalPence = 0;
    qint64 storagePence = 0;
    qint64 disposalPence = 0; // only once the vehicle has been disposed of
    qint64 totalPence = 0;
    int storageDays = 0; // 24-hour periods or parts of one
    qint64 storagePer24hPence = 0;
    QString schedule;              // the schedule's id
    QDateTime storageFrom;         // noon (UK time) on the day after removal, or when a hold ended
    QDateTime chargedUntil;        // the time asked about, or release/disposal if earlier
    bool storageSuspended = false; // on police hold: no storage is charged
    QStringList unverified;        // "removal", "storage", "disposal": figures to check
};

class ChargeTables
{
public:
    // schedules: one JSON document per schedule; periods: the disposal-periods document.
    static Result<ChargeTables> fromJson(const QList<QByteArray> &schedules,
                                         const QByteArray &periods);
    // Every *.json in `dir` that has "removal" is a schedule; disposal-periods.json the periods.
    static Result<ChargeTables> loadDirectory(const QString &dir);
    // The tables shipped in the program (:/contactdesk/charges), loaded once.
    static const ChargeTables &shipped();
    static QString shippedError();

    bool isEmpty() const { return m_schedules.isEmpty(); }
    const QList<ChargeSchedule> &schedules() const { return m_schedules; }
    const QList<DisposalPeriod> &periods() const { return m_periods; }
    QDate periodsReviewedOn() const { return m_periodsReviewedOn; }

    // The schedule in force on the (UK local) day the vehicle was removed.
    const ChargeSchedule *scheduleFor(const QDateTime &removedAt) const;
    // What is owed at `at` (UTC). Fails when no schedule or rate covers the vehicle.
    Result<Charges> charges(const Vehicle &vehicle, const QDateTime &at) const;
    // The UK date after which an unclaimed held vehicle may be disposed of; none when it is not
    // held, is on police hold, or no period applies.
    std::optional<QDate> mayDisposeAfter(const Vehicle &vehicle) const;

    // Noon, UK local time, on the day after removal.
    static QDateTime storageStart(const QDateTime &removedAt);

private:
    QList<ChargeSchedule> m_schedules; // oldest first
    QList<DisposalPeriod> m_periods;
    QDate m_periodsReviewedOn;
};

// What the owner must bring and the steps to release, by power (resources/vehicles).
struct ReleaseGuidance
{
    QStringList documents;
    QStringList steps;
    static ReleaseGuidance forPower(const QString &power);
};

QString formatPence(qint64 pence); // "£1,234.50"

} // namespace cd::vehicles
