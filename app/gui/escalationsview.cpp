#include "gui/escalationsview.h"

#include "core/clock.h"
#include "core/logging.h"
#include "gui/contactform.h"
#include "gui/escalationdialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "reports/escalationreport.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace cd {

namespace {

QColor ragColour(DueState state)
{
    switch (state) {
    case DueState::OnTrack:
        return QColor(0xd8, 0xf0, 0xd8);
    case DueState::DueSoon:
        return QColor(0xff, 0xe0, 0x99);
    case DueState::Overdue:
        return QColor(0xf4, 0xb6, 0xb6);
    case DueState::None:
        break;
    }
    return {};
}

QString typeTitle(const EscalationRules &rules, const QString &type)
{
    const FormDefinition *f = rules.forms.find(type);
    return f ? f->title : type;
}

} // namespace

// ---------------------------------------------------------------------------------------------

EscalationListModel::EscalationListModel(const EscalationRules &rules, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rules(rules)
{
}

void EscalationListModel::setRows(const QList<EscalationSummary> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_due.clear();
    for (const EscalationSummary &s : m_rows)
        m_due.append(lifecycle::isOpen(s.status)
                         ? dueStatus(m_rules.calendar, s.raisedOn, s.dueOn, today)
                         : DueStatus{});
    endResetModel();
}

int EscalationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EscalationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EscalationSummary &s = m_rows.at(index.row());
    const DueStatus &due = m_due.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == DueStateRole)
        return int(due.state);
    if (role == Qt::BackgroundRole && (index.column() == Due || index.column() == State)) {
        const QColor c = ragColour(due.state);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == State) {
        if (due.state == DueState::Overdue)
            return tr("Overdue by %n working day(s)", nullptr, -due.workingDaysLeft);
        if (due.state != DueState::None)
            return tr("%n working day(s) left", nullptr, due.workingDaysLeft);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const FormDefinition *form = m_rules.forms.find(s.type);
    switch (index.column()) {
    case Due:
        return s.dueOn.isValid() ? s.dueOn.toString(QStringLiteral("ddd d MMM")) : QString();
    case State:
        // The text marker goes with the colour, so the state never rests on colour alone.
        return due.marker().isEmpty() && due.state == DueState::OnTrack ? tr("on track")
                                                                        : due.marker();
    case Status:
        return escalationStatusLabel(s.status);
    case Type:
        return form ? form->title : s.type;
    case For:
        return form ? form->receivingTeamLabel(s.receivingTeam) : s.receivingTeam;
    case Owner:
        return s.owner;
    default:
        return {};
    }
}

QVariant EscalationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case For:
        return tr("For");
    case Owner:
        return tr("Owner");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------

EscalationsView::EscalationsView(Database &db, const EscalationRules &rules, const QString &owner,
                                 const QString &team, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_rules(rules)
    , m_owner(owner)
    , m_team(team)
{
    setObjectName(QStringLiteral("escalationsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *filters = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("escalationScope"));
    m_scope->addItem(tr("My escalations"));
    m_scope->addItem(tr("Team escalations"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("escalationTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : m_rules.forms.types())
        m_type->addItem(typeTitle(m_rules, type), type);
    filters->addWidget(m_scope);
    filters->addWidget(m_type, 1);
    layout->addLayout(filters);
    auto *checks = new QHBoxLayout;
    m_openOnly = new QCheckBox(tr("Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("escalationOpenOnly"));
    m_openOnly->setChecked(true);
    m_overdueOnly = new QCheckBox(tr("Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("escalationOverdueOnly"));
    checks->addWidget(m_openOnly);
    checks->addWidget(m_overdueOnly);
    checks->addStretch(1);
    layout->addLayout(checks);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("escalationSummary"));
    layout->addWidget(m_summary);

    m_model = new EscalationListModel(m_rules, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("escalationsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(EscalationListModel::IdRole).toString());
    });

    for (QComboBox *c : {m_scope, m_type})
        connect(c, &QComboBox::currentIndexChanged, this, &EscalationsView::refresh);
    for (QCheckBox *c : {m_openOnly, m_overdueOnly})
        connect(c, &QCheckBox::toggled, this, &EscalationsView::refresh);
    refresh();
}

void EscalationsView::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::Mine ? 0 : 1);
}

void EscalationsView::setOwner(const QString &owner, const QString &team)
{
    m_owner = owner;
    m_team = team;
    refresh();
}

void EscalationsView::refresh()
{
    EscalationFilter filter;
    const QDate today = EscalationStore::today();
    if (m_scope->currentIndex() == 0)
        filter.owner = m_owner;
    else
        filter.team = m_team;
    filter.type = m_type->currentData().toString();
    filter.openOnly = m_openOnly->isChecked();
    filter.overdueOnly = m_overdueOnly->isChecked();
    filter.today = today;
    const QString current = m_table->currentIndex().data(EscalationListModel::IdRole).toString();
    m_model->setRows(EscalationStore(m_db, m_rules).list(filter), today);
    int overdue = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        overdue += m_model->dueFor(i).state == DueState::Overdue ? 1 : 0;
        if (m_model->row(i).id == current)
            m_table->setCurrentIndex(m_model->index(i, 0));
    }
    m_summary->setText(tr("%n escalation(s)", nullptr, m_model->rowCount()) +
                       (overdue > 0 ? tr(", %n OVERDUE", nullptr, overdue) : QString()));
    m_table->resizeColumnsToContents();
}

// ---------------------------------------------------------------------------------------------

EscalationMonitor::EscalationMonitor(Database &db, const EscalationRules &rules,
                                     const QString &owner, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_rules(rules)
    , m_owner(owner)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &EscalationMonitor::check);
    m_timer.start();
}

void EscalationMonitor::setOwner(const QString &owner)
{
    m_owner = owner;
    m_first = true;
    m_dueSeen.clear();
    check();
}

void EscalationMonitor::check()
{
    const QDate today = EscalationStore::today();
    EscalationStore store(m_db, m_rules);
    const int overdue = store.overdueCount(today, m_owner);
    if (overdue != m_overdue) {
        m_overdue = overdue;
        emit overdueCountChanged(overdue);
    }
    EscalationFilter filter;
    filter.owner = m_owner;
    filter.openOnly = true;
    QStringList lines;
    QStringList ids;
    for (const EscalationSummary &s : store.list(filter)) {
        if (!s.dueOn.isValid() || s.dueOn > today)
            break; // sorted by due date: the rest are not due yet
        const bool isOverdue = s.dueOn < today;
        const QString key =
            s.id + (isOverdue ? QStringLiteral("/overdue") : QStringLiteral("/due"));
        if (m_dueSeen.contains(key))
            continue;
        m_dueSeen.insert(key);
        if (m_first)
            continue; // what was already due when the Desk opened shows in the count and list
        ids.append(s.id);
        lines.append(
            (isOverdue ? tr("OVERDUE: %1 for %2 (was due %3)") : tr("DUE TODAY: %1 for %2"))
                .arg(typeTitle(m_rules, s.type),
                     m_rules.forms.find(s.type)
                         ? m_rules.forms.find(s.type)->receivingTeamLabel(s.receivingTeam)
                         : s.receivingTeam,
                     s.dueOn.toString(QStringLiteral("d MMM"))));
    }
    m_first = false;
    if (!ids.isEmpty())
        emit reminder(lines.join(QLatin1Char('\n')), ids);
}

// ---------------------------------------------------------------------------------------------

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
    resize(640, 640);
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
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export escalation as PDF"), QStringLiteral("escalation-%1.pdf").arg(m_id.left(8)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportEscalationPdf(m_db, m_rules, m_id, m_actor, path); !s) {
        MessageBox::warning(this, tr("PDF not written"), s.errorMessage());
        return;
    }
    emit changed();
}

// ---------------------------------------------------------------------------------------------

EscalationDesk::EscalationDesk(MainWindow &window, EscalationRules rules)
    : QObject(&window)
    , m_window(window)
    , m_rules(std::move(rules))
{
    const HandlerProfile &p = window.profile();
    m_view = new EscalationsView(window.database(), m_rules, p.name, p.team, &window);
    window.addSidePanelTab(m_view,
                           QCoreApplication::translate("cd::EscalationDesk", "Escalations"));
    connect(m_view, &EscalationsView::openRequested, this, [this](const QString &id) { open(id); });

    m_overdueLabel = new QLabel(&window);
    m_overdueLabel->setObjectName(QStringLiteral("escalationsOverdueLabel"));
    m_overdueLabel->setContentsMargins(0, 0, 16, 0);
    window.statusBar()->addPermanentWidget(m_overdueLabel);

    m_monitor = new EscalationMonitor(window.database(), m_rules, p.name, this);
    m_monitor->setObjectName(QStringLiteral("escalationMonitor"));
    connect(m_monitor, &EscalationMonitor::overdueCountChanged, this,
            [this](int n) { showOverdue(n); });
    connect(m_monitor, &EscalationMonitor::reminder, this,
            [this](const QString &text, const QStringList &) { remind(text); });

    QMenu *menu =
        window.menuBar()->addMenu(QCoreApplication::translate("cd::EscalationDesk", "&Escalate"));
    menu->setObjectName(QStringLiteral("escalateMenu"));
    auto *raise = new QAction(
        QCoreApplication::translate("cd::EscalationDesk", "&Raise from this contact…"), &window);
    raise->setObjectName(QStringLiteral("raiseEscalationAction"));
    raise->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    raise->setShortcutContext(Qt::WindowShortcut);
    connect(raise, &QAction::triggered, this, [this] { chooseType(); });
    menu->addAction(raise);
    window.addAction(raise);
    menu->addSeparator();
    for (const QString &type : m_rules.forms.types()) {
        auto *a = new QAction(typeTitle(m_rules, type) + QStringLiteral("…"), &window);
        a->setObjectName(QStringLiteral("raise_") + type);
        connect(a, &QAction::triggered, this, [this, type] { raiseFromContact(type); });
        menu->addAction(a);
    }
    menu->addSeparator();
    auto *show =
        new QAction(QCoreApplication::translate("cd::EscalationDesk", "&My escalations"), &window);
    show->setObjectName(QStringLiteral("showEscalationsAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(show, &QAction::triggered, this, [this] {
        m_window.sidePanel()->setCurrentWidget(m_view);
        m_view->refresh();
        m_view->table()->setFocus(Qt::ShortcutFocusReason);
    });
    menu->addAction(show);
    window.addAction(show);

    connect(&window, &MainWindow::contactSaved, this, [this] { refresh(); });
    connect(&window, &MainWindow::rowsArrived, this, [this] { refresh(); });
    refresh();
}

void EscalationDesk::refresh()
{
    m_view->refresh();
    m_monitor->check();
}

void EscalationDesk::showOverdue(int n)
{
    if (n > 0) {
        m_overdueLabel->setText(
            QCoreApplication::translate("cd::EscalationDesk", "Escalations OVERDUE: %1").arg(n));
        m_overdueLabel->setStyleSheet(
            QStringLiteral("color: white; background: #b00020; padding: 0 6px;"));
    } else {
        m_overdueLabel->setText(
            QCoreApplication::translate("cd::EscalationDesk", "No escalations overdue"));
        m_overdueLabel->setStyleSheet(QString());
    }
}

void EscalationDesk::remind(const QString &text)
{
    m_view->refresh();
    auto *box = new QMessageBox(QMessageBox::Information,
                                QCoreApplication::translate("cd::EscalationDesk", "Escalation due"),
                                text, QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("escalationReminder"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal); // never takes the call away from the handler
    box->show();
    QApplication::alert(&m_window);
    m_window.statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 15000);
}

Contact EscalationDesk::currentContact()
{
    ContactForm *form = m_window.contactForm();
    Contact c = form->contact();
    if (c.id.isEmpty()) {
        // The escalation links to this contact; the contact keeps the id when it is saved.
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        form->setContactId(c.id);
    }
    return c;
}

void EscalationDesk::chooseType()
{
    auto *dialog = new QDialog(&m_window);
    dialog->setObjectName(QStringLiteral("escalationTypeChooser"));
    dialog->setWindowTitle(
        QCoreApplication::translate("cd::EscalationDesk", "Raise an escalation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("escalationTypeList"));
    for (const QString &type : m_rules.forms.types()) {
        auto *item = new QListWidgetItem(typeTitle(m_rules, type), list);
        item->setData(Qt::UserRole, type);
    }
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, list] {
        if (QListWidgetItem *item = list->currentItem())
            raiseFromContact(item->data(Qt::UserRole).toString());
    });
    dialog->open();
    list->setFocus(Qt::OtherFocusReason);
}

void EscalationDesk::raiseFromContact(const QString &type)
{
    const FormDefinition *form = m_rules.forms.find(type);
    if (!form)
        return;
    const HandlerProfile &p = m_window.profile();
    auto *dialog = new EscalationDialog(m_window.database(), m_rules, *form, currentContact(),
                                        p.name, p.team, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EscalationDialog::escalationSaved, this, [this](const Escalation &e) {
        refresh();
        m_window.statusBar()->showMessage(
            QCoreApplication::translate("cd::EscalationDesk", "%1 %2; due %3")
                .arg(typeTitle(m_rules, e.type), escalationStatusLabel(e.status).toLower(),
                     e.dueOn.toString(QStringLiteral("ddd d MMM"))),
            8000);
    });
    dialog->open();
    if (QWidget *first = dialog->fieldWidget(form->fields.first().key))
        first->setFocus(Qt::OtherFocusReason);
}

void EscalationDesk::open(const QString &id)
{
    Result<Escalation> e =
        EscalationStore(m_window.database(), m_rules).get(id, m_window.profile().name);
    if (!e) {
        MessageBox::warning(&m_window,
                            QCoreApplication::translate("cd::EscalationDesk", "Cannot open"),
                            e.errorMessage());
        return;
    }
    QDialog *dialog = nullptr;
    if (e->status == EscalationStatus::Draft && m_rules.forms.find(e->type)) {
        auto *form = new EscalationDialog(m_window.database(), m_rules, e.value(),
                                          m_window.profile().name, &m_window);
        connect(form, &EscalationDialog::escalationSaved, this, [this] { refresh(); });
        dialog = form;
    } else {
        auto *detail = new EscalationDetailDialog(m_window.database(), m_rules, id,
                                                  m_window.profile().name, &m_window);
        connect(detail, &EscalationDetailDialog::changed, this, [this] { refresh(); });
        dialog = detail;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

EscalationDesk *installEscalations(MainWindow &window)
{
    Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!rules) {
        qCWarning(lcGui) << "escalation forms not loaded:" << rules.errorMessage();
        window.statusBar()->showMessage(
            QCoreApplication::translate("cd::EscalationDesk", "Escalations unavailable: %1")
                .arg(rules.errorMessage()));
        return nullptr;
    }
    auto *desk = new EscalationDesk(window, std::move(rules).value());
    desk->setObjectName(QStringLiteral("escalationDesk"));
    return desk;
}

} // namespace cd
