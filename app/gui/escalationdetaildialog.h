#pragma once

#include "core/escalation.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace cd {

class Database;

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

} // namespace cd
