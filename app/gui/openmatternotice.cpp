#include "gui/openmatternotice.h"

#include "core/thrive.h"

namespace cd {

OpenMatterNotice::OpenMatterNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("openMatterLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // What it says never widens the pane: the splitter, and the form beside it, stay put.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setStyleSheet(QStringLiteral("background: #ffe8a3; color: #5c3d00; padding: 2px; "
                                 "font-weight: 600;"));
    setVisible(false);
}

QString OpenMatterNotice::describe(const OpenMatter &m, const ThriveDefinition *d)
{
    auto label = [d](const QList<ThriveChoice> &choices, const QString &code) {
        return d ? d->label(choices, code) : code;
    };
    QStringList parts;
    parts.append(m.riskGrade.isEmpty()
                     ? tr("no grade")
                     : tr("grade %1").arg(d ? label(d->grades(), m.riskGrade) : m.riskGrade));
    if (m.vulnerable == 1) {
        QStringList kinds;
        for (const QString &k : vulnerabilityKindList(m.vulnerabilityKinds))
            kinds.append(d ? label(d->vulnerabilityKinds(), k) : k);
        parts.append(tr("vulnerable: %1").arg(kinds.join(QStringLiteral(", "))));
    } else if (m.vulnerable == 0) {
        parts.append(tr("not vulnerable"));
    } else {
        parts.append(tr("vulnerability not answered"));
    }
    const NextSteps next = NextSteps::fromJson(m.nextSteps);
    QString told;
    if (next.policeAttend == 1)
        told = tr("police will attend");
    else if (next.policeAttend == 0)
        told = tr("police will not attend (%1)")
                   .arg(d ? label(d->noAttendanceReasons(), next.noAttendanceReason)
                          : next.noAttendanceReason);
    else
        told = tr("what happens next not recorded");
    if (!next.timescale.isEmpty())
        told += QStringLiteral(", ") + next.timescale;
    parts.append(tr("next: %1").arg(told));
    if (!m.openEscalations.isEmpty())
        parts.append(tr("escalation open: %1").arg(m.openEscalations.join(QStringLiteral(", "))));
    const QString who =
        m.household
            ? tr("Household (%1)").arg(m.callerName.isEmpty() ? tr("no name given") : m.callerName)
            : tr("This caller");
    return tr("%1, %2: %3")
        .arg(who, m.startedAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")),
             parts.join(QStringLiteral("; ")));
}

void OpenMatterNotice::showMatters(const QList<OpenMatter> &matters,
                                   const ThriveDefinition *definition)
{
    if (matters.isEmpty()) {
        clear();
        setVisible(false);
        return;
    }
    QStringList lines;
    lines.append(tr("⚠ %n earlier matter(s) still open: assess again with THRIVE…", nullptr,
                    int(matters.size())));
    for (const OpenMatter &m : matters)
        lines.append(describe(m, definition));
    setText(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(text());
    setVisible(true);
}

} // namespace cd
