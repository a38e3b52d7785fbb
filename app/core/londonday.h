#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace cd {

// The team's local day, the one definition every daily count, dashboard period and "today" uses.
//
// The zone is Europe/London as the system's time-zone database records it: GMT, and BST (UTC+1)
// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. For past
// years it follows the database's history (before 1996 summer time ended earlier in October in
// some years, and before 1847 London kept local mean time).

const QTimeZone &londonZone();

// An instant as a London date and time, and its London date.
QDateTime inLondon(const QDateTime &instant);
QDate londonDay(const QDateTime &instant);

// The UTC instants at which a London day starts and at which it ends (the next day's start).
QDateTime londonDayStartUtc(const QDate &day);
QDateTime londonDayEndUtc(const QDate &day);

// Stored times. Contacts and escalation events keep their times as UTC text
// 'YYYY-MM-DDTHH:MM:SS.sssZ'. These read every form SQLite's date functions read as a date or
// a date and time, with SQLite's own arithmetic: YYYY-MM-DD (a leading '-' for years before
// year 0), then optionally spaces or 'T' and HH:MM, HH:MM:SS or HH:MM:SS.f... (hour up to 24,
// fractions rounded to the millisecond), then optionally 'Z' or a +HH:MM/-HH:MM offset; without
// an offset the time is UTC. A time without a date (HH:MM...) is on 2000-01-01, as in SQLite.
// Julian day numbers and 'now' are not stored times: nullopt, as for any other text.

// Milliseconds since 1970-01-01T00:00Z, or nullopt.
std::optional<qint64> parseStoredTime(QByteArrayView text);

// The London day of a stored time as SQLite's date() writes a date ('YYYY-MM-DD', printf's
// %04d-%02d-%02d), into `out`; returns the length, or 0 when the text is not a stored time or
// the day is outside SQLite's years (-4713 to 9999). A canonical UTC time before 23:00
// from 1948 on is on its own date in London (the offset has been 0 or +1 hour since then): that
// date is read without any arithmetic. This is the SQL function london_day().
int londonDayOfStoredTime(QByteArrayView text, char (&out)[16]);

} // namespace cd
