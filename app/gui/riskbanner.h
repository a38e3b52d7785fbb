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
// escalation form) without ever taking the cursor from the notes. Risks of several kinds show
// together ("grabbed her by the throat, kids were there": domestic abuse and a child at risk),
// and a kind that appears while the banner shows joins it. A kind covered by a form already sent
// for this contact (FormDefinition::coversRisk) is not offered again; it is kept as "covered".
// Strangulation or choking (a high-risk marker of serious harm) gets urgent wording. Each prompt
// shown, and whether the handler opened or dismissed it, is kept as JSON for
// Contact::riskPrompts. F9 opens the offers, Shift+F9 dismisses them (window shortcuts, so the
// notes keep focus).
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
    QString currentKind() const { return m_kind; } // the first kind shown
    QStringList shownKinds() const;
    bool isUrgent() const { return m_urgent; }
    QString messageText() const;

public slots:
    void setNotes(const QString &notes);
    void open();
    void dismiss();
    void reset(); // a new contact
    // A recovered draft: the prompts already shown are kept and not offered again.
    void restorePrompts(const QString &json);
    // An escalation form was sent for this contact with these values.
    void noteFormSent(const QString &type, const QJsonObject &values);

signals:
    void openScriptRequested(const QString &scriptId);
    void escalationRequested(const QString &type);
    void promptsChanged(const QString &json);

private:
    struct Shown
    {
        RiskMatch match;
        RiskOffer offer;
        bool urgent = false;
    };
    void showPrompts();
    void record(const QString &response);
    qsizetype openPromptOf(const QString &kind) const; // its entry in m_prompts, or -1
    QString coveringForm(const QString &kind) const;   // a sent form's type, or ""
    // Whether the sentence the match is in speaks of strangulation or choking.
    static bool isStrangulation(const RiskMatch &match, QStringView notes);

    std::optional<RiskDetector> m_detector;
    QSet<QString> m_offeredKinds; // each kind is offered once per contact
    QJsonArray m_prompts;
    QString m_kind;
    QList<Shown> m_shown;
    bool m_urgent = false;
    QList<QPair<QString, QJsonObject>> m_sentForms; // forms sent for this contact

    QLabel *m_label = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
    QShortcut *m_openShortcut = nullptr;
    QShortcut *m_dismissShortcut = nullptr;
};

} // namespace cd
