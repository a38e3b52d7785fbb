#include "gui/messagepanel.h"

#include "core/clock.h"
#include "gui/panelhost.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/messagestore.h"
#include "storage/settingsstore.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr auto kDraftPrefix = "outcome_message:";
} // namespace

MessagePanel::MessagePanel(Database &db, const Taxonomy &taxonomy, QString handler, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_taxonomy(taxonomy)
    , m_handler(std::move(handler))
{
    setObjectName(QStringLiteral("messagePanel"));
    if (Result<MessageRules> r = MessageRules::loadShipped()) {
        m_rules = r.value();
        m_rulesOk = true;
    }

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("messageTitle"));
    m_title->setWordWrap(true);
    m_pendingCombo = new QComboBox(this);
    m_pendingCombo->setObjectName(QStringLiteral("messagePendingCombo"));
    m_pendingCombo->setAccessibleName(tr("Messages waiting"));
    m_to = new QLabel(this);
    m_to->setObjectName(QStringLiteral("messageToLabel"));
    m_to->setWordWrap(true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("messageLanguageCombo"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Welsh (Cymraeg)"), QStringLiteral("cy"));
    m_language->setAccessibleName(tr("Language of the message"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("messageTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Message to the caller"));
    m_text->setMinimumHeight(80);
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("messageLengthLabel"));
    m_queue = new QPushButton(tr("Send later"), this);
    m_queue->setObjectName(QStringLiteral("messageQueueButton"));
    m_queue->setToolTip(tr("Queue the message: it is sent outside quiet hours"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("messageReasonEdit"));
    m_reason->setPlaceholderText(tr("Why it is withheld"));
    m_reason->setAccessibleName(tr("Reason for withholding"));
    m_withhold = new QPushButton(tr("Withhold"), this);
    m_withhold->setObjectName(QStringLiteral("messageWithholdButton"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("messageProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pendingCombo);
    layout->addWidget(m_to);
    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_length);
    auto *send = new QHBoxLayout;
    send->addStretch(1);
    send->addWidget(m_queue);
    layout->addLayout(send);
    auto *withhold = new QHBoxLayout;
    withhold->addWidget(m_reason, 1);
    withhold->addWidget(m_withhold);
    layout->addLayout(withhold);
    layout->addWidget(m_problem);
    layout->addStretch(0);

    connect(m_pendingCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { showProposal(index); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { rerender(); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const qsizetype n = m_text->toPlainText().size();
        m_length->setText(m_proposal.decision.channel == QLatin1String("sms")
                              ? tr("%n character(s), %1 text message(s)", nullptr, int(n))
                                    .arg(n <= 160 ? 1 : (n + 152) / 153)
                              : tr("%n character(s)", nullptr, int(n)));
        keepDraft();
    });
    connect(m_queue, &QPushButton::clicked, this, [this] { queueCurrent(); });
    connect(m_withhold, &QPushButton::clicked, this, [this] { withholdCurrent(); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { withholdCurrent(); });
    reload();
}

QStringList MessagePanel::pendingContactIds() const
{
    QStringList ids;
    for (const Contact &c : m_pending)
        ids.append(c.id);
    return ids;
}

QString MessagePanel::draftSlot() const
{
    return QLatin1String(kDraftPrefix) + m_current.id;
}

void MessagePanel::setHandler(const QString &handler)
{
    if (handler == m_handler)
        return;
    m_handler = handler;
    reload();
}

void MessagePanel::reload()
{
    m_pending.clear();
    if (m_rulesOk && !m_handler.isEmpty()) {
        const QDateTime since = Clock::instance().now().addDays(-1);
        Result<QStringList> ids = MessageStore(m_db).contactsWithoutMessage(m_handler, since);
        if (ids)
            for (const QString &id : ids.value()) {
                Result<Contact> c = ContactStore(m_db).get(id, m_handler);
                if (c && proposeMessage(c.value(), m_rules, &m_taxonomy, QStringLiteral("en"))
                             .decision.eligible)
                    m_pending.append(c.value());
            }
    }
    m_loading = true;
    m_pendingCombo->clear();
    for (const Contact &c : std::as_const(m_pending))
        m_pendingCombo->addItem(
            tr("%1 %2").arg(c.startedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                            m_taxonomy.label(TaxonomyEntry::Kind::Category, c.category)),
            c.id);
    m_loading = false;
    showProposal(m_pending.isEmpty() ? -1 : 0);
    emit pendingChanged(int(m_pending.size()));
}

bool MessagePanel::propose(const Contact &contact)
{
    if (!m_rulesOk || contact.id.isEmpty())
        return false;
    if (!proposeMessage(contact, m_rules, &m_taxonomy, QStringLiteral("en")).decision.eligible)
        return false;
    Result<OutcomeMessage> existing = MessageStore(m_db).forContact(contact.id);
    if (!existing || !existing->id.isEmpty())
        return false; // already decided (queued, sent or withheld)
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        if (m_pending.at(i).id == contact.id) {
            m_pending[i] = contact;
            showProposal(int(i));
            return true;
        }
    m_pending.append(contact);
    m_loading = true;
    m_pendingCombo->addItem(
        tr("%1 %2").arg(contact.startedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                        m_taxonomy.label(TaxonomyEntry::Kind::Category, contact.category)),
        contact.id);
    m_loading = false;
    m_pendingCombo->setCurrentIndex(int(m_pending.size() - 1));
    showProposal(int(m_pending.size() - 1));
    emit pendingChanged(int(m_pending.size()));
    return true;
}

void MessagePanel::showProposal(int index)
{
    if (m_loading)
        return;
    m_problem->setVisible(false);
    const bool any = index >= 0 && index < m_pending.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_pendingCombo, m_language, m_text, m_queue,
                                                       m_reason, m_withhold})
        w->setEnabled(any);
    m_pendingCombo->setVisible(m_pending.size() > 1);
    if (!any) {
        m_current = {};
        m_proposal = {};
        m_title->setText(tr("No outcome message is waiting. One is proposed here when you save "
                            "a contact whose caller agreed to be told the outcome."));
        m_to->clear();
        QSignalBlocker block(m_text);
        m_text->clear();
        m_length->clear();
        m_reason->clear();
        return;
    }
    if (m_pendingCombo->currentIndex() != index) {
        QSignalBlocker block(m_pendingCombo);
        m_pendingCombo->setCurrentIndex(index);
    }
    m_current = m_pending.at(index);
    m_title->setText(tr("Outcome message for the %1 contact at %2 (%3 waiting)")
                         .arg(m_taxonomy.label(TaxonomyEntry::Kind::Category, m_current.category),
                              m_current.startedAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                         .arg(m_pending.size()));
    m_reason->clear();
    // A draft of this message (edited before a restart) comes back as it was.
    const std::optional<Draft> draft = DraftStore(m_db).load(draftSlot());
    QString language = SettingsStore(m_db).value(SettingsStore::Key::MessagesLanguage).toString();
    if (draft)
        language = draft->payload.value(QLatin1String("language")).toString(language);
    {
        QSignalBlocker block(m_language);
        m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    }
    m_proposal = proposeMessage(m_current, m_rules, &m_taxonomy, language);
    m_to->setText(m_proposal.decision.channel == QLatin1String("sms")
                      ? tr("By text message to %1").arg(m_proposal.decision.to)
                      : tr("By email to %1").arg(m_proposal.decision.to));
    m_text->setPlainText(draft
                             ? draft->payload.value(QLatin1String("text")).toString(m_proposal.text)
                             : m_proposal.text);
}

void MessagePanel::rerender()
{
    if (m_current.id.isEmpty())
        return;
    const QString language = m_language->currentData().toString();
    const MessageProposal before = m_proposal;
    m_proposal = proposeMessage(m_current, m_rules, &m_taxonomy, language);
    // The handler's own words are kept: only an unedited text follows the language.
    if (m_text->toPlainText() == before.text)
        m_text->setPlainText(m_proposal.text);
    else
        keepDraft();
}

void MessagePanel::keepDraft()
{
    if (m_current.id.isEmpty())
        return;
    const QString text = m_text->toPlainText();
    if (text == m_proposal.text &&
        m_language->currentData().toString() ==
            SettingsStore(m_db).value(SettingsStore::Key::MessagesLanguage).toString()) {
        (void)DraftStore(m_db).clear(draftSlot());
        return;
    }
    (void)DraftStore(m_db).save(draftSlot(), QJsonObject{{QStringLiteral("text"), text},
                                                         {QStringLiteral("language"),
                                                          m_language->currentData().toString()}});
}

bool MessagePanel::queueCurrent()
{
    if (m_current.id.isEmpty())
        return false;
    const Status s = MessageStore(m_db).queue(m_current, m_proposal.decision,
                                              m_language->currentData().toString(),
                                              m_text->toPlainText(), m_handler);
    if (!s) {
        m_problem->setText(tr("Not queued: %1").arg(s.errorMessage()));
        m_problem->setVisible(true);
        return false;
    }
    (void)DraftStore(m_db).clear(draftSlot());
    reload();
    return true;
}

bool MessagePanel::withholdCurrent()
{
    if (m_current.id.isEmpty())
        return false;
    if (m_reason->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Say why the message is withheld, then choose Withhold."));
        m_problem->setVisible(true);
        m_reason->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const Status s = MessageStore(m_db).withhold(
        m_current, m_proposal.decision, m_text->toPlainText(), m_reason->text(), m_handler);
    if (!s) {
        m_problem->setText(tr("Not withheld: %1").arg(s.errorMessage()));
        m_problem->setVisible(true);
        return false;
    }
    (void)DraftStore(m_db).clear(draftSlot());
    reload();
    return true;
}

MessagePanel *installMessagePanel(PanelHost &host)
{
    QWidget *window = host.hostWidget();
    auto *panel = new MessagePanel(host.database(), host.taxonomy(), host.profile().name, window);
    host.addSidePanelTab(panel, MessagePanel::tr("Outcome message"));
    // A proposal comes forward without taking the cursor from the form: the next caller may
    // already be on the line.
    QObject::connect(
        &host.events(), &PanelHostEvents::contactSaved, panel, [&host, panel](const Contact &c) {
            if (!panel->propose(c))
                return;
            for (QWidget *w = panel->parentWidget(); w; w = w->parentWidget())
                if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                    tabs->setCurrentWidget(panel);
                    break;
                }
            host.showStatusMessage(
                MessagePanel::tr("Outcome message proposed: Ctrl+Shift+M to review it"), 8000);
        });
    QObject::connect(&host.events(), &PanelHostEvents::profileChanged, panel,
                     [panel](const HandlerProfile &p) { panel->setHandler(p.name); });
    auto *review = new QAction(MessagePanel::tr("Review outcome message"), window);
    review->setObjectName(QStringLiteral("reviewMessageAction"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QObject::connect(review, &QAction::triggered, panel,
                     [&host, panel] { host.showSidePanelTab(panel, panel->textEdit()); });
    host.addWindowAction(review);
    return panel;
}

} // namespace cd
