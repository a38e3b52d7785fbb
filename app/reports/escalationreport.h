#pragma once

#include "core/escalation.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Database;
class SettingsStore;

// The force's letterhead for exported documents, from settings (force.name, force.header,
// force.protective_marking).
struct ForceHeader
{
    QString name;
    QString header; // address or department lines; "\n" separates lines
    QString protectiveMarking; // begins "TRAINING - not real data" in a training profile
    bool trainingData = false;

    static ForceHeader fromSettings(const SettingsStore &settings);
};

// Everything an escalation's export shows.
struct EscalationReport
{
    ForceHeader force;
    Escalation escalation;
    const FormDefinition *form = nullptr; // labels and choice texts; raw keys when missing
    QList<EscalationEvent> events;
    QList<EscalationNote> notes;
    DueStatus due;
    QString exportedBy;
    QDateTime exportedAt; // UTC; shown in local time
};

// The document as HTML (what the PDF is printed from), for tests and previews.
QString escalationReportHtml(const EscalationReport &report);

// Writes an A4 PDF of the escalation for a department not on the system. Needs a
// QGuiApplication (the offscreen platform will do).
Status writeEscalationPdf(const EscalationReport &report, const QString &path);

// Reads the escalation (an audited view), its history and notes, and the force header.
Result<EscalationReport> buildEscalationReport(Database &db, const EscalationRules &rules,
                                               const QString &id, const QString &actor);

// Builds, writes the PDF and records the disclosure (who, when, to whom) in the audit log.
Status exportEscalationPdf(Database &db, const EscalationRules &rules, const QString &id,
                           const QString &actor, const QString &path);

} // namespace cd
