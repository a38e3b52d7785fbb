// The pull never skips a row whose transaction committed late (SYNC-NOTES 1.11): ten writers
// commit after random delays, some roll back, while two workstations pull over and over.
#include "pgtest.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QSet>

#include <atomic>
#include <thread>

using namespace cd;
using namespace pgtest;

namespace {

QSet<QString> localIds(Workstation &ws)
{
    QSet<QString> ids;
    QSqlQuery q(ws.db->sql());
    if (q.exec(QStringLiteral("SELECT id FROM contacts")))
        while (q.next())
            ids.insert(q.value(0).toString());
    return ids;
}

} // namespace

class TestSyncOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PGTEST_REQUIRE_SERVER(); }

    void noRowSkippedWhileWritersCommitLate()
    {
        const QString db = createDatabase("order");
        QVERIFY(!db.isEmpty());
        const QString ann = uniqueLogin(QStringLiteral("ann"));
        const QString dan = uniqueLogin(QStringLiteral("dan"));
        QVERIFY(addUser(db, ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(db, dan, QStringLiteral("Dan North"), QStringLiteral("north")));
        Workstation a(db, ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(db, dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        a.session->setBatchSizes(50, 7); // small pages: many cursor moves
        b.session->setBatchSizes(50, 13);

        constexpr int kWriters = 10;
        constexpr int kRowsEach = 20;
        QMutex mutex;
        QSet<QString> committed;
        QStringList errors;
        std::atomic<int> running{kWriters};
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                auto conn = sync::connectPg(superConninfo(db));
                if (!conn) {
                    QMutexLocker l(&mutex);
                    errors.append(conn.errorMessage());
                    --running;
                    return;
                }
                sync::Pg pg(conn->get());
                QRandomGenerator rng(quint32(1000 + w));
                for (int i = 0; i < kRowsEach; ++i) {
                    const QString id = QStringLiteral("w%1-%2").arg(w).arg(i);
                    const bool rollback = rng.bounded(5) == 0;
                    const int delayMs = rng.bounded(50);
                    Status s = pg.run("BEGIN");
                    if (s)
                        s = pg.run("INSERT INTO contacts (id, started_at, handler, team, channel, "
                                   "category, outcome, "
                                   "updated_hlc, origin) VALUES ($1, '2026-03-01T09:00:00Z', "
                                   "'Writer', 'north', "
                                   "'phone', 'low_level_concern', 'resolved_first_contact', "
                                   "'1700000000000-000000-w', 'writer')",
                                   {id.toUtf8()});
                    if (s)
                        s = pg.run("SELECT pg_sleep($1::float8 / 1000)",
                                   {QByteArray::number(delayMs)});
                    if (s)
                        s = pg.run(rollback ? "ROLLBACK" : "COMMIT");
                    QMutexLocker l(&mutex);
                    if (!s)
                        errors.append(s.errorMessage());
                    else if (!rollback)
                        committed.insert(id);
                }
                --running;
            });
        }
        int pulls = 0;
        while (running > 0) {
            for (Workstation *ws : {&a, &b}) {
                auto r = ws->session->pull();
                CD_VERIFY_OK(r);
                ++pulls;
            }
        }
        for (std::thread &t : writers)
            t.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(pulls > 2);
        // One more pull moves on from where the cursors are; anything skipped earlier is gone for
        // good.
        for (Workstation *ws : {&a, &b}) {
            auto r = ws->session->pull();
            CD_VERIFY_OK(r);
        }
        QVERIFY(committed.size() > kWriters * kRowsEach / 2);
        const QSet<QString> inA = localIds(a);
        const QSet<QString> inB = localIds(b);
        QCOMPARE(QSet<QString>(committed).subtract(inA), QSet<QString>());
        QCOMPARE(QSet<QString>(committed).subtract(inB), QSet<QString>());
        QCOMPARE(inA, committed);
        QCOMPARE(inB, committed);
        QCOMPARE(a.session->cursor(),
                 superValue(db, QStringLiteral("SELECT cd_max_seq()")).toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestSyncOrder)
#include "tst_sync_order.moc"
