#pragma once

#include "core/contact.h"
#include "core/csv.h"
#include "core/result.h"

#include <QHash>
#include <QStringList>

namespace cd::contactcsv {

// The file layout shared by `contacts import` and `contacts export`.
const QStringList &columns();

// Maps a header record to column positions. Fails when a required column is missing or a
// column is named twice; unknown columns are ignored.
struct Header
{
    QHash<QString, int> index;
    QStringList names; // the header's column names by position, for messages
    static Result<Header> fromRecord(const csv::Record &record);
};

// Defaults for fields a historical file may leave empty.
struct ImportDefaults
{
    QString handler;
    QString team;
};

// Turns one record into a validated contact. An empty id becomes a UUID derived from the
// row's content, so importing the same file twice adds nothing. A row is refused, naming its
// line and column, when a field is not valid UTF-8 or holds a NUL byte, is longer than its
// limit (validation::limits), or has a time before 2000 or more than a day after `now` (the
// Clock's time when not given). A cell the export neutralised ('=...) is read back as it was.
Result<Contact> fromRecord(const Header &header, const csv::Record &record,
                           const Taxonomy &taxonomy, const ImportDefaults &defaults,
                           const QDateTime &now = {});

QStringList toRecord(const Contact &contact);

// ISO-8601 parsing shared by importers: with an offset or Z, or London time (Europe/London,
// whatever the machine's time zone) when none.
QDateTime parseIsoTime(const QString &text);
bool parseBool(const QString &text, bool *out);

} // namespace cd::contactcsv
