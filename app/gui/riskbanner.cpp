#include "gui/riskbanner.h"

#include "core/clock.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

RiskBanner::RiskBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("riskBanner"));
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#riskBanner { background: #f8d7da; border: 1px solid #b02a37; }"
                                 "#riskBanner QLabel { color: #58151c; }"));
    // The text beside a column of two buttons: the text gets the width, the banner stays short.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("riskBannerText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_label, 1);
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("riskBannerOpen"));
    m_open->setFocusPolicy(Qt::NoFocus);
    connect(m_open, &QPushButton::clicked, this, &RiskBanner::open);
    buttons->addWidget(m_open);
    m_dismiss = new QPushButton(tr("Dismiss (Shift+F9)"), this);
    m_dismiss->setObjectName(QStringLiteral("riskBannerDismiss"));
    m_dismiss->setFocusPolicy(Qt::NoFocus);
    connect(m_dismiss, &QPushButton::clicked, this, &RiskBanner::dismiss);
    buttons->addWidget(m_dismiss);
    layout->addLayout(buttons);

    // A slot of fixed height that stays reserved while no prompt is shown: the banner appears
    // and goes while the handler types, and nothing under the cursor moves when it does.
    const int textHeight = kReservedTextLines * m_label->fontMetrics().lineSpacing();
    const int buttonsHeight = 2 * m_dismiss->sizeHint().height() + buttons->spacing();
    const QMargins margins = layout->contentsMargins();
    setFixedHeight(std::max(textHeight, buttonsHeight) + margins.top() + margins.bottom() +
                   2 * frameWidth());
    QSizePolicy policy = sizePolicy();
    policy.setVerticalPolicy(QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);

    // Window shortcuts: they work while the cursor stays in the notes.
    QWidget *window = parent ? parent->window() : this;
    m_openShortcut = new QShortcut(QKeySequence(Qt::Key_F9), window);
    m_openShortcut->setContext(Qt::WindowShortcut);
    m_openShortcut->setEnabled(false);
    connect(m_openShortcut, &QShortcut::activated, this, &RiskBanner::open);
    m_dismissShortcut = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9), window);
    m_dismissShortcut->setContext(Qt::WindowShortcut);
    m_dismissShortcut->setEnabled(false);
    connect(m_dismissShortcut, &QShortcut::activated, this, &RiskBanner::dismiss);
    setVisible(false);
}

void RiskBanner::setDetector(const RiskDetector &detector)
{
    m_detector = detector;
}

QString RiskBanner::promptsJson() const
{
    return m_prompts.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(m_prompts).toJson(QJsonDocument::Compact));
}

QString RiskBanner::messageText() const
{
    return m_label->text();
}

void RiskBanner::setNotes(const QString &notes)
{
    if (!m_detector)
        return;
    // A word still being typed is not read until it ends: "sh" on the way to "she", "DV" to
    // "DVLA". Only affirmed risks prompt: "denies thoughts of self-harm" or "if he ever hits
    // her" do not.
    qsizetype end = notes.size();
    while (end > 0 && (notes.at(end - 1).isLetterOrNumber() || notes.at(end - 1) == u'\''))
        --end;
    const QList<RiskMatch> matches = m_detector->detect(QStringView(notes).left(end));
    if (isVisible()) {
        // The prompt shown is withdrawn when its risk is no longer affirmed: the handler typed
        // on ("thoughts of self harm" then "- denies"), or corrected the words.
        bool affirmed = false;
        bool negated = false;
        for (const RiskMatch &m : matches)
            if (m.kind == m_kind) {
                affirmed = affirmed || m.affirmed();
                negated = negated || m.status == RiskMatch::Status::Negated;
            }
        if (!affirmed) {
            m_offeredKinds.remove(m_kind);
            if (negated) {
                record(QStringLiteral("denied")); // asked and denied: worth keeping
            } else {
                m_prompts.removeLast();
                record(QString());
            }
            m_kind.clear();
        }
    }
    for (const RiskMatch &m : matches) {
        if (!m.affirmed())
            continue;
        if (m_offeredKinds.contains(m.kind) || (isVisible() && m.kind == m_kind))
            continue;
        if (isVisible())
            return; // one prompt at a time; the next appears once this one is answered
        offer(m);
        return;
    }
}

void RiskBanner::offer(const RiskMatch &match)
{
    m_match = match;
    m_kind = match.kind;
    m_offer = m_detector->offer(match);
    m_offeredKinds.insert(match.kind);
    const QString what =
        m_offer.script.isEmpty() ? tr("the %1 form").arg(m_offer.escalation) : tr("the guidance");
    m_label->setText(tr("The notes mention \"%1\", which can indicate %2. Ask the caller directly, "
                        "and consider %3.")
                         .arg(match.words.join(QStringLiteral(" \u2026 ")), m_offer.label, what));
    // Why it fired, for the handler and a supervisor: the rule and the words of each concept.
    QStringList why;
    for (qsizetype i = 0; i < match.words.size(); ++i)
        why.append(tr("%1 (%2)").arg(match.words.at(i), match.concepts.value(i)));
    m_label->setToolTip(tr("Rule %1: %2").arg(match.rule, why.join(QStringLiteral(", "))));
    m_open->setText(m_offer.script.isEmpty() ? tr("Open form (F9)") : tr("Open guidance (F9)"));
    QJsonObject prompt{
        {QLatin1String("kind"), match.kind},
        // What the note said ("ex … grabbed her by"); the rule and its data terms say why.
        {QLatin1String("phrase"), match.words.join(QStringLiteral(" \u2026 "))},
        {QLatin1String("rule"), match.rule},
        {QLatin1String("terms"), match.phrase},
        {QLatin1String("shown_at"), Clock::instance().now().toUTC().toString(Qt::ISODate)},
        {QLatin1String("response"), QStringLiteral("none")}};
    if (!m_offer.script.isEmpty())
        prompt.insert(QLatin1String("offered_script"), m_offer.script);
    if (!m_offer.escalation.isEmpty())
        prompt.insert(QLatin1String("offered_escalation"), m_offer.escalation);
    m_prompts.append(prompt);
    // Shown without activating anything: the notes keep the cursor.
    setVisible(true);
    m_openShortcut->setEnabled(true);
    m_dismissShortcut->setEnabled(true);
    emit promptsChanged(promptsJson());
}

void RiskBanner::record(const QString &response)
{
    if (!response.isEmpty() && !m_prompts.isEmpty()) {
        QJsonObject last = m_prompts.last().toObject();
        last.insert(QLatin1String("response"), response);
        last.insert(QLatin1String("responded_at"),
                    Clock::instance().now().toUTC().toString(Qt::ISODate));
        m_prompts.replace(m_prompts.size() - 1, last);
    }
    setVisible(false);
    m_openShortcut->setEnabled(false);
    m_dismissShortcut->setEnabled(false);
    emit promptsChanged(promptsJson());
}

void RiskBanner::open()
{
    if (!isVisible())
        return;
    record(QStringLiteral("opened"));
    if (!m_offer.script.isEmpty())
        emit openScriptRequested(m_offer.script);
    else if (!m_offer.escalation.isEmpty())
        emit escalationRequested(m_offer.escalation);
}

void RiskBanner::dismiss()
{
    if (!isVisible())
        return;
    record(QStringLiteral("dismissed"));
}

void RiskBanner::restorePrompts(const QString &json)
{
    reset();
    m_prompts = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &p : std::as_const(m_prompts))
        m_offeredKinds.insert(p.toObject().value(QLatin1String("kind")).toString());
}

void RiskBanner::reset()
{
    m_offeredKinds.clear();
    m_prompts = QJsonArray();
    m_kind.clear();
    setVisible(false);
    m_openShortcut->setEnabled(false);
    m_dismissShortcut->setEnabled(false);
}

} // namespace cd
