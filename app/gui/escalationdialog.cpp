#include "gui/escalationdialog.h"

#include "core/logging.h"
#include "gui/combotypeahead.h"
#include "gui/messagebox.h"
#include "gui/screenfit.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/escalationstore.h"
#include "storage/settingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace cd {

namespace {

// `text` with a mnemonic no other control of the dialog has: the first letter of a word not yet
// taken, or else any letter not taken (then none). `taken` gains the letter.
QString withMnemonic(const QString &text, QString &taken)
{
    QString plain = text;
    plain.replace(QLatin1Char('&'), QLatin1String("&&"));
    for (const bool wordStartsOnly : {true, false}) {
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QChar c = plain.at(i).toLower();
            if (!c.isLetter() || taken.contains(c))
                continue;
            if (wordStartsOnly && i > 0 && plain.at(i - 1).isLetterOrNumber())
                continue;
            taken.append(c);
            return plain.left(i) + QLatin1Char('&') + plain.mid(i);
        }
    }
    return plain;
}
const char kErrorStyle[] = "color: #b00020;";
} // namespace

EscalationDialog::EscalationDialog(Database &db, const EscalationRules &rules,
                                   const FormDefinition &form, const Contact &contact,
                                   const QString &actor, const QString &team, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_rules(rules)
    , m_form(form)
    , m_contact(contact)
    , m_actor(actor)
    , m_team(team)
{
    m_slot = EscalationStore::newDraftSlot(contact.id, form.type);
    build();
    if (const std::optional<Draft> draft = DraftStore(m_db).load(m_slot)) {
        setValues(draft->payload);
        m_recovered = true;
        m_banner->setText(tr("Recovered the form you were filling in (kept at %1).")
                              .arg(draft->savedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        m_banner->setVisible(true);
    } else {
        setValues(prefillFromContact(form, contact));
    }
}

EscalationDialog::EscalationDialog(Database &db, const EscalationRules &rules,
                                   const Escalation &draft, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_rules(rules)
    , m_form(*rules.forms.find(draft.type))
    , m_actor(actor)
    , m_team(draft.team)
    , m_escalation(draft)
{
    m_contact.id = draft.contactId;
    m_slot = EscalationStore::draftSlot(draft.id);
    build();
    if (const std::optional<Draft> kept = DraftStore(m_db).load(m_slot)) {
        setValues(kept->payload);
        m_recovered = true;
        m_banner->setText(tr("Recovered changes you had not saved."));
        m_banner->setVisible(true);
    } else {
        setValues(draft.fields);
    }
}

EscalationDialog::~EscalationDialog() = default;

void EscalationDialog::setContactNote(const QString &text)
{
    m_contactNote->setText(text);
    m_contactNote->setVisible(!text.isEmpty());
}

void EscalationDialog::build()
{
    setObjectName(QStringLiteral("escalationDialog"));
    setWindowTitle(m_form.title);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(SettingsStore(m_db).intValue(SettingsStore::Key::DraftSaveDelayMs));
    connect(&m_draftTimer, &QTimer::timeout, this, &EscalationDialog::keepDraftNow);
    auto changed = [this] {
        if (!m_loading)
            m_draftTimer.start();
    };

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_form.description, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QString receiving = m_form.receivingTeam.isEmpty()
                                  ? tr("the team chosen below")
                                  : m_form.receivingTeamLabel(m_form.receivingTeam);
    const int days = m_form.serviceLevel.acknowledgeWorkingDays > 0
                         ? m_form.serviceLevel.acknowledgeWorkingDays
                         : m_form.serviceLevel.resolveWorkingDays;
    auto *sla =
        new QLabel(tr("Goes to %1. Due %n working day(s) after it is submitted.", nullptr, days)
                       .arg(receiving),
                   this);
    sla->setObjectName(QStringLiteral("serviceLevelLabel"));
    sla->setWordWrap(true);
    layout->addWidget(sla);
    m_contactNote = new QLabel(this);
    m_contactNote->setObjectName(QStringLiteral("escalationContactLabel"));
    m_contactNote->setWordWrap(true);
    m_contactNote->setVisible(false);
    layout->addWidget(m_contactNote);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("escalationBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Submit, Save as draft and Cancel keep S, D and C; each field gets a letter of its own.
    QString taken = QStringLiteral("sdc");
    for (const FormField &f : m_form.fields) {
        QWidget *input = nullptr;
        switch (f.type) {
        case FormField::Type::Bool: {
            auto *box = new QCheckBox(withMnemonic(f.label, taken), body);
            connect(box, &QCheckBox::toggled, this, changed);
            input = box;
            break;
        }
        case FormField::Type::Choice: {
            auto *combo = new QComboBox(body);
            combo->addItem(tr("Choose…"), QString());
            for (const FormField::Choice &c : f.choices)
                combo->addItem(c.label, c.code);
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
            input = combo;
            break;
        }
        case FormField::Type::Text:
            if (f.multiline) {
                auto *edit = new QPlainTextEdit(body);
                edit->setTabChangesFocus(true);
                edit->setMinimumHeight(edit->fontMetrics().height() * 5);
                connect(edit, &QPlainTextEdit::textChanged, this, changed);
                input = edit;
                break;
            }
            [[fallthrough]];
        case FormField::Type::Date:
        case FormField::Type::Email:
        case FormField::Type::Phone: {
            auto *edit = new QLineEdit(body);
            if (f.type == FormField::Type::Date)
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
            if (f.maxLength > 0)
                edit->setMaxLength(f.maxLength +
                                   50); // over-long text gets a message, not a silent cut
            connect(edit, &QLineEdit::textChanged, this, changed);
            input = edit;
            break;
        }
        }
        input->setObjectName(QStringLiteral("field_") + f.key);
        input->setAccessibleName(f.label);
        auto *message = new QLabel(body);
        message->setObjectName(QStringLiteral("message_") + f.key);
        message->setStyleSheet(QLatin1String(kErrorStyle));
        message->setWordWrap(true);
        message->setVisible(false);
        auto *cell = new QWidget(body);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(input);
        cellLayout->addWidget(message);
        const QString label = (f.required ? f.label + QStringLiteral(" *") : f.label);
        if (f.type == FormField::Type::Bool) {
            form->addRow(f.required ? QStringLiteral("*") : QString(), cell);
        } else {
            auto *l = new QLabel(withMnemonic(label, taken), body);
            l->setBuddy(input);
            // Whole, on one line: a wrapped label in a form row was cut to its first line.
            form->addRow(l, cell);
        }
        m_inputs.insert(f.key, input);
        m_messages.insert(f.key, message);
    }
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *submitButton =
        buttons->addButton(tr("&Submit (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    submitButton->setObjectName(QStringLiteral("submitButton"));
    auto *draftButton = buttons->addButton(tr("Save as &draft"), QDialogButtonBox::ActionRole);
    draftButton->setObjectName(QStringLiteral("saveDraftButton"));
    auto *cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Enter in a line edit must not submit a half-filled form.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *p = qobject_cast<QPushButton *>(b)) {
            p->setAutoDefault(false);
            p->setDefault(false);
        }
    connect(submitButton, &QPushButton::clicked, this, &EscalationDialog::submit);
    connect(draftButton, &QPushButton::clicked, this, &EscalationDialog::saveDraft);
    connect(cancelButton, &QPushButton::clicked, this, &EscalationDialog::reject);
    layout->addWidget(buttons);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &EscalationDialog::submit);
    }
    ComboTypeAhead::installAll(this);
    resizeToFitScreen(this, QSize(620, 720));
}

QJsonObject EscalationDialog::values() const
{
    QJsonObject v;
    for (const FormField &f : m_form.fields) {
        QWidget *w = m_inputs.value(f.key);
        if (auto *box = qobject_cast<QCheckBox *>(w)) {
            v.insert(f.key, box->isChecked());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const QString code = combo->currentData().toString();
            if (!code.isEmpty())
                v.insert(f.key, code);
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            const QString text = line->text().trimmed();
            if (!text.isEmpty())
                v.insert(f.key, text);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            const QString text = plain->toPlainText().trimmed();
            if (!text.isEmpty())
                v.insert(f.key, text);
        }
    }
    return v;
}

void EscalationDialog::setValues(const QJsonObject &values)
{
    m_loading = true;
    for (const FormField &f : m_form.fields) {
        QWidget *w = m_inputs.value(f.key);
        const QJsonValue v = values.value(f.key);
        if (auto *box = qobject_cast<QCheckBox *>(w))
            box->setChecked(v.toBool());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            combo->setCurrentIndex(qMax(0, combo->findData(v.toString())));
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setText(v.toString());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            plain->setPlainText(v.toString());
    }
    m_loading = false;
}

QString EscalationDialog::messageFor(const QString &key) const
{
    const QLabel *l = m_messages.value(key);
    return l && !l->isHidden() ? l->text() : QString();
}

void EscalationDialog::showErrors(const QList<FieldError> &errors)
{
    for (QLabel *l : std::as_const(m_messages)) {
        l->clear();
        l->setVisible(false);
    }
    QWidget *first = nullptr;
    for (const FormField &f : m_form.fields) {
        for (const FieldError &e : errors) {
            if (e.field != f.key)
                continue;
            QLabel *l = m_messages.value(f.key);
            l->setText(e.message);
            l->setVisible(true);
            if (!first)
                first = m_inputs.value(f.key);
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void EscalationDialog::keepDraftNow()
{
    m_draftTimer.stop();
    if (Status s = DraftStore(m_db).save(m_slot, values()); !s)
        qCWarning(lcGui) << "escalation draft not kept:" << s.errorMessage();
}

Result<Escalation> EscalationDialog::store()
{
    EscalationStore store(m_db, m_rules);
    keepDraftNow(); // what was typed is safe even if the save fails
    if (m_escalation.id.isEmpty())
        return store.createFromContact(m_contact, m_form.type, m_actor, m_team, values(), m_slot);
    return store.updateFields(m_escalation.id, values(), m_actor, m_slot);
}

bool EscalationDialog::submit()
{
    const QList<FieldError> errors =
        validateEscalationFields(m_form, values(), EscalationStore::today());
    showErrors(errors);
    if (!errors.isEmpty()) {
        m_banner->setText(
            tr("Not submitted: %n field(s) need attention.", nullptr, int(errors.size())));
        m_banner->setStyleSheet(QLatin1String(kErrorStyle));
        m_banner->setVisible(true);
        return false;
    }
    Result<Escalation> saved = store();
    if (!saved) {
        MessageBox::critical(this, tr("The escalation was not saved"), saved.errorMessage());
        return false;
    }
    m_escalation = saved.value();
    m_slot = EscalationStore::draftSlot(m_escalation.id);
    Result<Escalation> submitted =
        EscalationStore(m_db, m_rules)
            .transition(m_escalation.id, EscalationStatus::Submitted, m_actor);
    if (!submitted) {
        MessageBox::critical(this, tr("The escalation was saved as a draft but not submitted"),
                             submitted.errorMessage());
        emit escalationSaved(m_escalation);
        return false;
    }
    m_escalation = submitted.value();
    emit escalationSaved(m_escalation);
    accept();
    return true;
}

bool EscalationDialog::saveDraft()
{
    Result<Escalation> saved = store();
    if (!saved) {
        MessageBox::critical(this, tr("The draft was not saved"), saved.errorMessage());
        return false;
    }
    m_escalation = saved.value();
    m_slot = EscalationStore::draftSlot(m_escalation.id);
    emit escalationSaved(m_escalation);
    accept();
    return true;
}

void EscalationDialog::reject()
{
    m_draftTimer.stop();
    const QJsonObject now = values();
    const QJsonObject start =
        m_escalation.id.isEmpty() ? prefillFromContact(m_form, m_contact) : m_escalation.fields;
    bool typed = false;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        typed = typed || (isFilled(it.value()) && it.value() != start.value(it.key()));
    if (typed) {
        const auto answer =
            MessageBox::question(this, tr("Discard the form?"),
                                 tr("What you typed in this form has not been saved. Discard it?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    if (Status s = DraftStore(m_db).clear(m_slot); !s)
        qCWarning(lcGui) << "escalation draft not cleared:" << s.errorMessage();
    QDialog::reject();
}

} // namespace cd
