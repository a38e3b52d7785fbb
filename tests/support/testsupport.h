#pragma once

// Helpers shared by the tests: a temporary profile with an open database and a handler.

#include "verify.h"

#include "core/contact.h"
#include "storage/database.h"
#include "storage/profile.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cd::test {

struct TempProfile
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    HandlerProfile profile{QStringLiteral("A. Handler"), Role::Handler,
                           QStringLiteral("QoS North")};

    TempProfile()
    {
        Database::OpenError error;
        db = Database::open(Database::fileNameIn(dir.path()), &error);
        if (!db)
            qFatal("cannot open test profile: %s", qPrintable(error.message));
        if (!ProfileStore(*db).save(profile))
            qFatal("cannot save test profile");
    }
    QString path() const { return dir.path(); }
    QString dbFile() const { return Database::fileNameIn(dir.path()); }
};

inline Contact sampleContact(const QDateTime &startedAt)
{
    Contact c;
    c.startedAt = startedAt;
    c.endedAt = startedAt.addSecs(245);
    c.handler = QStringLiteral("A. Handler");
    c.team = QStringLiteral("QoS North");
    c.channel = QStringLiteral("phone");
    c.category = QStringLiteral("vehicle_recovery");
    c.reason = QStringLiteral("charges");
    c.outcome = QStringLiteral("resolved_first_contact");
    c.callerName = QStringLiteral("Sam Taylor");
    c.callerPhone = QStringLiteral("07700900123");
    c.callerEmail = QStringLiteral("sam.taylor@example.com");
    c.postcode = QStringLiteral("SS14 1AB");
    c.reference = QStringLiteral("CAD-4411/26");
    c.vrm = QStringLiteral("YC19SON");
    c.notes = QStringLiteral(
        "Car seized for no insurance; asked about storage charges at the Basildon pound.");
    return c;
}

} // namespace cd::test
