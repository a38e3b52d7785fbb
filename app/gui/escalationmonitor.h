#pragma once

#include "core/escalation.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace cd {

class Database;

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

} // namespace cd
