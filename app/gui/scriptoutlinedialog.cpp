#include "gui/scriptoutlinedialog.h"

#include "gui/combotypeahead.h"
#include "gui/messagebox.h"
#include "gui/savefile.h"
#include "gui/screenfit.h"
#include "gui/trainingmode.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSet>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

QString stepLabel(const ScriptStep &step)
{
    if (step.kind == ScriptStep::Kind::Question)
        return QCoreApplication::translate("cd::ScriptOutlineDialog", "Ask: %1").arg(step.text);
    if (step.isEnd())
        return QCoreApplication::translate("cd::ScriptOutlineDialog", "End: %1").arg(step.text);
    return QCoreApplication::translate("cd::ScriptOutlineDialog", "Say: %1").arg(step.text);
}

QString actionLabel(const ScriptAction &a)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cd::ScriptOutlineDialog", text);
    };
    switch (a.type) {
    case ScriptAction::Type::SetOutcome:
        return tr("Outcome: %1").arg(a.value);
    case ScriptAction::Type::OpenEscalation:
        return tr("Open escalation form: %1").arg(a.value);
    case ScriptAction::Type::ShowContacts: {
        QStringList list;
        for (const ScriptContactPoint &c : a.contacts)
            list.append(QStringLiteral("%1 %2").arg(c.name, c.detail));
        return tr("Show numbers: %1").arg(list.join(QStringLiteral("; ")));
    }
    case ScriptAction::Type::RecordAttendanceTold:
        return a.value == QLatin1String("will_attend")
                   ? tr("Record: caller told police WILL attend")
                   : tr("Record: caller told police will NOT attend");
    case ScriptAction::Type::OpenVehicleLookup:
        return tr("Open the vehicle lookup");
    }
    return {};
}

} // namespace

ScriptOutlineDialog::ScriptOutlineDialog(const ScriptLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("scriptOutlineDialog"));
    setWindowTitle(tr("Script outline"));
    resizeToFitScreen(this, QSize(760, 640));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Script:"), this);
    m_scripts = new QComboBox(this);
    m_scripts->setObjectName(QStringLiteral("outlineScript"));
    label->setBuddy(m_scripts);
    for (const Script *s : m_library.scripts())
        m_scripts->addItem(tr("%1 (version %2)").arg(s->title).arg(s->version), s->id);
    layout->addWidget(label);
    layout->addWidget(m_scripts);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    connect(pdf, &QPushButton::clicked, this, &ScriptOutlineDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    ComboTypeAhead::installAll(this);
    connect(m_scripts, &QComboBox::currentIndexChanged, this, &ScriptOutlineDialog::rebuild);
    rebuild();
}

void ScriptOutlineDialog::showScript(const QString &scriptId)
{
    const int i = m_scripts->findData(scriptId);
    if (i >= 0)
        m_scripts->setCurrentIndex(i);
}

QString ScriptOutlineDialog::currentScriptId() const
{
    return m_scripts->currentData().toString();
}

void ScriptOutlineDialog::addStep(QTreeWidgetItem *parent, const Script &script,
                                  const QString &stepId, QSet<QString> &shown)
{
    const ScriptStep *step = script.step(stepId);
    if (!step)
        return;
    if (shown.contains(stepId)) {
        auto *ref = new QTreeWidgetItem(parent);
        ref->setText(0, tr("→ continues at step \"%1\" (shown above)").arg(stepId));
        return;
    }
    shown.insert(stepId);
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, stepLabel(*step));
    item->setToolTip(0, QStringLiteral("%1: %2").arg(step->id, step->text));
    item->setData(0, Qt::UserRole, step->id);
    if (!step->advice.isEmpty())
        (new QTreeWidgetItem(item))->setText(0, tr("Advice: %1").arg(step->advice));
    for (const ScriptAction &a : step->actions)
        (new QTreeWidgetItem(item))->setText(0, actionLabel(a));
    if (step->kind == ScriptStep::Kind::Question) {
        for (int i = 0; i < step->answers.size(); ++i) {
            auto *answer = new QTreeWidgetItem(item);
            answer->setText(0, QStringLiteral("%1. %2").arg(i + 1).arg(step->answers.at(i).text));
            addStep(answer, script, step->answers.at(i).next, shown);
        }
    } else if (!step->next.isEmpty()) {
        addStep(parent, script, step->next, shown);
    }
}

void ScriptOutlineDialog::rebuild()
{
    m_tree->clear();
    const Script *script = m_library.byId(currentScriptId());
    if (!script)
        return;
    QSet<QString> shown;
    addStep(nullptr, *script, script->start, shown);
    m_tree->expandAll();
}

QString ScriptOutlineDialog::outlineHtml(const Script &script)
{
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(script.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Script \"%1\", version %2, for the category %3.")
                         .arg(script.id)
                         .arg(script.version)
                         .arg(script.category)
                         .toHtmlEscaped());
    if (!script.summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(script.summary.toHtmlEscaped());
    html += QStringLiteral("<ol>");
    // Steps in file order, each with where its answers lead.
    for (const ScriptStep &s : script.steps) {
        html += QStringLiteral("<li><b>[%1]</b> %2")
                    .arg(s.id.toHtmlEscaped(), stepLabel(s).toHtmlEscaped());
        QStringList details;
        if (!s.advice.isEmpty())
            details.append(tr("Advice: %1").arg(s.advice).toHtmlEscaped());
        for (const ScriptAction &a : s.actions)
            details.append(actionLabel(a).toHtmlEscaped());
        for (int i = 0; i < s.answers.size(); ++i)
            details.append(tr("%1. %2 → %3")
                               .arg(i + 1)
                               .arg(s.answers.at(i).text, s.answers.at(i).next)
                               .toHtmlEscaped());
        if (s.kind == ScriptStep::Kind::Prompt && !s.next.isEmpty())
            details.append(tr("then → %1").arg(s.next).toHtmlEscaped());
        if (!details.isEmpty())
            html += QStringLiteral("<ul><li>%1</li></ul>")
                        .arg(details.join(QStringLiteral("</li><li>")));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol><h2>%1</h2><ul>").arg(tr("Sources").toHtmlEscaped());
    for (const ScriptSource &src : script.sources)
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(src.title.toHtmlEscaped(), src.url.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

Status ScriptOutlineDialog::exportPdf(const QString &path) const
{
    const Script *script = m_library.byId(currentScriptId());
    if (!script)
        return Status::failure(tr("there is no script to export"));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(script->title);
    writer.setCreator(QStringLiteral("Contact Desk"));
    QTextDocument doc;
    QString html = outlineHtml(*script);
    if (training::active()) // a printout from a training Desk says so, like every window
        html.prepend(QStringLiteral("<p><b>%1</b></p>").arg(training::marking().toHtmlEscaped()));
    doc.setHtml(html);
    doc.print(&writer);
    if (QFileInfo(path).size() <= 0)
        return Status::failure(tr("cannot write %1").arg(path));
    return success();
}

void ScriptOutlineDialog::chooseFileAndExport()
{
    const QString path =
        chooseSaveFile(this, tr("Export outline as PDF"),
                       currentScriptId() + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPdf(path); !s)
        MessageBox::warning(this, tr("Outline not exported"), s.errorMessage());
}

} // namespace cd
