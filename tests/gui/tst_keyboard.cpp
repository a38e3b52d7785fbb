// The Desk by keyboard alone: every Alt+letter reaches one thing, the menus and tabs open on
// their letters, and typing into a drop-down never loses what is typed next.
#include "core/clock.h"
#include "core/escalation.h"
#include "core/scriptlibrary.h"
#include "gui/auditdialog.h"
#include "gui/connectdialog.h"
#include "gui/contactform.h"
#include "gui/contactviewdialog.h"
#include "gui/escalationdialog.h"
#include "gui/mainwindow.h"
#include "gui/profiledialog.h"
#include "gui/qareviewdialog.h"
#include "gui/scriptoutlinedialog.h"
#include "gui/shortcutsheetdialog.h"
#include "gui/signin.h"
#include "gui/syncdesk.h"
#include "storage/scriptstore.h"
#include "storage/taxonomystore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace cd;

namespace {

// The letter `text` underlines ("Re&ason" → 'a'), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a plain ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// What has a mnemonic among `widgets`: buddied labels, buttons (push, check, radio, tool), group
// boxes. Each entry is "letter: what".
QStringList mnemonicsOf(const QList<QWidget *> &widgets)
{
    QStringList out;
    auto add = [&out](const QString &text, const QString &what) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            out.append(QString(c) + QStringLiteral(": ") + what);
    };
    for (QWidget *w : widgets) {
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), QStringLiteral("label ") + label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), QStringLiteral("button ") + button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title(), QStringLiteral("group ") + box->title());
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), QStringLiteral("tab ") + bar->tabText(i));
        else if (auto *menuBar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : menuBar->actions())
                add(a->text(), QStringLiteral("menu ") + a->text());
    }
    return out;
}

// The entries of `entries` whose letter another entry has too.
QStringList clashes(const QStringList &entries)
{
    QHash<QChar, QStringList> byLetter;
    for (const QString &e : entries)
        byLetter[e.at(0)].append(e);
    QStringList out;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            out.append(it.value().join(QStringLiteral(" | ")));
    out.sort();
    return out;
}

QList<QWidget *> widgetsUnder(QWidget *root)
{
    QList<QWidget *> all{root};
    all += root->findChildren<QWidget *>();
    return all;
}

// Every menu's items, menu by menu (a menu is its own scope).
void verifyMenus(const QList<QAction *> &actions, const QString &where)
{
    for (QAction *a : actions) {
        QMenu *menu = a->menu();
        if (!menu)
            continue;
        QStringList entries;
        for (QAction *item : menu->actions()) {
            const QChar c = mnemonicOf(item->text());
            if (!c.isNull())
                entries.append(QString(c) + QStringLiteral(": ") + item->text());
        }
        const QStringList found = clashes(entries);
        QVERIFY2(found.isEmpty(),
                 qPrintable(where + QStringLiteral(" menu ") + a->text() + QStringLiteral(": ") +
                            found.join(QStringLiteral("; "))));
        verifyMenus(menu->actions(), where);
    }
}

void verifyDialog(QDialog &dialog)
{
    const QStringList found = clashes(mnemonicsOf(widgetsUnder(&dialog)));
    QVERIFY2(found.isEmpty(), qPrintable(dialog.metaObject()->className() + QStringLiteral(": ") +
                                         found.join(QStringLiteral("; "))));
}

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_clock.set(QDateTime::currentDateTimeUtc());
        Clock::setInstance(&m_clock);
        // A manager, so that the Team figures tab is there too.
        m_profile->profile.role = Role::Manager;
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        installSync(*m_window); // as the Desk program does: the Sync menu
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    // In the window, what is always on screen (menu bar, tab titles, form, toolbar) and the
    // tab in front share the Alt+letters; a tab behind others has no live shortcuts, so each
    // tab is checked in turn with the rest.
    void mainWindowMnemonicsAreUnique()
    {
        MainWindow &w = *m_window;
        QTabWidget *side = w.sidePanel();
        QList<QWidget *> always;
        for (QWidget *x : widgetsUnder(&w))
            if (x == side->tabBar() || (x != side && !side->isAncestorOf(x)))
                always.append(x);
        const QStringList common = mnemonicsOf(always);
        // Menus File, Contact, Escalate, Sync, Help; tabs; the form's fourteen fields (the
        // address among them) and Next….
        QVERIFY2(common.size() >= 5 + 5 + 14 + 1, qPrintable(common.join(u'\n')));
        // Every field of the form that has a label can be reached by a letter.
        for (QLabel *label : w.contactForm()->findChildren<QLabel *>())
            if (label->buddy() && label->objectName() != QLatin1String("vulnerableLabel"))
                QVERIFY2(!mnemonicOf(label->text()).isNull(), qPrintable(label->text()));
        QStringList found = clashes(common);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        for (int i = 0; i < side->count(); ++i) {
            QWidget *page = side->widget(i);
            found = clashes(common + mnemonicsOf(widgetsUnder(page)));
            QVERIFY2(found.isEmpty(),
                     qPrintable(side->tabText(i) + QStringLiteral(": ") + found.join(u'\n')));
        }
        verifyMenus(w.menuBar()->actions(), QStringLiteral("Desk"));
    }

    void dialogMnemonicsAreUnique()
    {
        Database &db = *m_profile->db;
        {
            ConnectDialog dialog(sync::ConnectionSettings{});
            verifyDialog(dialog);
        }
        {
            ProfileDialog dialog(m_profile->profile);
            verifyDialog(dialog);
        }
        {
            SignInDialog dialog(db, QStringLiteral("ahandler"));
            verifyDialog(dialog);
        }
        {
            Taxonomy taxonomy = TaxonomyStore(db).load().value();
            ContactViewDialog dialog(test::sampleContact(m_clock.now()), taxonomy);
            verifyDialog(dialog);
        }
        {
            ShortcutSheetDialog dialog;
            verifyDialog(dialog);
        }
        {
            AuditDialog dialog(db, QStringLiteral("M. Manager"));
            verifyDialog(dialog);
        }
        {
            QaReviewDialog dialog(db, HandlerProfile{QStringLiteral("M. Manager"), Role::Manager,
                                                     QStringLiteral("QoS North")});
            verifyDialog(dialog);
        }
        {
            ScriptOutlineDialog dialog(ScriptStore(db).library());
            verifyDialog(dialog);
        }
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        const QStringList types = rules.value().forms.types();
        QVERIFY(!types.isEmpty());
        for (const QString &type : types) {
            EscalationDialog dialog(db, rules.value(), *rules.value().forms.find(type),
                                    test::sampleContact(m_clock.now()),
                                    QStringLiteral("A. Handler"), QStringLiteral("QoS North"));
            verifyDialog(dialog);
            // Every field of the form can be reached by a letter.
            for (QLabel *label : dialog.findChildren<QLabel *>())
                if (label->buddy() &&
                    label->text().contains(QRegularExpression(QStringLiteral("\\w"))))
                    QVERIFY2(!mnemonicOf(label->text()).isNull(), qPrintable(label->text()));
        }
    }

    void altLetterOpensEachMenu_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("menu");
        QTest::newRow("File") << int(Qt::Key_F) << QStringLiteral("fileMenu");
        QTest::newRow("Contact") << int(Qt::Key_C) << QStringLiteral("contactMenu");
        QTest::newRow("Escalate") << int(Qt::Key_E) << QStringLiteral("escalateMenu");
        QTest::newRow("Sync") << int(Qt::Key_S) << QStringLiteral("syncMenu");
        QTest::newRow("Help") << int(Qt::Key_H) << QStringLiteral("helpMenu");
    }
    void altLetterOpensEachMenu()
    {
        QFETCH(int, key);
        QFETCH(QString, menu);
        MainWindow &w = *m_window;
        auto *m = w.menuBar()->findChild<QMenu *>(menu);
        QVERIFY2(m, qPrintable(menu));
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::AltModifier);
        QTRY_VERIFY(m->isVisible());
        QTest::keyClick(m, Qt::Key_Escape);
        QTRY_VERIFY(!m->isVisible());
    }

    void altLetterBringsEachTabForward_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("title");
        QTest::newRow("Guidance") << int(Qt::Key_G) << QStringLiteral("&Guidance");
        QTest::newRow("Escalation queue") << int(Qt::Key_Q) << QStringLiteral("Escalation &queue");
        QTest::newRow("Vehicle") << int(Qt::Key_V) << QStringLiteral("&Vehicle");
        QTest::newRow("My figures") << int(Qt::Key_M) << QStringLiteral("&My figures");
        QTest::newRow("Team figures") << int(Qt::Key_T) << QStringLiteral("&Team figures");
    }
    void altLetterBringsEachTabForward()
    {
        QFETCH(int, key);
        QFETCH(QString, title);
        QTabWidget *side = m_window->sidePanel();
        int index = -1;
        for (int i = 0; i < side->count(); ++i)
            if (side->tabText(i) == title)
                index = i;
        QVERIFY2(index >= 0, qPrintable(title));
        // Start from another tab, with the cursor in the form.
        side->setCurrentIndex(index == 0 ? 1 : 0);
        m_window->contactForm()->fieldWidget(QStringLiteral("notes"))->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::AltModifier);
        QTRY_COMPARE(side->currentIndex(), index);
        // The cursor follows into the tab.
        QTRY_VERIFY(side->widget(index)->isAncestorOf(QApplication::focusWidget()));
    }

    void altLetterJumpsToEachField_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("field");
        QTest::newRow("Channel") << int(Qt::Key_L) << QStringLiteral("channelCombo");
        QTest::newRow("Phone") << int(Qt::Key_P) << QStringLiteral("callerPhoneEdit");
        QTest::newRow("Email") << int(Qt::Key_I) << QStringLiteral("callerEmailEdit");
        QTest::newRow("Caller name") << int(Qt::Key_N) << QStringLiteral("callerNameEdit");
        QTest::newRow("Postcode") << int(Qt::Key_D) << QStringLiteral("postcodeEdit");
        QTest::newRow("Address") << int(Qt::Key_A) << QStringLiteral("addressEdit");
        QTest::newRow("Consent") << int(Qt::Key_B) << QStringLiteral("consentToOutcomeCheck");
        QTest::newRow("Category") << int(Qt::Key_Y) << QStringLiteral("categoryCombo");
        QTest::newRow("Reference") << int(Qt::Key_J) << QStringLiteral("referenceEdit");
        QTest::newRow("VRM") << int(Qt::Key_K) << QStringLiteral("vrmEdit");
        QTest::newRow("Notes") << int(Qt::Key_O) << QStringLiteral("notesEdit");
        QTest::newRow("Outcome") << int(Qt::Key_U) << QStringLiteral("outcomeCombo");
        QTest::newRow("Dissatisfied")
            << int(Qt::Key_W) << QStringLiteral("remainedDissatisfiedCheck");
    }
    void altLetterJumpsToEachField()
    {
        QFETCH(int, key);
        QFETCH(QString, field);
        m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setFocus();
        QTRY_COMPARE(focusName(), QStringLiteral("searchEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::AltModifier);
        QTRY_COMPARE(focusName(), field);
    }

    void f1ShowsTheShortcutSheet()
    {
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        ShortcutSheetDialog *sheet = nullptr;
        QTRY_VERIFY((sheet = m_window->findChild<ShortcutSheetDialog *>()) && sheet->isVisible());
        auto *table = sheet->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
        QStringList keys;
        for (int i = 0; i < table->rowCount(); ++i)
            keys.append(table->item(i, 0)->text());
        // The keys of the README's "Using the Desk" table.
        for (const char *k :
             {"F2", "Tab / Shift+Tab", "Ctrl+Enter", "Ctrl+F", "Alt+underlined letter",
              "Ctrl+G, then 1-9 / Backspace", "F9 / Shift+F9", "Ctrl+Shift+V", "Ctrl+E",
              "Ctrl+Shift+M", "F5", "F1"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        sheet->reject();
    }

    // "No c" in Reason picks "No call back"; the space does not open the list; Tab then goes
    // on to Reference with what is typed next.
    void typingInADropDownKeepsTheKeys()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        auto *category = w.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        auto *reason = w.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
        category->setFocus();
        QTRY_COMPARE(focusName(), QStringLiteral("categoryCombo"));
        QTest::keyClicks(category, QStringLiteral("dis"));
        QCOMPARE(category->currentData().toString(), QStringLiteral("dissatisfaction"));
        QTest::keyClick(category, Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("reasonCombo"));

        QTest::keyClicks(reason, QStringLiteral("No c"));
        QVERIFY(!reason->view()->isVisible());
        QCOMPARE(reason->currentData().toString(), QStringLiteral("no_call_back"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("referenceEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("CR/123/26"));
        QCOMPARE(w.contactForm()->contact().reference, QStringLiteral("CR/123/26"));
        QCOMPARE(w.contactForm()->contact().reason, QStringLiteral("no_call_back"));

        // A word further in the label matches too; typing that matches nothing goes back to the
        // "— choose —" line, so an earlier partial match is never kept.
        reason->setFocus();
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(reason, QStringLiteral("back"));
        QCOMPARE(reason->currentData().toString(), QStringLiteral("no_call_back"));
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(reason, QStringLiteral("attitude"));
        QCOMPARE(reason->currentData().toString(), QStringLiteral("attitude"));
        QTest::keyClicks(reason, QStringLiteral("zzz"));
        QCOMPARE(reason->currentData().toString(), QString());
        QVERIFY(!reason->view()->isVisible());
        // Backspace back to what matched picks it again.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(reason, Qt::Key_Backspace);
        QCOMPARE(reason->currentData().toString(), QStringLiteral("attitude"));
        // "Complaint" is not "Compliment", although "Compl" begins both: no category is
        // called a complaint, so none is chosen and validation asks for one.
        category->setFocus();
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(category, QStringLiteral("Compl"));
        QCOMPARE(category->currentData().toString(), QStringLiteral("compliment"));
        QTest::keyClicks(category, QStringLiteral("aint"));
        QCOMPARE(category->currentData().toString(), QString());
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(category, QStringLiteral("Ref"));
        QCOMPARE(category->currentData().toString(), QString());
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(category, QStringLiteral("dis"));
        QCOMPARE(category->currentData().toString(), QStringLiteral("dissatisfaction"));
        reason->setFocus();
        // Alt+Down still opens the list.
        QTest::keyClick(reason, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(reason->view()->isVisible());
        QTest::keyClick(reason->view(), Qt::Key_Escape);
        QTRY_VERIFY(!reason->view()->isVisible());
    }

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
