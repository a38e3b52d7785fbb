// The Desk's sync on screen, against the private PostgreSQL of tools/with-postgres.sh: the status
// in the status bar (objectName syncStatus), Sync now (F5) and the connect dialog, driven by
// keyboard in the real main window with installSync() as the Desk program does.
#include "gui/contactform.h"
#include "gui/desk.h"
#include "gui/mainwindow.h"
#include "gui/statusmessage.h"
#include "gui/syncdesk.h"
#include "pgtest.h"
#include "storage/outbox.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace cd;
using namespace pgtest;

namespace {

constexpr int kSyncTimeoutMs = 30000;
const QString kKeychainService = QStringLiteral("Contact Desk shared database");

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

// A combo box takes typed keys as one search only while they come within the keyboard input
// interval of each other, and goes on with the search typed before it: the first key starts a
// new search, the rest may come as slowly as a loaded machine running a Debug build needs.
void typeInCombo(const QString &text)
{
    QApplication::setKeyboardInputInterval(0);
    QTest::keyClicks(QApplication::focusWidget(), text.left(1));
    QApplication::setKeyboardInputInterval(10000);
    QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
}

void tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

// A port on 127.0.0.1 where nothing listens.
int deadPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 1;
    return probe.serverPort(); // closed when probe goes
}

// Files under dir (recursively) whose bytes contain needle.
QStringList filesContaining(const QString &dir, const QByteArray &needle, const QDateTime &since)
{
    QStringList found;
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (since.isValid() && info.lastModified() < since)
            continue;
        if (info.size() > 64 * 1024 * 1024)
            continue;
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found.append(info.filePath());
    }
    return found;
}

} // namespace

class TestSyncGui : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_login;
    QString m_password;
    QDateTime m_started;
    QStringList m_keychainKeys;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    sync::SyncController *m_controller = nullptr;

    QLabel *status() const { return m_window->findChild<QLabel *>(QStringLiteral("syncStatus")); }

    QString comboData(const char *name) const
    {
        return m_window->findChild<QComboBox *>(QLatin1String(name))->currentData().toString();
    }

    int pendingLocally() const { return Outbox(*m_profile->db).pendingCount(); }

    // A contact typed as a handler would (F2, Tab through the form, Ctrl+Enter), with these notes.
    void typeAndSaveContact(const QString &notes)
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        QCOMPARE(focusName(), QStringLiteral("channelCombo"));
        typeInCombo(QStringLiteral("Email"));
        QCOMPARE(comboData("channelCombo"), QStringLiteral("email"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("callerPhoneEdit"));
        type(QStringLiteral("07700 900456"));
        tab();
        tab();
        QCOMPARE(focusName(), QStringLiteral("callerNameEdit"));
        type(QStringLiteral("Jo Bloggs"));
        tab();
        tab();
        tab();
        tab();
        QCOMPARE(focusName(), QStringLiteral("categoryCombo"));
        typeInCombo(QStringLiteral("Vehicle"));
        QCOMPARE(comboData("categoryCombo"), QStringLiteral("vehicle_recovery"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("reasonCombo"));
        typeInCombo(QStringLiteral("Charges"));
        QCOMPARE(comboData("reasonCombo"), QStringLiteral("charges"));
        tab();
        tab();
        tab();
        QCOMPARE(focusName(), QStringLiteral("notesEdit"));
        type(notes);
        tab();
        QCOMPARE(focusName(), QStringLiteral("outcomeCombo"));
        typeInCombo(QStringLiteral("Resolved"));
        QCOMPARE(comboData("outcomeCombo"), QStringLiteral("resolved_first_contact"));
        const int before = ContactStore(*m_profile->db).count();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        // Saved locally at once, and the form is ready for the next call.
        QCOMPARE(ContactStore(*m_profile->db).count(), before + 1);
        QVERIFY(!w.contactForm()->hasContent());
        QCOMPARE(focusName(), QStringLiteral("channelCombo"));
    }

    // Sync > Shared database…, filled in by keyboard and confirmed with Enter. Fields left as
    // null strings are left as they are. Returns what went wrong, empty when all went well.
    QString fillConnectDialog(const QString &host, int port, const QString &database,
                              const QString &user, const QString &password)
    {
        QString problem = QStringLiteral("the connect dialog did not open");
        auto *poll = new QTimer(m_window.get());
        poll->setInterval(20);
        int tries = 0;
        // Runs inside the dialog's own event loop (exec()).
        connect(poll, &QTimer::timeout, m_window.get(), [&, poll] {
            auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("connectDialog"));
            if ((!dialog || !dialog->isVisible()) && ++tries < 250)
                return;
            poll->stop();
            poll->deleteLater();
            if (!dialog)
                return;
            QApplication::setActiveWindow(dialog);
            if (!QTest::qWaitForWindowActive(dialog)) {
                problem = QStringLiteral("the connect dialog did not become active");
                dialog->reject();
                return;
            }
            problem.clear();
            const auto field = [&](const char *name, const QString &value) {
                if (focusName() != QLatin1String(name))
                    problem += QStringLiteral("focus on '%1' instead of '%2'; ")
                                   .arg(focusName(), QLatin1String(name));
                if (!value.isNull()) {
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
                    type(value);
                }
                tab();
            };
            field("host", host);
            field("port", port > 0 ? QString::number(port) : QString());
            field("database", database);
            field("user", user);
            auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
            if (!passwordEdit || passwordEdit->echoMode() != QLineEdit::Password)
                problem += QStringLiteral("the password is not masked; ");
            if (passwordEdit && !passwordEdit->text().isEmpty())
                problem += QStringLiteral("the dialog shows a password already; ");
            if (focusName() != QLatin1String("password"))
                problem += QStringLiteral("focus on '%1' instead of 'password'; ").arg(focusName());
            if (!password.isEmpty())
                type(password);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            if (dialog->isVisible()) {
                problem += QStringLiteral("Enter did not confirm the dialog; ");
                dialog->reject();
            }
        });
        poll->start();
        QPointer<QTimer> stillPolling(poll);
        m_window->findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
        delete stillPolling.data(); // the dialog never opened: stop before the locals go
        QApplication::setActiveWindow(m_window.get()); // offscreen does not hand it back
        if (!QTest::qWaitForWindowActive(m_window.get()))
            problem += QStringLiteral("the Desk did not become active again; ");
        return problem;
    }

    QString serverValue(const QString &sql) const { return superValue(m_db, sql); }

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        QVERIFY2(!env("CONTACTDESK_TEST_PG_HOST").isEmpty(),
                 "CONTACTDESK_TEST_PG_HOST is needed for a login with a password over TCP");
        m_started = QDateTime::currentDateTime().addSecs(-2);
        m_db = createDatabase("syncgui");
        QVERIFY(!m_db.isEmpty());
        // The Desk's handler, with a password: TCP logins on the test server need one.
        m_login = uniqueLogin(QStringLiteral("handler"));
        m_password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(addUser(m_db, m_login, QStringLiteral("A. Handler"), QStringLiteral("QoS North"),
                        QStringLiteral("handler"), m_password));

        installTranslations(*qApp); // en_GB, as the Desk program: "1 contact", "2 contacts"
        // The Desk as the program builds it, on a fresh profile with no shared database.
        m_profile = std::make_unique<test::TempProfile>();
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        m_window->show();
        m_controller = installSync(*m_window);
        QVERIFY(m_controller);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
    }

    void cleanup()
    {
        // A test that failed half way through a call leaves no typing behind to be asked about.
        if (m_window && m_window->contactForm()->hasContent())
            m_window->contactForm()->clear();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_profile.reset();
        // Should a real keychain be present, leave nothing of this test in it.
        for (const QString &key : std::as_const(m_keychainKeys)) {
            QKeychain::DeletePasswordJob job(kKeychainService);
            job.setAutoDelete(false);
            job.setKey(key);
            QSignalSpy done(&job, &QKeychain::Job::finished);
            job.start();
            done.wait(5000);
        }
    }

    void offlineStartCountsWhatIsWaiting()
    {
        QLabel *label = status();
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QTRY_COMPARE(label->text(), QStringLiteral("Not connected to the shared database"));
        QCOMPARE(pendingLocally(), 0);

        typeAndSaveContact(QStringLiteral("Saved before the Desk was connected"));
        if (QTest::currentTestFailed())
            return;
        // The contact and its audit entry are two entries in the outbox, but one contact to the
        // handler who saved it.
        QCOMPARE(pendingLocally(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(
            label->text(),
            QStringLiteral("Not connected to the shared database — 1 contact waiting"),
            kSyncTimeoutMs);
    }

    void syncNowWithNoSharedDatabaseSaysWhatToDo()
    {
        QVERIFY(!sync::ConnectionSettings::load(*m_profile->db).isConfigured());
        const QString what =
            QStringLiteral("No shared database is set up: Sync > Shared database… to connect");
        m_window->findChild<StatusMessage *>()->clearMessage();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(m_window->findChild<StatusMessage *>()->message(), what);
        // The Sync menu's item says the same.
        m_window->findChild<StatusMessage *>()->clearMessage();
        m_window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
        QCOMPARE(m_window->findChild<StatusMessage *>()->message(), what);
        m_window->findChild<StatusMessage *>()->clearMessage();
    }

    void connectDialogThenF5SyncsToTheServer()
    {
        const QString host = env("CONTACTDESK_TEST_PG_HOST");
        const int port = env("CONTACTDESK_TEST_PG_PORT").toInt();
        m_keychainKeys.append(QStringLiteral("%1@%2:%3/%4").arg(m_login, host).arg(port).arg(m_db));
        m_window->findChild<StatusMessage *>()->clearMessage();
        const QString problem = fillConnectDialog(host, port, m_db, m_login, m_password);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const sync::ConnectionSettings saved = sync::ConnectionSettings::load(*m_profile->db);
        QCOMPARE(saved.describe(), m_keychainKeys.constLast());
        QVERIFY(saved.password.isEmpty());

        // The keychain answers either way, and says so; without one (as offscreen here, with no
        // session bus) the password is used for this session only.
        StatusMessage *bar = m_window->findChild<StatusMessage *>();
        QTRY_VERIFY_WITH_TIMEOUT(bar->message().contains(QLatin1String("keychain")),
                                 kSyncTimeoutMs);
        qInfo("keychain: %s", qPrintable(bar->message()));
        QVERIFY(!bar->message().contains(m_password));

        QTest::keyClick(m_window.get(), Qt::Key_F5);
        static const QRegularExpression synced(QStringLiteral("^Synced \\d\\d:\\d\\d$"));
        QLabel *label = status();
        QTRY_VERIFY2_WITH_TIMEOUT(
            synced.match(label->text()).hasMatch(),
            qPrintable(label->text() + QStringLiteral(" / ") + label->toolTip()), kSyncTimeoutMs);
        QCOMPARE(pendingLocally(), 0);
        QVERIFY(label->toolTip().startsWith(QLatin1String("Last synced ")));
        // On the server, as the handler's own row, with its audit entry.
        QCOMPARE(serverValue(QStringLiteral("SELECT handler || ' / ' || team FROM contacts "
                                            "WHERE notes = 'Saved before the Desk was connected'")),
                 QStringLiteral("A. Handler / QoS North"));
        QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM audit_log a JOIN contacts c "
                                            "ON a.entity_id = c.id WHERE c.notes = "
                                            "'Saved before the Desk was connected'")),
                 QStringLiteral("1"));

        // The password is nowhere in plain text: not in the profile (database, WAL, drafts),
        // not in a settings file, not in anything written under the user's config and data.
        const QByteArray secret = m_password.toUtf8();
        QCOMPARE(filesContaining(m_profile->path(), secret, {}), QStringList());
        for (auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation})
            QCOMPARE(filesContaining(QStandardPaths::writableLocation(location), secret, m_started),
                     QStringList());
    }

    // The same handler takes a call on another workstation: after a sync the Desk lists it
    // under Today, and the caller's history shows it, without anyone reopening anything.
    void contactFromAnotherWorkstationAppearsInToday()
    {
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("contactsView"));
        auto *title = m_window->findChild<QLabel *>(QStringLiteral("listTitle"));
        QVERIFY(view && title);
        const int before = view->model()->rowCount();

        Workstation other(m_db, m_login, QStringLiteral("A. Handler"), QStringLiteral("QoS North"));
        Contact c = other.newContact(QStringLiteral("Taken on the other workstation"));
        c.startedAt = Clock::instance().now().addSecs(-60);
        c.callerPhone = QStringLiteral("07700900777"); // as the other Desk stores it
        QCOMPARE(other.save(c), QString());
        QCOMPARE(other.sync(), QString());

        // The caller rings this Desk while the sync has not run yet: no history.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        auto *phone = m_window->findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        auto *history = m_window->findChild<QTableView *>(QStringLiteral("historyView"));
        QVERIFY(phone && history);
        phone->setText(QStringLiteral("07700 900777"));
        QTRY_COMPARE(history->model()->rowCount(), 0);

        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), before + 1, kSyncTimeoutMs);
        QVERIFY2(title->text().startsWith(QStringLiteral("Today — %1 contact").arg(before + 1)),
                 qPrintable(title->text()));
        QTRY_COMPARE(history->model()->rowCount(), 1);
        m_window->contactForm()->clear();
    }

    void confirmingTheDialogAgainKeepsThePassword()
    {
        // Reopened and confirmed without retyping the password (it is never shown): the Desk
        // goes on syncing with the password it has, whether or not a keychain holds it.
        const QString problem = fillConnectDialog({}, 0, {}, {}, {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        typeAndSaveContact(QStringLiteral("Saved after the dialog was confirmed again"));
        if (QTest::currentTestFailed())
            return;
        static const QRegularExpression synced(QStringLiteral("^Synced \\d\\d:\\d\\d$"));
        QLabel *label = status();
        QTRY_VERIFY2_WITH_TIMEOUT(
            synced.match(label->text()).hasMatch() && pendingLocally() == 0,
            qPrintable(label->text() + QStringLiteral(" / ") + label->toolTip()), kSyncTimeoutMs);
        QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM contacts WHERE notes = "
                                            "'Saved after the dialog was confirmed again'")),
                 QStringLiteral("1"));
    }

    void serverThatDoesNotAnswerNeverBlocksTheDesk()
    {
        // A "server" that takes the connection and never answers: the sync thread waits on it
        // (up to the connect_timeout an administrator set, which the dialog keeps), the Desk not.
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost));
        QVERIFY(SettingsStore(*m_profile->db)
                    .setRaw(QStringLiteral("sync.options"), QStringLiteral("connect_timeout=60"))
                    .ok());
        m_keychainKeys.append(QStringLiteral("%1@%2:%3/%4")
                                  .arg(m_login, env("CONTACTDESK_TEST_PG_HOST"))
                                  .arg(mute.serverPort())
                                  .arg(m_db));
        const QString problem = fillConnectDialog({}, mute.serverPort(), {}, {}, m_password);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(sync::ConnectionSettings::load(*m_profile->db).options,
                 QStringLiteral("connect_timeout=60"));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QLabel *label = status();
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("Syncing")),
                                 kSyncTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(mute.hasPendingConnections(), kSyncTimeoutMs);

        // While the sync thread waits, a whole call is typed and saved.
        typeAndSaveContact(QStringLiteral("Saved while the server hung"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(pendingLocally(), 2);
        QVERIFY2(label->text().startsWith(QLatin1String("Syncing")), qPrintable(label->text()));

        // The server goes away altogether: offline, saying why in words, the change counted.
        mute.close();
        while (QTcpSocket *s = mute.nextPendingConnection())
            s->abort();
        QTRY_VERIFY2_WITH_TIMEOUT(label->text().startsWith(QLatin1String("Offline: ")),
                                  qPrintable(label->text()), kSyncTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            label->text().section(QStringLiteral(" (last synced"), 0, 0),
            QStringLiteral("Offline: the shared database is not answering — 1 contact waiting"),
            kSyncTimeoutMs);
        QVERIFY(label->text().contains(QLatin1String("(last synced ")));
        QVERIFY2(label->toolTip().contains(QLatin1String("could not connect")),
                 qPrintable(label->toolTip()));
    }

    void offlineDeskKeepsWorkingAndF5TriesAgain()
    {
        const int port = deadPort();
        m_keychainKeys.append(QStringLiteral("%1@%2:%3/%4")
                                  .arg(m_login, env("CONTACTDESK_TEST_PG_HOST"))
                                  .arg(port)
                                  .arg(m_db));
        const QString problem = fillConnectDialog({}, port, {}, {}, m_password);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QLabel *label = status();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(
            label->text().section(QStringLiteral(" (last synced"), 0, 0),
            QStringLiteral("Offline: the shared database is not answering — 1 contact waiting"),
            kSyncTimeoutMs);
        // The words can still be those of the previous server's failure: the tooltip names
        // the port once this attempt has failed.
        QTRY_VERIFY2_WITH_TIMEOUT(label->toolTip().contains(QStringLiteral("port %1").arg(port)),
                                  qPrintable(label->toolTip()), kSyncTimeoutMs);

        // The form is not blocked: another call is saved locally and counted.
        typeAndSaveContact(QStringLiteral("Saved while offline"));
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(
            label->text().section(QStringLiteral(" (last synced"), 0, 0),
            QStringLiteral("Offline: the shared database is not answering — 2 contacts waiting"),
            kSyncTimeoutMs);

        // F5 while offline is not ignored: the Desk tries again, and says offline again.
        QList<sync::SyncState::Phase> phases;
        auto watch = connect(m_controller, &sync::SyncController::stateChanged, this,
                             [&phases](const sync::SyncState &st) { phases.append(st.phase); });
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(phases.size() >= 2 &&
                                     phases.constLast() == sync::SyncState::Phase::Offline,
                                 kSyncTimeoutMs);
        QCOMPARE(phases.constFirst(), sync::SyncState::Phase::Syncing);
        disconnect(watch);

        // Back to the real server: everything waiting goes, nothing is lost.
        const QString back =
            fillConnectDialog({}, env("CONTACTDESK_TEST_PG_PORT").toInt(), {}, {}, m_password);
        QVERIFY2(back.isEmpty(), qPrintable(back));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        static const QRegularExpression synced(QStringLiteral("^Synced \\d\\d:\\d\\d$"));
        QTRY_VERIFY2_WITH_TIMEOUT(synced.match(label->text()).hasMatch() && pendingLocally() == 0,
                                  qPrintable(label->text()), kSyncTimeoutMs);
        QCOMPARE(serverValue(QStringLiteral(
                     "SELECT count(*) FROM contacts WHERE notes IN ('Saved while the server hung', "
                     "'Saved while offline')")),
                 QStringLiteral("2"));
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
