#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace cd {

class Clock;
class MainWindow;

// The idle lock: after the profile's lock.idle_minutes without a key, a click or the mouse
// moving (default 10; 0 never), the Desk hides everything on it (the form, the lists, the side
// panels, the menus and every open dialog) behind a lock screen. Nothing typed is touched: the
// draft is written first, and the form, the dialogs and the cursor come back exactly as they
// were. Unlocking needs the password of the person signed in (their local account, or their
// shared-database login); at a workstation without accounts the lock only hides the screen.
// While locked no key or click reaches anything but the lock screen.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    // Installs the lock on the Desk; `clock` tells the idle time (tests pass a ManualClock).
    static IdleLock *install(MainWindow &window, const Clock &clock);

    bool isLocked() const { return m_locked; }
    int idleMinutes() const { return m_minutes; }
    // Locks when the Desk has been idle long enough (a timer asks every 15 seconds).
    void checkIdle();
    void lock();
    // Unlocks when `password` is the signed-in person's; false and says why otherwise.
    bool unlock(const QString &password);
    QWidget *lockScreen() const { return m_screen; }

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IdleLock(MainWindow &window, const Clock &clock);
    void buildScreen();
    void placeScreen();
    bool insideLockScreen(QObject *watched) const;
    void tryUnlock();

    MainWindow &m_window;
    const Clock &m_clock;
    int m_minutes = 10;
    QDateTime m_lastActivity;
    QTimer m_timer;
    bool m_locked = false;
    QString m_login; // who signed in, whose password unlocks

    QWidget *m_screen = nullptr;
    QLabel *m_who = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_error = nullptr;

    // What the lock hid, to show again: the window's parts and the covers over open dialogs.
    QList<QPointer<QWidget>> m_hidden;
    QList<QPointer<QWidget>> m_covers;
    QPointer<QWidget> m_focus;
};

} // namespace cd
