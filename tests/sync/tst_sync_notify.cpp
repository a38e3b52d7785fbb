// Any login may send NOTIFY cd_changes (PostgreSQL puts no privilege on it): a flood of them
// must not make every workstation pull at the flood's rate. The sync worker starts at most one
// sync a sync.notify_gap_seconds for notifications, and a real change still brings a pull.
#include "pgtest.h"

#include "storage/settingsstore.h"
#include "sync/syncworker.h"

#include <QAtomicInt>

using namespace cd;
using namespace pgtest;

namespace {

// The sync log's "change notification" lines: one each time the worker hears a notification.
QAtomicInt g_heard;
QtMessageHandler g_previous = nullptr;

void countNotifications(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "contactdesk.sync") == 0 &&
        message.startsWith(QLatin1String("change notification"))) {
        g_heard.fetchAndAddOrdered(1);
        return;
    }
    if (g_previous)
        g_previous(type, context, message);
}

// A Desk's sync worker on this thread, on its own profile, counting the syncs it starts.
struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<sync::SyncWorker> worker;
    int syncs = 0;
    sync::SyncState state;

    Desk(const QString &database, const QString &login, int gapSeconds)
    {
        const QString path = Database::fileNameIn(dir.path());
        {
            auto db = Database::open(path, nullptr);
            if (!db)
                qFatal("cannot open the profile");
            if (!SettingsStore(*db).setValue(SettingsStore::Key::SyncNotifyGapSeconds, gapSeconds))
                qFatal("cannot set the notification gap");
        }
        // The timer's own pull is an hour away: every sync here is the start's or a
        // notification's.
        worker = std::make_unique<sync::SyncWorker>(path, settingsFor(database, login), 3600000);
        QObject::connect(worker.get(), &sync::SyncWorker::stateChanged,
                         [this](const sync::SyncState &s) {
                             if (s.phase == sync::SyncState::Phase::Syncing)
                                 ++syncs;
                             state = s;
                         });
        worker->start();
    }
    bool idle() const { return state.phase == sync::SyncState::Phase::Idle; }
};

} // namespace

class TestSyncNotify : public QObject
{
    Q_OBJECT
    QString m_db, m_ann, m_amy, m_bob;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("notify");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_amy = uniqueLogin(QStringLiteral("amy"));
        m_bob = uniqueLogin(QStringLiteral("bob"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_amy, QStringLiteral("Amy North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_bob, QStringLiteral("Bob South"), QStringLiteral("south")));
        g_previous = qInstallMessageHandler(countNotifications);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    // 100 forged notifications from a login of another team, each sent once the Desk has dealt
    // with the one before (pulled, or heard it): at most one sync for all of them.
    void aBurstOfNotificationsBringsOnePullAtMost()
    {
        Desk desk(m_db, m_ann, 60);
        QTRY_VERIFY_WITH_TIMEOUT(desk.syncs == 1 && desk.idle(), 30000);
        QCOMPARE(desk.state.error, QString());
        auto conn = sync::connectPg(QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                        .arg(socketDir(), port(), m_bob, m_db));
        CD_VERIFY_OK(conn);
        sync::Pg bob(conn->get());
        for (int i = 0; i < 100; ++i) {
            const int heard = g_heard.loadAcquire();
            const int syncs = desk.syncs;
            CD_VERIFY_OK(bob.run("NOTIFY cd_changes"));
            QTRY_VERIFY_WITH_TIMEOUT(
                g_heard.loadAcquire() > heard || (desk.syncs > syncs && desk.idle()), 30000);
        }
        QVERIFY2(desk.syncs <= 2,
                 qPrintable(QStringLiteral("%1 syncs for 100 notifications").arg(desk.syncs - 1)));
        QCOMPARE(desk.state.error, QString());
    }

    // A teammate's saved contact: the server's notification still brings it, without F5 or the
    // timer.
    void aRealChangeIsStillPulled()
    {
        Desk desk(m_db, m_ann, 1);
        QTRY_VERIFY_WITH_TIMEOUT(desk.syncs == 1 && desk.idle(), 30000);
        const quint64 before = desk.state.received;
        Workstation amy(m_db, m_amy, QStringLiteral("Amy North"), QStringLiteral("north"));
        amy.addContact(QStringLiteral("from Amy"));
        QCOMPARE(amy.sync(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(desk.state.received > before, 30000);
        QVERIFY(desk.syncs >= 2);
    }
};

// The sync log's debug lines are what the test counts: on for this program, whatever ctest's
// QT_LOGGING_RULES say (read when the application starts).
int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "contactdesk.sync.debug=true");
    QCoreApplication app(argc, argv);
    TestSyncNotify test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sync_notify.moc"
