#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace cd {

namespace {

constexpr auto kFolder = ":/contactdesk/migrations";

Migration readMigration(const QString &fileName)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    const QRegularExpressionMatch m = number.match(fileName);
    if (!m.hasMatch())
        return {0, {}, {}};
    Migration migration{m.captured(1).toInt(), m.captured(2).replace(QLatin1Char('_'), u' '),
                        QLatin1String(kFolder) + QLatin1Char('/') + fileName};
    QFile file(migration.resource);
    if (file.open(QIODevice::ReadOnly)) {
        static const QRegularExpression header(QStringLiteral("^-- Migration (\\d+): (.+)$"));
        const QRegularExpressionMatch h =
            header.match(QString::fromUtf8(file.readLine()).trimmed());
        if (h.hasMatch() && h.captured(1).toInt() == migration.version)
            migration.name = h.captured(2);
    }
    return migration;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> out;
        const QStringList files =
            QDir(QLatin1String(kFolder)).entryList({QStringLiteral("*.sql")}, QDir::Files);
        for (const QString &file : files)
            if (Migration m = readMigration(file); m.version > 0)
                out << m;
        std::sort(out.begin(), out.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return out;
    }();
    return list;
}

} // namespace cd
