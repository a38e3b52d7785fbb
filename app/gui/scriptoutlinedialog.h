#pragma once

#include "core/result.h"
#include "core/scriptlibrary.h"

#include <QDialog>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {

// For trainers: any script as an outline (a tree from the first step, each answer leading to
// the step it opens), exportable as a PDF handout.
class ScriptOutlineDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScriptOutlineDialog(const ScriptLibrary &library, QWidget *parent = nullptr);

    void showScript(const QString &scriptId);
    QString currentScriptId() const;
    QTreeWidget *tree() const { return m_tree; }

    // The outline as HTML (for the PDF and for printing).
    static QString outlineHtml(const Script &script);
    // Writes the current script's outline as an A4 PDF.
    Status exportPdf(const QString &path) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void addStep(QTreeWidgetItem *parent, const Script &script, const QString &stepId,
                 QSet<QString> &shown);
    void chooseFileAndExport();

    ScriptLibrary m_library;
    QComboBox *m_scripts = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace cd
