#include "gui/contactform.h"

#include "ui_contactform.h"

#include "core/clock.h"
#include "gui/combotypeahead.h"
#include "gui/thrivedialog.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

namespace {
using K = TaxonomyEntry::Kind;

struct FieldInfo
{
    const char *field;
    const char *widget;
    const char *error;
};

// The field names used by validateContact(), their widgets and their error labels.
const FieldInfo kFields[] = {
    {"channel", "channelCombo", "channelError"},
    {"callerPhone", "callerPhoneEdit", "callerPhoneError"},
    {"callerEmail", "callerEmailEdit", "callerEmailError"},
    {"callerName", "callerNameEdit", "callerNameError"},
    {"postcode", "postcodeEdit", "postcodeError"},
    {"address", "addressEdit", "addressError"},
    {"consentToOutcome", "consentToOutcomeCheck", "consentToOutcomeError"},
    {"category", "categoryCombo", "categoryError"},
    {"reason", "reasonCombo", "reasonError"},
    {"reference", "referenceEdit", "referenceError"},
    {"vrm", "vrmEdit", "vrmError"},
    {"notes", "notesEdit", "notesError"},
    {"outcome", "outcomeCombo", "outcomeError"},
    {"remainedDissatisfied", "remainedDissatisfiedCheck", "remainedDissatisfiedError"},
    // First contact (buildFirstContactRow).
    {"vulnerable", "vulnerableCombo", "vulnerableError"},
    {"nextSteps", "nextStepsButton", "nextStepsError"},
};
} // namespace

ContactForm::ContactForm(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ContactForm>())
{
    ui->setupUi(this);
    buildFirstContactRow();
    // The repeat-caller notice sits in the header row, in room kept for two lines whether it
    // shows or not: it appears as the number is typed, and the fields below must not move.
    ui->repeatLabel->setVisible(false);
    ui->repeatLabel->setMinimumHeight(2 * ui->repeatLabel->fontMetrics().lineSpacing() + 10);
    QSizePolicy repeatPolicy = ui->repeatLabel->sizePolicy();
    repeatPolicy.setRetainSizeWhenHidden(true);
    ui->repeatLabel->setSizePolicy(repeatPolicy);
    // The timer keeps one size whatever it shows ("00:00", "1:02:03", or "Wrap-up" over the
    // clock once the call ends), so the notice beside it never rewraps and the header never
    // grows under the fields.
    ui->timerLabel->ensurePolished();
    ui->timerLabel->setTextFormat(Qt::RichText);
    ui->timerLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    ui->timerLabel->setFixedWidth(
        ui->timerLabel->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 4);
    ui->timerLabel->setText(wrapUpText(QStringLiteral("00:00:00")));
    ui->timerLabel->setMinimumHeight(ui->timerLabel->sizeHint().height());
    ui->timerLabel->setText(QStringLiteral("00:00"));
    // The notes take the height the window can spare (their size policy ignores the usual
    // height of a text box), and give it up first on a short screen.
    ui->notesEdit->setMinimumHeight(4 * ui->notesEdit->fontMetrics().lineSpacing() +
                                    2 * ui->notesEdit->frameWidth() + 8);
    for (const FieldInfo &f : kFields)
        if (auto *label = findChild<QLabel *>(QLatin1String(f.error)))
            label->setVisible(false);
    ui->notesEdit->setTabChangesFocus(true);
    ComboTypeAhead::installAll(this);

    auto edited = [this] {
        if (m_loading)
            return;
        ensureStarted();
        emit changed();
    };
    auto callerEdited = [this] {
        if (m_loading)
            return;
        emit callerKeyChanged(ui->callerPhoneEdit->text(), ui->callerEmailEdit->text());
    };
    for (QLineEdit *edit : {ui->callerPhoneEdit, ui->callerEmailEdit, ui->callerNameEdit,
                            ui->postcodeEdit, ui->addressEdit, ui->referenceEdit, ui->vrmEdit})
        connect(edit, &QLineEdit::textChanged, this, edited);
    // Any of the caller's keys (callermatch): phone, email, name with postcode, address.
    for (QLineEdit *edit : {ui->callerPhoneEdit, ui->callerEmailEdit, ui->callerNameEdit,
                            ui->postcodeEdit, ui->addressEdit})
        connect(edit, &QLineEdit::textChanged, this, callerEdited);
    connect(ui->notesEdit, &QPlainTextEdit::textChanged, this, [this, edited] {
        edited();
        if (!m_loading)
            emit notesChanged(ui->notesEdit->toPlainText());
    });
    for (QComboBox *combo : {ui->channelCombo, ui->reasonCombo, ui->outcomeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    connect(ui->categoryCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        refillReasons();
        edited();
        if (!m_loading)
            emit categoryChanged(comboCode(ui->categoryCombo));
        updateThriveStatus();
    });
    for (QCheckBox *check : {ui->consentToOutcomeCheck, ui->remainedDissatisfiedCheck})
        connect(check, &QCheckBox::toggled, this, edited);
    connect(ui->saveButton, &QPushButton::clicked, this, &ContactForm::saveRequested);
    // A field's message goes as soon as the field is changed: "Choose a category" must not
    // stay beside a category that has been chosen.
    for (const FieldInfo &f : kFields) {
        QWidget *w = findChild<QWidget *>(QLatin1String(f.widget));
        const QString field = QLatin1String(f.field);
        auto clear = [this, field] {
            if (!m_loading)
                clearError(field);
        };
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            connect(edit, &QLineEdit::textChanged, this, clear);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            connect(combo, &QComboBox::currentIndexChanged, this, clear);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            connect(text, &QPlainTextEdit::textChanged, this, clear);
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            connect(check, &QCheckBox::toggled, this, clear);
    }

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ContactForm::updateTimer);
}

ContactForm::~ContactForm() = default;

void ContactForm::fillCombo(QComboBox *combo, const QList<TaxonomyEntry> &entries,
                            const QString &placeholder)
{
    const QString current = comboCode(combo);
    combo->clear();
    if (!placeholder.isNull())
        combo->addItem(placeholder, QString());
    for (const TaxonomyEntry &e : entries)
        combo->addItem(e.label, e.code);
    setComboCode(combo, current);
}

void ContactForm::setTaxonomy(const Taxonomy &taxonomy)
{
    m_loading = true;
    m_taxonomy = taxonomy;
    fillCombo(ui->channelCombo, taxonomy.entries(K::Channel), QString());
    fillCombo(ui->categoryCombo, taxonomy.entries(K::Category), tr("— choose a category —"));
    fillCombo(ui->outcomeCombo, taxonomy.entries(K::Outcome), tr("— choose an outcome —"));
    refillReasons();
    m_loading = false;
}

void ContactForm::refillReasons()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QList<TaxonomyEntry> reasons =
        m_taxonomy.entries(K::Reason, comboCode(ui->categoryCombo));
    fillCombo(ui->reasonCombo, reasons,
              reasons.isEmpty() ? tr("(no reasons for this category)") : tr("— reason —"));
    ui->reasonCombo->setEnabled(!reasons.isEmpty());
    m_loading = wasLoading;
}

QString ContactForm::comboCode(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void ContactForm::setComboCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void ContactForm::ensureStarted()
{
    if (!m_startedAt.isValid()) {
        m_startedAt = Clock::instance().now();
        m_timer.start();
        updateTimer();
    }
}

void ContactForm::startNew(const QDateTime &startedAt)
{
    clear();
    m_startedAt = startedAt;
    m_timer.start();
    updateTimer();
}

void ContactForm::clear()
{
    m_loading = true;
    for (QLineEdit *edit : {ui->callerPhoneEdit, ui->callerEmailEdit, ui->callerNameEdit,
                            ui->postcodeEdit, ui->addressEdit, ui->referenceEdit, ui->vrmEdit})
        edit->clear();
    ui->notesEdit->clear();
    ui->channelCombo->setCurrentIndex(0);
    ui->categoryCombo->setCurrentIndex(0);
    refillReasons();
    ui->outcomeCombo->setCurrentIndex(0);
    ui->consentToOutcomeCheck->setChecked(false);
    ui->remainedDissatisfiedCheck->setChecked(false);
    m_contactId.clear();
    m_callId.clear();
    m_poppedNumber.clear();
    m_callEndedAt = QDateTime();
    m_scriptPath.clear();
    m_riskPrompts.clear();
    m_victimCheckedAt = QDateTime();
    m_victimCheckMatches = -1;
    m_startedAt = QDateTime();
    clearFirstContact();
    m_timer.stop();
    ui->timerLabel->setText(QStringLiteral("00:00"));
    clearErrors();
    setRepeatCallerNotice({}, false);
    m_loading = false;
    emit callerKeyChanged({}, {});
    emit categoryChanged({});
}

bool ContactForm::hasContent() const
{
    for (const QLineEdit *edit :
         {ui->callerPhoneEdit, ui->callerEmailEdit, ui->callerNameEdit, ui->postcodeEdit,
          ui->addressEdit, ui->referenceEdit, ui->vrmEdit})
        if (!edit->text().trimmed().isEmpty())
            return true;
    return !ui->notesEdit->toPlainText().trimmed().isEmpty() ||
           ui->categoryCombo->currentIndex() > 0 || ui->outcomeCombo->currentIndex() > 0 ||
           ui->consentToOutcomeCheck->isChecked() || ui->remainedDissatisfiedCheck->isChecked() ||
           m_vulnerableCombo->currentIndex() > 0 || !m_riskGrade.isEmpty() || !m_thrive.isEmpty() ||
           m_nextSteps.isRecorded();
}

bool ContactForm::hasTypedContent() const
{
    if (m_poppedNumber.isEmpty() || ui->callerPhoneEdit->text() != m_poppedNumber)
        return hasContent();
    for (const QLineEdit *edit : {ui->callerEmailEdit, ui->callerNameEdit, ui->postcodeEdit,
                                  ui->addressEdit, ui->referenceEdit, ui->vrmEdit})
        if (!edit->text().trimmed().isEmpty())
            return true;
    return !ui->notesEdit->toPlainText().trimmed().isEmpty() ||
           ui->categoryCombo->currentIndex() > 0 || ui->outcomeCombo->currentIndex() > 0 ||
           ui->consentToOutcomeCheck->isChecked() || ui->remainedDissatisfiedCheck->isChecked() ||
           m_vulnerableCombo->currentIndex() > 0 || !m_riskGrade.isEmpty() || !m_thrive.isEmpty() ||
           m_nextSteps.isRecorded();
}

namespace {
QString clockText(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    return secs >= 3600 ? QStringLiteral("%1:%2:%3")
                              .arg(secs / 3600)
                              .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(secs % 60, 2, 10, QLatin1Char('0'))
                        : QStringLiteral("%1:%2")
                              .arg(secs / 60, 2, 10, QLatin1Char('0'))
                              .arg(secs % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString ContactForm::wrapUpText(const QString &clock)
{
    return QStringLiteral(
               "<span style=\"font-size: 8pt; font-family: sans-serif;\">%1</span><br>%2")
        .arg(tr("Wrap-up").toHtmlEscaped(), clock);
}

void ContactForm::updateTimer()
{
    if (!m_startedAt.isValid())
        return;
    const QDateTime now = Clock::instance().now();
    if (m_callEndedAt.isValid()) {
        // "Wrap-up" small over the clock, in the timer's own width: the talk time is in the
        // tooltip.
        ui->timerLabel->setText(
            QStringLiteral(
                "<span style=\"font-size: 8pt; font-family: sans-serif;\">%1</span><br>%2")
                .arg(tr("Wrap-up").toHtmlEscaped(), clockText(m_callEndedAt.secsTo(now))));
        ui->timerLabel->setAccessibleName(
            tr("Wrap-up %1").arg(clockText(m_callEndedAt.secsTo(now))));
        ui->timerLabel->setToolTip(
            tr("Talk time %1; the wrap-up runs from the end of the call until the save")
                .arg(clockText(m_startedAt.secsTo(m_callEndedAt))));
        return;
    }
    ui->timerLabel->setText(clockText(m_startedAt.secsTo(now)));
    ui->timerLabel->setAccessibleName(tr("Time on this contact %1").arg(ui->timerLabel->text()));
    ui->timerLabel->setToolTip(tr("Time on this contact"));
}

void ContactForm::setPoppedCall(const QString &number, const QString &callId)
{
    m_callId = callId;
    m_poppedNumber = number;
    ui->callerPhoneEdit->setText(number);
    emit changed();
}

void ContactForm::markCallEnded(const QDateTime &at)
{
    if (!m_startedAt.isValid() || m_callEndedAt.isValid())
        return;
    m_callEndedAt = std::max(at, m_startedAt);
    updateTimer();
    emit changed();
}

void ContactForm::setChannel(const QString &code)
{
    setComboCode(ui->channelCombo, code);
}

Contact ContactForm::contact() const
{
    Contact c;
    c.id = m_contactId;
    c.startedAt = m_startedAt.isValid() ? m_startedAt : Clock::instance().now();
    c.channel = comboCode(ui->channelCombo);
    c.callerPhone = ui->callerPhoneEdit->text();
    c.callerEmail = ui->callerEmailEdit->text();
    c.callerName = ui->callerNameEdit->text();
    c.postcode = ui->postcodeEdit->text();
    c.address = ui->addressEdit->text();
    c.victimCheckedAt = m_victimCheckedAt;
    c.victimCheckMatches = m_victimCheckMatches;
    c.consentToOutcome = ui->consentToOutcomeCheck->isChecked();
    c.category = comboCode(ui->categoryCombo);
    c.reason = comboCode(ui->reasonCombo);
    c.reference = ui->referenceEdit->text();
    c.vrm = ui->vrmEdit->text();
    c.notes = ui->notesEdit->toPlainText();
    c.outcome = comboCode(ui->outcomeCombo);
    c.remainedDissatisfied = ui->remainedDissatisfiedCheck->isChecked();
    c.scriptPath = m_scriptPath;
    c.riskPrompts = m_riskPrompts;
    c.callId = m_callId;
    fillFirstContact(c);
    return c;
}

QJsonObject ContactForm::draft() const
{
    QJsonObject o = contact().toJson();
    o.insert(QLatin1String("started_at"),
             m_startedAt.isValid() ? m_startedAt.toString(Qt::ISODateWithMs) : QString());
    o.insert(QLatin1String("call_ended_at"),
             m_callEndedAt.isValid() ? m_callEndedAt.toString(Qt::ISODateWithMs) : QString());
    o.insert(QLatin1String("popped_number"), m_poppedNumber);
    o.insert(QLatin1String("draft_version"), 1);
    return o;
}

void ContactForm::restoreDraft(const QJsonObject &draft)
{
    const Contact c = Contact::fromJson(draft);
    clear();
    m_loading = true;
    m_contactId = c.id;
    setComboCode(ui->channelCombo, c.channel);
    ui->callerPhoneEdit->setText(c.callerPhone);
    ui->callerEmailEdit->setText(c.callerEmail);
    ui->callerNameEdit->setText(c.callerName);
    ui->postcodeEdit->setText(c.postcode);
    ui->addressEdit->setText(c.address);
    m_victimCheckedAt = c.victimCheckedAt;
    m_victimCheckMatches = c.victimCheckMatches;
    ui->consentToOutcomeCheck->setChecked(c.consentToOutcome);
    setComboCode(ui->categoryCombo, c.category);
    refillReasons();
    setComboCode(ui->reasonCombo, c.reason);
    ui->referenceEdit->setText(c.reference);
    ui->vrmEdit->setText(c.vrm);
    ui->notesEdit->setPlainText(c.notes);
    setComboCode(ui->outcomeCombo, c.outcome);
    ui->remainedDissatisfiedCheck->setChecked(c.remainedDissatisfied);
    m_scriptPath = c.scriptPath;
    m_riskPrompts = c.riskPrompts;
    m_startedAt = c.startedAt;
    m_callId = c.callId;
    restoreFirstContact(c);
    m_poppedNumber = draft.value(QLatin1String("popped_number")).toString();
    m_callEndedAt = QDateTime::fromString(draft.value(QLatin1String("call_ended_at")).toString(),
                                          Qt::ISODateWithMs);
    m_loading = false;
    if (m_startedAt.isValid()) {
        m_timer.start();
        updateTimer();
    }
    emit callerKeyChanged(c.callerPhone, c.callerEmail);
    emit categoryChanged(c.category);
}

QWidget *ContactForm::fieldWidget(const QString &field) const
{
    for (const FieldInfo &f : kFields)
        if (field == QLatin1String(f.field))
            return findChild<QWidget *>(QLatin1String(f.widget));
    return nullptr;
}

void ContactForm::showErrors(const QList<FieldError> &errors)
{
    clearErrors();
    QWidget *first = nullptr;
    QStringList elsewhere;
    for (const FieldError &e : errors) {
        QLabel *label = nullptr;
        for (const FieldInfo &f : kFields)
            if (e.field == QLatin1String(f.field))
                label = findChild<QLabel *>(QLatin1String(f.error));
        if (!label) {
            elsewhere.append(e.message);
            continue;
        }
        label->setText(QStringLiteral("⚠ ") + e.message);
        label->setVisible(true);
        QWidget *w = fieldWidget(e.field);
        if (w) {
            w->setProperty("invalid", true);
            w->setAccessibleDescription(e.message);
        }
        if (!first)
            first = w;
    }
    if (!elsewhere.isEmpty())
        setMessage(elsewhere.join(QLatin1Char('\n')));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void ContactForm::clearError(const QString &field)
{
    for (const FieldInfo &f : kFields) {
        if (field != QLatin1String(f.field))
            continue;
        if (auto *label = findChild<QLabel *>(QLatin1String(f.error));
            label && label->isVisible()) {
            label->clear();
            label->setVisible(false);
        }
        if (QWidget *w = findChild<QWidget *>(QLatin1String(f.widget))) {
            w->setProperty("invalid", false);
            w->setAccessibleDescription(QString());
        }
    }
}

void ContactForm::clearErrors()
{
    for (const FieldInfo &f : kFields) {
        if (auto *label = findChild<QLabel *>(QLatin1String(f.error))) {
            label->clear();
            label->setVisible(false);
        }
        if (QWidget *w = findChild<QWidget *>(QLatin1String(f.widget))) {
            w->setProperty("invalid", false);
            w->setAccessibleDescription(QString());
        }
    }
    setMessage({});
}

void ContactForm::setRepeatCallerNotice(const QString &text, bool warn)
{
    ui->repeatLabel->setText(text);
    ui->repeatLabel->setVisible(!text.isEmpty());
    ui->repeatLabel->setStyleSheet(
        warn ? QStringLiteral("background: #ffe8a3; color: #5c3d00; border: 1px solid "
                              "#d9a400; padding: 4px; font-weight: 600;")
             : QStringLiteral("background: #e8f0fb; color: #1d3a66; padding: 4px;"));
}

void ContactForm::setMessage(const QString &text)
{
    ui->formMessage->setText(text);
}

void ContactForm::appendNotes(const QString &text)
{
    QString notes = ui->notesEdit->toPlainText();
    if (!notes.isEmpty() && !notes.endsWith(QLatin1Char('\n')))
        notes.append(QLatin1Char('\n'));
    ui->notesEdit->setPlainText(notes + text);
    ui->notesEdit->moveCursor(QTextCursor::End);
}

void ContactForm::setOutcome(const QString &code)
{
    setComboCode(ui->outcomeCombo, code);
}

void ContactForm::setVrm(const QString &vrm)
{
    ui->vrmEdit->setText(vrm);
}

QString ContactForm::notesText() const
{
    return ui->notesEdit->toPlainText();
}

QString ContactForm::category() const
{
    return comboCode(ui->categoryCombo);
}

// --- First contact: THRIVE, vulnerability, risk grade and "what happens next" ---

void ContactForm::buildFirstContactRow()
{
    if (Result<ThriveDefinition> d = ThriveDefinition::loadShipped(); d.ok())
        m_thriveDefinition = d.value();
    else
        qWarning("THRIVE questions not loaded: %s", qPrintable(d.errorMessage()));

    auto *label = new QLabel(tr("Vulnerable?"), this);
    label->setObjectName(QStringLiteral("vulnerableLabel"));
    m_vulnerableCombo = new QComboBox(this);
    m_vulnerableCombo->setObjectName(QStringLiteral("vulnerableCombo"));
    // Codes, not numbers: the "— not asked —" line is a prompt (an empty code) for type-ahead.
    m_vulnerableCombo->addItem(tr("—"), QString());
    m_vulnerableCombo->addItem(tr("No"), QStringLiteral("no"));
    m_vulnerableCombo->addItem(tr("Yes"), QStringLiteral("yes"));
    m_vulnerableCombo->setToolTip(
        tr("Is the caller, or anyone else, unable to protect themselves from harm? Answer Yes "
           "(with the kind, under THRIVE) or No."));
    m_vulnerableCombo->setAccessibleName(tr("Vulnerable?"));
    label->setBuddy(m_vulnerableCombo);
    m_thriveButton = new QPushButton(tr("THRIVE…"), this);
    m_thriveButton->setObjectName(QStringLiteral("thriveButton"));
    m_thriveButton->setAutoDefault(false);
    m_nextStepsButton = new QPushButton(tr("Ne&xt…"), this);
    m_nextStepsButton->setToolTip(tr("What happens next: will police attend, the reference and "
                                     "timescale given, advice, call back if nothing happens"));
    m_nextStepsButton->setObjectName(QStringLiteral("nextStepsButton"));
    m_nextStepsButton->setAutoDefault(false);
    // One short row (the grade is chosen in THRIVE): the form still fits the middle of the
    // Desk on a 1280x720 screen without scrolling.
    auto *row = new QHBoxLayout();
    row->addWidget(m_vulnerableCombo, 1);
    row->addWidget(m_thriveButton, 1);
    row->addWidget(m_nextStepsButton, 1);

    auto errorLabel = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setStyleSheet(QStringLiteral("color: #b00020;"));
        l->setVisible(false);
        return l;
    };
    auto *errors = new QVBoxLayout();
    errors->setSpacing(0);
    errors->addWidget(errorLabel("vulnerableError"));
    errors->addWidget(errorLabel("nextStepsError"));
    // The THRIVE button says what THRIVE needs (its tooltip says it in full), at a width kept
    // for the longest of its texts: nothing on the form moves when a risk phrase makes THRIVE
    // needed while the handler types.
    int widest = 0;
    for (const QString &text :
         {thriveButtonText(ThriveState::None), thriveButtonText(ThriveState::Needed),
          thriveButtonText(ThriveState::Answered), thriveButtonText(ThriveState::AssessAgain)})
        widest = std::max(widest, m_thriveButton->fontMetrics().horizontalAdvance(text));
    m_thriveButton->setMinimumWidth(widest + 24);

    const int first = ui->fieldsLayout->rowCount();
    ui->fieldsLayout->addWidget(label, first, 0);
    ui->fieldsLayout->addLayout(row, first, 1);
    ui->fieldsLayout->addLayout(errors, first + 1, 1);
    setTabOrder(ui->remainedDissatisfiedCheck, m_vulnerableCombo);
    setTabOrder(m_vulnerableCombo, m_thriveButton);
    setTabOrder(m_thriveButton, m_nextStepsButton);
    setTabOrder(m_nextStepsButton, ui->saveButton);

    connect(m_thriveButton, &QPushButton::clicked, this, &ContactForm::openThrive);
    connect(m_nextStepsButton, &QPushButton::clicked, this, &ContactForm::openNextSteps);
    for (QComboBox *combo : {m_vulnerableCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_loading)
                return;
            ensureStarted();
            updateThriveStatus();
            emit changed();
        });
}

bool ContactForm::thriveRequired() const
{
    return m_thriveDefinition &&
           (m_thriveByRisk || m_thriveDefinition->isRequiredFor(comboCode(ui->categoryCombo)));
}

QString ContactForm::thriveStatusText() const
{
    return m_thriveStatusText;
}

QString ContactForm::thriveButtonText(ThriveState state)
{
    switch (state) {
    case ThriveState::Needed:
        return tr("THRIVE !…");
    case ThriveState::Answered:
        return tr("THRIVE ✓…");
    case ThriveState::AssessAgain:
        return tr("THRIVE ↻…");
    case ThriveState::None:
        break;
    }
    return tr("THRIVE…");
}

void ContactForm::updateThriveStatus()
{
    if (!m_thriveDefinition)
        return;
    QString text;
    ThriveState state = ThriveState::None;
    const int hours = m_thriveDefinition->reassessAfterHours();
    const QDateTime last =
        m_thrive.reassessedAt.isEmpty() ? m_thrive.assessedAt : m_thrive.reassessedAt.constLast();
    if (m_reassessOffered) {
        text = tr("A new risk since THRIVE was answered: assess again (THRIVE…).");
        state = ThriveState::AssessAgain;
    } else if (!m_reassessFor.isEmpty() && m_thrive.reassessmentOf != m_reassessFor) {
        text = tr("An earlier matter of this caller or household is still open: assess again "
                  "(THRIVE…). %1")
                   .arg(m_reassessSummary);
        state = ThriveState::AssessAgain;
    } else if (!m_thrive.isEmpty() && last.isValid() &&
               last.secsTo(Clock::instance().now()) > qint64(hours) * 3600) {
        text = tr("THRIVE was answered more than %n hour(s) ago: assess again (THRIVE…).", nullptr,
                  hours);
        state = ThriveState::AssessAgain;
    } else if (thriveRequired() && m_thrive.isEmpty()) {
        text = m_thriveByRisk ? tr("A risk phrase came up: THRIVE is needed for this contact.")
                              : tr("THRIVE is needed for this category.");
        state = ThriveState::Needed;
    } else if (thriveRequired() && m_thrive.isComplete(*m_thriveDefinition)) {
        text = tr("THRIVE answered.");
        state = ThriveState::Answered;
    }
    m_thriveStatusText = text;
    m_thriveButton->setText(thriveButtonText(state));
    m_thriveButton->setToolTip(text.isEmpty() ? tr("Threat, Harm, Risk, Investigation, "
                                                   "Vulnerability, Engagement: a note for each")
                                              : text);
    m_thriveButton->setAccessibleDescription(text);
    m_thriveButton->setStyleSheet(state == ThriveState::AssessAgain
                                      ? QStringLiteral("background: #ffe8a3; color: #5c3d00; "
                                                       "font-weight: 600;")
                                      : QString());
}

void ContactForm::noteRiskPrompts(const QString &json)
{
    QSet<QString> kinds;
    for (const QJsonValue &p : QJsonDocument::fromJson(json.toUtf8()).array())
        kinds.insert(p.toObject().value(QLatin1String("kind")).toString());
    const int count = int(kinds.size());
    if (count > m_riskKinds && !m_loading) {
        m_thriveByRisk = true;
        if (!m_thrive.isEmpty())
            m_reassessOffered = true; // new facts after THRIVE was answered
    }
    m_riskKinds = count;
    updateThriveStatus();
}

void ContactForm::openThrive()
{
    if (!m_thriveDefinition)
        return;
    ensureStarted();
    const QDateTime last =
        m_thrive.reassessedAt.isEmpty() ? m_thrive.assessedAt : m_thrive.reassessedAt.constLast();
    const bool stale = !m_thrive.isEmpty() && last.isValid() &&
                       last.secsTo(Clock::instance().now()) >
                           qint64(m_thriveDefinition->reassessAfterHours()) * 3600;
    const bool earlier = !m_reassessFor.isEmpty() && m_thrive.reassessmentOf != m_reassessFor;
    const bool again = m_reassessOffered || stale || earlier;
    auto *dialog = new ThriveDialog(*m_thriveDefinition, m_thrive, m_vulnerabilityKinds,
                                    m_riskGrade, again, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, again, earlier] {
        const QDateTime now = Clock::instance().now();
        const bool first = m_thrive.isEmpty();
        m_thrive.notes = dialog->notes();
        if (m_thrive.version.isEmpty())
            m_thrive.version = m_thriveDefinition->version();
        if (first || !m_thrive.assessedAt.isValid())
            m_thrive.assessedAt = now;
        else if (again)
            m_thrive.reassessedAt.append(now);
        m_reassessOffered = false;
        if (earlier)
            m_thrive.reassessmentOf = m_reassessFor; // linked to the earlier open contact
        m_vulnerabilityKinds = dialog->kinds();
        m_riskGrade = dialog->grade();
        if (!m_vulnerabilityKinds.isEmpty())
            m_vulnerableCombo->setCurrentIndex(m_vulnerableCombo->findData(QStringLiteral("yes")));
        clearError(QStringLiteral("vulnerable"));
        updateThriveStatus();
        emit changed();
        m_vulnerableCombo->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void ContactForm::openNextSteps()
{
    if (!m_thriveDefinition)
        return;
    ensureStarted();
    auto *dialog = new NextStepsDialog(*m_thriveDefinition, m_nextSteps,
                                       ui->referenceEdit->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_nextSteps = dialog->steps();
        clearError(QStringLiteral("nextSteps"));
        m_nextStepsButton->setText(tr("Ne&xt ✓…"));
        emit changed();
        m_nextStepsButton->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void ContactForm::clearFirstContact()
{
    m_thrive = ThriveAnswers();
    m_nextSteps = NextSteps();
    m_vulnerabilityKinds.clear();
    m_thriveByRisk = false;
    m_reassessOffered = false;
    m_reassessFor.clear();
    m_reassessSummary.clear();
    m_riskKinds = 0;
    m_vulnerableCombo->setCurrentIndex(0);
    m_riskGrade.clear();
    m_nextStepsButton->setText(tr("Ne&xt…"));
    updateThriveStatus();
}

void ContactForm::restoreFirstContact(const Contact &c)
{
    m_thrive = ThriveAnswers::fromJson(c.thrive);
    m_nextSteps = NextSteps::fromJson(c.nextSteps);
    m_vulnerabilityKinds = c.vulnerabilityKinds;
    m_vulnerableCombo->setCurrentIndex(
        std::max(0, m_vulnerableCombo->findData(c.vulnerable == 1   ? QStringLiteral("yes")
                                                : c.vulnerable == 0 ? QStringLiteral("no")
                                                                    : QString())));
    m_riskGrade = c.riskGrade;
    // The prompts already shown are not new facts; a THRIVE the category does not explain
    // came from a risk phrase.
    QSet<QString> kinds;
    for (const QJsonValue &p : QJsonDocument::fromJson(c.riskPrompts.toUtf8()).array())
        kinds.insert(p.toObject().value(QLatin1String("kind")).toString());
    m_riskKinds = int(kinds.size());
    m_thriveByRisk =
        c.thriveRequired && !(m_thriveDefinition && m_thriveDefinition->isRequiredFor(c.category));
    if (m_nextSteps.isRecorded())
        m_nextStepsButton->setText(tr("Ne&xt ✓…"));
    updateThriveStatus();
}

void ContactForm::fillFirstContact(Contact &c) const
{
    c.thriveRequired = thriveRequired();
    if (m_thriveDefinition)
        c.thrive = m_thrive.toJson(*m_thriveDefinition);
    const QString vulnerable = m_vulnerableCombo->currentData().toString();
    c.vulnerable = vulnerable == QLatin1String("yes")  ? 1
                   : vulnerable == QLatin1String("no") ? 0
                                                       : -1;
    c.vulnerabilityKinds = c.vulnerable == 1 ? m_vulnerabilityKinds : QString();
    c.riskGrade = m_riskGrade;
    c.nextSteps = m_nextSteps.toJson();
}

void ContactForm::offerReassessmentOf(const QString &contactId, const QString &summary)
{
    m_reassessFor = contactId;
    m_reassessSummary = summary;
    updateThriveStatus();
}

void ContactForm::setVictimCheck(const QDateTime &at, int matches)
{
    m_victimCheckedAt = at;
    m_victimCheckMatches = matches;
}

} // namespace cd
