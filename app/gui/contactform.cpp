#include "gui/contactform.h"

#include "ui_contactform.h"

#include "core/clock.h"
#include "gui/combotypeahead.h"

#include <QJsonObject>
#include <QLabel>
#include <QScrollBar>

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
};
} // namespace

ContactForm::ContactForm(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ContactForm>())
{
    ui->setupUi(this);
    // The repeat-caller notice sits in the header row, in room kept for two lines whether it
    // shows or not: it appears as the number is typed, and the fields below must not move.
    ui->repeatLabel->setVisible(false);
    ui->repeatLabel->setMinimumHeight(2 * ui->repeatLabel->fontMetrics().lineSpacing() + 10);
    QSizePolicy repeatPolicy = ui->repeatLabel->sizePolicy();
    repeatPolicy.setRetainSizeWhenHidden(true);
    ui->repeatLabel->setSizePolicy(repeatPolicy);
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
           ui->consentToOutcomeCheck->isChecked() || ui->remainedDissatisfiedCheck->isChecked();
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
           ui->consentToOutcomeCheck->isChecked() || ui->remainedDissatisfiedCheck->isChecked();
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

void ContactForm::updateTimer()
{
    if (!m_startedAt.isValid())
        return;
    const QDateTime now = Clock::instance().now();
    if (m_callEndedAt.isValid()) {
        // Short, beside the repeat-caller notice: the talk time is in the tooltip.
        ui->timerLabel->setText(tr("Wrap-up %1").arg(clockText(m_callEndedAt.secsTo(now))));
        ui->timerLabel->setToolTip(
            tr("Talk time %1; the wrap-up runs from the end of the call until the save")
                .arg(clockText(m_startedAt.secsTo(m_callEndedAt))));
        return;
    }
    ui->timerLabel->setText(clockText(m_startedAt.secsTo(now)));
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

void ContactForm::setVictimCheck(const QDateTime &at, int matches)
{
    m_victimCheckedAt = at;
    m_victimCheckMatches = matches;
}

} // namespace cd
