#pragma once

// A fixed, generated dataset for the report tests: contacts over three months across two
// teams, with a few escalations. The generator is a plain LCG so the data never changes.

#include "core/contact.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

namespace cd::test {

struct Lcg
{
    quint64 state = 20261122;
    int next(int bound)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(bound));
    }
};

inline QList<Contact> reportDataset(int count = 900)
{
    static const QStringList handlers = {QStringLiteral("A. Handler"), QStringLiteral("B. Okafor"),
                                         QStringLiteral("C. Jones"), QStringLiteral("D. Patel")};
    static const QStringList channels = {QStringLiteral("phone"), QStringLiteral("email"),
                                         QStringLiteral("online"), QStringLiteral("live_chat")};
    static const QStringList categories = {
        QStringLiteral("dissatisfaction"), QStringLiteral("vehicle_recovery"),
        QStringLiteral("general_enquiry"), QStringLiteral("fraud")};
    static const QStringList reasons = {QStringLiteral("no_update"),
                                        QStringLiteral("delay_in_attendance"),
                                        QStringLiteral("attitude"), QStringLiteral("no_call_back")};
    static const QStringList outcomes = {QStringLiteral("resolved_first_contact"),
                                         QStringLiteral("referred"), QStringLiteral("signposted"),
                                         QStringLiteral("callback")};
    Lcg rng;
    QList<Contact> out;
    // 1 Sep 2026 00:00 UTC; spread over 92 days so the October clock change is inside.
    const QDateTime start(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        c.startedAt = start.addSecs(qint64(rng.next(92 * 24 * 60)) * 60);
        if (rng.next(10) != 0)
            c.endedAt = c.startedAt.addSecs(60 + rng.next(900));
        const int h = rng.next(handlers.size());
        c.handler = handlers.at(h);
        c.team = h < 3 ? QStringLiteral("QoS North") : QStringLiteral("QoS South");
        c.channel = channels.at(rng.next(channels.size()));
        c.category = categories.at(rng.next(categories.size()));
        if (c.category == QLatin1String("dissatisfaction"))
            c.reason = reasons.at(rng.next(reasons.size()));
        c.outcome = outcomes.at(rng.next(outcomes.size()));
        c.remainedDissatisfied = rng.next(7) == 0;
        // 40 callers by phone, some by email only, some anonymous.
        const int caller = rng.next(60);
        if (caller < 40)
            c.callerPhone = QStringLiteral("0770090%1").arg(caller, 4, 10, QLatin1Char('0'));
        else if (caller < 50)
            c.callerEmail = QStringLiteral("caller%1@example.com").arg(caller);
        c.reference = QStringLiteral("REF-%1").arg(i);
        out << c;
    }
    return out;
}

inline QDate londonDate(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London"))).date();
}

// Escalations straight into the tables (the lifecycle is tested elsewhere): raised from the
// first dissatisfaction contacts of the dataset, some resolved, some overdue.
struct SampleEscalation
{
    QString id;
    QString contactId;
    QString status;
    QString team;
    QString owner;
    QString receivingTeam;
    QDate raisedOn;
    QDate dueOn;
    QDateTime resolvedAt; // invalid when not resolved
};

inline bool insertEscalation(Database &db, const SampleEscalation &e)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO escalations (id, contact_id, type, form_version, status, owner, team, "
        "receiving_team, raised_on, due_at, created_at, updated_at, updated_hlc, origin) "
        "VALUES (?, ?, 'formal_complaint', 1, ?, ?, ?, ?, ?, ?, ?, ?, 'h', 'o')"));
    q.addBindValue(e.id);
    q.addBindValue(e.contactId);
    q.addBindValue(e.status);
    q.addBindValue(e.owner);
    q.addBindValue(e.team);
    q.addBindValue(e.receivingTeam);
    q.addBindValue(e.raisedOn.toString(Qt::ISODate));
    q.addBindValue(e.dueOn.toString(Qt::ISODate));
    q.addBindValue(QStringLiteral("2026-09-01T00:00:00.000Z"));
    q.addBindValue(QStringLiteral("2026-09-01T00:00:00.000Z"));
    if (!q.exec())
        return false;
    if (e.resolvedAt.isValid()) {
        QSqlQuery v(db.sql());
        v.prepare(QStringLiteral(
            "INSERT INTO escalation_events (id, escalation_id, from_status, to_status, actor, at, "
            "updated_hlc, origin) VALUES (?, ?, 'in_progress', 'resolved', ?, ?, 'h', 'o')"));
        v.addBindValue(e.id + QStringLiteral("-r"));
        v.addBindValue(e.id);
        v.addBindValue(e.owner);
        v.addBindValue(e.resolvedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        if (!v.exec())
            return false;
    }
    return true;
}

} // namespace cd::test
