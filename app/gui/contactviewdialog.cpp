#include "gui/contactviewdialog.h"

#include "core/escalationform.h"
#include "core/riskdetector.h"
#include "core/script.h"
#include "core/scriptlibrary.h"
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

namespace {

// The shipped names for what a risk prompt records: each kind of risk's label, and the title
// of each script and escalation form that can be offered. Read once.
struct RiskPromptNames
{
    QHash<QString, QString> kinds;
    QHash<QString, QString> offers;
};

const RiskPromptNames &riskPromptNames()
{
    static const RiskPromptNames names = [] {
        RiskPromptNames n;
        if (Result<RiskDetector> detector = RiskDetector::loadShipped(); detector.ok())
            for (const QString &kind : detector->kinds())
                if (const QString label = detector->offer(kind).label; !label.isEmpty())
                    n.kinds.insert(kind, label);
        ScriptLibrary scripts;
        scripts.addDirectory(ScriptLibrary::shippedDirectory());
        for (const Script *script : scripts.scripts())
            n.offers.insert(script->id, script->title);
        if (Result<FormRegistry> forms = FormRegistry::load(FormRegistry::shippedDir()); forms.ok())
            for (const FormDefinition &f : forms->forms())
                n.offers.insert(f.type, f.title);
        return n;
    }();
    return names;
}

} // namespace

QString ContactViewDialog::riskKindLabel(const QString &kind)
{
    return riskPromptNames().kinds.value(kind, kind);
}

QString ContactViewDialog::describeVictimCheck(const Contact &c)
{
    if (!c.victimCheckedAt.isValid() || c.victimCheckMatches < 0)
        return tr("Not made");
    const QString at = c.victimCheckedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
    return c.victimCheckMatches == 0
               ? tr("Made at %1: no earlier contacts of the caller found").arg(at)
               : tr("Made at %1: %n earlier contact(s) of the caller found", nullptr,
                    c.victimCheckMatches)
                     .arg(at);
}

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
    // Caller matching (issue 22).
    html += row(tr("Address"), c.address);
    html += row(tr("Repeat-victim check"), describeVictimCheck(c));
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
    // Scripts by their titles: the ones walked in this contact (an imported script too), then
    // the shipped ones.
    const RiskPromptNames &names = riskPromptNames();
    QHash<QString, QString> offers = names.offers;
    for (const QJsonValue &walk : ScriptSession::walks(c.scriptPath)) {
        const QJsonObject w = walk.toObject();
        const QString title = w.value(QLatin1String("title")).toString();
        if (!title.isEmpty())
            offers.insert(w.value(QLatin1String("script")).toString(), title);
    }
    html +=
        row(tr("Risk prompts"), RiskDetector::describePrompts(c.riskPrompts, names.kinds, offers));
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
