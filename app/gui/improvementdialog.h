#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

// "You said, we did" for a team's managers: the improvement log so far, and a form to add what
// was changed (issue, root cause, change made, date) tagged with the dissatisfaction reasons and
// the callers' comments behind it. Entries sync to the team (server schema 10). What is typed is
// kept as a draft as it is typed (as the contact form's is), so a killed program loses nothing:
// the dialog opened again for the team restores it.
class ImprovementDialog : public QDialog
{
    Q_OBJECT
public:
    ImprovementDialog(Database &db, const QString &team, const QString &actor,
                      QWidget *parent = nullptr);

    QTableWidget *log() const { return m_log; }
    QLineEdit *issue() const { return m_issue; }
    QPlainTextEdit *rootCause() const { return m_rootCause; }
    QPlainTextEdit *change() const { return m_change; }
    QDateEdit *changedOn() const { return m_date; }
    QListWidget *reasons() const { return m_reasons; }
    QListWidget *comments() const { return m_comments; }
    QLabel *recoveredBanner() const { return m_banner; }
    // Whether a change is waiting for the draft timer.
    bool draftPending() const { return m_draftTimer.isActive(); }

    // The draft's slot for a team's dialog (storage/draftstore.h).
    static QString draftSlot(const QString &team);

public slots:
    // Adds the entry from the form; keeps what was typed when it cannot be saved.
    bool addEntry();
    // Keeps what is typed now (the draft timer calls this); an empty form clears the draft.
    void keepDraftNow();

private:
    void loadLog();
    QJsonObject draftValues() const;
    void restoreDraft(const QJsonObject &draft);
    bool hasContent() const;

    Database &m_db;
    QString m_team;
    QString m_actor;
    QTableWidget *m_log = nullptr;
    QLineEdit *m_issue = nullptr;
    QPlainTextEdit *m_rootCause = nullptr;
    QPlainTextEdit *m_change = nullptr;
    QDateEdit *m_date = nullptr;
    QListWidget *m_reasons = nullptr;
    QListWidget *m_comments = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_banner = nullptr;
    QTimer m_draftTimer;
    bool m_loading = false;
};

} // namespace cd
