#include "core/ownerfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::OwnerFile)
};
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

Status prepareOwnerOnlyFile(const QString &path)
{
    QFile file(path);
    // Narrow an existing file before it is opened for writing: its old content is replaced, and
    // the new content must never sit in a file others can read.
    if (file.exists() && !file.setPermissions(kOwnerOnly))
        return Status::failure(
            Tr::tr("Cannot make %1 readable by its owner only: %2").arg(path, file.errorString()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly))
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.close();
    return success();
}

QString exportFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace cd
