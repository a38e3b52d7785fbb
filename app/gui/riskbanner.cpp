#include "gui/riskbanner.h"

#include "core/clock.h"
#include "core/escalationform.h"

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

QStringList RiskBanner::shownKinds() const
{
    QStringList kinds;
    for (const Shown &s : m_shown)
        kinds.append(s.match.kind);
    return kinds;
}

namespace {

// The forms a sent escalation is checked against, read once.
const FormRegistry *shippedForms()
{
    static const std::optional<FormRegistry> forms = [] {
        Result<FormRegistry> r = FormRegistry::load(FormRegistry::shippedDir());
        return r ? std::optional<FormRegistry>(r.value()) : std::nullopt;
    }();
    return forms ? &*forms : nullptr;
}

// Words of a note that mean strangulation, choking or suffocation: a high-risk marker of serious
// harm and homicide in domestic abuse (the DASH and DARA risk questions ask about it first).
const char *const kStrangulationWords[] = {"strangl", "strangel", "choke",       "choking",
                                           "throttl", "throat",   "neck",        "breath",
                                           "suffoc",  "smother",  "blacked out", "pillow over"};

} // namespace

bool RiskBanner::isStrangulation(const RiskMatch &match, QStringView notes)
{
    // The words of the match and the rest of its sentence: "grabbed her by the throat" fires on
    // "partner ... grabbed", and the throat comes after.
    auto boundary = [](QChar c) {
        return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u';';
    };
    qsizetype from = std::clamp<qsizetype>(match.start, 0, notes.size());
    qsizetype to = std::clamp<qsizetype>(match.end, from, notes.size());
    while (from > 0 && !boundary(notes.at(from - 1)))
        --from;
    while (to < notes.size() && !boundary(notes.at(to)))
        ++to;
    const QString words = (match.words.join(QLatin1Char(' ')) + QLatin1Char(' ') +
                           notes.mid(from, to - from).toString())
                              .toLower();
    for (const char *w : kStrangulationWords)
        if (words.contains(QLatin1String(w)))
            return true;
    return false;
}

qsizetype RiskBanner::openPromptOf(const QString &kind) const
{
    for (qsizetype i = m_prompts.size() - 1; i >= 0; --i) {
        const QJsonObject p = m_prompts.at(i).toObject();
        if (p.value(QLatin1String("kind")).toString() == kind &&
            p.value(QLatin1String("response")).toString() == QLatin1String("none"))
            return i;
    }
    return -1;
}

QString RiskBanner::coveringForm(const QString &kind) const
{
    const FormRegistry *forms = shippedForms();
    if (!forms)
        return {};
    for (const auto &[type, values] : m_sentForms)
        if (const FormDefinition *f = forms->find(type); f && f->coversRiskKind(kind, values))
            return type;
    return {};
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
    const QStringView typed = QStringView(notes).left(end);
    const QList<RiskMatch> matches = m_detector->detect(typed);
    bool changed = false;
    // A prompt shown is withdrawn when its risk is no longer affirmed: the handler typed on
    // ("thoughts of self harm" then "- denies"), or corrected the words.
    for (qsizetype i = m_shown.size() - 1; i >= 0; --i) {
        const QString kind = m_shown.at(i).match.kind;
        bool affirmed = false;
        bool negated = false;
        bool urgent = false;
        for (const RiskMatch &m : matches)
            if (m.kind == kind) {
                affirmed = affirmed || m.affirmed();
                negated = negated || m.status == RiskMatch::Status::Negated;
                urgent = urgent || (m.affirmed() && isStrangulation(m, typed));
            }
        if (affirmed) {
            // The words typed on may make it urgent ("grabbed her" ... "by the throat").
            if (urgent && !m_shown.at(i).urgent) {
                m_shown[i].urgent = true;
                if (const qsizetype at = openPromptOf(kind); at >= 0) {
                    QJsonObject p = m_prompts.at(at).toObject();
                    p.insert(QLatin1String("urgent"), QStringLiteral("strangulation"));
                    m_prompts.replace(at, p);
                }
                changed = true;
            }
            continue;
        }
        m_offeredKinds.remove(kind);
        const qsizetype at = openPromptOf(kind);
        if (at >= 0) {
            if (negated) { // asked and denied: worth keeping
                QJsonObject p = m_prompts.at(at).toObject();
                p.insert(QLatin1String("response"), QStringLiteral("denied"));
                p.insert(QLatin1String("responded_at"),
                         Clock::instance().now().toUTC().toString(Qt::ISODate));
                m_prompts.replace(at, p);
            } else {
                m_prompts.removeAt(at);
            }
        }
        m_shown.removeAt(i);
        changed = true;
    }
    // Every new kind affirmed shows at once, beside those already shown.
    for (const RiskMatch &m : matches) {
        if (!m.affirmed() || m_offeredKinds.contains(m.kind))
            continue;
        const RiskOffer offer = m_detector->offer(m);
        m_offeredKinds.insert(m.kind);
        QJsonObject prompt{
            {QLatin1String("kind"), m.kind},
            // What the note said ("ex … grabbed her by"); the rule and its data terms say why.
            {QLatin1String("phrase"), m.words.join(QStringLiteral(" \u2026 "))},
            {QLatin1String("rule"), m.rule},
            {QLatin1String("terms"), m.phrase},
            {QLatin1String("shown_at"), Clock::instance().now().toUTC().toString(Qt::ISODate)},
            {QLatin1String("response"), QStringLiteral("none")}};
        if (!offer.script.isEmpty())
            prompt.insert(QLatin1String("offered_script"), offer.script);
        if (!offer.escalation.isEmpty())
            prompt.insert(QLatin1String("offered_escalation"), offer.escalation);
        const bool urgent = isStrangulation(m, typed);
        if (urgent)
            prompt.insert(QLatin1String("urgent"), QStringLiteral("strangulation"));
        // A form already sent for this contact that covers it: not asked for again.
        if (const QString by = coveringForm(m.kind); !by.isEmpty()) {
            prompt.insert(QLatin1String("response"), QStringLiteral("covered"));
            prompt.insert(QLatin1String("covered_by"), by);
            prompt.insert(QLatin1String("responded_at"),
                          Clock::instance().now().toUTC().toString(Qt::ISODate));
            m_prompts.append(prompt);
            changed = true;
            continue;
        }
        m_prompts.append(prompt);
        m_shown.append({m, offer, urgent});
        changed = true;
    }
    if (changed) {
        showPrompts();
        emit promptsChanged(promptsJson());
    }
}

void RiskBanner::showPrompts()
{
    if (m_shown.isEmpty()) {
        m_kind.clear();
        m_urgent = false;
        setVisible(false);
        m_openShortcut->setEnabled(false);
        m_dismissShortcut->setEnabled(false);
        return;
    }
    m_kind = m_shown.first().match.kind;
    m_urgent = std::any_of(m_shown.begin(), m_shown.end(), [](const Shown &s) { return s.urgent; });
    QStringList forms;
    bool script = false;
    QStringList mentions;
    QStringList brief; // the shorter form the urgent wording uses
    QStringList why;
    for (const Shown &s : std::as_const(m_shown)) {
        if (s.offer.script.isEmpty() && !s.offer.escalation.isEmpty() &&
            !forms.contains(s.offer.escalation))
            forms.append(s.offer.escalation);
        script = script || !s.offer.script.isEmpty();
        brief.append(s.offer.label); // the words are in the tooltip
        mentions.append(tr("\"%1\", which can indicate %2")
                            .arg(s.match.words.join(QStringLiteral(" \u2026 ")), s.offer.label));
        // Why it fired, for the handler and a supervisor: the rule and the words of each concept.
        QStringList words;
        for (qsizetype i = 0; i < s.match.words.size(); ++i)
            words.append(tr("%1 (%2)").arg(s.match.words.at(i), s.match.concepts.value(i)));
        why.append(tr("Rule %1: %2").arg(s.match.rule, words.join(QStringLiteral(", "))));
    }
    QStringList what;
    if (script)
        what.append(tr("the guidance"));
    for (const QString &f : std::as_const(forms))
        what.append(tr("the %1 form").arg(f));
    // Urgent wording is short: it fits the banner's slot on a 1280x720 screen.
    const QString text =
        m_urgent ? tr("URGENT: strangulation (%1). Anyone in danger: 999 now. Consider %2.")
                       .arg(brief.join(QStringLiteral("; ")), what.join(tr(" and ")))
                 : tr("The notes mention %1. Ask the caller directly, and consider %2.")
                       .arg(mentions.join(QStringLiteral("; ")), what.join(tr(" and ")));
    m_label->setText(text);
    m_label->setToolTip(why.join(QLatin1Char('\n')));
    m_open->setText(script && !forms.isEmpty() ? tr("Open guidance and form (F9)")
                    : script                   ? tr("Open guidance (F9)")
                                               : tr("Open form (F9)"));
    setStyleSheet(m_urgent ? QStringLiteral("#riskBanner { background: #8b1a1a; border: 2px "
                                            "solid #3d0000; } #riskBanner QLabel { color: "
                                            "white; }")
                           : QStringLiteral("#riskBanner { background: #f8d7da; border: 1px "
                                            "solid #b02a37; } #riskBanner QLabel { color: "
                                            "#58151c; }"));
    // Shown without activating anything: the notes keep the cursor.
    setVisible(true);
    m_openShortcut->setEnabled(true);
    m_dismissShortcut->setEnabled(true);
}

void RiskBanner::record(const QString &response)
{
    if (!response.isEmpty())
        for (const Shown &s : std::as_const(m_shown))
            if (const qsizetype at = openPromptOf(s.match.kind); at >= 0) {
                QJsonObject p = m_prompts.at(at).toObject();
                p.insert(QLatin1String("response"), response);
                p.insert(QLatin1String("responded_at"),
                         Clock::instance().now().toUTC().toString(Qt::ISODate));
                m_prompts.replace(at, p);
            }
    m_shown.clear();
    showPrompts();
    emit promptsChanged(promptsJson());
}

void RiskBanner::open()
{
    if (!isVisible())
        return;
    QStringList scripts;
    QStringList forms;
    for (const Shown &s : std::as_const(m_shown)) {
        if (!s.offer.script.isEmpty() && !scripts.contains(s.offer.script))
            scripts.append(s.offer.script);
        else if (s.offer.script.isEmpty() && !s.offer.escalation.isEmpty() &&
                 !forms.contains(s.offer.escalation))
            forms.append(s.offer.escalation);
    }
    record(QStringLiteral("opened"));
    for (const QString &script : std::as_const(scripts))
        emit openScriptRequested(script);
    for (const QString &form : std::as_const(forms)) // one form covers the kinds that share it
        emit escalationRequested(form);
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

void RiskBanner::noteFormSent(const QString &type, const QJsonObject &values)
{
    m_sentForms.append({type, values});
}

void RiskBanner::reset()
{
    m_offeredKinds.clear();
    m_prompts = QJsonArray();
    m_shown.clear();
    m_sentForms.clear();
    showPrompts();
}

} // namespace cd
