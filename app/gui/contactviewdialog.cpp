#include "gui/contactviewdialog.h"

#include "core/riskdetector.h"
#include "core/scriptsession.h"
#include "gui/screenfit.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

using K = TaxonomyEntry::Kind;

QString ContactViewDialog::describe(const Contact &c, const Taxonomy &t)
{
    auto row = [](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<tr><th align='left' valign='top'>%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(),
                 value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    };
    const QString when =
        c.startedAt.toLocalTime().toString(QStringLiteral("dddd d MMMM yyyy, HH:mm"));
    const qint64 secs = c.endedAt.isValid() ? c.startedAt.secsTo(c.endedAt) : -1;
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Started"), when);
    if (secs >= 0)
        html += row(tr("Duration"), tr("%1 min %2 s").arg(secs / 60).arg(secs % 60));
    html += row(tr("Handler"),
                c.handler + (c.team.isEmpty() ? QString()
                                              : QStringLiteral(" (") + c.team + QLatin1Char(')')));
    html += row(tr("Channel"), t.label(K::Channel, c.channel));
    html += row(tr("Caller"), c.callerName);
    html += row(tr("Phone"), c.callerPhone);
    html += row(tr("Email"), c.callerEmail);
    html += row(tr("Postcode"), c.postcode);
    html += row(tr("Told the outcome"),
                c.consentToOutcome ? tr("Yes, the caller consented") : QString());
    html += row(tr("Category"), t.label(K::Category, c.category));
    html += row(tr("Reason"), c.reason.isEmpty() ? QString() : t.label(K::Reason, c.reason));
    html += row(tr("Reference"), c.reference);
    html += row(tr("VRM"), c.vrm);
    html += row(tr("Notes"), c.notes);
    html += row(tr("Outcome"), t.label(K::Outcome, c.outcome));
    html += row(tr("Remained dissatisfied"), c.remainedDissatisfied ? tr("Yes") : tr("No"));
    html += row(tr("Guidance followed"), ScriptSession::describe(c.scriptPath));
    html += row(tr("Risk prompts"), RiskDetector::describePrompts(c.riskPrompts));
    html += QStringLiteral("</table>");
    return html;
}

ContactViewDialog::ContactViewDialog(const Contact &contact, const Taxonomy &taxonomy,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(
        tr("Contact at %1")
            .arg(contact.startedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    auto *layout = new QVBoxLayout(this);
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("contactDetails"));
    browser->setHtml(describe(contact, taxonomy));
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(560, 520));
}

} // namespace cd
