// Drives the real Desk window by keyboard, as a handler would during a call.
#include "gui/contactform.h"
#include "gui/dashboardwidget.h"
#include "gui/desk.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/panelhost.h"
#include "storage/contactstore.h"
#include "storage/draftstore.h"
#include "storage/outbox.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTranslator>
#include <QVBoxLayout>

using namespace cd;

namespace {
QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

void choose(QWidget *root, const char *comboName, const QString &code)
{
    auto *combo = root->findChild<QComboBox *>(QLatin1String(comboName));
    combo->setCurrentIndex(combo->findData(code));
}

// A panel written as a new one (training, feedback, audit) would be: it knows the Desk only
// as a PanelHost.
struct TrainingPanel
{
    QWidget *tab = nullptr;
    QLineEdit *field = nullptr;
    QLabel *status = nullptr;
    QStringList savedPhones; // the caller's phone of each contact saved
    int arrivals = 0;
};

void installTrainingPanel(PanelHost &host, TrainingPanel &panel)
{
    QWidget *window = host.hostWidget();
    panel.tab = new QWidget(window);
    auto *layout = new QVBoxLayout(panel.tab);
    layout->addWidget(new QLabel(QStringLiteral("Module"), panel.tab));
    panel.field = new QLineEdit(panel.tab);
    layout->addWidget(panel.field);
    host.addSidePanelTab(panel.tab, QStringLiteral("T&raining"));

    auto *open = new QAction(QStringLiteral("&Open training"), window);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QObject::connect(open, &QAction::triggered, panel.tab,
                     [&host, &panel] { host.showSidePanelTab(panel.tab); });
    host.addMenu(QStringLiteral("Trai&ning"))->addAction(open);
    host.addWindowAction(open);

    panel.status = new QLabel(QStringLiteral("Training: 2 modules due"), window);
    host.addStatusWidget(panel.status);
    QObject::connect(&host.events(), &PanelHostEvents::contactSaved, panel.tab,
                     [&panel](const Contact &c) { panel.savedPhones.append(c.callerPhone); });
    QObject::connect(&host.events(), &PanelHostEvents::rowsArrived, panel.tab,
                     [&panel] { ++panel.arrivals; });
}
} // namespace

class TestDesk : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_clock.set(QDateTime::currentDateTimeUtc());
        Clock::setInstance(&m_clock);
        // The caller rang twice in the last week about the same car.
        ContactStore store(*m_profile->db);
        for (int days : {2, 6}) {
            Contact c = test::sampleContact(m_clock.now().addDays(-days));
            c.notes = QStringLiteral("Asked about charges for the seized car");
            CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        }
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void logsAContactByKeyboardAndFindsItAgain()
    {
        MainWindow &w = *m_window;
        auto *todayView = w.findChild<QTableView *>(QStringLiteral("contactsView"));
        QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("listTitle"))
                        ->text()
                        .startsWith(QLatin1String("Today")));
        QCOMPARE(todayView->model()->rowCount(), 0);

        QTest::keyClick(&w, Qt::Key_F2);
        QCOMPARE(focusName(), QStringLiteral("channelCombo"));
        QVERIFY(w.contactForm()->isStarted());
        type(QStringLiteral("Email"));
        QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("channelCombo"))->currentData().toString(),
                 QStringLiteral("email"));

        // The tab order follows the call: the number first, and the history appears at once.
        tab();
        QCOMPARE(focusName(), QStringLiteral("callerPhoneEdit"));
        type(QStringLiteral("07700 900123"));
        auto *repeat = w.findChild<QLabel *>(QStringLiteral("repeatLabel"));
        QTRY_VERIFY(repeat->isVisible());
        QVERIFY2(repeat->text().contains(QLatin1String("Repeat caller: 3 contacts in 30 days")),
                 qPrintable(repeat->text()));
        QCOMPARE(w.findChild<QTableView *>(QStringLiteral("historyView"))->model()->rowCount(), 2);

        tab();
        QCOMPARE(focusName(), QStringLiteral("callerEmailEdit"));
        type(QStringLiteral("Sam.Taylor@Example.com"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("callerNameEdit"));
        type(QStringLiteral("Sam Taylor"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("postcodeEdit"));
        type(QStringLiteral("ss14 1ab"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("addressEdit"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("consentToOutcomeCheck"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        tab();
        QCOMPARE(focusName(), QStringLiteral("categoryCombo"));
        type(QStringLiteral("Vehicle"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("reasonCombo"));
        type(QStringLiteral("Charges"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("referenceEdit"));
        type(QStringLiteral("CAD-4412/26"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("vrmEdit"));
        type(QStringLiteral("yc19 son"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("notesEdit"));
        type(QStringLiteral(
            "Held at the Basildon pound since Tuesday; told her the release documents."));
        tab();
        QCOMPARE(focusName(), QStringLiteral("outcomeCombo"));
        type(QStringLiteral("Resolved"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("remainedDissatisfiedCheck"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

        // Saved: in today's list, in the database as typed (normalised), queued for sync.
        QTRY_COMPARE(todayView->model()->rowCount(), 1);
        QVERIFY(!w.contactForm()->hasContent());
        QCOMPARE(focusName(), QStringLiteral("channelCombo")); // ready for the next call
        ContactStore store(*m_profile->db);
        QCOMPARE(store.count(), 3);
        const QString id = todayView->model()->index(0, 0).data(Qt::UserRole + 1).toString();
        const Contact saved = store.get(id, QStringLiteral("test")).value();
        QCOMPARE(saved.channel, QStringLiteral("email"));
        QCOMPARE(saved.callerPhone, QStringLiteral("07700900123"));
        QCOMPARE(saved.callerEmail, QStringLiteral("sam.taylor@example.com"));
        QCOMPARE(saved.postcode, QStringLiteral("SS14 1AB"));
        QVERIFY(saved.consentToOutcome);
        QCOMPARE(saved.category, QStringLiteral("vehicle_recovery"));
        QCOMPARE(saved.reason, QStringLiteral("charges"));
        QCOMPARE(saved.reference, QStringLiteral("CAD-4412/26"));
        QCOMPARE(saved.vrm, QStringLiteral("YC19SON"));
        QCOMPARE(saved.outcome, QStringLiteral("resolved_first_contact"));
        QCOMPARE(saved.handler, QStringLiteral("A. Handler"));
        QCOMPARE(saved.team, QStringLiteral("QoS North"));
        QVERIFY(!saved.remainedDissatisfied);
        QVERIFY(saved.endedAt >= saved.startedAt);
        QVERIFY(!DraftStore(*m_profile->db).load(DraftStore::contactSlot()).has_value());

        // Ctrl+F finds it again by a word from the notes, and Enter opens it.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focusName(), QStringLiteral("searchEdit"));
        type(QStringLiteral("release documents"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(todayView->model()->rowCount(), 1);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("listTitle"))
                    ->text()
                    .contains(QLatin1String("1 found")));
        QCOMPARE(focusName(), QStringLiteral("contactsView"));
        QTest::keyClick(todayView, Qt::Key_Return);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QDialog *>(QStringLiteral("contactViewDialog"))) !=
                    nullptr);
        const QString details = dialog->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY(details.contains(QLatin1String("Basildon pound")));
        QVERIFY(details.contains(QLatin1String("Resolved at first contact")));
        QPointer<QDialog> closing(dialog);
        dialog->close();
        QTRY_VERIFY(closing.isNull());
        QApplication::setActiveWindow(&w); // the offscreen platform does not hand activation back
        QTRY_VERIFY(w.isActiveWindow());

        // The earlier contacts are found by search too; Escape returns to today's list.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        type(QStringLiteral("charges"));
        QTRY_COMPARE(todayView->model()->rowCount(), 2);
        QCOMPARE(focusName(), QStringLiteral("searchEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(todayView->model()->rowCount(), 1);
    }

    void knownCallerBelowTheThresholdIsNotFlagged()
    {
        // Another caller: a week ago, and 40 days ago (outside the 30-day window).
        ContactStore store(*m_profile->db);
        for (int days : {7, 40}) {
            Contact c = test::sampleContact(m_clock.now().addDays(-days));
            c.callerPhone = QStringLiteral("07700900456");
            c.callerEmail = QStringLiteral("jo.bloggs@example.com");
            CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        }
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        tab();
        QCOMPARE(focusName(), QStringLiteral("callerPhoneEdit"));
        type(QStringLiteral("07700 900456"));
        auto *repeat = w.findChild<QLabel *>(QStringLiteral("repeatLabel"));
        // Two contacts in 30 days with this one: one below the threshold of three.
        QTRY_VERIFY(repeat->isVisible());
        QVERIFY2(repeat->text().startsWith(QLatin1String("Known caller: 2 earlier contact")),
                 qPrintable(repeat->text()));
        QCOMPARE(w.findChild<QTableView *>(QStringLiteral("historyView"))->model()->rowCount(), 2);

        // A caller never seen before: nothing to say.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("07700 900789"));
        QTRY_VERIFY(!repeat->isVisible());
        QCOMPARE(w.findChild<QTableView *>(QStringLiteral("historyView"))->model()->rowCount(), 0);
    }

    // Three contacts from one number in a morning, logged through the Desk: the form flags
    // the third as a repeat caller, and the figures behind the dashboards and the monthly
    // report count that caller (the README's rule: 3 contacts in 30 days, this one included).
    void flaggedRepeatCallerCountsOnTheDashboard()
    {
        MainWindow &w = *m_window;
        const QDate today = londonToday();
        m_clock.set(QDateTime(today, QTime(8, 0), QTimeZone(QByteArrayLiteral("Europe/London"))));
        DashboardWidget *mine = nullptr;
        for (DashboardWidget *d : w.findChildren<DashboardWidget *>())
            if (d->scope().kind == DashboardScope::Kind::Handler)
                mine = d;
        QVERIFY(mine);
        QCOMPARE(mine->period(), Period::Today);
        auto *repeat = w.findChild<QLabel *>(QStringLiteral("repeatLabel"));
        ContactStore store(*m_profile->db);
        const int before = store.count();
        for (int call = 1; call <= 3; ++call) {
            // Forty minutes between calls; a combo box's type-ahead must not run on from the
            // last call's typing.
            QTest::qWait(QApplication::keyboardInputInterval() + 100);
            m_clock.advance(40 * 60 * 1000);
            QTest::keyClick(&w, Qt::Key_F2);
            QCOMPARE(focusName(), QStringLiteral("channelCombo"));
            type(QStringLiteral("Phone"));
            tab();
            QCOMPARE(focusName(), QStringLiteral("callerPhoneEdit"));
            type(QStringLiteral("07700 900456"));
            if (call == 2)
                QTRY_VERIFY(repeat->isVisible() &&
                            repeat->text().startsWith(QLatin1String("Known caller: 1 earlier")));
            if (call == 3)
                QTRY_VERIFY2(repeat->isVisible() && repeat->text().contains(QLatin1String(
                                                        "Repeat caller: 3 contacts in 30 days")),
                             qPrintable(repeat->text()));
            tab();
            tab();
            QCOMPARE(focusName(), QStringLiteral("callerNameEdit"));
            type(QStringLiteral("Jo Bloggs"));
            tab();
            tab();
            tab();
            QCOMPARE(focusName(), QStringLiteral("consentToOutcomeCheck"));
            tab();
            QCOMPARE(focusName(), QStringLiteral("categoryCombo"));
            type(QStringLiteral("Vehicle"));
            tab();
            type(QStringLiteral("Charges"));
            tab();
            QCOMPARE(focusName(), QStringLiteral("referenceEdit"));
            tab();
            tab();
            QCOMPARE(focusName(), QStringLiteral("notesEdit"));
            type(QStringLiteral("Rang again about the pound's charges."));
            tab();
            QCOMPARE(focusName(), QStringLiteral("outcomeCombo"));
            type(QStringLiteral("Resolved"));
            if (call == 1)
                QVERIFY(!repeat->isVisible());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(store.count(), before + call);
            QTRY_VERIFY(!w.contactForm()->hasContent());
        }

        // My figures, today: one repeat caller, the one the form flagged.
        QTRY_COMPARE_WITH_TIMEOUT(mine->figure(QStringLiteral("contacts"))->text(),
                                  QLocale().toString(3), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(mine->figure(QStringLiteral("repeat"))->text(),
                                  QLocale().toString(1), 20000);
        // The team's monthly report (a manager's Team figures) says so too.
        DashboardWidget team(m_profile->dbFile(), DashboardScope::team(QStringLiteral("QoS North")),
                             QStringLiteral("M. Manager"));
        QSignalSpy written(&team, &DashboardWidget::reportWritten);
        const QString csv = m_profile->dir.filePath(QStringLiteral("month.csv"));
        team.writeMonthlyReport(monthRange(today.year(), today.month()), QStringLiteral("csv"),
                                csv);
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().at(1).toString(), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray report = file.readAll();
        QVERIFY2(report.contains("repeat_callers,1"), report.constData());
    }

    void aPanelPlugsInThroughThePanelHostAlone()
    {
        MainWindow &w = *m_window;
        TrainingPanel training;
        installTrainingPanel(w, training);

        // Its tab, menu and status-bar widget are on the Desk, after the Desk's own (Help stays
        // the last menu).
        QTabWidget *side = w.sidePanel();
        QCOMPARE(side->tabText(side->count() - 1), QStringLiteral("T&raining"));
        const QList<QAction *> menus = w.menuBar()->actions();
        QCOMPARE(menus.constLast()->text(), QStringLiteral("&Help"));
        QCOMPARE(menus.at(menus.size() - 2)->text(), QStringLiteral("Trai&ning"));
        QTRY_VERIFY(training.status->isVisible());
        QCOMPARE(training.status->parentWidget(), w.statusBar());

        // Its shortcut works anywhere in the window; the tab comes forward with the cursor in
        // its first field.
        QTest::keyClick(&w, Qt::Key_F2);
        QCOMPARE(focusName(), QStringLiteral("channelCombo"));
        QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(side->currentWidget(), training.tab);
        QCOMPARE(QApplication::focusWidget(), training.field);

        // It adds to the contact being logged and links to it by the id it is saved under.
        PanelHost &host = w;
        choose(&w, "channelCombo", QStringLiteral("phone"));
        choose(&w, "categoryCombo", QStringLiteral("vehicle_recovery"));
        choose(&w, "outcomeCombo", QStringLiteral("resolved_first_contact"));
        w.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"))
            ->setText(QStringLiteral("07700 900321"));
        host.appendToContactNotes(QStringLiteral("Told the caller about the refresher course."));
        const Contact linked = host.currentContactWithId();
        QVERIFY(!linked.id.isEmpty());
        QCOMPARE(host.currentContact().id, linked.id);
        QVERIFY(w.saveContact());
        const Result<Contact> saved =
            ContactStore(*m_profile->db).get(linked.id, QStringLiteral("test"));
        CD_VERIFY_OK(saved);
        QCOMPARE(saved->notes, QStringLiteral("Told the caller about the refresher course."));

        // It follows the saves and the rows a sync brings.
        QCOMPARE(training.savedPhones, QStringList{QStringLiteral("07700900321")});
        QCOMPARE(training.arrivals, 0);
        w.showArrivedRows();
        QCOMPARE(training.arrivals, 1);
    }

    void badInputIsShownBesideTheFieldAndNothingIsSaved()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        tab();
        type(QStringLiteral("12345"));
        tab();
        type(QStringLiteral("sam@"));
        w.findChild<QLineEdit *>(QStringLiteral("postcodeEdit"))->setFocus();
        type(QStringLiteral("NOT A POSTCODE"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

        for (const char *name : {"callerPhoneError", "callerEmailError", "postcodeError",
                                 "categoryError", "outcomeError"}) {
            auto *label = w.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(label->isVisible(), name);
            QVERIFY2(!label->text().isEmpty(), name);
        }
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("categoryError"))
                    ->text()
                    .contains(QLatin1String("category")));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("callerNameError"))->isVisible());
        QCOMPARE(focusName(), QStringLiteral("callerPhoneEdit")); // the first field in error
        QCOMPARE(ContactStore(*m_profile->db).count(), 2);
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("callerEmailEdit"))->text(),
                 QStringLiteral("sam@"));

        // Correcting the input and saving clears the messages.
        w.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"))
            ->setText(QStringLiteral("01632 960111"));
        w.findChild<QLineEdit *>(QStringLiteral("callerEmailEdit"))
            ->setText(QStringLiteral("sam@example.com"));
        w.findChild<QLineEdit *>(QStringLiteral("postcodeEdit"))->clear();
        // Each message goes as its field is changed, before the next save; the others stay.
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("callerPhoneError"))->isVisible());
        auto *category = w.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findData(QStringLiteral("compliment")));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("categoryError"))->isVisible());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("outcomeError"))->isVisible());
        auto *outcome = w.findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("resolved_first_contact")));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("outcomeError"))->isVisible());
        QVERIFY(w.saveContact());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("categoryError"))->isVisible());
        QCOMPARE(ContactStore(*m_profile->db).count(), 3);
    }

    // The Desk comes back where and as large as the handler left it.
    void theWindowComesBackWhereItWasLeft()
    {
        m_window->resize(1000, 700);
        m_window->move(30, 20);
        QTRY_COMPARE(m_window->size(), QSize(1000, 700));
        m_window->close();
        MainWindow again(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(again.panelsReady()); // the side panels follow the first paint
        QVERIFY(again.size() != QSize(1000, 700)); // fitted to the screen until restored
        again.restoreWindowPlace();
        QCOMPARE(again.size(), QSize(1000, 700));
    }

    void callTimerRunsFromF2()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        m_clock.advance(3 * 60 * 1000 + 41 * 1000);
        auto *timer = w.findChild<QLabel *>(QStringLiteral("timerLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(timer->text(), QStringLiteral("03:41"), 3000);
    }

    void newContactAsksBeforeDiscardingTyping()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        tab();
        type(QStringLiteral("07700 900123"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&w, Qt::Key_F2);
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"))->text(),
                 QStringLiteral("07700 900123"));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("not been saved")));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(&w, Qt::Key_F2);
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"))->text(), QString());
    }

    void anUnreadableDatabaseGetsADialogNamingTheFile()
    {
        QTemporaryDir dir;
        QFile f(Database::fileNameIn(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!openDeskDatabase(dir.path()));
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Contact Desk cannot open its database"));
        QVERIFY(MessageBox::lastText().contains(f.fileName()));
    }

    void translationsAreBuiltIn()
    {
        // The Desk installs the en_GB translation (plural forms) when there is none for the locale.
        installTranslations(*qApp);
        QCOMPARE(QCoreApplication::translate("cd::MainWindow", "Today — %n contact(s)", nullptr, 1),
                 QStringLiteral("Today — 1 contact"));
        QCOMPARE(QCoreApplication::translate("cd::MainWindow", "Today — %n contact(s)", nullptr, 4),
                 QStringLiteral("Today — 4 contacts"));
        QTranslator cy;
        QVERIFY(cy.load(QStringLiteral(":/i18n/contactdesk_cy.qm")));
        QCOMPARE(cy.translate("cd::ContactListModel", "Caller"), QStringLiteral("Galwr"));
    }

private:
    ManualClock m_clock;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
