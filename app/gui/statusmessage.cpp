#include "gui/statusmessage.h"

#include <QFontMetrics>

namespace cd {

StatusMessage::StatusMessage(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statusMessage"));
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // It takes the room the kept widgets leave, and never pushes them.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setContentsMargins(2, 0, 12, 0);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusMessage::clearMessage);
}

void StatusMessage::showMessage(const QString &text, int timeoutMs)
{
    m_message = text;
    // One line: a message with line breaks reads as one.
    m_message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    setAccessibleName(m_message);
    elide();
    if (timeoutMs > 0)
        m_timer.start(timeoutMs);
    else
        m_timer.stop();
}

void StatusMessage::clearMessage()
{
    m_timer.stop();
    m_message.clear();
    setAccessibleName(QString());
    elide();
}

QSize StatusMessage::minimumSizeHint() const
{
    return QSize(0, QLabel::minimumSizeHint().height());
}

QSize StatusMessage::sizeHint() const
{
    return QSize(0, QLabel::sizeHint().height());
}

void StatusMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void StatusMessage::elide()
{
    const int room = contentsRect().width();
    const QString shown = fontMetrics().elidedText(m_message, Qt::ElideRight, std::max(room, 0));
    // The whole message on hover when it had to be shortened.
    setToolTip(shown == m_message ? QString() : m_message);
    if (text() != shown)
        setText(shown);
}

} // namespace cd
