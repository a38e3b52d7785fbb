#include "gui/thrivedialog.h"

#include "gui/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int kNoteLength = 500;
}

ThriveDialog::ThriveDialog(const ThriveDefinition &definition, const ThriveAnswers &answers,
                           const QString &kinds, const QString &grade, bool reassessing,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("thriveDialog"));
    setWindowTitle(reassessing ? tr("THRIVE: assess again") : tr("THRIVE"));
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(
        reassessing ? tr("New facts since THRIVE was answered: read each note again and change "
                         "what no longer holds.")
                    : tr("A short note for each: what the caller told you and what you think."),
        this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const ThriveElement &e : definition.elements()) {
        auto *edit = new QLineEdit(inner);
        edit->setObjectName(QStringLiteral("thrive_") + e.id);
        edit->setMaxLength(kNoteLength);
        edit->setPlaceholderText(e.prompt);
        edit->setToolTip(e.help);
        edit->setText(answers.notes.value(e.id).toString());
        auto *label = new QLabel(e.label, inner);
        label->setBuddy(edit);
        label->setToolTip(e.prompt);
        form->addRow(label, edit);
        m_notes.insert(e.id, edit);
    }
    auto *kindsBox = new QGroupBox(tr("Kinds of vulnerability (ticking one answers Yes)"), inner);
    auto *grid = new QGridLayout(kindsBox);
    const QStringList ticked = vulnerabilityKindList(kinds);
    int i = 0;
    for (const ThriveChoice &k : definition.vulnerabilityKinds()) {
        auto *check = new QCheckBox(k.label, kindsBox);
        check->setObjectName(QStringLiteral("kind_") + k.code);
        check->setChecked(ticked.contains(k.code));
        grid->addWidget(check, i / 3, i % 3);
        m_kinds.insert(k.code, check);
        ++i;
    }
    form->addRow(kindsBox);
    m_grade = new QComboBox(inner);
    m_grade->setObjectName(QStringLiteral("thriveGradeCombo"));
    m_grade->addItem(tr("— not graded —"), QString());
    for (const ThriveChoice &g : definition.grades())
        m_grade->addItem(g.label, g.code);
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(grade)));
    auto *gradeLabel = new QLabel(tr("Risk grade"), inner);
    gradeLabel->setBuddy(m_grade);
    form->addRow(gradeLabel, m_grade);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    resizeToFitScreen(this, QSize(640, 520));
}

QJsonObject ThriveDialog::notes() const
{
    QJsonObject o;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        if (const QString text = it.value()->text().trimmed(); !text.isEmpty())
            o.insert(it.key(), text);
    return o;
}

QString ThriveDialog::grade() const
{
    return m_grade->currentData().toString();
}

QString ThriveDialog::kinds() const
{
    QStringList out;
    for (auto it = m_kinds.begin(); it != m_kinds.end(); ++it)
        if (it.value()->isChecked())
            out.append(it.key());
    return joinVulnerabilityKinds(out);
}

NextStepsDialog::NextStepsDialog(const ThriveDefinition &definition, const NextSteps &steps,
                                 const QString &reference, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("nextStepsDialog"));
    setWindowTitle(tr("What happens next"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout();
    outer->addLayout(form);

    m_attend = new QComboBox(this);
    m_attend->setObjectName(QStringLiteral("attendCombo"));
    // Codes, not numbers: the first line is a prompt (an empty code) for type-ahead.
    m_attend->addItem(tr("— not yet said —"), QString());
    m_attend->addItem(tr("Yes, police will attend"), QStringLiteral("yes"));
    m_attend->addItem(tr("No, police will not attend"), QStringLiteral("no"));
    m_attend->setCurrentIndex(steps.policeAttend == 1 ? 1 : steps.policeAttend == 0 ? 2 : 0);
    form->addRow(tr("Will police attend?"), m_attend);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("noAttendanceCombo"));
    m_reason->addItem(tr("— why not —"), QString());
    for (const ThriveChoice &r : definition.noAttendanceReasons())
        m_reason->addItem(r.label, r.code);
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(steps.noAttendanceReason)));
    form->addRow(tr("Why not"), m_reason);

    m_why = new QLineEdit(steps.why, this);
    m_why->setObjectName(QStringLiteral("whyEdit"));
    m_why->setMaxLength(kNoteLength);
    m_why->setPlaceholderText(tr("Which agency will respond, or why not"));
    form->addRow(tr("Note"), m_why);

    m_reference = new QLineEdit(steps.reference.isEmpty() ? reference : steps.reference, this);
    m_reference->setObjectName(QStringLiteral("nextReferenceEdit"));
    m_reference->setMaxLength(100);
    form->addRow(tr("Reference given"), m_reference);

    m_timescale = new QLineEdit(steps.timescale, this);
    m_timescale->setObjectName(QStringLiteral("timescaleEdit"));
    m_timescale->setMaxLength(200);
    m_timescale->setPlaceholderText(tr("e.g. an officer will call within 48 hours"));
    form->addRow(tr("Expected timescale"), m_timescale);

    auto *adviceBox = new QWidget(this);
    auto *adviceLayout = new QVBoxLayout(adviceBox);
    adviceLayout->setContentsMargins(0, 0, 0, 0);
    for (const ThriveChoice &a : definition.advice()) {
        auto *check = new QCheckBox(a.label, adviceBox);
        check->setObjectName(QStringLiteral("advice_") + a.code);
        check->setChecked(steps.advice.contains(a.code));
        adviceLayout->addWidget(check);
        m_advice.insert(a.code, check);
    }
    form->addRow(tr("Advice given"), adviceBox);

    m_callBack = new QCheckBox(tr("Told to call back if nothing happens"), this);
    m_callBack->setObjectName(QStringLiteral("callBackCheck"));
    m_callBack->setChecked(steps.callBackTold);
    form->addRow(QString(), m_callBack);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("nextStepsMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    outer->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NextStepsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    connect(m_attend, &QComboBox::currentIndexChanged, this, &NextStepsDialog::updateEnabled);
    updateEnabled();
    resizeToFitScreen(this, QSize(600, 420));
}

void NextStepsDialog::updateEnabled()
{
    const bool notAttending = m_attend->currentData().toString() == QLatin1String("no");
    m_reason->setEnabled(notAttending);
}

NextSteps NextStepsDialog::steps() const
{
    NextSteps n;
    const QString attend = m_attend->currentData().toString();
    n.policeAttend = attend == QLatin1String("yes") ? 1 : attend == QLatin1String("no") ? 0 : -1;
    if (n.policeAttend == 0) {
        n.noAttendanceReason = m_reason->currentData().toString();
        n.why = m_why->text().trimmed();
    }
    n.reference = m_reference->text().trimmed();
    n.timescale = m_timescale->text().trimmed();
    for (auto it = m_advice.begin(); it != m_advice.end(); ++it)
        if (it.value()->isChecked())
            n.advice.append(it.key());
    n.advice.sort();
    n.callBackTold = m_callBack->isChecked();
    return n;
}

void NextStepsDialog::accept()
{
    if (const QString problem = steps().problem(); !problem.isEmpty()) {
        m_message->setText(QStringLiteral("⚠ ") + problem);
        return;
    }
    QDialog::accept();
}

} // namespace cd
