#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// When each piece of shipped guidance was last checked against its sources. Every script,
// form, charge table, calendar, taxonomy and release-guidance file carries a top-level
// "reviewed_on" date (ISO) and a source list; a file without the date has never been reviewed.
struct ContentReviewItem
{
    QString file;     // the resource path (":/contactdesk/scripts/complaint.json")
    QString title;    // the file's "title" or "name", else its file name
    QDate reviewedOn; // null when the file has no valid "reviewed_on"
};

// The resource folders of the shipped content (scripts, forms, charges, calendar, taxonomy,
// vehicles, risk).
QStringList shippedContentFolders();

// Every *.json in the folders, in folder then file-name order. A file that cannot be read or
// parsed is listed without a date.
QList<ContentReviewItem> readContentReview(const QStringList &folders);

// The items not reviewed within `months` before `today` (or never), oldest first.
QList<ContentReviewItem> pastReview(const QList<ContentReviewItem> &items, const QDate &today,
                                    int months);

} // namespace cd
