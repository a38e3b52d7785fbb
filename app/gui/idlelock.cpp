#include "gui/idlelock.h"

#include "core/clock.h"
#include "core/logging.h"
#include "gui/mainwindow.h"
#include "gui/signin.h"
#include "storage/settingsstore.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace cd {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool isActivity(QEvent::Type type)
{
    return type == QEvent::KeyPress || type == QEvent::MouseButtonPress ||
           type == QEvent::MouseMove || type == QEvent::Wheel || type == QEvent::TouchBegin;
}

} // namespace

IdleLock *IdleLock::install(MainWindow &window, const Clock &clock)
{
    return new IdleLock(window, clock);
}

IdleLock::IdleLock(MainWindow &window, const Clock &clock)
    : QObject(&window)
    , m_window(window)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("idleLock"));
    m_minutes =
        qMax(0, SettingsStore(window.database()).intValue(SettingsStore::Key::LockIdleMinutes));
    m_lastActivity = m_clock.now();
    buildScreen();
    qApp->installEventFilter(this);
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    if (m_minutes > 0)
        m_timer.start();
}

void IdleLock::buildScreen()
{
    // A window of its own, application-modal: it takes the keys and clicks even when a dialog
    // of the Desk is open (and modal) under it.
    m_screen = new QWidget(&m_window, Qt::Window | Qt::FramelessWindowHint);
    m_screen->setObjectName(QStringLiteral("lockScreen"));
    m_screen->setWindowModality(Qt::ApplicationModal);
    m_screen->setWindowTitle(tr("Contact Desk is locked"));
    m_screen->setAutoFillBackground(true);
    auto *title = new QLabel(tr("Contact Desk is locked"), m_screen);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_who = new QLabel(m_screen);
    m_who->setObjectName(QStringLiteral("lockWho"));
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_password = new QLineEdit(m_screen);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMaximumWidth(320);
    m_unlock = new QPushButton(tr("&Unlock"), m_screen);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_error = new QLabel(m_screen);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_screen);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(m_who);
    layout->addWidget(m_password, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addWidget(m_error);
    layout->addStretch(2);
    connect(m_unlock, &QPushButton::clicked, this, &IdleLock::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &IdleLock::tryUnlock);
    m_screen->hide();
}

void IdleLock::placeScreen()
{
    const QRect place = m_window.isVisible() ? m_window.geometry() : QRect(0, 0, 800, 600);
    m_screen->setGeometry(place);
}

void IdleLock::checkIdle()
{
    if (m_locked || m_minutes <= 0)
        return;
    if (m_lastActivity.msecsTo(m_clock.now()) >= qint64(m_minutes) * 60 * 1000)
        lock();
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    // What was typed is written first: a Desk killed while locked loses nothing.
    m_window.saveDraftNow();
    m_focus = QApplication::focusWidget();
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_hidden.clear();
    QList<QWidget *> parts{m_window.centralWidget(), m_window.menuBar(), m_window.statusBar()};
    for (QToolBar *bar : m_window.findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        parts << bar;
    for (QDockWidget *dock : m_window.findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        parts << dock;
    for (QWidget *part : std::as_const(parts)) {
        if (part && part->isVisible()) {
            m_hidden << part;
            part->hide();
        }
    }
    // Dialogs stay open with what was typed in them, under a cover.
    m_covers.clear();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == &m_window || top == m_screen || !top->isVisible() || !top->isWindow())
            continue;
        auto *cover = new QWidget(top);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAutoFillBackground(true);
        cover->setGeometry(top->rect());
        cover->raise();
        cover->show();
        m_covers << cover;
    }
    const HandlerProfile &who = m_window.profile();
    m_login = SignIn::signedInLogin(m_window.database());
    m_who->setText(
        m_login.isEmpty()
            ? tr("%1 was working here. Unlock to go on.").arg(who.name)
            : tr("%1 (%2) is signed in. Enter your password to unlock.").arg(who.name, m_login));
    m_password->setVisible(!m_login.isEmpty());
    m_password->clear();
    m_error->clear();
    placeScreen();
    m_locked = true;
    m_screen->show();
    m_screen->raise();
    m_screen->activateWindow();
    (m_login.isEmpty() ? static_cast<QWidget *>(m_unlock) : m_password)->setFocus();
    qCInfo(lcGui) << "the Desk locked after" << m_minutes << "idle minutes";
    emit lockedChanged(true);
}

bool IdleLock::unlock(const QString &password)
{
    if (!m_locked)
        return true;
    if (!m_login.isEmpty()) {
        Result<HandlerProfile> p = SignIn(m_window.database()).check(m_login, password);
        if (!p) {
            m_error->setText(p.errorMessage());
            m_password->clear();
            m_password->setFocus();
            return false;
        }
    }
    m_password->clear();
    m_error->clear();
    m_locked = false;
    m_screen->hide();
    for (const QPointer<QWidget> &cover : std::as_const(m_covers))
        delete cover.data();
    m_covers.clear();
    for (const QPointer<QWidget> &part : std::as_const(m_hidden))
        if (part)
            part->show();
    m_hidden.clear();
    m_window.activateWindow();
    if (m_focus) {
        m_focus->activateWindow();
        m_focus->setFocus(Qt::OtherFocusReason);
    }
    m_lastActivity = m_clock.now();
    emit lockedChanged(false);
    return true;
}

void IdleLock::tryUnlock()
{
    unlock(m_password->text());
}

bool IdleLock::insideLockScreen(QObject *watched) const
{
    for (QObject *o = watched; o; o = o->parent())
        if (o == m_screen)
            return true;
    return false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (!m_locked) {
        if (isActivity(type))
            m_lastActivity = m_clock.now();
        return false;
    }
    // Locked: keys, clicks and shortcuts reach only the lock screen.
    if (isInput(type) && !insideLockScreen(watched))
        return true;
    return false;
}

} // namespace cd
