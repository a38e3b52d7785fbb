#pragma once

#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSize>
#include <QWidget>

namespace cd {

// Room for a window's frame (title bar and borders), which the window manager adds outside
// the size a widget is given.
inline constexpr QSize kWindowFrameAllowance(16, 40);

// The part of the screen a window may use: the screen its parent window is on (or the primary
// screen), less taskbars and docks.
inline QRect availableScreenGeometry(const QWidget *window)
{
    const QWidget *anchor =
        window && window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen *screen = anchor ? anchor->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

// The largest size a window can take on its screen with its frame around it.
inline QSize availableWindowSize(const QWidget *window)
{
    return (availableScreenGeometry(window).size() - kWindowFrameAllowance)
        .expandedTo(QSize(320, 240));
}

// Resizes a top-level window or dialog to the size it prefers, but never larger than the
// screen's available geometry: on a 1280x720 screen, or at 150% scaling, the buttons at the
// bottom of a tall dialog stay on the screen.
inline void resizeToFitScreen(QWidget *window, const QSize &preferred)
{
    window->resize(preferred.boundedTo(availableWindowSize(window)));
}

} // namespace cd
