// Caller matching on the Desk (issue 22): the caller history follows whatever of the caller is
// typed (phone, email, name with postcode, address), says why each earlier contact matched,
// shows the others at the caller's address, and keeps the repeat-victim check with the contact.
#include "gui/contactform.h"
#include "gui/mainwindow.h"
#include "storage/contactstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

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

// The column of `view` whose header is `title`; -1 when there is none.
int columnTitled(const QTableView *view, const QString &title)
{
    const QAbstractItemModel *m = view->model();
    for (int c = 0; c < m->columnCount(); ++c)
        if (m->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    return -1;
}
} // namespace

class TestCallerMatchGui : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_clock.set(QDateTime::currentDateTimeUtc());
        Clock::setInstance(&m_clock);
        ContactStore store(*m_profile->db);
        // Jo wrote in last week from a work number.
        Contact jo = test::sampleContact(m_clock.now().addDays(-7));
        jo.callerName = QStringLiteral("Jo Bloggs");
        jo.callerPhone = QStringLiteral("01245600111");
        jo.callerEmail = QStringLiteral("jo.bloggs@example.com");
        jo.postcode = QStringLiteral("CM12 9XY");
        CD_VERIFY_OK(store.save(jo, QStringLiteral("A. Handler")));
        m_jo = jo.id;
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

    // Only the email is typed: Jo's earlier contact shows, and says it matched by the email.
    void showsWhyWhenOnlyTheEmailIsTyped()
    {
        MainWindow &w = *m_window;
        auto *history = w.findChild<QTableView *>(QStringLiteral("historyView"));
        QTest::keyClick(&w, Qt::Key_F2);
        tab();
        tab();
        QCOMPARE(focusName(), QStringLiteral("callerEmailEdit"));
        type(QStringLiteral("Jo.Bloggs@Example.com"));
        QTRY_COMPARE(history->model()->rowCount(), 1);
        const int why = columnTitled(history, QStringLiteral("Why"));
        QVERIFY(why >= 0);
        QCOMPARE(history->model()->index(0, why).data().toString(), QStringLiteral("same email"));
        QVERIFY(!history->isColumnHidden(why));
        QCOMPARE(focusName(), QStringLiteral("callerEmailEdit")); // typing goes on undisturbed
    }

    // Jo rings from a new mobile and gives name, postcode and address: the history has Jo's
    // contact by name and postcode and Sam's by the address; Sam is in the household with the
    // risk prompted; the repeat-victim check is shown, and saved with the contact.
    void nameAddressHouseholdAndTheVictimCheck()
    {
        // Sam, at the same address, rang about domestic abuse three days ago.
        Contact sam = test::sampleContact(m_clock.now().addDays(-3));
        sam.callerName = QStringLiteral("Sam Bloggs");
        sam.callerPhone = QStringLiteral("07700900333");
        sam.callerEmail.clear();
        sam.postcode = QStringLiteral("CM12 9XY");
        sam.address = QStringLiteral("14 High Street");
        sam.riskPrompts = QStringLiteral(
            "[{\"kind\":\"domestic_abuse\",\"phrase\":\"he hit me\",\"response\":\"opened\"}]");
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(sam, QStringLiteral("A. Handler")));
        MainWindow &w = *m_window;
        auto *history = w.findChild<QTableView *>(QStringLiteral("historyView"));
        auto *household = w.findChild<QListWidget *>(QStringLiteral("householdView"));
        auto *check = w.findChild<QLabel *>(QStringLiteral("victimCheckLabel"));
        QVERIFY(household);
        QVERIFY(check);
        QTest::keyClick(&w, Qt::Key_F2);
        tab();
        type(QStringLiteral("07700 900222"));
        tab();
        tab();
        QCOMPARE(focusName(), QStringLiteral("callerNameEdit"));
        type(QStringLiteral("jo bloggs"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("postcodeEdit"));
        type(QStringLiteral("cm12 9xy"));
        QTRY_COMPARE(history->model()->rowCount(), 1);
        const int why = columnTitled(history, QStringLiteral("Why"));
        QVERIFY(why >= 0);
        QCOMPARE(history->model()->index(0, why).data().toString(),
                 QStringLiteral("same name and postcode"));
        tab();
        QCOMPARE(focusName(), QStringLiteral("addressEdit"));
        // The fields below stay where they are while the history and household fill in.
        QWidget *consent = w.contactForm()->fieldWidget(QStringLiteral("consentToOutcome"));
        const QPoint consentAt = consent->mapTo(&w, QPoint());
        type(QStringLiteral("14 High St"));
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->index(0, why).data().toString(), QStringLiteral("same address"));
        QCOMPARE(history->model()->index(1, why).data().toString(),
                 QStringLiteral("same name and postcode"));
        QTRY_COMPARE(household->count(), 1);
        QVERIFY2(household->item(0)->text().startsWith(QStringLiteral("Sam Bloggs — 1 contact")),
                 qPrintable(household->item(0)->text()));
        QVERIFY2(household->item(0)->text().contains(QLatin1String("risk: domestic abuse")),
                 qPrintable(household->item(0)->text()));
        QVERIFY2(check->text().contains(QLatin1String("Repeat-victim check")) &&
                     check->text().contains(QLatin1String("2 earlier contact")),
                 qPrintable(check->text()));
        QCOMPARE(consent->mapTo(&w, QPoint()), consentAt);
        QCOMPARE(focusName(), QStringLiteral("addressEdit"));

        // The household list is reachable by keyboard.
        household->setFocus(Qt::TabFocusReason);
        QCOMPARE(focusName(), QStringLiteral("householdView"));

        auto choose = [&](const char *name, const QString &code) {
            auto *combo = w.findChild<QComboBox *>(QLatin1String(name));
            combo->setCurrentIndex(combo->findData(code));
        };
        choose("channelCombo", QStringLiteral("phone"));
        choose("categoryCombo", QStringLiteral("low_level_concern"));
        choose("outcomeCombo", QStringLiteral("resolved_first_contact"));
        w.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!w.contactForm()->hasContent());
        ContactStore store(*m_profile->db);
        QCOMPARE(store.count(), 3);
        QList<ContactSummary> today =
            store
                .history(callermatch::CallerKeys::of(QStringLiteral("07700900222"), {}, {}, {}, {}),
                         QDateTime(), QStringLiteral("test"))
                .contacts;
        QCOMPARE(today.size(), 1);
        const Contact saved = store.get(today.first().id, QStringLiteral("test")).value();
        QCOMPARE(saved.address, QStringLiteral("14 High St"));
        QCOMPARE(saved.victimCheckMatches, 2);
        QVERIFY(saved.victimCheckedAt.isValid());
    }

private:
    ManualClock m_clock;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    QString m_jo;
};

QTEST_MAIN(TestCallerMatchGui)
#include "tst_callermatchgui.moc"
