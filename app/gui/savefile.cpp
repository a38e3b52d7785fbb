#include "gui/savefile.h"

#include "core/ownerfile.h"
#include "gui/trainingmode.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace cd {

QString suggestedSavePath(const QString &nameOrPath)
{
    QFileInfo info(nameOrPath);
    const QString folder = info.isRelative() ? exportFolder() : info.path();
    QString name = info.fileName();
    if (training::active() && !name.startsWith(QLatin1String("TRAINING-")))
        name.prepend(QLatin1String("TRAINING-"));
    return QDir(folder).filePath(name);
}

QString chooseSaveFile(QWidget *parent, const QString &caption, const QString &nameOrPath,
                       const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedSavePath(nameOrPath), filter);
}

} // namespace cd
