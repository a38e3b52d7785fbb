#include "gui/escalationdetaildialog.h"

#include "gui/messagebox.h"
#include "gui/savefile.h"
#include "gui/screenfit.h"
#include "reports/escalationreport.h"
#include "storage/escalationstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

EscalationDetailDialog::EscalationDetailDialog(Database &db, const EscalationRules &rules,
                                               const QString &id, const QString &actor,
                                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_rules(rules)
    , m_id(id)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("escalationDetailDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("escalationDetailSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_fields = new QLabel(this);
    m_fields->setWordWrap(true);
    m_fields->setTextFormat(Qt::PlainText);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fields);
    layout->addWidget(new QLabel(tr("History and notes"), this));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("escalationHistory"));
    layout->addWidget(m_history, 1);
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("escalationNoteEdit"));
    m_noteEdit->setPlaceholderText(tr("Add a note (notes cannot be changed once added)"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().height() * 5);
    layout->addWidget(m_noteEdit);
    auto *row = new QHBoxLayout;
    auto *noteButton = new QPushButton(tr("Add &note"), this);
    noteButton->setObjectName(QStringLiteral("addNoteButton"));
    connect(noteButton, &QPushButton::clicked, this, &EscalationDetailDialog::addNote);
    row->addWidget(noteButton);
    m_moves = new QWidget(this);
    auto *movesLayout = new QHBoxLayout(m_moves);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_moves, 1);
    auto *pdfButton = new QPushButton(tr("Export &PDF…"), this);
    pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    connect(pdfButton, &QPushButton::clicked, this, &EscalationDetailDialog::exportPdf);
    row->addWidget(pdfButton);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(640, 640));
    load();
}

void EscalationDetailDialog::load()
{
    EscalationStore store(m_db, m_rules);
    Result<Escalation> e = store.get(m_id, m_actor);
    if (!e) {
        m_summary->setText(e.errorMessage());
        return;
    }
    m_escalation = e.value();
    const FormDefinition *form = m_rules.forms.find(m_escalation.type);
    setWindowTitle(form ? form->title : m_escalation.type);
    const DueStatus due = lifecycle::isOpen(m_escalation.status)
                              ? dueStatus(m_rules.calendar, m_escalation.raisedOn,
                                          m_escalation.dueOn, EscalationStore::today())
                              : DueStatus{};
    m_summary->setText(
        tr("<b>%1</b> for %2<br>Status: %3 · Due %4 %5 · Owner %6")
            .arg((form ? form->title : m_escalation.type).toHtmlEscaped(),
                 (form ? form->receivingTeamLabel(m_escalation.receivingTeam)
                       : m_escalation.receivingTeam)
                     .toHtmlEscaped(),
                 escalationStatusLabel(m_escalation.status),
                 m_escalation.dueOn.toString(QStringLiteral("ddd d MMM yyyy")),
                 due.marker().isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(due.marker()),
                 m_escalation.owner.toHtmlEscaped()));
    QStringList lines;
    if (form)
        for (const FormField &f : form->fields) {
            const QJsonValue v = m_escalation.fields.value(f.key);
            if (!isFilled(v) && !v.isBool())
                continue;
            QString text = v.isBool() ? (v.toBool() ? tr("Yes") : tr("No")) : v.toString();
            if (f.type == FormField::Type::Choice)
                text = f.choiceLabel(text);
            lines.append(QStringLiteral("%1: %2").arg(f.label, text));
        }
    m_fields->setText(lines.join(QLatin1Char('\n')));

    m_history->clear();
    for (const EscalationEvent &ev : store.events(m_id)) {
        EscalationStatus to = EscalationStatus::Draft;
        escalationStatusFromName(ev.toStatus, &to);
        m_history->addItem(
            tr("%1  %2 — %3%4")
                .arg(ev.at.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")),
                     escalationStatusLabel(to), ev.actor,
                     ev.reason.isEmpty() ? QString() : QStringLiteral(": ") + ev.reason));
    }
    for (const EscalationNote &n : store.notes(m_id))
        m_history->addItem(
            tr("%1  Note by %2: %3")
                .arg(n.at.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")), n.author, n.body));

    QLayout *movesLayout = m_moves->layout();
    while (QLayoutItem *item = movesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (EscalationStatus to : lifecycle::nextStatuses(m_escalation.status)) {
        auto *b = new QPushButton(tr("Mark %1").arg(escalationStatusLabel(to).toLower()), m_moves);
        b->setObjectName(QStringLiteral("move_") + escalationStatusName(to));
        connect(b, &QPushButton::clicked, this, [this, to] { move(to); });
        movesLayout->addWidget(b);
    }
}

void EscalationDetailDialog::move(EscalationStatus to)
{
    Result<Escalation> e = EscalationStore(m_db, m_rules)
                               .transition(m_id, to, m_actor, m_noteEdit->toPlainText().trimmed());
    if (!e) {
        MessageBox::warning(this, tr("Status not changed"), e.errorMessage());
        return;
    }
    m_noteEdit->clear();
    load();
    emit changed();
}

void EscalationDetailDialog::addNote()
{
    Result<EscalationNote> n =
        EscalationStore(m_db, m_rules).addNote(m_id, m_noteEdit->toPlainText(), m_actor);
    if (!n) {
        MessageBox::warning(this, tr("Note not added"), n.errorMessage());
        return;
    }
    m_noteEdit->clear();
    load();
    emit changed();
}

void EscalationDetailDialog::exportPdf()
{
    const QString path =
        chooseSaveFile(this, tr("Export escalation as PDF"),
                       QStringLiteral("escalation-%1.pdf").arg(m_id.left(8)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportEscalationPdf(m_db, m_rules, m_id, m_actor, path); !s) {
        MessageBox::warning(this, tr("PDF not written"), s.errorMessage());
        return;
    }
    emit changed();
}

} // namespace cd
