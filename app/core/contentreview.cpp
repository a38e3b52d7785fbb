#include "core/contentreview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cd {

QStringList shippedContentFolders()
{
    QStringList folders;
    for (const char *name :
         {"scripts", "forms", "charges", "calendar", "taxonomy", "vehicles", "risk"})
        folders.append(QStringLiteral(":/contactdesk/") + QLatin1String(name));
    return folders;
}

QList<ContentReviewItem> readContentReview(const QStringList &folders)
{
    QList<ContentReviewItem> items;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            ContentReviewItem item;
            item.file = dir.filePath(name);
            item.title = QFileInfo(name).completeBaseName();
            QFile f(item.file);
            if (f.open(QIODevice::ReadOnly)) {
                const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
                for (const char *key : {"title", "name"}) {
                    const QString t = o.value(QLatin1String(key)).toString();
                    if (!t.isEmpty()) {
                        item.title = t;
                        break;
                    }
                }
                item.reviewedOn = QDate::fromString(
                    o.value(QLatin1String("reviewed_on")).toString(), Qt::ISODate);
            }
            items.append(item);
        }
    }
    return items;
}

QList<ContentReviewItem> pastReview(const QList<ContentReviewItem> &items, const QDate &today,
                                    int months)
{
    const QDate due = today.addMonths(-months);
    QList<ContentReviewItem> past;
    for (const ContentReviewItem &item : items)
        if (!item.reviewedOn.isValid() || item.reviewedOn < due)
            past.append(item);
    std::stable_sort(past.begin(), past.end(),
                     [](const ContentReviewItem &a, const ContentReviewItem &b) {
                         // never reviewed first, then the oldest review
                         if (a.reviewedOn.isValid() != b.reviewedOn.isValid())
                             return !a.reviewedOn.isValid();
                         return a.reviewedOn < b.reviewedOn;
                     });
    return past;
}

} // namespace cd
