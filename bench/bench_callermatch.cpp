// Caller matching over a filled profile (issue 22): how long the Desk's caller history and
// household lookups take, offline from the cache, at the size of the profile given. Fill it
// with `contactdesk-admin demo seed --contacts N`. Usage: bench_callermatch PROFILE_DIR [RUNS].
// Budget: the caller history under 10 ms.
//
// `bench_callermatch --grow PROFILE_DIR TIMES` makes a profile TIMES as large for a quicker
// measurement than a seed of that size: it copies every contact TIMES - 1 times, each copy
// another caller (its name, number, email and house number changed; postcode, street and
// times kept). The copies skip the full-text index and the summaries (the bulk pause): use it
// on a copy of a seeded profile, for timing lookups only.
#include "core/callermatch.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace cd;

namespace {

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double q) {
        return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
    };
    return {at(0.5), at(0.99), v.back()};
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Callers as the Desk would have them typed: the keys of contacts picked across the profile.
QList<Contact> sampleCallers(Database &db, const QString &where, int runs)
{
    QList<Contact> out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT caller_phone, caller_email, caller_name, postcode, address "
                               "FROM contacts WHERE %1 AND abs(random()) % 50 = 0 LIMIT %2")
                    .arg(where)
                    .arg(runs)))
        return out;
    while (q.next()) {
        Contact c;
        c.callerPhone = q.value(0).toString();
        c.callerEmail = q.value(1).toString();
        c.callerName = q.value(2).toString();
        c.postcode = q.value(3).toString();
        c.address = q.value(4).toString();
        out.append(c);
    }
    return out;
}

void run(const char *what, const QList<Contact> &callers,
         const std::function<int(const callermatch::CallerKeys &)> &lookUp)
{
    std::vector<double> ms;
    std::vector<double> cpu; // the thread's own CPU time: what the lookup costs without the
                             // time the scheduler gave to the machine's other work
    long found = 0;
    for (const Contact &c : callers) {
        const callermatch::CallerKeys keys = callermatch::CallerKeys::of(c);
        const double cpuBefore = threadCpuMs();
        QElapsedTimer t;
        t.start();
        found += lookUp(keys);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuBefore);
    }
    if (ms.empty()) {
        std::printf("%-44s no callers to look up\n", what);
        return;
    }
    const Stats s = stats(ms);
    const Stats c = stats(cpu);
    std::printf("%-44s %4zu lookups  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  CPU p50 %5.2f ms "
                "p99 %5.2f ms  (%.1f found on average)\n",
                what, ms.size(), s.p50, s.p99, s.max, c.p50, c.p99,
                double(found) / double(ms.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_callermatch PROFILE_DIR [RUNS]\n");
        return 2;
    }
    if (qstrcmp(argv[1], "--grow") == 0 && argc == 4) {
        Database::OpenError error;
        auto db = Database::open(Database::fileNameIn(QString::fromLocal8Bit(argv[2])), &error);
        if (!db) {
            std::fprintf(stderr, "cannot open the profile: %s\n", qPrintable(error.message));
            return 3;
        }
        const int times = std::atoi(argv[3]);
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("BEGIN"));
        q.exec(
            QStringLiteral("INSERT INTO bulk_apply (since_rowid) SELECT max(rowid) FROM contacts"));
        for (int k = 1; k < times; ++k) {
            const QString n = QString::number(k);
            const QString sql =
                QStringLiteral(
                    "INSERT INTO contacts (id, started_at, ended_at, handler, team, channel, "
                    "category, reason, outcome, remained_dissatisfied, consent_to_outcome, "
                    "caller_name, caller_phone, caller_email, postcode, reference, vrm, notes, "
                    "script_path, risk_prompts, updated_hlc, origin, deleted, address) "
                    "SELECT id || '-K', started_at, ended_at, handler, team, channel, category, "
                    "reason, outcome, remained_dissatisfied, consent_to_outcome, "
                    "CASE WHEN caller_name <> '' THEN caller_name || ' ' || char(64 + K) ELSE '' "
                    "END, CASE WHEN caller_phone <> '' THEN printf('07%03d%06d', K, rowid % "
                    "1000000) ELSE '' END, CASE WHEN caller_email <> '' THEN 'K.' || "
                    "caller_email ELSE '' END, postcode, reference, vrm, notes, script_path, "
                    "risk_prompts, updated_hlc, origin, deleted, CASE WHEN address <> '' THEN "
                    "'K000' || address ELSE '' END FROM contacts WHERE rowid <= (SELECT "
                    "since_rowid FROM bulk_apply)")
                    .replace(QLatin1Char('K'), n);
            if (!q.exec(sql))
                qFatal("grow: %s", qPrintable(q.lastError().text()));
            std::printf("copy %d done at %.1f s\n", k, double(t.elapsed()) / 1000.0);
        }
        q.exec(QStringLiteral("DELETE FROM bulk_apply"));
        q.exec(QStringLiteral("COMMIT"));
        std::printf("%d contacts in %.1f s\n", ContactStore(*db).count(),
                    double(t.elapsed()) / 1000.0);
        return 0;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 300;
    Database::OpenError error;
    auto db = Database::open(Database::fileNameIn(QString::fromLocal8Bit(argv[1])), &error);
    if (!db) {
        std::fprintf(stderr, "cannot open the profile: %s\n", qPrintable(error.message));
        return 3;
    }
    ContactStore store(*db);
    std::printf("%d contacts\n", store.count());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString actor = QStringLiteral("bench");
    auto history = [&](const callermatch::CallerKeys &keys) {
        return int(store.history(keys, now.addDays(-30), actor).contacts.size());
    };
    auto only = [](const Contact &c, const char *field) {
        Contact k;
        if (qstrcmp(field, "phone") == 0)
            k.callerPhone = c.callerPhone;
        else if (qstrcmp(field, "email") == 0)
            k.callerEmail = c.callerEmail;
        else if (qstrcmp(field, "name") == 0) {
            k.callerName = c.callerName;
            k.postcode = c.postcode;
        } else {
            k.address = c.address;
            k.postcode = c.postcode;
        }
        return k;
    };
    auto keep = [&](const QList<Contact> &from, const char *field) {
        QList<Contact> out;
        for (const Contact &c : from)
            out.append(only(c, field));
        return out;
    };
    const QList<Contact> withPhone = sampleCallers(*db, QStringLiteral("caller_phone <> ''"), runs);
    const QList<Contact> withEmail = sampleCallers(*db, QStringLiteral("caller_email <> ''"), runs);
    const QList<Contact> withName =
        sampleCallers(*db, QStringLiteral("caller_name <> '' AND postcode <> ''"), runs);
    const QList<Contact> withAddress = sampleCallers(*db, QStringLiteral("address <> ''"), runs);
    run("caller history, phone only", keep(withPhone, "phone"), history);
    run("caller history, email only", keep(withEmail, "email"), history);
    run("caller history, name and postcode only", keep(withName, "name"), history);
    run("caller history, address and postcode only", keep(withAddress, "address"), history);
    run("caller history, everything typed", withAddress, history);
    run("household (90 days), everything typed", withAddress,
        [&](const callermatch::CallerKeys &keys) {
            return int(store.household(keys, now.addDays(-90), actor).size());
        });
    return 0;
}
