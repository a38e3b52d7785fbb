#include "gui/auditdialog.h"

#include "core/csv.h"
#include "gui/columnfit.h"
#include "gui/messagebox.h"
#include "gui/panelhost.h"
#include "gui/savefile.h"
#include "gui/screenfit.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

bool seesAudit(const HandlerProfile &profile)
{
    return profile.role == Role::Manager || profile.role == Role::Administrator;
}

QLineEdit *field(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

AuditDialog::AuditDialog(Database &db, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Who viewed, changed, searched for or exported a person's "
                                "records. Your search is recorded in the log too."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_phone = field(this, "auditPhone", tr("the person's phone number"));
    m_email = field(this, "auditEmail", tr("or their email"));
    m_record = field(this, "auditRecord", tr("a contact's reference, or a record id"));
    m_user = field(this, "auditUser", tr("who did it (a user's name)"));
    m_from = field(this, "auditFrom", tr("YYYY-MM-DD"));
    m_to = field(this, "auditTo", tr("YYYY-MM-DD"));
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Record:"), m_record);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&From day:"), m_from);
    form->addRow(tr("&To day:"), m_to);
    for (QLineEdit *edit : {m_phone, m_email, m_record, m_user, m_from, m_to})
        edit->setAccessibleName(form->labelForField(edit)
                                    ? static_cast<QLabel *>(form->labelForField(edit))->text()
                                    : edit->placeholderText());
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("User"), tr("Action"), tr("Kind"), tr("Record"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *searchButton = buttons->addButton(tr("&Search"), QDialogButtonBox::ActionRole);
    searchButton->setObjectName(QStringLiteral("auditSearch"));
    searchButton->setDefault(true);
    m_export = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(searchButton, &QPushButton::clicked, this, &AuditDialog::search);
    connect(m_export, &QPushButton::clicked, this, &AuditDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(900, 600));
}

int AuditDialog::rowCount() const
{
    return m_table->rowCount();
}

bool AuditDialog::search()
{
    AuditQuery query;
    query.phone = m_phone->text();
    query.email = m_email->text();
    query.record = m_record->text();
    query.actor = m_user->text();
    for (const auto &[edit, date] : {std::pair{m_from, &query.from}, std::pair{m_to, &query.to}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid()) {
            m_message->setText(tr("A day is written YYYY-MM-DD, for example 2026-11-30."));
            edit->setFocus();
            edit->selectAll();
            return false;
        }
    }
    AuditStore store(m_db);
    Result<AuditSearchResult> found = store.search(query);
    if (!found) {
        m_message->setText(found.errorMessage());
        return false;
    }
    if (Status s = store.recordSearch(m_actor, query, found->entries.size()); !s) {
        // The log must show who read it: nothing is shown when that cannot be written.
        m_message->setText(
            tr("The search could not be recorded, so nothing is shown: %1").arg(s.errorMessage()));
        return false;
    }
    m_entries = found->entries;
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry &e = m_entries.at(row);
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                e.actor,
                                e.action,
                                e.entity,
                                e.entityId,
                                e.detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_export->setEnabled(!m_entries.isEmpty());
    m_message->setText(found->truncated
                           ? tr("The newest %n entries are shown; narrow the search for the rest.",
                                nullptr, int(m_entries.size()))
                           : tr("%n entries.", nullptr, int(m_entries.size())));
    return true;
}

bool AuditDialog::exportTo(const QString &path)
{
    AuditStore store(m_db);
    if (Status s =
            store.recordNow(m_actor, QStringLiteral("export"), QStringLiteral("audit"), QString(),
                            QStringLiteral("%1 entries to CSV").arg(m_entries.size()));
        !s) {
        m_message->setText(tr("The export could not be recorded, so nothing was written: %1")
                               .arg(s.errorMessage()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString out = csv::formatRecord({QStringLiteral("at"), QStringLiteral("user"),
                                     QStringLiteral("action"), QStringLiteral("entity"),
                                     QStringLiteral("record"), QStringLiteral("detail")});
    for (const AuditEntry &e : std::as_const(m_entries))
        out += csv::formatSafeRecord({e.at.toUTC().toString(Qt::ISODateWithMs), e.actor, e.action,
                                      e.entity, e.entityId, e.detail});
    file.write(out.toUtf8());
    if (!file.commit()) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_message->setText(tr("%n entries written to %1.", nullptr, int(m_entries.size())).arg(path));
    return true;
}

void AuditDialog::exportCsv()
{
    const QString path = chooseSaveFile(this, tr("Export the audit entries"),
                                        QStringLiteral("audit.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void installAuditLog(PanelHost &host)
{
    QWidget *window = host.hostWidget();
    auto *menu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    if (!menu)
        return;
    auto *action = new QAction(AuditDialog::tr("&Audit log…"), window);
    action->setObjectName(QStringLiteral("auditLogAction"));
    action->setToolTip(AuditDialog::tr("Who viewed, changed, searched or exported a person's "
                                       "records (managers)"));
    menu->insertAction(menu->actions().value(0), action);
    action->setVisible(seesAudit(host.profile()));
    QObject::connect(action, &QAction::triggered, window, [&host] {
        AuditDialog dialog(host.database(), host.profile().name, host.hostWidget());
        dialog.exec();
    });
    QObject::connect(
        &host.events(), &PanelHostEvents::profileChanged, action,
        [action](const HandlerProfile &profile) { action->setVisible(seesAudit(profile)); });
}

} // namespace cd
