// The idle lock: after the profile's idle minutes the Desk hides what is on it (the form, the
// lists, the menus, open dialogs) and takes no keys but the password; the person's password
// brings everything back exactly as it was typed, and the draft is kept throughout.
#include "testsupport.h"

#include "core/clock.h"
#include "gui/contactform.h"
#include "gui/idlelock.h"
#include "gui/mainwindow.h"
#include "gui/signin.h"
#include "storage/accountstore.h"
#include "storage/draftstore.h"
#include "storage/settingsstore.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace cd;

namespace {

const QString kPassword = QStringLiteral("a long enough password");
constexpr qint64 kMinute = 60 * 1000;

QString fieldText(ContactForm *form, const char *field)
{
    QWidget *w = form->fieldWidget(QLatin1String(field));
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText();
    return {};
}

} // namespace

class TstIdleLock : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    IdleLock *m_lock = nullptr;

    void open()
    {
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        m_lock = IdleLock::install(*m_window, *m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        Account a;
        a.login = QStringLiteral("ahandler");
        a.name = QStringLiteral("A. Handler");
        a.team = QStringLiteral("QoS North");
        QVERIFY(AccountStore(*m_profile->db).add(QString(), a, kPassword));
        CD_VERIFY_OK(SignIn::setSignedInLogin(*m_profile->db, a.login));
        m_clock =
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
    }

    void lockHidesWhatWasTypedAndThePasswordBringsItBack()
    {
        open();
        QCOMPARE(m_lock->idleMinutes(), 10); // the default
        ContactForm *form = m_window->contactForm();
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        auto *phone = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("callerPhone")));
        auto *name = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("callerName")));
        auto *notes = qobject_cast<QPlainTextEdit *>(form->fieldWidget(QStringLiteral("notes")));
        QVERIFY(phone && name && notes);
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("07700900123"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Sam Taylor"));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Worried about her neighbour, half typed"));
        // A dialog open with something typed in it.
        QDialog side(m_window.get());
        auto *sideEdit = new QLineEdit(&side);
        (new QVBoxLayout(&side))->addWidget(sideEdit);
        side.show();
        QVERIFY(QTest::qWaitForWindowExposed(&side));
        QTest::keyClicks(sideEdit, QStringLiteral("dialog text"));
        // Where the cursor is when it locks (the dialog's field, here) is where it comes back.
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);

        // Nine idle minutes: still open. Ten: locked.
        m_clock->advance(9 * kMinute);
        m_lock->checkIdle();
        QVERIFY(!m_lock->isLocked());
        QVERIFY(form->isVisible());
        m_clock->advance(1 * kMinute);
        m_lock->checkIdle();
        QVERIFY(m_lock->isLocked());

        // The lock shows; nothing of the contact is on screen, nor in the dialog.
        QWidget *screen = m_window->findChild<QWidget *>(QStringLiteral("lockScreen"));
        QVERIFY(screen);
        QVERIFY(screen->isVisible());
        QVERIFY(!form->isVisible());
        QVERIFY(!phone->isVisible());
        QVERIFY(!notes->isVisible());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->sidePanel()->isVisible());
        QWidget *cover = side.findChild<QWidget *>(QStringLiteral("lockCover"));
        QVERIFY(cover && cover->isVisible());
        QCOMPARE(cover->geometry(), side.rect());
        const QString lockText = screen->findChild<QLabel *>(QStringLiteral("lockWho"))->text();
        QVERIFY2(lockText.contains(QStringLiteral("A. Handler")), qPrintable(lockText));
        for (QLabel *label : screen->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("Sam Taylor")),
                     qPrintable(label->text()));
        // The draft was written when it locked.
        std::optional<Draft> draft = DraftStore(*m_profile->db).load(DraftStore::contactSlot());
        QVERIFY(draft);
        QCOMPARE(draft->payload.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Worried about her neighbour, half typed"));

        // Keys reach nothing but the lock: not the form, not the Desk's shortcuts (F2 would
        // start a new contact).
        QTest::keyClicks(notes, QStringLiteral("XYZ"));
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QTest::keyClicks(sideEdit, QStringLiteral("XYZ"));
        QCOMPARE(notes->toPlainText(), QStringLiteral("Worried about her neighbour, half typed"));
        QCOMPARE(sideEdit->text(), QStringLiteral("dialog text"));

        // A wrong password: still locked, and it says so.
        auto *password = screen->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        QVERIFY(password && password->isVisible());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("not my password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(m_lock->isLocked());
        QVERIFY(!form->isVisible());
        QCOMPARE(screen->findChild<QLabel *>(QStringLiteral("unlockError"))->text(),
                 QStringLiteral("Wrong login or password."));
        QVERIFY(password->text().isEmpty());

        // The person's password: everything back exactly as typed.
        QTest::keyClicks(password, kPassword);
        QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("unlockButton")),
                          Qt::LeftButton);
        QVERIFY(!m_lock->isLocked());
        QVERIFY(!screen->isVisible());
        QVERIFY(form->isVisible());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(!side.findChild<QWidget *>(QStringLiteral("lockCover")));
        QCOMPARE(fieldText(form, "callerPhone"), QStringLiteral("07700900123"));
        QCOMPARE(fieldText(form, "callerName"), QStringLiteral("Sam Taylor"));
        QCOMPARE(fieldText(form, "notes"),
                 QStringLiteral("Worried about her neighbour, half typed"));
        QCOMPARE(sideEdit->text(), QStringLiteral("dialog text"));
        QCOMPARE(QApplication::focusWidget(), focused);
        QVERIFY(form->isStarted());

        // Typing again counts as activity: nine more minutes do not lock it.
        QTest::keyClicks(notes, QStringLiteral("."));
        m_clock->advance(9 * kMinute);
        m_lock->checkIdle();
        QVERIFY(!m_lock->isLocked());
        QCOMPARE(fieldText(form, "notes"),
                 QStringLiteral("Worried about her neighbour, half typed."));
    }

    // The minutes are a setting; 0 never locks.
    void minutesAreASetting()
    {
        CD_VERIFY_OK(
            SettingsStore(*m_profile->db).setValue(SettingsStore::Key::LockIdleMinutes, 2));
        open();
        QCOMPARE(m_lock->idleMinutes(), 2);
        m_clock->advance(2 * kMinute);
        m_lock->checkIdle();
        QVERIFY(m_lock->isLocked());
        QVERIFY(m_lock->unlock(kPassword));
        m_window.reset();

        CD_VERIFY_OK(
            SettingsStore(*m_profile->db).setValue(SettingsStore::Key::LockIdleMinutes, 0));
        open();
        m_clock->advance(600 * kMinute);
        m_lock->checkIdle();
        QVERIFY(!m_lock->isLocked());
    }
};

QTEST_MAIN(TstIdleLock)
#include "tst_idlelock.moc"
