#pragma once

#include "core/escalation.h"
#include "storage/escalationstore.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableView;

namespace cd {

class Database;
class MainWindow;

// Escalations as rows: due date, RAG with its text marker, status, type, receiving team, owner.
class EscalationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, State, Status, Type, For, Owner, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DueStateRole };

    EscalationListModel(const EscalationRules &rules, QObject *parent = nullptr);
    void setRows(const QList<EscalationSummary> &rows, const QDate &today);
    const EscalationSummary &row(int index) const { return m_rows.at(index); }
    DueStatus dueFor(int index) const { return m_due.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const EscalationRules &m_rules;
    QList<EscalationSummary> m_rows;
    QList<DueStatus> m_due;
};

// My escalations / Team escalations, filterable, sorted by due date. Enter or double-click
// opens one.
class EscalationsView : public QWidget
{
    Q_OBJECT
public:
    EscalationsView(Database &db, const EscalationRules &rules, const QString &owner,
                    const QString &team, QWidget *parent = nullptr);

    enum class Scope { Mine, Team };
    void setScope(Scope scope);
    void setOwner(const QString &owner, const QString &team);
    EscalationListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void refresh();

signals:
    void openRequested(const QString &id);

private:
    Database &m_db;
    const EscalationRules &m_rules;
    QString m_owner;
    QString m_team;
    QComboBox *m_scope = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    EscalationListModel *m_model = nullptr;
};

// Watches the handler's escalations while the Desk is open: the overdue count for the status
// bar, and a reminder when one falls due (reaches its due date) or becomes overdue.
class EscalationMonitor : public QObject
{
    Q_OBJECT
public:
    EscalationMonitor(Database &db, const EscalationRules &rules, const QString &owner,
                      QObject *parent = nullptr);
    int overdueCount() const { return m_overdue; }
    void setOwner(const QString &owner);
    void setInterval(int ms) { m_timer.setInterval(ms); }

public slots:
    void check();

signals:
    void overdueCountChanged(int count);
    void reminder(const QString &text, const QStringList &ids);

private:
    Database &m_db;
    const EscalationRules &m_rules;
    QString m_owner;
    QTimer m_timer;
    int m_overdue = -1;
    bool m_first = true;
    QSet<QString> m_dueSeen; // id + state already reminded about
};

// One escalation: its fields, history and notes; add a note, move it on, export it as PDF.
class EscalationDetailDialog : public QDialog
{
    Q_OBJECT
public:
    EscalationDetailDialog(Database &db, const EscalationRules &rules, const QString &id,
                           const QString &actor, QWidget *parent = nullptr);
    bool isLoaded() const { return !m_escalation.id.isEmpty(); }

signals:
    void changed();

private:
    void load();
    void move(EscalationStatus to);
    void addNote();
    void exportPdf();

    Database &m_db;
    const EscalationRules &m_rules;
    QString m_id;
    QString m_actor;
    Escalation m_escalation;
    QLabel *m_summary = nullptr;
    QLabel *m_fields = nullptr;
    QListWidget *m_history = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QWidget *m_moves = nullptr;
};

// Puts escalations on the Desk: the Escalations tab (My / Team), the Escalate menu and Ctrl+E
// (raise from the contact being logged), the overdue count in the status bar and reminders.
// Owned by the window; owns the form definitions and the working-day calendar.
class EscalationDesk : public QObject
{
    Q_OBJECT
public:
    EscalationDesk(MainWindow &window, EscalationRules rules);

    EscalationsView *view() const { return m_view; }
    EscalationMonitor *monitor() const { return m_monitor; }
    const EscalationRules &rules() const { return m_rules; }

public slots:
    // Opens the form of `type` for the contact being logged (a script action can call this).
    void raiseFromContact(const QString &type);
    void chooseType(); // Ctrl+E: pick the form, then fill it in
    void open(const QString &id);
    void refresh();

private:
    void showOverdue(int count);
    void remind(const QString &text);
    Contact currentContact();

    MainWindow &m_window;
    EscalationRules m_rules;
    EscalationsView *m_view = nullptr;
    EscalationMonitor *m_monitor = nullptr;
    QLabel *m_overdueLabel = nullptr;
};

// Loads the shipped forms and calendar and installs an EscalationDesk on the window; nullptr
// (with a status-bar message) when the data cannot be read.
EscalationDesk *installEscalations(MainWindow &window);

} // namespace cd
