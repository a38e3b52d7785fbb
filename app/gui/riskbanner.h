#pragma once

#include "core/riskdetector.h"

#include <QFrame>
#include <QJsonArray>
#include <QSet>

#include <optional>

class QLabel;
class QPushButton;
class QShortcut;

namespace cd {

// A banner above the contact form, in a slot of fixed height that is kept while no prompt shows,
// fed with the notes as they are typed. When a risk phrase appears it offers the right guidance (or
// escalation form) without ever taking the cursor from the notes. Each prompt shown, and whether
// the handler opened or dismissed it, is kept as JSON for Contact::riskPrompts. F9 opens the offer,
// Shift+F9 dismisses it (window shortcuts, so the notes keep focus).
class RiskBanner : public QFrame
{
    Q_OBJECT
public:
    // The lines of text the banner's slot has room for beside its buttons.
    static constexpr int kReservedTextLines = 4;

    explicit RiskBanner(QWidget *parent = nullptr);

    void setDetector(const RiskDetector &detector);
    bool hasDetector() const { return m_detector.has_value(); }

    QString promptsJson() const;
    QString currentKind() const { return m_kind; }
    QString messageText() const;

public slots:
    void setNotes(const QString &notes);
    void open();
    void dismiss();
    void reset(); // a new contact
    // A recovered draft: the prompts already shown are kept and not offered again.
    void restorePrompts(const QString &json);

signals:
    void openScriptRequested(const QString &scriptId);
    void escalationRequested(const QString &type);
    void promptsChanged(const QString &json);

private:
    void offer(const RiskMatch &match);
    void record(const QString &response);

    std::optional<RiskDetector> m_detector;
    QSet<QString> m_offeredKinds; // each kind is offered once per contact
    QJsonArray m_prompts;
    QString m_kind;
    RiskOffer m_offer;
    RiskMatch m_match;

    QLabel *m_label = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
    QShortcut *m_openShortcut = nullptr;
    QShortcut *m_dismissShortcut = nullptr;
};

} // namespace cd
