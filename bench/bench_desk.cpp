// Speed of the Desk's everyday operations over a large contacts cache, with the budgets from
// ARCHITECTURE.md: saving a contact (with audit and outbox) under 5 ms; full-text search's
// first page under 20 ms for rare words and 50 ms for any word; start to a usable Desk within
// 1.5x a hello-world window. Usage: bench_desk [CONTACTS] (default 1,000,000).
#include "core/clock.h"
#include "gui/mainwindow.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/profile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

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

const char *const kWords[] = {
    "caller",    "unhappy",   "update",   "officer",  "attended",  "report", "burglary",   "car",
    "seized",    "insurance", "pound",    "charges",  "neighbour", "noise",  "travellers", "field",
    "council",   "email",     "chased",   "promised", "call",      "back",   "crime",      "number",
    "statement", "property",  "returned", "damage",   "garden",    "shed",   "stolen",     "bike"};

// Fills the contacts table through the raw API, FTS triggers included, as a long-used cache would
// be.
double generate(Database &db, int count)
{
    QElapsedTimer t;
    t.start();
    sqlite3 *h = db.handle();
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        h,
        "INSERT INTO contacts (id, started_at, ended_at, handler, team, channel, category, "
        "outcome, "
        "caller_name, caller_phone, notes, updated_hlc, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        -1, &stmt, nullptr);
    QRandomGenerator rng(42);
    const char *channels[] = {"phone", "email", "online", "live_chat"};
    const char *categories[] = {"dissatisfaction", "vehicle_recovery", "general_enquiry",
                                "victim_enquiry", "fraud"};
    const char *outcomes[] = {"resolved_first_contact", "referred", "signposted", "callback"};
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-730);
    for (int i = 0; i < count; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 63072000 / count);
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray started = isoUtc(at).toUtf8();
        const QByteArray ended = isoUtc(at.addSecs(240)).toUtf8();
        const QByteArray phone = "07700" + QByteArray::number(100000 + rng.bounded(800000));
        QByteArray notes;
        for (int w = 0; w < 22; ++w) {
            notes += kWords[rng.bounded(int(std::size(kWords)))];
            notes += ' ';
        }
        if (i % 100000 == 7)
            notes += "zebracrossing"; // a rare word: 10 in a million
        const QByteArray handler = "Handler " + QByteArray::number(rng.bounded(12));
        const QByteArray hlc = QByteArray::number(at.toMSecsSinceEpoch()) + "-000000-bench";
        int col = 1;
        for (const QByteArray *v :
             std::initializer_list<const QByteArray *>{&id, &started, &ended, &handler})
            sqlite3_bind_text(stmt, col++, v->constData(), int(v->size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, col++, "QoS North", -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, col++, channels[rng.bounded(4)], -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, col++, categories[rng.bounded(5)], -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, col++, outcomes[rng.bounded(4)], -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, col++, "Caller Name", -1, SQLITE_STATIC);
        for (const QByteArray *v : std::initializer_list<const QByteArray *>{&phone, &notes, &hlc})
            sqlite3_bind_text(stmt, col++, v->constData(), int(v->size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, col++, "bench", -1, SQLITE_STATIC);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    return double(t.elapsed()) / 1000.0;
}

template <typename F> std::vector<double> timeEach(int runs, F &&f)
{
    std::vector<double> out;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        out.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return out;
}

// Milliseconds from show() to the first paint of a widget's viewport.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QObject *target)
    {
        target->installEventFilter(this);
        m_timer.start();
    }
    double ms = -1;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && ms < 0)
            ms = double(m_timer.nsecsElapsed()) / 1e6;
        return false;
    }

private:
    QElapsedTimer m_timer;
};

double timeToPaint(QWidget &w, QObject *paintTarget)
{
    FirstPaint probe(paintTarget);
    w.show();
    while (probe.ms < 0)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    return probe.ms;
}

void print(const char *what, const Stats &s, double budget)
{
    std::printf("%-44s p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms  budget %5.1f ms  %s\n", what,
                s.p50, s.p99, s.max, budget, s.p50 <= budget ? "ok" : "OVER");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    QTemporaryDir dir;
    auto db = Database::open(Database::fileNameIn(dir.path()), nullptr);
    const HandlerProfile profile{QStringLiteral("Handler 3"), Role::Handler,
                                 QStringLiteral("QoS North")};
    if (!db || !ProfileStore(*db).save(profile))
        return 1;
    std::printf("generating %d contacts (with the FTS index)... ", count);
    std::fflush(stdout);
    std::printf("%.1f s\n", generate(*db, count));
    db->exec(QStringLiteral("PRAGMA optimize")).ok();

    ContactStore store(*db);
    Contact sample;
    sample.startedAt = QDateTime::currentDateTimeUtc();
    sample.endedAt = sample.startedAt.addSecs(200);
    sample.handler = profile.name;
    sample.team = profile.team;
    sample.channel = QStringLiteral("phone");
    sample.category = QStringLiteral("vehicle_recovery");
    sample.outcome = QStringLiteral("resolved_first_contact");
    sample.callerPhone = QStringLiteral("07700900123");
    sample.notes = QStringLiteral(
        "Car seized for no insurance; told the caller where it is and what it costs.");
    print("save a contact (contact+outbox+audit)",
          stats(timeEach(300,
                         [&](int) {
                             Contact c = sample;
                             if (!store.save(c, profile.name))
                                 qFatal("save failed");
                         })),
          5.0);
    QRandomGenerator rng(7);
    print("caller history by phone",
          stats(timeEach(300,
                         [&](int) {
                             store.history(
                                 QStringLiteral("07700%1").arg(100000 + rng.bounded(800000)),
                                 QString(), QDateTime::currentDateTimeUtc().addDays(-30),
                                 profile.name);
                         })),
          5.0);
    print("search, rare word (10 matches)",
          stats(timeEach(
              50, [&](int) { store.search(QStringLiteral("zebracrossing"), profile.name); })),
          20.0);
    print("search, common word (~50% of rows)",
          stats(timeEach(50, [&](int) { store.search(QStringLiteral("caller"), profile.name); })),
          50.0);
    print("search, two words",
          stats(timeEach(
              50, [&](int) { store.search(QStringLiteral("seized insurance"), profile.name); })),
          50.0);
    print("search, phone prefix",
          stats(timeEach(50, [&](int) { store.search(QStringLiteral("07700 4"), profile.name); })),
          50.0);
    print("today's list",
          stats(timeEach(100, [&](int) { store.listDay(profile.name, QDate::currentDate()); })),
          5.0);

    // Start-up: a hello-world window against the Desk over this cache, both to first paint.
    QLabel hello(QStringLiteral("Hello"));
    const double helloMs = timeToPaint(hello, &hello);
    QElapsedTimer openTimer;
    openTimer.start();
    auto deskDb = Database::open(Database::fileNameIn(dir.path()), nullptr);
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    MainWindow desk(*deskDb, profile);
    QTableView *list = desk.findChild<QTableView *>(QStringLiteral("contactsView"));
    const double deskMs = openMs + timeToPaint(desk, list->viewport());
    std::printf("start to first paint: hello world %.1f ms, Desk %.1f ms (open database %.1f ms), "
                "ratio %.2f "
                "(budget 1.5x and 300 ms)\n",
                helloMs, deskMs, openMs, deskMs / helloMs);
    return 0;
}
