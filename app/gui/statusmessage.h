#pragma once

#include <QLabel>
#include <QTimer>

namespace cd {

// The Desk's messages on the status bar ("Saved: …", "Call ended at …"), in their own slot
// left of the sync state and the other kept widgets, so a long message never runs into them.
// What does not fit ends in "…" and the whole message is the tooltip; it stays for its time
// (or until the next one) and then the slot is empty again.
class StatusMessage : public QLabel
{
    Q_OBJECT
public:
    explicit StatusMessage(QWidget *parent = nullptr);

    // timeoutMs 0 keeps the message until the next one.
    void showMessage(const QString &text, int timeoutMs = 0);
    void clearMessage();
    QString message() const { return m_message; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_message;
    QTimer m_timer;
};

} // namespace cd
