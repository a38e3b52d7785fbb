// A practice call played through the real Desk in training mode: the trainer picks a scenario,
// the trainee takes the call with F2, asks the caller about topics, logs the contact with the
// guidance, saves, and reads the score point by point; the trainer ticks a courtesy marker.
#include "gui/guidancepanel.h"
#include "gui/mainwindow.h"
#include "gui/practicecall.h"
#include "gui/trainingmode.h"
#include "nextstepstest.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/qastore.h"
#include "verify.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace cd;

namespace {

QTreeWidgetItem *row(QTreeWidget *tree, const QString &id)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return tree->topLevelItem(i);
    return nullptr;
}

// Every control a person works has a name a screen reader can say.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractItemView *>(w) &&
            !qobject_cast<QTextBrowser *>(w))
            continue;
        if (w->accessibleName().isEmpty())
            unnamed.append(w->objectName() + QLatin1Char(' ') + w->metaObject()->className());
    }
    return unnamed;
}

// The Alt+letters live in the window with the Caller tab in front (as tst_keyboard reads them):
// buddied labels, buttons, tab titles and menu titles; "letter: what" for each.
QStringList liveMnemonics(QMainWindow &w, QWidget *frontTab)
{
    QStringList out;
    auto add = [&out](const QString &text, const QString &what) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            out.append(QString(text.at(i + 1).toLower()) + QStringLiteral(": ") + what);
            return;
        }
    };
    auto *side = w.findChild<QTabWidget *>(QStringLiteral("sidePanel"));
    QList<QWidget *> widgets{&w};
    widgets += w.findChildren<QWidget *>();
    for (QWidget *x : std::as_const(widgets)) {
        if (side && side->isAncestorOf(x) && x != side->tabBar() && x != frontTab &&
            !frontTab->isAncestorOf(x))
            continue;
        if (x->window() != &w)
            continue;
        if (auto *label = qobject_cast<QLabel *>(x); label && label->buddy())
            add(label->text(), label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(x))
            add(button->text(), button->text());
        else if (auto *bar = qobject_cast<QTabBar *>(x))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), bar->tabText(i));
        else if (auto *menuBar = qobject_cast<QMenuBar *>(x))
            for (QAction *a : menuBar->actions())
                add(a->text(), a->text());
    }
    QHash<QChar, QStringList> byLetter;
    for (const QString &e : std::as_const(out))
        byLetter[e.at(0)].append(e);
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(it.value().join(QStringLiteral(" | ")));
    return clashes;
}

} // namespace

class PracticeGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void aRealDeskHasNoPracticeCalls()
    {
        QTemporaryDir dir;
        Database::OpenError error;
        std::unique_ptr<Database> db = Database::open(Database::fileNameIn(dir.path()), &error);
        QVERIFY(db);
        MainWindow window(*db,
                          HandlerProfile{QStringLiteral("A"), Role::Handler, QStringLiteral("T")});
        QTRY_VERIFY(window.panelsReady()); // the side panels follow the first paint
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("practiceCallAction")));
        QVERIFY(!window.findChild<PracticePanel *>());
    }

    void aPracticeCallIsPlayedThroughAndScored()
    {
        QString error;
        std::unique_ptr<QTemporaryDir> dir = training::createProfile(5, &error);
        QVERIFY2(dir, qPrintable(error));
        Database::OpenError openError;
        std::unique_ptr<Database> db =
            Database::open(Database::fileNameIn(dir->path()), &openError);
        QVERIFY(db);
        MainWindow w(*db, ProfileStore(*db).load());
        training::installInDesk(w, w, 5);
        w.resize(1280, 720);
        w.show();
        QApplication::setActiveWindow(&w);
        QCOMPARE(QApplication::activeWindow(), &w);
        QTRY_VERIFY(w.panelsReady()); // the side panels follow the first paint

        // Training > Practice call… (Ctrl+Shift+P): the trainer picks the fraud victim.
        auto *action = w.findChild<QAction *>(QStringLiteral("practiceCallAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = w.findChild<QDialog *>(QStringLiteral("practiceChooser"))) &&
                    chooser->isVisible());
        auto *scenarios = chooser->findChild<QListWidget *>(QStringLiteral("practiceScenarioList"));
        QVERIFY(scenarios);
        QCOMPARE(scenarios->count(), 8);
        QVERIFY2(unnamedControls(chooser).isEmpty(),
                 qPrintable(unnamedControls(chooser).join(QLatin1Char(','))));
        QList<QListWidgetItem *> fraud =
            scenarios->findItems(QStringLiteral("Fraud victim"), Qt::MatchExactly);
        QCOMPARE(fraud.size(), 1);
        scenarios->setCurrentItem(fraud.first());
        QVERIFY(chooser->findChild<QLabel *>(QStringLiteral("practiceScenarioSummary"))
                    ->text()
                    .contains(QStringLiteral("Report Fraud")));
        QTest::keyClick(scenarios, Qt::Key_Return);
        QTRY_VERIFY(!w.findChild<QDialog *>(QStringLiteral("practiceChooser")));
        // The offscreen platform does not give the window back its activation as a desktop does.
        QApplication::setActiveWindow(&w);
        QCOMPARE(QApplication::activeWindow(), &w);

        // The Caller tab shows the caller and the opening line; the phone rings.
        auto *panel = w.findChild<PracticePanel *>(QStringLiteral("practicePanel"));
        QVERIFY(panel);
        QCOMPARE(w.sidePanel()->currentWidget(), panel);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("practiceOpening"))
                    ->text()
                    .contains(QStringLiteral("lost over a thousand pounds")));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("practiceCaller"))
                    ->text()
                    .contains(QStringLiteral("George Evans")));
        QVERIFY2(unnamedControls(panel).isEmpty(),
                 qPrintable(unnamedControls(panel).join(QLatin1Char(','))));
        // Its Alt+letters clash with nothing on the Desk; Ctrl+Shift+L comes back to it.
        QVERIFY2(liveMnemonics(w, panel).isEmpty(),
                 qPrintable(liveMnemonics(w, panel).join(QLatin1Char('\n'))));
        w.sidePanel()->setCurrentWidget(w.guidancePanel());
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.sidePanel()->currentWidget(), panel);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("practiceTopics"));
        // At 1280x720 every control of the Caller tab is on the window.
        for (QWidget *c : panel->findChildren<QWidget *>()) {
            if (!c->isVisible() || c->focusPolicy() == Qt::NoFocus)
                continue;
            const QRect r(c->mapTo(&w, QPoint(0, 0)), c->size());
            QVERIFY2(w.rect().contains(r), qPrintable(c->objectName()));
        }

        // F2 takes the call: the caller's number pops on a new phone contact.
        QTest::keyClick(&w, Qt::Key_F2);
        auto *phone = w.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        QTRY_COMPARE(phone->text(), QStringLiteral("01174960730"));
        auto *channel = w.findChild<QComboBox *>(QStringLiteral("channelCombo"));
        QCOMPARE(channel->currentData().toString(), QStringLiteral("phone"));

        // Asking about a topic (Enter on it) shows what the caller says.
        auto *topics = panel->findChild<QListWidget *>(QStringLiteral("practiceTopics"));
        auto *transcript = panel->findChild<QTextBrowser *>(QStringLiteral("practiceTranscript"));
        QVERIFY(transcript->toPlainText().isEmpty());
        w.showSidePanelTab(panel, topics);
        QList<QListWidgetItem *> what =
            topics->findItems(QStringLiteral("What happened"), Qt::MatchExactly);
        QCOMPARE(what.size(), 1);
        topics->setCurrentItem(what.first());
        QTest::keyClick(topics, Qt::Key_Return);
        QVERIFY2(transcript->toPlainText().contains(QStringLiteral("safe account")),
                 qPrintable(transcript->toPlainText()));
        topics->setCurrentItem(topics->findItems(QStringLiteral("Name"), Qt::MatchExactly).first());
        QTest::keyClick(topics, Qt::Key_Return);
        QVERIFY(transcript->toPlainText().contains(QStringLiteral("George Evans")));

        // The trainee logs it on the real form and follows the fraud guidance, but forgets to
        // note that the bank was told.
        w.findChild<QLineEdit *>(QStringLiteral("callerNameEdit"))
            ->setText(QStringLiteral("George Evans"));
        auto *category = w.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findData(QStringLiteral("fraud")));
        GuidancePanel *guidance = w.guidancePanel();
        QVERIFY(guidance->session());
        QCOMPARE(guidance->session()->script().id, QStringLiteral("fraud"));
        guidance->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(guidance, Qt::Key_2); // not in progress
        QTest::keyClick(guidance, Qt::Key_1); // England, Wales or Northern Ireland
        QTest::keyClick(guidance, Qt::Key_1); // Report Fraud read out: continue
        QVERIFY(guidance->session()->atEnd());
        w.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("Paid a fake parcel fee, then moved 1,200 to a "
                                          "'safe account'. Signposted to Report Fraud."));
        auto *outcome = w.findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        QCOMPARE(outcome->currentData().toString(), QStringLiteral("signposted"));
        // Fraud asks the vulnerability question (THRIVE): the caller is not vulnerable.
        auto *vulnerable = w.findChild<QComboBox *>(QStringLiteral("vulnerableCombo"));
        QVERIFY(vulnerable);
        vulnerable->setCurrentIndex(vulnerable->findText(QStringLiteral("No")));
        QCOMPARE(vulnerable->currentText(), QStringLiteral("No"));
        // THRIVE is needed for fraud, so what happens next is recorded before the save.
        QVERIFY(test::recordNextStepsIfNeeded(&w));

        // Saving ends the practice and shows the score, point by point.
        QVERIFY(w.saveContact());
        PracticeScoreDialog *result = nullptr;
        QTRY_VERIFY((result = w.findChild<PracticeScoreDialog *>()) && result->isVisible());
        auto *total = result->findChild<QLabel *>(QStringLiteral("practiceTotal"));
        QCOMPARE(total->text(), QStringLiteral("Total: 87 of 100"));
        auto *tree = result->findChild<QTreeWidget *>(QStringLiteral("practiceScoreTree"));
        QCOMPARE(tree->topLevelItemCount(), 9);
        QTreeWidgetItem *record = row(tree, QStringLiteral("record_complete"));
        QCOMPARE(record->text(1), QStringLiteral("7 of 10"));
        QCOMPARE(record->text(2), QStringLiteral("the notes do not mention \"bank\""));
        QCOMPARE(row(tree, QStringLiteral("risk_guidance"))->text(1), QStringLiteral("25 of 25"));
        QCOMPARE(row(tree, QStringLiteral("next_steps"))->text(2),
                 QStringLiteral("Nothing missed"));
        QTreeWidgetItem *greeting = row(tree, QStringLiteral("courtesy_greeting"));
        QCOMPARE(greeting->text(2), QStringLiteral("For the trainer to tick"));
        QCOMPARE(greeting->checkState(0), Qt::Unchecked);
        QVERIFY2(unnamedControls(result).isEmpty(),
                 qPrintable(unnamedControls(result).join(QLatin1Char(','))));
        // It fits a 1280x720 screen.
        QVERIFY(result->width() <= 1280 && result->height() <= 720);

        // The trainer ticks a courtesy marker with the keyboard; the total follows.
        tree->setFocus(Qt::OtherFocusReason);
        tree->setCurrentItem(greeting);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(greeting->checkState(0), Qt::Checked);
        QCOMPARE(greeting->text(1), QStringLiteral("4 of 4"));
        QCOMPARE(total->text(), QStringLiteral("Total: 91 of 100"));
        QCOMPARE(result->score().points(), 91);
        // The score is kept in the training profile, ticks and all, for the trainer's export.
        const QList<PracticeResult> kept = QaStore(*db).practiceResults();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).scenario, QStringLiteral("fraud_victim"));
        QCOMPARE(kept.at(0).score.points(), 91);
        const QByteArray csv = QaStore(*db).practiceResultsCsv();
        QVERIFY2(csv.contains(",fraud_victim,1,contact_quality v1,91,100,courtesy_greeting,4,4,"),
                 csv.constData());
        QVERIFY2(csv.contains("record_complete,7,10,\"the notes do not mention \"\"bank\"\"\""),
                 csv.constData());
        result->close();

        // The practice is over: the topics cannot be asked until the next one starts.
        QVERIFY(!panel->isActive());
        QVERIFY(!topics->isEnabled());
    }
};

QTEST_MAIN(PracticeGuiTest)
#include "tst_practicegui.moc"
