#include "gui/scriptoutlinedialog.h"

#include "gui/combotypeahead.h"
#include "gui/messagebox.h"
#include "gui/savefile.h"
#include "gui/screenfit.h"
#include "gui/trainingmode.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
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

// Rows as tall as their text wrapped at the tree's width: a tree lays its rows out one line
// high otherwise, and a long step was cut to its first line.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        int depth = m_tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int width =
            std::max(80, m_tree->header()->sectionSize(0) - m_tree->indentation() * depth - 8);
        const QRect text =
            opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return QSize(width, std::max(text.height() + 4,
                                     QStyledItemDelegate::sizeHint(option, index).height()));
    }

private:
    QTreeView *m_tree;
};

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
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    // Lines wrap at the tree's width (no sideways scrolling), and wrap again when it changes.
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->viewport()->installEventFilter(this);
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

bool ScriptOutlineDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_tree && watched == m_tree->viewport())
        m_tree->doItemsLayout(); // the rows' heights follow the new width
    return QDialog::eventFilter(watched, event);
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
        ref->setToolTip(0, ref->text(0));
        return;
    }
    shown.insert(stepId);
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, stepLabel(*step));
    item->setToolTip(0, QStringLiteral("%1: %2").arg(step->id, stepLabel(*step)));
    item->setData(0, Qt::UserRole, step->id);
    // Each line wraps to the width of the tree; the tooltip has it whole as well.
    auto line = [](QTreeWidgetItem *under, const QString &text) {
        auto *child = new QTreeWidgetItem(under);
        child->setText(0, text);
        child->setToolTip(0, text);
        return child;
    };
    if (!step->advice.isEmpty())
        line(item, tr("Advice: %1").arg(step->advice));
    for (const ScriptAction &a : step->actions)
        line(item, actionLabel(a));
    if (step->kind == ScriptStep::Kind::Question) {
        for (int i = 0; i < step->answers.size(); ++i) {
            QTreeWidgetItem *answer =
                line(item, QStringLiteral("%1. %2").arg(i + 1).arg(step->answers.at(i).text));
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
