#include "reports/escalationreport.h"

#include "core/clock.h"
#include "core/ownerfile.h"
#include "storage/escalationstore.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::EscalationReport.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::EscalationReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd MMM yyyy HH:mm"))
                         : QString();
}

QString longDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dddd d MMMM yyyy")) : Tr::tr("not set");
}

QString statusLabel(const QString &name)
{
    EscalationStatus s = EscalationStatus::Draft;
    if (name.isEmpty())
        return Tr::tr("(new)");
    return escalationStatusFromName(name, &s) ? escalationStatusLabel(s) : name;
}

QString fieldText(const FormField *field, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? Tr::tr("Yes") : Tr::tr("No");
    if (value.isUndefined() || value.isNull())
        return {};
    const QString text = value.isString() ? value.toString() : QString::number(value.toDouble());
    if (!field)
        return text;
    switch (field->type) {
    case FormField::Type::Choice:
        return field->choiceLabel(text);
    case FormField::Type::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? d.toString(QStringLiteral("d MMMM yyyy")) : text;
    }
    default:
        return text;
    }
}

} // namespace

ForceHeader ForceHeader::fromSettings(const SettingsStore &settings)
{
    ForceHeader h;
    h.name = settings.value(SettingsStore::Key::ForceName).toString();
    // Typed at a shell prompt, a line break arrives as the two characters \n.
    h.header = settings.value(SettingsStore::Key::ForceHeader)
                   .toString()
                   .replace(QLatin1String("\\n"), QLatin1String("\n"));
    h.protectiveMarking = settings.value(SettingsStore::Key::ForceProtectiveMarking).toString();
    h.trainingData = settings.value(SettingsStore::Key::TrainingData).toBool();
    if (h.trainingData) {
        const QString training =
            QCoreApplication::translate("cd::Training", "TRAINING - not real data");
        h.protectiveMarking = h.protectiveMarking.isEmpty()
                                  ? training
                                  : training + QStringLiteral(" · ") + h.protectiveMarking;
    }
    return h;
}

QString escalationReportHtml(const EscalationReport &r)
{
    const Escalation &e = r.escalation;
    const QString title = r.form ? r.form->title : e.type;
    const QString receiving =
        r.form ? r.form->receivingTeamLabel(e.receivingTeam) : e.receivingTeam;
    QString h;
    h += QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
        "h1 { font-size: 16pt; margin: 0; } h2 { font-size: 12pt; margin-top: 14pt; }"
        "td { padding: 3pt 6pt; vertical-align: top; } th { text-align: left; padding: 3pt 6pt; }"
        ".marking { font-weight: bold; text-align: center; }"
        ".label { color: #333333; width: 35%; }"
        "</style></head><body>");
    if (!r.force.protectiveMarking.isEmpty())
        h += QStringLiteral("<p class=\"marking\">%1</p>").arg(esc(r.force.protectiveMarking));
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(r.force.name.isEmpty() ? Tr::tr("Police force (name not set)")
                                             : r.force.name));
    if (!r.force.header.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(r.force.header));
    h += QStringLiteral("<hr><h1>%1</h1>").arg(esc(title));

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    auto row = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
                 .arg(esc(label), esc(value));
    };
    row(Tr::tr("Reference"), e.id);
    row(Tr::tr("For"), receiving);
    row(Tr::tr("Status"), escalationStatusLabel(e.status));
    row(Tr::tr("Raised"), longDate(e.raisedOn));
    QString due = longDate(e.dueOn);
    if (!r.due.marker().isEmpty())
        due += QStringLiteral(" (%1)").arg(r.due.marker());
    row(Tr::tr("Due by"), due);
    row(Tr::tr("Owner"), e.owner + (e.team.isEmpty() ? QString() : QStringLiteral(", ") + e.team));
    if (r.form)
        row(Tr::tr("Form"), Tr::tr("%1, version %2").arg(r.form->title).arg(e.formVersion));
    h += QStringLiteral("</table>");
    if (e.type == QLatin1String("referral"))
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(
                     Tr::tr("The raising team keeps ownership of this referral and will follow it "
                            "up until it is "
                            "resolved. Please reply to the owner named above.")));

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">")
             .arg(esc(Tr::tr("Details")));
    if (r.form) {
        for (const FormField &f : r.form->fields) {
            const QString text = fieldText(&f, e.fields.value(f.key));
            if (!text.isEmpty())
                row(f.label, text);
        }
    } else {
        for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it)
            row(it.key(), fieldText(nullptr, it.value()));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("History")));
    h += QStringLiteral(
             "<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
             .arg(esc(Tr::tr("When")), esc(Tr::tr("Change")), esc(Tr::tr("By")));
    for (const EscalationEvent &ev : r.events) {
        QString change = ev.fromStatus.isEmpty()
                             ? statusLabel(ev.toStatus)
                             : QStringLiteral("%1 \u2192 %2")
                                   .arg(statusLabel(ev.fromStatus), statusLabel(ev.toStatus));
        if (!ev.reason.isEmpty())
            change += QStringLiteral(": ") + ev.reason;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(localTime(ev.at)), esc(change), esc(ev.actor));
    }
    h += QStringLiteral("</table>");

    if (!r.notes.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Notes")));
        for (const EscalationNote &n : r.notes)
            h += QStringLiteral("<p><b>%1, %2</b><br>%3</p>")
                     .arg(esc(localTime(n.at)), esc(n.author), esc(n.body));
    }
    h +=
        QStringLiteral("<hr><p>%1</p>")
            .arg(esc(Tr::tr("Exported by %1 on %2. This document contains personal data: handle it "
                            "under the force's "
                            "data protection policy and do not pass it on.")
                         .arg(r.exportedBy, localTime(r.exportedAt))));
    if (!r.force.protectiveMarking.isEmpty())
        h += QStringLiteral("<p class=\"marking\">%1</p>").arg(esc(r.force.protectiveMarking));
    h += QStringLiteral("</body></html>");
    return h;
}

Status writeEscalationPdf(const EscalationReport &report, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(
            QStringLiteral("PDF export needs a GUI application (the offscreen platform will do)"));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Status::failure(
            QStringLiteral("cannot write %1: the folder does not exist").arg(path));
    // Owner-only whatever the umask: the PDF holds the caller's personal data.
    if (Status s = prepareOwnerOnlyFile(path); !s)
        return s;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(report.form ? report.form->title : report.escalation.type);
    writer.setCreator(QStringLiteral("Contact Desk"));
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setHtml(escalationReportHtml(report));
    doc.print(&writer);
    if (QFileInfo(path).size() == 0)
        return Status::failure(QStringLiteral("cannot write %1: the PDF is empty").arg(path));
    return success();
}

Result<EscalationReport> buildEscalationReport(Database &db, const EscalationRules &rules,
                                               const QString &id, const QString &actor)
{
    EscalationStore store(db, rules);
    Result<Escalation> e = store.get(id, actor);
    if (!e)
        return e.error();
    EscalationReport r;
    r.force = ForceHeader::fromSettings(SettingsStore(db));
    r.escalation = e.value();
    r.form = rules.forms.find(r.escalation.type);
    r.events = store.events(id);
    r.notes = store.notes(id);
    if (lifecycle::isOpen(r.escalation.status))
        r.due = dueStatus(rules.calendar, r.escalation.raisedOn, r.escalation.dueOn,
                          EscalationStore::today());
    r.exportedBy = actor;
    r.exportedAt = Clock::instance().now();
    return r;
}

Status exportEscalationPdf(Database &db, const EscalationRules &rules, const QString &id,
                           const QString &actor, const QString &path)
{
    Result<EscalationReport> r = buildEscalationReport(db, rules, id, actor);
    if (!r)
        return r.error();
    if (Status s = writeEscalationPdf(r.value(), path); !s)
        return s;
    const QString recipient = r->form ? r->form->receivingTeamLabel(r->escalation.receivingTeam)
                                      : r->escalation.receivingTeam;
    return EscalationStore(db, rules).recordExport(id, actor, recipient);
}

} // namespace cd
