// The Desk's lists over a large cache (issue 21): the first page of today's list, of a search for
// a common and a rare word, the next pages as the list scrolls, and the caller history; the
// Desk's resident memory once it is open; start to first paint against a hello-world window in
// the same run. Budgets from ARCHITECTURE.md: a list's first page painted in under 50 ms (rare
// words 20 ms), 16 ms a scroll frame, caller history under 10 ms, resident memory under 200 MB,
// start to first paint at most 1.5x hello world.
//
// Usage: bench_lists PROFILE_DIR [--grow-to N] [--runs R] [--start-only]
//   PROFILE_DIR  a profile filled by `contactdesk-admin demo seed --contacts N`
//   --grow-to N  first copy its contacts (each copy a year earlier per round) until it holds N,
//                with the full-text index caught up; for a 1,000,000-contact profile from a
//                smaller seed in minutes rather than the seed's half hour
//   --runs R     start-up runs of each kind (default 5)
//   --start-only only the start-up and memory figures (give it last)
// Prints one JSON line per figure on stdout ({"name","value","unit","budget","reference"}) and
// the same in words on stderr.
#include "core/callermatch.h"
#include "core/londonday.h"
#include "gui/contactform.h"
#include "gui/contactlistmodel.h"
#include "gui/mainwindow.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/taxonomystore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace cd;

namespace {

QElapsedTimer g_sinceMain;

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
}

// One figure for the benchmark runner, and in words for a person.
void report(const QString &name, double value, const QString &unit, double budget,
            const QString &reference = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("budget"), budget},
                  {QStringLiteral("reference"), reference}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    std::fprintf(stderr, "%-44s %10.3f %-6s budget %8.2f  %s%s%s\n", qPrintable(name), value,
                 qPrintable(unit), budget, value <= budget ? "pass" : "FAIL",
                 reference.isEmpty() ? "" : "  ", qPrintable(reference));
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Copies the profile's contacts, a year earlier each round, until it holds `target`; the
// full-text index is caught up set-wise (the per-row triggers paused as a bulk write does).
bool grow(Database &db, qint64 target)
{
    qint64 count = scalar(db, QStringLiteral("SELECT count(*) FROM contacts"));
    const qint64 base = count;
    if (count <= 0 || count >= target)
        return count > 0;
    QStringList columns;
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("PRAGMA table_info(contacts)"));
        while (q.next())
            if (q.value(1).toString() != QLatin1String("rowid"))
                columns << q.value(1).toString();
    }
    QStringList copied;
    for (const QString &c : std::as_const(columns)) {
        if (c == QLatin1String("id"))
            copied << QStringLiteral("id || '-' || :round");
        else if (c == QLatin1String("started_at") || c == QLatin1String("ended_at"))
            copied << QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, '-' || (364 * :round) || "
                                     "' days')")
                          .arg(c);
        else
            copied << c;
    }
    const qint64 firstNew = scalar(db, QStringLiteral("SELECT max(rowid) FROM contacts")) + 1;
    QElapsedTimer t;
    t.start();
    sqlite3 *h = db.handle();
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_exec(h, "INSERT INTO bulk_apply (since_rowid) VALUES (1e18)", nullptr, nullptr,
                 nullptr);
    for (int round = 1; count < target; ++round) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO contacts (%1) SELECT %2 FROM contacts WHERE rowid "
                                 "<= :base LIMIT :n")
                      .arg(columns.join(QLatin1Char(',')), copied.join(QLatin1Char(','))));
        q.bindValue(QStringLiteral(":round"), round);
        q.bindValue(QStringLiteral(":base"), base);
        q.bindValue(QStringLiteral(":n"), std::min(base, target - count));
        if (!q.exec()) {
            std::fprintf(stderr, "grow: %s\n", qPrintable(q.lastError().text()));
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
            return false;
        }
        count += q.numRowsAffected();
        std::fprintf(stderr, "grow: %lld contacts (%.0f s)\n", count, double(t.elapsed()) / 1000);
    }
    sqlite3_exec(h, "DELETE FROM bulk_apply", nullptr, nullptr, nullptr);
    // A rare word: in ten contacts of the million.
    const QString rare = QStringLiteral(
        "UPDATE contacts SET notes = notes || ' zebracrossing' WHERE rowid >= %1 AND rowid % "
        "100000 = 7");
    db.exec(rare.arg(firstNew)).ok();
    const QString fts = QStringLiteral(
        "INSERT INTO contacts_fts (rowid, caller_name, caller_phone, caller_email, reference, vrm, "
        "notes) SELECT rowid, caller_name, caller_phone, caller_email, reference, vrm, notes FROM "
        "contacts WHERE rowid >= %1");
    if (!db.exec(fts.arg(firstNew))) {
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    const int rc = sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    db.exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('optimize')")).ok();
    db.exec(QStringLiteral("PRAGMA optimize")).ok();
    std::fprintf(stderr, "grow: done, %lld contacts in %.0f s\n", count,
                 double(t.elapsed()) / 1000);
    return rc == SQLITE_OK;
}

// The first paint of any widget, timed from main().
class PaintProbe : public QObject
{
public:
    double firstPaintMs = -1;
    QWidget *listViewport = nullptr;
    QAbstractItemModel *listModel = nullptr;
    double listPaintMs = -1; // the list painted with rows in it

protected:
    bool eventFilter(QObject *watched, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) {
            const double now = double(g_sinceMain.nsecsElapsed()) / 1e6;
            if (firstPaintMs < 0)
                firstPaintMs = now;
            if (listPaintMs < 0 && watched == listViewport && listModel &&
                listModel->rowCount() > 0)
                listPaintMs = now;
        }
        return false;
    }
};

// Child process: a hello-world window, main() to first paint.
int runHello(QApplication &app)
{
    PaintProbe probe;
    app.installEventFilter(&probe);
    QLabel hello(QStringLiteral("Hello"));
    hello.show();
    while (probe.firstPaintMs < 0)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("paint %.3f\n", probe.firstPaintMs);
    return 0;
}

// Child process: the Desk on the profile, main() to first paint, to today's list painted with
// its rows, to the side panels built; then its resident memory.
int runDesk(QApplication &app, const QString &profileDir)
{
    PaintProbe probe;
    app.installEventFilter(&probe);
    QElapsedTimer t;
    t.start();
    auto db = Database::open(Database::fileNameIn(profileDir), nullptr);
    if (!db)
        return 2;
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    const HandlerProfile profile = ProfileStore(*db).load();
    MainWindow desk(*db, profile);
    const double builtMs = double(t.nsecsElapsed()) / 1e6;
    auto *list = desk.findChild<QTableView *>(QStringLiteral("contactsView"));
    probe.listViewport = list->viewport();
    probe.listModel = list->model();
    desk.show();
    QElapsedTimer limit;
    limit.start();
    while ((probe.firstPaintMs < 0 || !desk.panelsReady() ||
            (probe.listPaintMs < 0 && list->model()->rowCount() > 0)) &&
           limit.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double readyMs = double(g_sinceMain.nsecsElapsed()) / 1e6;
    // Let the dashboards' worker and the first layout settle before the memory is read.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    std::printf("paint %.3f\nopen %.3f\nbuilt %.3f\nlist %.3f\nready %.3f\nrows %d\nrss %.1f\n",
                probe.firstPaintMs, openMs, builtMs, probe.listPaintMs, readyMs,
                list->model()->rowCount(), residentMegabytes());
    return 0;
}

// Child process: where the Desk's start-up goes, part by part, each timed in turn in a fresh
// process (a part is warmer for the parts before it: fonts, style, plug-ins).
int runParts(QApplication &app, const QString &profileDir)
{
    Q_UNUSED(app);
    QElapsedTimer t;
    t.start();
    auto lap = [&t] {
        const double ms = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        return ms;
    };
    auto db = Database::open(Database::fileNameIn(profileDir), nullptr);
    if (!db)
        return 2;
    std::printf("open %.3f\n", lap());
    const HandlerProfile profile = ProfileStore(*db).load();
    const Taxonomy taxonomy = TaxonomyStore(*db).load().value();
    std::printf("profile+taxonomy %.3f\n", lap());
    {
        ContactForm form;
        form.setTaxonomy(taxonomy);
        std::printf("form %.3f\n", lap());
        form.show();
        QApplication::processEvents();
        std::printf("form-shown %.3f\n", lap());
    }
    {
        MainWindow desk(*db, profile);
        std::printf("desk-after-form %.3f\n", lap());
    }
    return 0;
}

QHash<QString, double> runChild(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), arguments);
    p.waitForFinished(60000);
    QHash<QString, double> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            out.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toDouble());
    }
    return out;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// A list's first page through the model, and painted in a view: from setQuery to the paint of
// the view's viewport with the rows in it.
struct ListTimes
{
    double query = -1, painted = -1;
    int rows = 0;
    bool more = false;
};

ListTimes timeList(QTableView &view, ContactListModel &model, Database &db,
                   const ContactListQuery &query, const QString &actor)
{
    PaintProbe probe;
    probe.listViewport = view.viewport();
    probe.listModel = &model;
    view.viewport()->installEventFilter(&probe);
    QElapsedTimer t;
    t.start();
    const qint64 start = g_sinceMain.nsecsElapsed();
    model.setQuery(db, query, actor);
    ListTimes out;
    out.query = double(t.nsecsElapsed()) / 1e6;
    out.rows = model.rowCount();
    out.more = model.canFetchMore({});
    if (out.rows > 0) {
        while (probe.listPaintMs < 0 && t.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        out.painted = probe.listPaintMs - double(start) / 1e6;
    }
    view.viewport()->removeEventFilter(&probe);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("--hello"))
        return runHello(app);
    if (args.value(1) == QLatin1String("--desk"))
        return runDesk(app, args.value(2));
    if (args.value(1) == QLatin1String("--parts"))
        return runParts(app, args.value(2));
    if (args.size() < 2 || args.value(1).startsWith(QLatin1String("--"))) {
        std::fprintf(stderr,
                     "usage: bench_lists PROFILE_DIR [--grow-to N] [--runs R] [--start-only]\n");
        return 2;
    }
    const QString profileDir = args.value(1);
    qint64 growTo = 0;
    int runs = 5;
    const bool startOnly = args.contains(QStringLiteral("--start-only"));
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--grow-to"))
            growTo = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
    }
    auto db = Database::open(Database::fileNameIn(profileDir), nullptr);
    if (!db) {
        std::fprintf(stderr, "cannot open the profile in %s\n", qPrintable(profileDir));
        return 2;
    }
    if (growTo > 0 && !grow(*db, growTo))
        return 1;
    const qint64 contacts = scalar(*db, QStringLiteral("SELECT count(*) FROM contacts"));
    QFile load(QStringLiteral("/proc/loadavg"));
    load.open(QIODevice::ReadOnly);
    const QString loadAvg = QString::fromLatin1(load.readAll().split(' ').mid(0, 3).join(' '));
    std::fprintf(stderr, "%lld contacts; load average %s\n", contacts, qPrintable(loadAvg));
    const QString ref = QStringLiteral("%1 contacts, load %2").arg(contacts).arg(loadAvg);

    // Today's list: the handler and London day of the newest contact, so the list is full.
    QString handler;
    QDate day;
    {
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT handler, started_at FROM contacts WHERE deleted = 0 ORDER "
                              "BY started_at DESC LIMIT 1"));
        if (q.next()) {
            handler = q.value(0).toString();
            day = londonDay(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs));
        }
    }
    const QString actor = QStringLiteral("Bench");
    ContactListModel model;
    QTableView view;
    view.resize(600, 800);
    view.setModel(&model);
    view.show();
    while (!view.isVisible())
        QApplication::processEvents();

    if (!startOnly) {
        auto listFigure = [&](const QString &name, const ContactListQuery &query, double budget) {
            std::vector<double> queries, painted;
            ListTimes last;
            for (int i = 0; i < 11; ++i) {
                model.setRows({});
                QApplication::processEvents();
                last = timeList(view, model, *db, query, actor);
                if (i == 0)
                    continue; // the first reads the pages from disk into the cache
                queries.push_back(last.query);
                if (last.painted >= 0)
                    painted.push_back(last.painted);
            }
            report(
                name + QStringLiteral(", first page read"), median(queries), QStringLiteral("ms"),
                budget,
                QStringLiteral("%1 rows%2; %3").arg(last.rows).arg(last.more ? "+" : "").arg(ref));
            report(name + QStringLiteral(", first page painted"), median(painted),
                   QStringLiteral("ms"), budget, ref);
        };
        listFigure(QStringLiteral("today's list"), ContactListQuery::ofDay(handler, day), 50);
        listFigure(QStringLiteral("search, common word \"the\""),
                   ContactListQuery::ofSearch(QStringLiteral("the")), 50);
        listFigure(QStringLiteral("search, common word \"car\""),
                   ContactListQuery::ofSearch(QStringLiteral("car")), 50);
        listFigure(QStringLiteral("search, rare word"),
                   ContactListQuery::ofSearch(QStringLiteral("zebracrossing")), 20);

        // Scrolling a common word's results: each next page as the view reaches the bottom.
        {
            model.setQuery(*db, ContactListQuery::ofSearch(QStringLiteral("the")), actor);
            std::vector<double> pages, frames;
            for (int i = 0; i < 30 && model.canFetchMore({}); ++i) {
                pages.push_back(timeMs([&] { model.fetchMore({}); }));
                frames.push_back(timeMs([&] {
                    view.scrollToBottom();
                    view.viewport()->repaint();
                }));
            }
            report(QStringLiteral("scroll: next page of search results read, p50"), median(pages),
                   QStringLiteral("ms"), 16,
                   QStringLiteral("%1 pages; %2").arg(pages.size()).arg(ref));
            report(QStringLiteral("scroll: next page of search results read, worst"),
                   *std::max_element(pages.begin(), pages.end()), QStringLiteral("ms"), 50, ref);
            report(QStringLiteral("scroll: view laid out and painted after a page, p50"),
                   median(frames), QStringLiteral("ms"), 16, ref);
        }

        // Caller history: callers taken from the profile, everything typed as the Desk looks up.
        {
            QList<callermatch::CallerKeys> callers;
            QSqlQuery q(db->sql());
            q.exec(
                QStringLiteral("SELECT caller_phone, caller_email, caller_name, postcode, address "
                               "FROM contacts WHERE rowid % 3001 = 0 LIMIT 200"));
            while (q.next())
                callers.append(callermatch::CallerKeys::of(
                    q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()));
            ContactStore store(*db);
            const QDateTime window = QDateTime::currentDateTimeUtc().addDays(-30);
            std::vector<double> times, cpu;
            int found = 0;
            for (const callermatch::CallerKeys &keys : std::as_const(callers)) {
                const double before = threadCpuMs();
                times.push_back(timeMs(
                    [&] { found += int(store.history(keys, window, actor).contacts.size()); }));
                cpu.push_back(threadCpuMs() - before);
            }
            std::fprintf(stderr, "caller history: %.1f contacts shown a lookup\n",
                         double(found) / double(std::max<size_t>(1, callers.size())));
            report(QStringLiteral("caller history, CPU p50"), median(cpu), QStringLiteral("ms"), 10,
                   ref);
            report(QStringLiteral("caller history, p50"), median(times), QStringLiteral("ms"), 10,
                   QStringLiteral("%1 callers; %2").arg(times.size()).arg(ref));
            report(QStringLiteral("caller history, p99"), percentile(times, 0.99),
                   QStringLiteral("ms"), 10, ref);
        }
    }
    view.hide();
    db.reset();

    // Start-up: hello world and the Desk on this profile in turn, each in a fresh process.
    std::vector<double> hello, desk, list, ready, rss, ratios;
    for (int i = 0; i < runs; ++i) {
        const QHash<QString, double> h = runChild({QStringLiteral("--hello")});
        const QHash<QString, double> d = runChild({QStringLiteral("--desk"), profileDir});
        hello.push_back(h.value(QStringLiteral("paint"), -1));
        desk.push_back(d.value(QStringLiteral("paint"), -1));
        list.push_back(d.value(QStringLiteral("list"), -1));
        ready.push_back(d.value(QStringLiteral("ready"), -1));
        rss.push_back(d.value(QStringLiteral("rss"), -1));
        ratios.push_back(desk.back() / hello.back());
        std::fprintf(stderr,
                     "  run %d: hello %.1f ms, Desk %.1f ms (open %.1f, window built %.1f), list "
                     "painted %.1f ms, panels %.1f ms, %d rows, RSS %.1f MB\n",
                     i + 1, hello.back(), desk.back(), d.value(QStringLiteral("open")),
                     d.value(QStringLiteral("built")), list.back(), ready.back(),
                     int(d.value(QStringLiteral("rows"))), rss.back());
    }
    report(QStringLiteral("start to first paint, hello world"), median(hello), QStringLiteral("ms"),
           300, ref);
    report(QStringLiteral("start to first paint, Desk"), median(desk), QStringLiteral("ms"), 300,
           ref);
    report(QStringLiteral("start to first paint, Desk / hello world"), median(ratios),
           QStringLiteral("x"), 1.5, QStringLiteral("median of %1 runs; %2").arg(runs).arg(ref));
    report(QStringLiteral("start to today's list painted with its rows"), median(list),
           QStringLiteral("ms"), 300, ref);
    report(QStringLiteral("start to side panels built"), median(ready), QStringLiteral("ms"), 500,
           ref);
    report(QStringLiteral("Desk resident memory after opening"), median(rss), QStringLiteral("MB"),
           200, ref);
    const QHash<QString, double> parts = runChild({QStringLiteral("--parts"), profileDir});
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        std::fprintf(stderr, "  start-up part %-18s %8.1f ms\n", qPrintable(it.key()), it.value());
    return 0;
}
