#include "gui/escalationdesk.h"

#include "core/logging.h"
#include "gui/escalationdetaildialog.h"
#include "gui/escalationdialog.h"
#include "gui/escalationlistmodel.h"
#include "gui/escalationmonitor.h"
#include "gui/escalationsview.h"
#include "gui/messagebox.h"
#include "gui/panelhost.h"
#include "storage/escalationstore.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

EscalationDesk::EscalationDesk(PanelHost &host, EscalationRules rules)
    : QObject(host.hostWidget())
    , m_host(host)
    , m_rules(std::move(rules))
{
    QWidget *window = host.hostWidget();
    const HandlerProfile &p = host.profile();
    m_view = new EscalationsView(host.database(), m_rules, p.name, p.team, window);
    host.addSidePanelTab(m_view,
                         QCoreApplication::translate("cd::EscalationDesk", "Escalation &queue"));
    connect(m_view, &EscalationsView::openRequested, this, [this](const QString &id) { open(id); });

    m_overdueLabel = new QLabel(window);
    m_overdueLabel->setObjectName(QStringLiteral("escalationsOverdueLabel"));
    m_overdueLabel->setContentsMargins(0, 0, 16, 0);
    m_overdueLabel->setToolTip(QCoreApplication::translate(
        "cd::EscalationDesk",
        "Escalations you raised and sent that are past their due date and not yet resolved "
        "(drafts are not counted: they have not been sent). My figures count the same; Team "
        "figures count the whole team's."));
    host.addStatusWidget(m_overdueLabel);

    m_monitor = new EscalationMonitor(host.database(), m_rules, p.name, this);
    m_monitor->setObjectName(QStringLiteral("escalationMonitor"));
    connect(m_monitor, &EscalationMonitor::overdueCountChanged, this,
            [this](int n) { showOverdue(n); });
    connect(m_monitor, &EscalationMonitor::reminder, this,
            [this](const QString &text, const QStringList &) { remind(text); });

    QMenu *menu = host.addMenu(QCoreApplication::translate("cd::EscalationDesk", "&Escalate"));
    menu->setObjectName(QStringLiteral("escalateMenu"));
    auto *raise = new QAction(
        QCoreApplication::translate("cd::EscalationDesk", "&Raise from this contact…"), window);
    raise->setObjectName(QStringLiteral("raiseEscalationAction"));
    raise->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    raise->setShortcutContext(Qt::WindowShortcut);
    connect(raise, &QAction::triggered, this, [this] { chooseType(); });
    menu->addAction(raise);
    host.addWindowAction(raise);
    menu->addSeparator();
    for (const QString &type : m_rules.forms.types()) {
        auto *a = new QAction(escalationTypeTitle(m_rules, type) + QStringLiteral("…"), window);
        a->setObjectName(QStringLiteral("raise_") + type);
        connect(a, &QAction::triggered, this, [this, type] { raiseFromContact(type); });
        menu->addAction(a);
    }
    menu->addSeparator();
    auto *show =
        new QAction(QCoreApplication::translate("cd::EscalationDesk", "&My escalations"), window);
    show->setObjectName(QStringLiteral("showEscalationsAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(show, &QAction::triggered, this, [this] {
        m_view->refresh();
        m_host.showSidePanelTab(m_view, m_view->table(), Qt::ShortcutFocusReason);
    });
    menu->addAction(show);
    host.addWindowAction(show);

    PanelHostEvents &events = host.events();
    connect(&events, &PanelHostEvents::contactSaved, this, [this] { refresh(); });
    connect(&events, &PanelHostEvents::rowsArrived, this, [this] { refresh(); });
    // A script action or the risk banner opens its form.
    connect(&events, &PanelHostEvents::escalationRequested, this,
            &EscalationDesk::raiseFromContact);
    refresh();
}

Contact EscalationDesk::contactToRaiseFrom(QString *said) const
{
    auto who = [](const Contact &c) {
        if (!c.callerName.trimmed().isEmpty())
            return c.callerName.trimmed();
        if (!c.callerPhone.trimmed().isEmpty())
            return c.callerPhone.trimmed();
        return tr("caller not named");
    };
    if (std::optional<Contact> saved = m_host.contactJustSaved()) {
        *said =
            tr("For the contact just saved at %1: %2")
                .arg(saved->startedAt.toLocalTime().toString(QStringLiteral("HH:mm")), who(*saved));
        return *saved;
    }
    const Contact typed = m_host.currentContactWithId();
    const bool nothingTyped = typed.callerName.trimmed().isEmpty() &&
                              typed.callerPhone.trimmed().isEmpty() &&
                              typed.callerEmail.trimmed().isEmpty() &&
                              typed.notes.trimmed().isEmpty() && typed.category.isEmpty();
    *said = nothingTyped ? tr("No contact on the form and none just saved: the form starts empty "
                              "and is linked to the contact typed next.")
                         : tr("For the contact on the form: %1").arg(who(typed));
    return typed;
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
            QCoreApplication::translate("cd::EscalationDesk", "My escalations OVERDUE: %1").arg(n));
        m_overdueLabel->setStyleSheet(
            QStringLiteral("color: white; background: #b00020; padding: 0 6px;"));
    } else {
        m_overdueLabel->setText(
            QCoreApplication::translate("cd::EscalationDesk", "None of my escalations overdue"));
        m_overdueLabel->setStyleSheet(QString());
    }
}

void EscalationDesk::remind(const QString &text)
{
    m_view->refresh();
    auto *box = new QMessageBox(QMessageBox::Information,
                                QCoreApplication::translate("cd::EscalationDesk", "Escalation due"),
                                text, QMessageBox::Ok, m_host.hostWidget());
    box->setObjectName(QStringLiteral("escalationReminder"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal); // never takes the call away from the handler
    box->show();
    QApplication::alert(m_host.hostWidget());
    m_host.showStatusMessage(text.section(QLatin1Char('\n'), 0, 0), 15000);
}

void EscalationDesk::keepReturnFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->window() == m_host.hostWidget())
        m_returnFocus = focus;
}

void EscalationDesk::returnFocus()
{
    // After the dialog has gone and the Desk is active again.
    QTimer::singleShot(0, this, [this] {
        if (QApplication::activeModalWidget())
            return; // another form is open: it keeps the cursor
        QWidget *window = m_host.hostWidget();
        QWidget *to = m_returnFocus;
        if (!to || !to->isVisible() || !to->isEnabled())
            return;
        window->activateWindow();
        to->setFocus(Qt::OtherFocusReason);
    });
}

void EscalationDesk::chooseType()
{
    keepReturnFocus();
    auto *dialog = new QDialog(m_host.hostWidget());
    dialog->setObjectName(QStringLiteral("escalationTypeChooser"));
    dialog->setWindowTitle(
        QCoreApplication::translate("cd::EscalationDesk", "Raise an escalation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *prompt = new QLabel(
        QCoreApplication::translate("cd::EscalationDesk", "&Type of escalation to raise:"), dialog);
    prompt->setObjectName(QStringLiteral("escalationTypePrompt"));
    layout->addWidget(prompt);
    QString said;
    contactToRaiseFrom(&said);
    auto *forWhom = new QLabel(said, dialog);
    forWhom->setObjectName(QStringLiteral("escalationContactLabel"));
    forWhom->setWordWrap(true);
    layout->addWidget(forWhom);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("escalationTypeList"));
    prompt->setBuddy(list);
    for (const QString &type : m_rules.forms.types()) {
        auto *item = new QListWidgetItem(escalationTypeTitle(m_rules, type), list);
        item->setData(Qt::UserRole, type);
        item->setToolTip(item->text());
    }
    list->setCurrentRow(0);
    // Wide enough for every title whole, with room for a scroll bar.
    list->setTextElideMode(Qt::ElideRight);
    list->setMinimumWidth(list->sizeHintForColumn(0) + 2 * list->frameWidth() +
                          list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
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
    connect(dialog, &QDialog::rejected, this, &EscalationDesk::returnFocus);
    dialog->open();
    list->setFocus(Qt::OtherFocusReason);
}

void EscalationDesk::raiseFromContact(const QString &type)
{
    const FormDefinition *form = m_rules.forms.find(type);
    if (!form)
        return;
    const HandlerProfile &p = m_host.profile();
    if (QWidget *focus = QApplication::focusWidget();
        focus && focus->window() == m_host.hostWidget())
        m_returnFocus = focus; // not from the type chooser: from the Desk itself
    QString said;
    const Contact contact = contactToRaiseFrom(&said);
    auto *dialog = new EscalationDialog(m_host.database(), m_rules, *form, contact, p.name, p.team,
                                        m_host.hostWidget());
    dialog->setContactNote(said);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &EscalationDesk::returnFocus);
    connect(dialog, &EscalationDialog::escalationSaved, this, [this](const Escalation &e) {
        refresh();
        if (e.status != EscalationStatus::Draft)
            emit m_host.events().escalationSent(e.type, e.fields);
        m_host.showStatusMessage(QCoreApplication::translate("cd::EscalationDesk", "%1 %2; due %3")
                                     .arg(escalationTypeTitle(m_rules, e.type),
                                          escalationStatusLabel(e.status).toLower(),
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
        EscalationStore(m_host.database(), m_rules).get(id, m_host.profile().name);
    if (!e) {
        MessageBox::warning(m_host.hostWidget(),
                            QCoreApplication::translate("cd::EscalationDesk", "Cannot open"),
                            e.errorMessage());
        return;
    }
    QDialog *dialog = nullptr;
    if (e->status == EscalationStatus::Draft && m_rules.forms.find(e->type)) {
        auto *form = new EscalationDialog(m_host.database(), m_rules, e.value(),
                                          m_host.profile().name, m_host.hostWidget());
        connect(form, &EscalationDialog::escalationSaved, this, [this] { refresh(); });
        dialog = form;
    } else {
        auto *detail = new EscalationDetailDialog(m_host.database(), m_rules, id,
                                                  m_host.profile().name, m_host.hostWidget());
        connect(detail, &EscalationDetailDialog::changed, this, [this] { refresh(); });
        dialog = detail;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

EscalationDesk *installEscalations(PanelHost &host)
{
    Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!rules) {
        qCWarning(lcGui) << "escalation forms not loaded:" << rules.errorMessage();
        host.showStatusMessage(
            QCoreApplication::translate("cd::EscalationDesk", "Escalations unavailable: %1")
                .arg(rules.errorMessage()));
        return nullptr;
    }
    auto *desk = new EscalationDesk(host, std::move(rules).value());
    desk->setObjectName(QStringLiteral("escalationDesk"));
    return desk;
}

} // namespace cd
