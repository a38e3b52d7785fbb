#include "gui/escalationdesk.h"

#include "core/logging.h"
#include "gui/contactform.h"
#include "gui/escalationdetaildialog.h"
#include "gui/escalationdialog.h"
#include "gui/escalationlistmodel.h"
#include "gui/escalationmonitor.h"
#include "gui/escalationsview.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "storage/escalationstore.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace cd {

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
        auto *a = new QAction(escalationTypeTitle(m_rules, type) + QStringLiteral("…"), &window);
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
        auto *item = new QListWidgetItem(escalationTypeTitle(m_rules, type), list);
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
