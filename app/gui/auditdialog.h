#pragma once

#include "storage/auditstore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;
class PanelHost;

// The audit log for managers (DPA 2018 s.62): every entry about a person (by phone or email), a
// record (id or reference) or by a user, between two days; and an export of what was found.
// Each search and export is itself logged (by fields and counts, never the values).
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    AuditDialog(Database &db, const QString &actor, QWidget *parent = nullptr);

    // Runs the search the fields describe; false (with the reason shown) when one is wrong.
    bool search();
    // Writes the entries shown to `path` as CSV (owner-only, cells safe for spreadsheets),
    // after logging the export.
    bool exportTo(const QString &path);
    int rowCount() const;

private:
    void exportCsv();

    Database &m_db;
    QString m_actor;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_record = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_export = nullptr;
    QList<AuditEntry> m_entries;
};

// File > Audit log… for managers and administrators; it follows File > Who is working.
void installAuditLog(PanelHost &host);

} // namespace cd
