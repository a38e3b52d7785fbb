#include "core/scriptlibrary.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace cd {

QString ScriptLibrary::shippedDirectory()
{
    return QStringLiteral(":/contactdesk/scripts");
}

bool ScriptLibrary::add(const QByteArray &json, const QString &origin, const Taxonomy *taxonomy)
{
    QList<ScriptProblem> problems;
    std::optional<Script> script = Script::parse(json, origin, &problems, taxonomy);
    if (!script) {
        // File names and step ids only: scripts hold no personal data.
        qCWarning(lcCore).noquote()
            << "skipped the script" << origin << "with" << problems.size() << "problem(s); first:"
            << (problems.isEmpty() ? QString() : problems.first().toString());
        m_problems.append(problems);
        return false;
    }
    return add(*script);
}

bool ScriptLibrary::add(const Script &script)
{
    auto it = m_scripts.find(script.id);
    if (it == m_scripts.end() || it->version < script.version)
        m_scripts.insert(script.id, script);
    return true;
}

int ScriptLibrary::addDirectory(const QString &path, const Taxonomy *taxonomy)
{
    const QDir dir(path);
    int loaded = 0;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString filePath = dir.filePath(name);
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append({filePath,
                               {},
                               QCoreApplication::translate("cd::Script", "cannot be read: %1")
                                   .arg(file.errorString())});
            continue;
        }
        if (const QString tooBig = Script::checkFileSize(file.size()); !tooBig.isEmpty()) {
            m_problems.append({filePath, {}, tooBig});
            continue;
        }
        if (add(file.readAll(), filePath, taxonomy))
            ++loaded;
    }
    return loaded;
}

const Script *ScriptLibrary::byId(const QString &id) const
{
    auto it = m_scripts.constFind(id);
    return it == m_scripts.cend() ? nullptr : &*it;
}

const Script *ScriptLibrary::forCategory(const QString &category) const
{
    for (const Script &s : m_scripts)
        if (s.category == category)
            return &s;
    return nullptr;
}

QList<const Script *> ScriptLibrary::scripts() const
{
    QList<const Script *> list;
    for (const Script &s : m_scripts)
        list.append(&s);
    std::sort(list.begin(), list.end(), [](const Script *a, const Script *b) {
        return a->title.localeAwareCompare(b->title) < 0;
    });
    return list;
}

} // namespace cd
