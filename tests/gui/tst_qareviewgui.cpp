// File > Quality review… (QA dip sampling, issue 17 item 5) driven by the keyboard: a manager
// draws November's sample, opens a sampled contact read-only (an audited view), scores it
// criterion by criterion and leaves feedback; what was typed survives the window going away
// unsaved; the handler then sees the score and the feedback on their own dashboard.
#include "core/clock.h"
#include "gui/mainwindow.h"
#include "gui/qafigures.h"
#include "gui/qareviewdialog.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/draftstore.h"
#include "storage/qastore.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace cd;

class TestQaReviewGui : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<test::TempProfile> m_profile;
    HandlerProfile m_manager{QStringLiteral("M. Manager"), Role::Manager,
                             QStringLiteral("QoS North")};
    QStringList m_annIds;

    static void press(QWidget *w, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, key, mods);
    }

    // Alt+letter as a person types it: to the widget with the focus.
    static void alt(QWidget *window, Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && window->isAncestorOf(focus) ? focus : window, key,
                        Qt::AltModifier);
    }

private slots:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<test::TempProfile>();
        ContactStore store(*m_profile->db);
        // November: A. Handler's three contacts, B. Handler's two; one of October's.
        m_annIds.clear();
        for (int i = 0; i < 3; ++i) {
            Contact c =
                test::sampleContact(QDateTime(QDate(2026, 11, 3 + i), QTime(10, 0), Qt::UTC));
            c.callerName = QStringLiteral("Caller %1").arg(i);
            CD_VERIFY_OK(store.save(c, c.handler));
            m_annIds << c.id;
        }
        for (int i = 0; i < 2; ++i) {
            Contact c =
                test::sampleContact(QDateTime(QDate(2026, 11, 10 + i), QTime(10, 0), Qt::UTC));
            c.handler = QStringLiteral("B. Handler");
            CD_VERIFY_OK(store.save(c, c.handler));
        }
        Contact october =
            test::sampleContact(QDateTime(QDate(2026, 10, 20), QTime(10, 0), Qt::UTC));
        CD_VERIFY_OK(store.save(october, october.handler));
    }
    void cleanup()
    {
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void onlyManagersSeeTheMenuItem()
    {
        MainWindow w(*m_profile->db, m_profile->profile); // a handler
        QTRY_VERIFY(w.panelsReady()); // the side panels and their menus follow the first paint
        auto *action = w.findChild<QAction *>(QStringLiteral("qaReviewAction"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        emit w.events().profileChanged(m_manager);
        QVERIFY(action->isVisible());
    }

    void aManagerReviewsASampledContactByKeyboard()
    {
        auto dialog = std::make_unique<QaReviewDialog>(*m_profile->db, m_manager);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QApplication::setActiveWindow(dialog.get());
        auto *month = dialog->findChild<QLineEdit *>(QStringLiteral("qaMonth"));
        QCOMPARE(month->text(), QStringLiteral("2026-11")); // last month by default

        // Alt+D draws: two of each handler's November contacts (2%, at least two).
        alt(dialog.get(), Qt::Key_D);
        // (A button's letter clicks it as a person would see: after its brief press.)
        QTableWidget *sample = dialog->sampleTable();
        QTRY_COMPARE(sample->rowCount(), 4);
        QStringList handlers;
        for (int row = 0; row < 4; ++row)
            handlers << sample->item(row, 0)->text();
        QCOMPARE(handlers,
                 (QStringList{QStringLiteral("A. Handler"), QStringLiteral("A. Handler"),
                              QStringLiteral("B. Handler"), QStringLiteral("B. Handler")}));
        QCOMPARE(sample->item(0, 3)->text(), QStringLiteral("not reviewed"));

        // Alt+S to the list, Enter opens the first: read-only, and the view is audited.
        alt(dialog.get(), Qt::Key_S);
        QCOMPARE(QApplication::focusWidget(), sample);
        press(sample, Qt::Key_Home);
        press(sample, Qt::Key_Return);
        const QString id = dialog->openContactId();
        QVERIFY(m_annIds.contains(id));
        QVERIFY(dialog->contactView()->isReadOnly());
        QVERIFY(dialog->contactView()->toPlainText().contains(QStringLiteral("Caller")));
        const QList<AuditEntry> views = AuditStore(*m_profile->db).recent(1, id);
        QCOMPARE(views.at(0).action, QStringLiteral("view"));
        QCOMPARE(views.at(0).actor, QStringLiteral("M. Manager"));

        // Scored criterion by criterion: category and reason 20, what happens next 5, the
        // greeting ticked (4); the rest left at 0.
        auto *category = dialog->findChild<QSpinBox *>(QStringLiteral("qa_category_reason"));
        auto *next = dialog->findChild<QSpinBox *>(QStringLiteral("qa_next_steps"));
        auto *greeting = dialog->findChild<QCheckBox *>(QStringLiteral("qa_courtesy_greeting"));
        QVERIFY(category && next && greeting);
        QCOMPARE(category->maximum(), 20);
        category->setFocus();
        press(category, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("20"));
        next->setFocus();
        press(next, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
        greeting->setFocus();
        press(greeting, Qt::Key_Space);
        QVERIFY(greeting->isChecked());
        alt(dialog.get(), Qt::Key_F);
        auto *feedback = dialog->findChild<QPlainTextEdit *>(QStringLiteral("qaFeedback"));
        QCOMPARE(QApplication::focusWidget(), feedback);
        QTest::keyClicks(feedback, QStringLiteral("Say what happens next before closing."));
        QCOMPARE(dialog->total(), 29);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("qaTotal"))->text(),
                 QStringLiteral("Total: 29 of 100"));

        // The window goes without a save (a crash, a kill): the draft is on disk already.
        dialog.reset();
        {
            Database::OpenError error;
            auto other = Database::open(m_profile->dbFile(), &error); // as after a restart
            QVERIFY(other);
            const std::optional<Draft> draft =
                DraftStore(*other).load(QaStore::draftSlot() + QLatin1Char(':') + id);
            QVERIFY(draft);
            QCOMPARE(draft->payload.value(QStringLiteral("feedback")).toString(),
                     QStringLiteral("Say what happens next before closing."));
        }
        QVERIFY(!QaStore(*m_profile->db).reviewOf(id));

        // Opened again: back on the same contact with everything typed.
        dialog = std::make_unique<QaReviewDialog>(*m_profile->db, m_manager);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QApplication::setActiveWindow(dialog.get());
        QCOMPARE(dialog->openContactId(), id);
        QCOMPARE(dialog->total(), 29);
        feedback = dialog->findChild<QPlainTextEdit *>(QStringLiteral("qaFeedback"));
        QCOMPARE(feedback->toPlainText(), QStringLiteral("Say what happens next before closing."));
        QVERIFY(
            dialog->findChild<QCheckBox *>(QStringLiteral("qa_courtesy_greeting"))->isChecked());

        // Alt+V saves: the review holds every criterion, the draft goes, the list says the score.
        alt(dialog.get(), Qt::Key_V);
        QTRY_VERIFY(QaStore(*m_profile->db).reviewOf(id).has_value());
        const std::optional<QaReview> saved = QaStore(*m_profile->db).reviewOf(id);
        QVERIFY(saved);
        QCOMPARE(saved->points(), 29);
        QCOMPARE(saved->outOf(), 100);
        QCOMPARE(saved->scores.size(), 9);
        QCOMPARE(saved->reviewer, QStringLiteral("M. Manager"));
        QCOMPARE(saved->handler, QStringLiteral("A. Handler"));
        QCOMPARE(saved->month, QStringLiteral("2026-11"));
        QVERIFY(!DraftStore(*m_profile->db).load(QaStore::draftSlot() + QLatin1Char(':') + id));
        int row = -1;
        for (int r = 0; r < dialog->sampleTable()->rowCount(); ++r)
            if (dialog->sampleTable()->item(r, 0)->data(Qt::UserRole).toString() == id)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(dialog->sampleTable()->item(row, 3)->text(), QStringLiteral("29 of 100"));
        dialog.reset();

        // A. Handler's own dashboard: the score and the feedback; B. Handler's: nothing.
        QaFiguresWidget mine(*m_profile->db, DashboardScope::handler(QStringLiteral("A. Handler")),
                             QStringLiteral("QoS North"));
        mine.show();
        QCOMPARE(mine.reviewsTable()->rowCount(), 1);
        QCOMPARE(mine.reviewsTable()->item(0, 0)->text(), QStringLiteral("Nov 2026"));
        QCOMPARE(mine.reviewsTable()->item(0, 1)->text(), QStringLiteral("29 of 100"));
        QCOMPARE(mine.reviewsTable()->item(0, 2)->text(), QStringLiteral("M. Manager"));
        QCOMPARE(mine.reviewsTable()->item(0, 3)->text(),
                 QStringLiteral("Say what happens next before closing."));
        QaFiguresWidget bob(*m_profile->db, DashboardScope::handler(QStringLiteral("B. Handler")),
                            QStringLiteral("QoS North"));
        bob.show();
        QCOMPARE(bob.reviewsTable()->rowCount(), 0);
        // The team's: criteria down, November across.
        QaFiguresWidget team(*m_profile->db, DashboardScope::team(QStringLiteral("QoS North")),
                             QStringLiteral("QoS North"));
        team.show();
        QTableWidget *byCriterion = team.criteriaTable();
        QCOMPARE(byCriterion->columnCount(), 2);
        QCOMPARE(byCriterion->horizontalHeaderItem(1)->text(), QStringLiteral("Nov 2026"));
        QCOMPARE(byCriterion->rowCount(), 9);
        QCOMPARE(byCriterion->item(0, 1)->text(), QStringLiteral("20.0"));
        QCOMPARE(byCriterion->item(2, 1)->text(), QStringLiteral("5.0"));
        QCOMPARE(byCriterion->item(1, 1)->text(), QStringLiteral("0.0"));
    }
};

QTEST_MAIN(TestQaReviewGui)
#include "tst_qareviewgui.moc"
