// The Europe/London day: core/londonday's definition, the SQL function london_day() that every
// connection has, and migration 15, which put the function in place of the date() CASE
// expressions of schemas 7 to 14.

#include "testsupport.h"

#include "core/londonday.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QFile>
#include <QMap>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sqlite3.h>

using namespace cd;
using namespace cd::test;

namespace {

// The London day as the triggers and views of schemas 7 to 14 wrote it out, kept here only to
// compare london_day() with. %1 is the time.
QString oldDay(const QString &time)
{
    return QStringLiteral(
               "date(%1, CASE WHEN %1 >= date(substr(%1, 1, 4) || '-03-31', '-6 days', 'weekday "
               "0') || 'T01:00:00' AND %1 < date(substr(%1, 1, 4) || '-10-31', '-6 days', "
               "'weekday 0') || 'T01:00:00' THEN '+1 hour' ELSE '+0 hours' END)")
        .arg(time);
}

// The last Sunday of March or October: where the old expression put the clock changes.
QDate lastSunday(int year, int month)
{
    const QDate last(year, month, 31);
    return last.addDays(-(last.dayOfWeek() % 7));
}

// Today's rule (since 1996): BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
// last Sunday of October.
bool summerTimeByTodaysRule(const QDateTime &utc)
{
    const int y = utc.date().year();
    return utc >= QDateTime(lastSunday(y, 3), QTime(1, 0), Qt::UTC) &&
           utc < QDateTime(lastSunday(y, 10), QTime(1, 0), Qt::UTC);
}

struct Mismatch
{
    QString time, day, old;
};

// The times of `sql` (one column, v) for which london_day() and the old expression differ.
QList<Mismatch> mismatches(Database &db, const QString &sql, int *rows)
{
    QList<Mismatch> out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("WITH t(v) AS (%1) SELECT count(*) FROM t").arg(sql)) || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    *rows = q.value(0).toInt();
    if (!q.exec(QStringLiteral("WITH t(v) AS (%1) SELECT v, london_day(v), %2 FROM t "
                               "WHERE london_day(v) IS NOT %2")
                    .arg(sql, oldDay(QStringLiteral("v")))))
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next())
        out << Mismatch{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

QDateTime utcOf(const QString &stored)
{
    QDateTime t = QDateTime::fromString(stored.left(16).replace(u' ', u'T'),
                                        QStringLiteral("yyyy-MM-ddTHH:mm"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString dump(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    QStringList rows;
    if (!q.exec(sql))
        return QStringLiteral("error: ") + q.lastError().text();
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << q.value(i).toString();
        rows << cols.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

const QString kDaily = QStringLiteral(
    "SELECT scope, dim, day, key, contacts, resolved, dissatisfied, handled_seconds, "
    "handled_count FROM contact_daily WHERE contacts <> 0 OR handled_count <> 0 OR resolved <> 0 "
    "OR dissatisfied <> 0 OR handled_seconds <> 0 ORDER BY scope, dim, day, key");
const QString kRepeats = QStringLiteral("SELECT * FROM contact_repeats ORDER BY contact_rowid");
const QString kEscalations =
    QStringLiteral("SELECT * FROM escalation_daily WHERE escalations <> 0 OR on_time <> 0 OR "
                   "days <> 0 ORDER BY scope, dim, day, key");
const QString kObjects = QStringLiteral(
    "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name");

} // namespace

class TestLondonDay : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempProfile> m_profile;

    Database &db() { return *m_profile->db; }

private slots:
    void initTestCase() { m_profile = std::make_unique<TempProfile>(); }

    void cppDefinition()
    {
        QVERIFY(londonZone().isValid());
        // Summer time starts at 01:00 UTC on 29 March 2026 and ends at 01:00 UTC on 25 October.
        QCOMPARE(londonDay(QDateTime(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC)),
                 QDate(2026, 3, 28));
        QCOMPARE(londonDay(QDateTime(QDate(2026, 3, 29), QTime(23, 30), Qt::UTC)),
                 QDate(2026, 3, 30));
        QCOMPARE(londonDay(QDateTime(QDate(2026, 10, 24), QTime(23, 30), Qt::UTC)),
                 QDate(2026, 10, 25));
        QCOMPARE(londonDay(QDateTime(QDate(2026, 10, 25), QTime(23, 30), Qt::UTC)),
                 QDate(2026, 10, 25));
        QCOMPARE(inLondon(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC)).time(),
                 QTime(13, 0));
        // The days of the changes last 23 and 25 hours.
        QCOMPARE(londonDayStartUtc(QDate(2026, 3, 29)),
                 QDateTime(QDate(2026, 3, 29), QTime(0, 0), Qt::UTC));
        QCOMPARE(londonDayEndUtc(QDate(2026, 3, 29)),
                 QDateTime(QDate(2026, 3, 29), QTime(23, 0), Qt::UTC));
        QCOMPARE(londonDayStartUtc(QDate(2026, 10, 25)),
                 QDateTime(QDate(2026, 10, 24), QTime(23, 0), Qt::UTC));
        QCOMPARE(londonDayEndUtc(QDate(2026, 10, 25)),
                 QDateTime(QDate(2026, 10, 26), QTime(0, 0), Qt::UTC));

        // Stored text: milliseconds since 1970 as SQLite's date functions read it.
        QCOMPARE(parseStoredTime("2026-10-25T00:59:59.999Z"), std::optional<qint64>(1792889999999));
        QCOMPARE(parseStoredTime("2026-10-25 01:59:59.999+01:00"),
                 std::optional<qint64>(1792889999999));
        QCOMPARE(parseStoredTime("1970-01-01"), std::optional<qint64>(0));
        QCOMPARE(parseStoredTime("00:00:01"), std::optional<qint64>(946684801000)); // 2000-01-01
        QCOMPARE(parseStoredTime("2026-10-25T00:59:59.9996Z"),
                 std::optional<qint64>(1792890000000)); // rounded to the millisecond
        QVERIFY(!parseStoredTime("2026-10-25T00:59:59.999+0100"));
        QVERIFY(!parseStoredTime("2026-13-01"));
        QVERIFY(!parseStoredTime(" 2026-10-25"));
        QVERIFY(!parseStoredTime("now"));
        QVERIFY(!parseStoredTime("2461000.5"));
        QVERIFY(!parseStoredTime(""));

        char day[16];
        QCOMPARE(londonDayOfStoredTime("2026-10-24T23:30:00.000Z", day), 10);
        QCOMPARE(QByteArray(day), QByteArray("2026-10-25"));
        QCOMPARE(londonDayOfStoredTime("2026-10-24T12:00:00.000Z", day), 10);
        QCOMPARE(QByteArray(day), QByteArray("2026-10-24"));
        QCOMPARE(londonDayOfStoredTime("2026-02-30T12:00:00.000Z", day), 10);
        QCOMPARE(QByteArray(day), QByteArray("2026-03-02")); // as SQLite's date() counts on
        QCOMPARE(londonDayOfStoredTime("garbage", day), 0);
    }

    // Every hour of 1990 to 2040, in the canonical form and in other forms with 'T': the same day
    // as the old expression, except in the weeks of October 1993 to 1995 when the UK's summer
    // time had already ended (the day after the fourth Saturday) and the old expression still
    // applied today's rule (the last Sunday).
    void everyHourAsTheOldExpression_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("canonical") << QStringLiteral("%Y-%m-%dT%H:%M:%fZ");
        QTest::newRow("seconds") << QStringLiteral("%Y-%m-%dT%H:%M:%SZ");
        QTest::newRow("minutes") << QStringLiteral("%Y-%m-%dT%H:%M");
        QTest::newRow("no Z") << QStringLiteral("%Y-%m-%dT%H:%M:%f");
        QTest::newRow("+00:00") << QStringLiteral("%Y-%m-%dT%H:%M:%f+00:00");
    }

    void everyHourAsTheOldExpression()
    {
        QFETCH(QString, format);
        int rows = 0;
        const QList<Mismatch> found = mismatches(
            db(),
            QStringLiteral("WITH RECURSIVE h(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM h WHERE "
                           "n < 447071) SELECT strftime('%1', '1990-01-01', '+' || n || ' hours') "
                           "FROM h")
                .arg(format),
            &rows);
        QCOMPARE(rows, 447072); // 1990-01-01T00:00 to 2040-12-31T23:00
        QStringList hours;
        for (const Mismatch &m : found) {
            const QDateTime utc = utcOf(m.time);
            QVERIFY2(summerTimeByTodaysRule(utc), qPrintable(m.time));
            QCOMPARE(londonZone().offsetFromUtc(utc), 0);
            QCOMPARE(m.day, utc.date().toString(Qt::ISODate));
            QCOMPARE(m.old, utc.date().addDays(1).toString(Qt::ISODate));
            hours << m.time.left(13);
        }
        QStringList expected;
        for (const QDate &first : {QDate(1993, 10, 24), QDate(1994, 10, 23), QDate(1995, 10, 22)})
            for (int d = 0; d < 7; ++d)
                expected << first.addDays(d).toString(Qt::ISODate) + QStringLiteral("T23");
        QCOMPARE(hours, expected);
    }

    // With a space for 'T' the old expression also missed the change itself on its Sunday (the
    // text ' 23:..' sorts before 'T01:00:00'): the last hour of each such Sunday, UTC.
    void everyHourWithASpace()
    {
        int rows = 0;
        const QList<Mismatch> found = mismatches(
            db(),
            QStringLiteral("WITH RECURSIVE h(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM h WHERE "
                           "n < 447071) SELECT strftime('%Y-%m-%d %H:%M:%S', '1990-01-01', '+' "
                           "|| n || ' hours') FROM h"),
            &rows);
        QCOMPARE(rows, 447072);
        int sundays = 0, october1990s = 0;
        for (const Mismatch &m : found) {
            const QDateTime utc = utcOf(m.time);
            QCOMPARE(utc.time(), QTime(23, 0));
            QCOMPARE(m.day, londonDay(utc).toString(Qt::ISODate));
            const QDate d = utc.date();
            if (d == lastSunday(d.year(), 3) || d == lastSunday(d.year(), 10))
                ++sundays;
            else if (d.year() >= 1993 && d.year() <= 1995 && d.month() == 10)
                ++october1990s;
            else
                QFAIL(qPrintable(m.time));
        }
        QCOMPARE(sundays, 51 * 2);
        QCOMPARE(october1990s, 21);
    }

    // Every minute of the 26 hours from 22:00 UTC before each change day, on the days of
    // today's rule and the days the time-zone database has for 1990 to 2040.
    void everyMinuteAroundTheChanges()
    {
        QSet<QDate> days;
        for (int y = 1990; y <= 2040; ++y)
            days << lastSunday(y, 3) << lastSunday(y, 10);
        for (const QTimeZone::OffsetData &t :
             londonZone().transitions(QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC),
                                      QDateTime(QDate(2041, 1, 1), QTime(0, 0), Qt::UTC)))
            days << t.atUtc.date();
        QCOMPARE(days.size(), 51 * 2 + 3); // 1993 to 1995 ended summer time a week earlier
        QStringList values;
        for (const QDate &d : std::as_const(days))
            values << QStringLiteral("('%1')").arg(d.toString(Qt::ISODate));
        int rows = 0;
        const QList<Mismatch> found = mismatches(
            db(),
            QStringLiteral("WITH RECURSIVE m(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM m WHERE "
                           "k < 1559), d(day) AS (VALUES %1) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', "
                           "day, '-2 hours', '+' || k || ' minutes') FROM d, m")
                .arg(values.join(QLatin1Char(','))),
            &rows);
        QCOMPARE(rows, days.size() * 1560);
        for (const Mismatch &m : found) {
            const QDateTime utc = utcOf(m.time);
            QCOMPARE(utc.time().hour(), 23);
            QVERIFY2(summerTimeByTodaysRule(utc), qPrintable(m.time));
            QCOMPARE(londonZone().offsetFromUtc(utc), 0);
            QCOMPARE(m.day, utc.date().toString(Qt::ISODate));
            QCOMPARE(m.old, utc.date().addDays(1).toString(Qt::ISODate));
        }
        // 1993 to 1995: the last hour of the zone's change day and of the Saturday before
        // today's rule's one.
        QCOMPARE(found.size(), 3 * 2 * 60);
    }

    // Other text: what london_day() and the old expression give. Where they differ, the old
    // expression was wrong about the day (times with an offset or a space were compared with
    // the change as text) or read the text as no stored time is written (numbers, 'now').
    void otherText_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("day");
        QTest::addColumn<QVariant>("old");
        const QVariant null{QMetaType::fromType<QString>()};
        auto same = [](const char *name, const QVariant &v, const QVariant &day) {
            QTest::newRow(name) << v << day << day;
        };
        same("NULL", null, null);
        same("empty", QStringLiteral(""), null);
        same("garbage", QStringLiteral("garbage"), null);
        same("date only, March change", QStringLiteral("2026-03-29"), QStringLiteral("2026-03-29"));
        same("date only, October change", QStringLiteral("2026-10-25"),
             QStringLiteral("2026-10-25"));
        same("date and T only", QStringLiteral("2026-10-25T"), QStringLiteral("2026-10-25"));
        same("summer, last hour", QStringLiteral("2026-06-30T23:30:00Z"),
             QStringLiteral("2026-07-01"));
        same("long fraction", QStringLiteral("2026-06-30T23:30:00.123456Z"),
             QStringLiteral("2026-07-01"));
        same("fraction rounds up", QStringLiteral("2026-12-30T23:59:59.9996Z"),
             QStringLiteral("2026-12-31"));
        same("space, not a change day", QStringLiteral("2026-06-30 23:30:00"),
             QStringLiteral("2026-07-01"));
        same("two spaces", QStringLiteral("2026-06-30  23:30"), QStringLiteral("2026-07-01"));
        same("trailing spaces", QStringLiteral("2026-06-30T23:30:00Z  "),
             QStringLiteral("2026-07-01"));
        same("lower-case z", QStringLiteral("2026-06-30T23:30:00z"), QStringLiteral("2026-07-01"));
        same("offset, summer", QStringLiteral("2026-06-30T22:30:00-01:00"),
             QStringLiteral("2026-07-01"));
        same("offset, new year", QStringLiteral("2026-01-01T00:30:00+01:00"),
             QStringLiteral("2025-12-31"));
        same("hour 24", QStringLiteral("2026-06-15T24:00:00Z"), QStringLiteral("2026-06-16"));
        same("30 February", QStringLiteral("2026-02-30T12:00:00.000Z"),
             QStringLiteral("2026-03-02"));
        same("month 13", QStringLiteral("2026-13-01T12:00:00.000Z"), null);
        same("leading space", QStringLiteral(" 2026-06-15T12:00:00Z"), null);
        same("offset without colon", QStringLiteral("2026-06-15T12:00:00+0100"), null);
        same("lower-case t", QStringLiteral("2026-06-15t12:00:00Z"), null);
        same("time only", QStringLiteral("23:30"), QStringLiteral("2000-01-01"));
        same("year 9999", QStringLiteral("9999-12-31T23:30:00.000Z"), QStringLiteral("9999-12-31"));
        same("integer", 20261025, null);
        // Differences, each the London day against the old expression's.
        QTest::newRow("offset across the March change")
            << QVariant(QStringLiteral("2026-03-29T01:30:00+02:00")) // 28 March, 23:30 UTC
            << QVariant(QStringLiteral("2026-03-28")) << QVariant(QStringLiteral("2026-03-29"));
        QTest::newRow("offset across the October change")
            << QVariant(QStringLiteral("2026-10-25T01:30:00+02:00")) // 24 October, 23:30 UTC
            << QVariant(QStringLiteral("2026-10-25")) << QVariant(QStringLiteral("2026-10-24"));
        QTest::newRow("space, March Sunday")
            << QVariant(QStringLiteral("2026-03-29 23:30:00"))
            << QVariant(QStringLiteral("2026-03-30")) << QVariant(QStringLiteral("2026-03-29"));
        QTest::newRow("space, October Sunday")
            << QVariant(QStringLiteral("2026-10-25 23:30:00"))
            << QVariant(QStringLiteral("2026-10-25")) << QVariant(QStringLiteral("2026-10-26"));
        QTest::newRow("1995, summer time over")
            << QVariant(QStringLiteral("1995-10-25T23:30:00.000Z"))
            << QVariant(QStringLiteral("1995-10-25")) << QVariant(QStringLiteral("1995-10-26"));
        QTest::newRow("1800, local mean time")
            << QVariant(QStringLiteral("1800-06-01T00:00:30.000Z"))
            << QVariant(QStringLiteral("1800-05-31")) << QVariant(QStringLiteral("1800-06-01"));
        QTest::newRow("Julian day number")
            << QVariant(2461000.5) << null << QVariant(QStringLiteral("2025-11-21"));
        QTest::newRow("Julian day text") << QVariant(QStringLiteral("2461000.5")) << null
                                         << QVariant(QStringLiteral("2025-11-21"));
    }

    void otherText()
    {
        QFETCH(QVariant, value);
        QFETCH(QVariant, day);
        QFETCH(QVariant, old);
        QSqlQuery q(db().sql());
        QVERIFY(q.prepare(QStringLiteral("WITH p(v) AS (SELECT ?) SELECT london_day(v), %1 FROM p")
                              .arg(oldDay(QStringLiteral("v")))));
        q.addBindValue(value);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).isNull(), day.isNull());
        QCOMPARE(q.value(0).toString(), day.toString());
        QCOMPARE(q.value(1).isNull(), old.isNull());
        QCOMPARE(q.value(1).toString(), old.toString());
    }

    void nowIsNoStoredTime()
    {
        QCOMPARE(dump(db(), QStringLiteral("SELECT london_day('now') IS NULL, date('now') "
                                           "IS NOT NULL")),
                 QStringLiteral("1|1"));
    }

    // The function is deterministic and innocuous: an index and a generated column may use it.
    void usableInAnIndex()
    {
        CD_VERIFY_OK(db().exec(
            QStringLiteral("CREATE TEMP TABLE t (at TEXT, day TEXT AS (london_day(at))); "
                           "CREATE INDEX temp.t_day ON t (london_day(at)); "
                           "INSERT INTO t (at) VALUES ('2026-10-24T23:30:00.000Z'), (NULL)")));
        QCOMPARE(dump(db(), QStringLiteral("SELECT day FROM t WHERE london_day(at) = "
                                           "'2026-10-25'")),
                 QStringLiteral("2026-10-25"));
        CD_VERIFY_OK(db().exec(QStringLiteral("DROP TABLE t")));
    }

    // Migrations come from the resource folder, in number order, named by their first line.
    void migrationsListedOnce()
    {
        const QList<Migration> &list = migrations();
        QCOMPARE(list.size(), 27);
        for (int i = 0; i < list.size(); ++i) {
            // Each number once, in order. 25 was handed out with 26 to 28 to work built side by
            // side and not used, so it stays free: a database never holds a schema 25.
            QCOMPARE(list[i].version, i < 24 ? i + 1 : i + 2);
            QVERIFY2(QFile::exists(list[i].resource), qPrintable(list[i].resource));
        }
        QCOMPARE(list.constLast().version, Database::latestSchemaVersion());
        QCOMPARE(list[0].name, QStringLiteral("initial"));
        QCOMPARE(list[8].name, QStringLiteral("escalation daily summary"));
        QCOMPARE(list[13].name, QStringLiteral("daily counts' day"));
        QCOMPARE(list[14].name, QStringLiteral("London day function"));
        QCOMPARE(list[14].resource,
                 QStringLiteral(":/contactdesk/migrations/015_london_day_function.sql"));
        QCOMPARE(list[15].name, QStringLiteral("repeat caller rule"));
        QCOMPARE(list[16].name, QStringLiteral("pull set-aside"));
        QCOMPARE(list[17].name, QStringLiteral("talk time"));
        QCOMPARE(list[18].name, QStringLiteral("scripts stay local"));
        QCOMPARE(list[19].name, QStringLiteral("audit hash chain"));
        QCOMPARE(list[20].name, QStringLiteral("first contact"));
        QCOMPARE(list[21].name, QStringLiteral("caller matching"));
        QCOMPARE(list[22].name, QStringLiteral("outcome messages"));
        QCOMPARE(list[23].name, QStringLiteral("survey and improvements"));
        QCOMPARE(list[24].name, QStringLiteral("survey summary and sync"));
        QCOMPARE(list[25].name, QStringLiteral("qa reviews"));
        QCOMPARE(list[26].name, QStringLiteral("local accounts"));
        QCOMPARE(Database::latestSchemaVersion(), 28);
    }

    // A raw connection gets the function from addSchemaFunctions.
    void rawConnection()
    {
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &h), SQLITE_OK);
        auto close = qScopeGuard([h] { sqlite3_close(h); });
        QCOMPARE(sqlite3_exec(h, "SELECT london_day('2026-10-24T23:30:00.000Z')", nullptr, nullptr,
                              nullptr),
                 SQLITE_ERROR); // no such function
        QCOMPARE(addSchemaFunctions(h), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(h, "SELECT london_day('2026-10-24T23:30:00.000Z')", -1, &stmt,
                                    nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                 QByteArray("2026-10-25"));
        sqlite3_finalize(stmt);
    }

    // A cache the old program left at schema 14 (tests/data/make-schema-v14.py): contacts,
    // escalations and resolutions around the clock changes of 2025 to 2027. Migration 15 leaves
    // its daily counts as they are, which are what a recount with the function gives, and the
    // schema is then a new database's. Migration 16 counts the repeat callers again with the
    // Desk's rule (the third contact in 30 days, where the old triggers counted the fourth).
    void upgradesASchema14Cache()
    {
        QTemporaryDir dir;
        const QString file = Database::fileNameIn(dir.path());
        QVERIFY(QFile::copy(QStringLiteral(CONTACTDESK_TEST_DATA "/schema-v14.sqlite"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QString daily, repeats, escalations;
        {
            auto old = Database::openRaw(file, nullptr);
            QVERIFY(old);
            QCOMPARE(old->schemaVersion(), 14);
            QVERIFY(dump(*old, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                              "'contact_daily_ai'"))
                        .contains(QLatin1String("'-03-31'")));
            daily = dump(*old, kDaily);
            repeats = dump(*old, kRepeats);
            escalations = dump(*old, kEscalations);
        }
        QCOMPARE(daily.count(QLatin1Char('\n')) + 1, 358);
        QCOMPARE(repeats.count(QLatin1Char('\n')) + 1, 12);
        QCOMPARE(escalations.count(QLatin1Char('\n')) + 1, 126);

        Database::OpenError error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(dump(*db, kDaily), daily);
        // Every contact the old triggers counted is still a repeat, and more are now.
        const QString recounted = dump(*db, kRepeats);
        for (const QString &row : repeats.split(QLatin1Char('\n')))
            QVERIFY2(recounted.split(QLatin1Char('\n')).contains(row), qPrintable(row));
        QVERIFY(recounted.count(QLatin1Char('\n')) + 1 > 12);
        repeats = recounted;
        QCOMPARE(dump(*db, kEscalations), escalations);
        QCOMPARE(dump(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE sql LIKE "
                                          "'%-03-31%'")),
                 QStringLiteral("0"));
        QCOMPARE(dump(*db, kObjects), dump(this->db(), kObjects));

        // Per team and day, every live contact counted once, on its London day.
        QMap<QString, int> perDay;
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT team, started_at FROM contacts WHERE deleted = 0")));
        while (q.next())
            ++perDay[q.value(0).toString() + u'|' +
                     londonDay(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs))
                         .toString(Qt::ISODate)];
        QMap<QString, int> counted;
        QVERIFY(q.exec(QStringLiteral("SELECT substr(scope, 3), day, contacts FROM contact_daily "
                                      "WHERE scope LIKE 't:%' AND dim = 'all' AND contacts <> 0")));
        while (q.next())
            counted.insert(q.value(0).toString() + u'|' + q.value(1).toString(),
                           q.value(2).toInt());
        QCOMPARE(counted, perDay);
        QCOMPARE(counted.value(QStringLiteral("QoS North|2026-10-25")), 7);
        QCOMPARE(counted.value(QStringLiteral("QoS North|2026-03-29")), 3);

        // A recount from scratch with the function agrees.
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kDaily), daily);
        QCOMPARE(dump(*db, kRepeats), repeats);
        QCOMPARE(dump(*db, kEscalations), escalations);

        // New contacts in the last hour of UTC days around the changes, an edit across midnight
        // and a deletion: the triggers count as a recount does.
        ContactStore store(*db);
        QList<Contact> more;
        for (const QDateTime &at : {QDateTime(QDate(2026, 3, 28), QTime(23, 15), Qt::UTC),
                                    QDateTime(QDate(2026, 3, 29), QTime(23, 15), Qt::UTC),
                                    QDateTime(QDate(2026, 10, 24), QTime(23, 15), Qt::UTC),
                                    QDateTime(QDate(2026, 10, 25), QTime(23, 15), Qt::UTC)}) {
            Contact c = sampleContact(at);
            c.team = QStringLiteral("QoS North");
            CD_VERIFY_OK(store.save(c, QStringLiteral("admin")));
            more << c;
        }
        more[0].startedAt = more[0].startedAt.addSecs(3600); // 29 March 00:15 UTC: GMT still
        more[0].endedAt = more[0].startedAt.addSecs(60);
        CD_VERIFY_OK(store.save(more[0], QStringLiteral("admin")));
        CD_VERIFY_OK(db->exec(QStringLiteral("DELETE FROM contacts WHERE id = 'c-0013'")));
        const QString afterEdits = dump(*db, kDaily);
        const QString repeatsAfterEdits = dump(*db, kRepeats);
        QVERIFY(afterEdits != daily);
        QVERIFY(afterEdits.contains(QLatin1String("t:QoS North|all|2026-10-25||9|")));
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kDaily), afterEdits);
        QCOMPARE(dump(*db, kRepeats), repeatsAfterEdits);
    }

    // A cache at schema 15, written by that schema's triggers (migrations 1 to 15 from this
    // build: only 007's fill, which a new database runs on no contacts, calls the rule), where
    // a repeat needed three contacts before it. Migration 16 recounts it with the Desk's rule:
    // the third contact in 30 days, this one included.
    void upgradesASchema15CacheRecountingRepeats()
    {
        QTemporaryDir dir;
        const QString file = Database::fileNameIn(dir.path());
        QStringList ids;
        const QDateTime start(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
        {
            auto old = Database::openRaw(file, nullptr);
            QVERIFY(old);
            for (const Migration &m : migrations()) {
                if (m.version > 15)
                    break;
                QFile script(m.resource);
                QVERIFY(script.open(QIODevice::ReadOnly));
                CD_VERIFY_OK(old->exec(QString::fromUtf8(script.readAll())));
                CD_VERIFY_OK(old->exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)));
            }
            QCOMPARE(old->schemaVersion(), 15);
            // Caller A: three contacts in a week; caller B: four; caller C: three, the first
            // outside the window of the third.
            // Written straight into the table, as the old program's sync pull did.
            const QList<QPair<QString, int>> calls = {
                {QStringLiteral("07700900001"), 0},  {QStringLiteral("07700900001"), 2},
                {QStringLiteral("07700900001"), 5},  {QStringLiteral("07700900002"), 0},
                {QStringLiteral("07700900002"), 1},  {QStringLiteral("07700900002"), 3},
                {QStringLiteral("07700900002"), 4},  {QStringLiteral("07700900003"), 0},
                {QStringLiteral("07700900003"), 20}, {QStringLiteral("07700900003"), 35}};
            QSqlQuery insert(old->sql());
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO contacts (id, started_at, ended_at, handler, team, channel, "
                "category, reason, outcome, remained_dissatisfied, caller_name, caller_phone, "
                "reference, notes, updated_hlc, origin, deleted) VALUES (?, ?, ?, 'A. Handler', "
                "'QoS North', 'phone', 'vehicle_recovery', 'charges', 'resolved_first_contact', "
                "0, 'Sam Taylor', ?, '', '', '0001767225600000-000000-test', 'test', 0)")));
            for (const auto &[phone, day] : calls) {
                const QDateTime at = start.addDays(day).addSecs(60 * ids.size());
                ids << QStringLiteral("r-%1").arg(ids.size());
                insert.addBindValue(ids.last());
                insert.addBindValue(at.toString(Qt::ISODateWithMs));
                insert.addBindValue(at.addSecs(245).toString(Qt::ISODateWithMs));
                insert.addBindValue(phone);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            // The old triggers: only caller B's fourth.
            QCOMPARE(dump(*old, QStringLiteral("SELECT c.caller_phone || '@' || c.started_at "
                                               "FROM contact_repeats r JOIN contacts c ON c.rowid "
                                               "= r.contact_rowid ORDER BY c.started_at")),
                     QStringLiteral("07700900002@2026-10-05T09:06:00.000Z"));
        }

        Database::OpenError error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(dump(*db, kObjects), dump(this->db(), kObjects));
        // A's third, B's third and fourth; not C's (two in the window of its third).
        const QString kWhich = QStringLiteral(
            "SELECT c.caller_phone || '@' || c.started_at FROM contact_repeats r JOIN contacts c "
            "ON c.rowid = r.contact_rowid ORDER BY c.started_at");
        QCOMPARE(dump(*db, kWhich), QStringLiteral("07700900002@2026-10-04T09:05:00.000Z\n"
                                                   "07700900002@2026-10-05T09:06:00.000Z\n"
                                                   "07700900001@2026-10-06T09:02:00.000Z"));
        const QString repeats = dump(*db, kRepeats);
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kRepeats), repeats);
        // The dashboard's figure: callers A and B.
        const DashboardData d = DashboardStore(*db).load(
            DashboardScope::team(QStringLiteral("QoS North")),
            DayRange{QDate(2026, 10, 1), QDate(2026, 10, 31)}, QDate(2026, 11, 30));
        QCOMPARE(d.repeatCallers, qint64(2));

        // The triggers follow the rule: deleting A's first leaves A's third with one earlier
        // contact; a new contact for C in the window makes it C's third there.
        CD_VERIFY_OK(
            db->exec(QStringLiteral("DELETE FROM contacts WHERE id = '%1'").arg(ids.at(0))));
        Contact more = sampleContact(start.addDays(36));
        more.callerPhone = QStringLiteral("07700900003");
        CD_VERIFY_OK(ContactStore(*db).save(more, QStringLiteral("admin")));
        QCOMPARE(dump(*db, kWhich), QStringLiteral("07700900002@2026-10-04T09:05:00.000Z\n"
                                                   "07700900002@2026-10-05T09:06:00.000Z\n"
                                                   "07700900003@2026-11-06T09:00:00.000Z"));
        const QString afterEdits = dump(*db, kRepeats);
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kRepeats), afterEdits);
    }
};

QTEST_GUILESS_MAIN(TestLondonDay)
#include "tst_londonday.moc"
