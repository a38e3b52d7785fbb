#include "gui/guidancepanel.h"

#include "core/logging.h"
#include "gui/scriptoutlinedialog.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cd {

namespace {

QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

GuidancePanel::GuidancePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("guidancePanel"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);

    m_warning = wrapped(QStringLiteral("guidanceWarning"), this);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 4px; }"));
    m_warning->setVisible(false);
    layout->addWidget(m_warning);

    m_empty = wrapped(QStringLiteral("guidanceEmpty"), this);
    m_empty->setText(tr("Choose a category to see its guidance."));
    layout->addWidget(m_empty);

    m_title = wrapped(QStringLiteral("scriptTitle"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_position = wrapped(QStringLiteral("stepPosition"), this);
    layout->addWidget(m_position);
    m_text = wrapped(QStringLiteral("stepText"), this);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_text->setFont(textFont);
    layout->addWidget(m_text);
    m_advice = wrapped(QStringLiteral("stepAdvice"), this);
    m_advice->setStyleSheet(QStringLiteral("QLabel { color: #41464b; font-style: italic; }"));
    layout->addWidget(m_advice);
    m_contacts = wrapped(QStringLiteral("stepContacts"), this);
    m_contacts->setStyleSheet(QStringLiteral("QLabel { background: #e7f1ff; padding: 4px; }"));
    layout->addWidget(m_contacts);
    m_told = wrapped(QStringLiteral("attendanceTold"), this);
    m_told->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    layout->addWidget(m_told);

    m_answers = new QWidget(this);
    m_answers->setObjectName(QStringLiteral("answers"));
    m_answersLayout = new QVBoxLayout(m_answers);
    m_answersLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_answers);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back (Backspace)"), this);
    m_back->setObjectName(QStringLiteral("guidanceBack"));
    m_back->setFocusPolicy(Qt::NoFocus);
    connect(m_back, &QPushButton::clicked, this, [this] { back(); });
    buttons->addWidget(m_back);
    buttons->addStretch();
    m_outline = new QPushButton(tr("Outline…"), this);
    m_outline->setObjectName(QStringLiteral("guidanceOutline"));
    m_outline->setFocusPolicy(Qt::NoFocus);
    m_outline->setToolTip(tr("The whole script as a tree, for trainers; can be exported as PDF"));
    connect(m_outline, &QPushButton::clicked, this, &GuidancePanel::showOutline);
    buttons->addWidget(m_outline);
    layout->addLayout(buttons);

    m_sources = wrapped(QStringLiteral("scriptSources"), this);
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setOpenExternalLinks(true);
    m_sources->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sources->setStyleSheet(QStringLiteral("QLabel { color: #6c757d; }"));
    layout->addWidget(m_sources);
    layout->addStretch();
    render();
}

GuidancePanel::~GuidancePanel() = default;

void GuidancePanel::setLibrary(const ScriptLibrary &library)
{
    m_library = library;
    QStringList skipped;
    for (const ScriptProblem &p : m_library.problems())
        skipped.append(p.toString());
    m_warning->setVisible(!skipped.isEmpty());
    if (!skipped.isEmpty()) {
        m_warning->setText(tr("Some guidance could not be loaded and is not offered:\n%1")
                               .arg(skipped.mid(0, 5).join(QLatin1Char('\n'))));
        m_warning->setToolTip(skipped.join(QLatin1Char('\n')));
    }
}

QString GuidancePanel::pathJson() const
{
    if (!m_session || m_session->path().size() < 2)
        return m_otherWalks;
    return ScriptSession::mergeInto(m_otherWalks, m_session->toJson());
}

void GuidancePanel::keepCurrentWalk()
{
    if (m_session && m_session->path().size() > 1)
        m_otherWalks = ScriptSession::mergeInto(m_otherWalks, m_session->toJson());
}

void GuidancePanel::start(const Script &script)
{
    if (m_session && m_session->script().id == script.id)
        return; // already showing it: keep the walk
    keepCurrentWalk();
    m_session = std::make_unique<ScriptSession>(script);
    render();
    runActions(m_session->current());
}

void GuidancePanel::showCategory(const QString &category, const QString &label)
{
    const Script *script = category.isEmpty() ? nullptr : m_library.forCategory(category);
    m_empty->setText(category.isEmpty() || script
                         ? tr("Choose a category to see its guidance.")
                         : tr("There is no guidance for “%1”: carry on with the contact.")
                               .arg(label.isEmpty() ? category : label));
    if (!script) {
        keepCurrentWalk();
        m_session.reset();
        render();
        return;
    }
    start(*script);
}

bool GuidancePanel::openScript(const QString &scriptId)
{
    const Script *script = m_library.byId(scriptId);
    if (!script)
        return false;
    start(*script);
    return true;
}

bool GuidancePanel::answer(int choice)
{
    if (!m_session || !m_session->answer(choice))
        return false;
    render();
    runActions(m_session->current());
    emit pathChanged(pathJson());
    return true;
}

bool GuidancePanel::back()
{
    if (!m_session || !m_session->back())
        return false;
    render();
    emit pathChanged(pathJson());
    return true;
}

void GuidancePanel::reset()
{
    m_empty->setText(tr("Choose a category to see its guidance."));
    m_session.reset();
    m_otherWalks.clear();
    render();
}

void GuidancePanel::restorePath(const QString &scriptPathJson)
{
    QJsonArray others;
    bool resumed = false;
    for (const QJsonValue &value : ScriptSession::walks(scriptPathJson)) {
        const QJsonObject walk = value.toObject();
        if (!resumed && m_session &&
            m_session->script().id == walk.value(QLatin1String("script")).toString()) {
            Result<ScriptSession> saved = ScriptSession::fromJson(m_session->script(), walk);
            if (saved) {
                m_session = std::make_unique<ScriptSession>(std::move(saved).value());
                resumed = true;
                continue;
            }
        }
        others.append(walk);
    }
    m_otherWalks = others.isEmpty()
                       ? QString()
                       : QString::fromUtf8(QJsonDocument(others).toJson(QJsonDocument::Compact));
    render();
}

void GuidancePanel::runActions(const ScriptStep &step)
{
    for (const ScriptAction &a : step.actions) {
        switch (a.type) {
        case ScriptAction::Type::SetOutcome:
            emit outcomeRequested(a.value);
            break;
        case ScriptAction::Type::OpenEscalation:
            emit escalationRequested(a.value);
            break;
        case ScriptAction::Type::OpenVehicleLookup:
            emit vehicleLookupRequested();
            break;
        case ScriptAction::Type::ShowContacts:
        case ScriptAction::Type::RecordAttendanceTold:
            break; // shown by render() and kept in the walk
        }
    }
}

void GuidancePanel::render()
{
    const bool active = m_session != nullptr;
    m_empty->setVisible(!active);
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_position),
                       static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_answers),
                       static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_sources)})
        w->setVisible(active);
    // Old answer buttons go whatever happens next.
    // deleteLater: render() can run inside one of these buttons' clicked signal.
    while (QLayoutItem *item = m_answersLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->setObjectName(QString());
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (!active) {
        m_advice->setVisible(false);
        m_contacts->setVisible(false);
        m_told->setVisible(false);
        return;
    }
    const Script &script = m_session->script();
    const ScriptStep &step = m_session->current();
    m_title->setText(tr("%1 (version %2)").arg(script.title).arg(script.version));
    m_position->setText(step.isEnd()
                            ? tr("Step %1 — end of the script").arg(m_session->path().size())
                            : tr("Step %1").arg(m_session->path().size()));
    m_text->setText(step.text);
    m_advice->setText(step.advice);
    m_advice->setVisible(!step.advice.isEmpty());

    QStringList contacts;
    for (const ScriptAction &a : step.actions)
        if (a.type == ScriptAction::Type::ShowContacts)
            for (const ScriptContactPoint &c : a.contacts)
                contacts.append(c.note.isEmpty()
                                    ? QStringLiteral("%1: %2").arg(c.name, c.detail)
                                    : QStringLiteral("%1: %2 (%3)").arg(c.name, c.detail, c.note));
    m_contacts->setText(contacts.join(QLatin1Char('\n')));
    m_contacts->setVisible(!contacts.isEmpty());

    const QString told = m_session->attendanceTold();
    m_told->setVisible(!told.isEmpty());
    m_told->setText(told == QLatin1String("will_attend")
                        ? tr("Caller told: police WILL attend")
                        : tr("Caller told: police will NOT attend"));

    const QStringList choices = m_session->choices();
    for (int i = 0; i < choices.size(); ++i) {
        auto *button =
            new QPushButton(QStringLiteral("%1.  %2").arg(i + 1).arg(choices.at(i)), m_answers);
        button->setObjectName(QStringLiteral("answer%1").arg(i + 1));
        button->setFocusPolicy(Qt::NoFocus); // number keys answer; focus stays on the panel
        button->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; padding: 4px 8px; }"));
        connect(button, &QPushButton::clicked, this, [this, n = i + 1] { answer(n); });
        m_answersLayout->addWidget(button);
        button->show(); // at once, not on the next event loop pass
    }
    m_answers->setVisible(!choices.isEmpty());
    m_back->setEnabled(m_session->canGoBack());

    QStringList sources;
    for (const ScriptSource &s : script.sources)
        sources.append(QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(s.url.toHtmlEscaped(), s.title.toHtmlEscaped()));
    m_sources->setText(tr("Sources: %1").arg(sources.join(QStringLiteral("; "))));
}

void GuidancePanel::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        answer(key - Qt::Key_0);
        event->accept();
        return;
    }
    if (key == Qt::Key_Backspace) {
        back();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void GuidancePanel::showOutline()
{
    auto *dialog = new ScriptOutlineDialog(m_library, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session)
        dialog->showScript(m_session->script().id);
    dialog->open();
}

} // namespace cd
