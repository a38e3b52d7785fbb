#include "storage/migrations.h"

#include "core/callermatch.h"
#include "core/londonday.h"
#include "core/repeatcaller.h"
#include "storage/auditstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

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

void londonDaySql(sqlite3_context *context, int, sqlite3_value **argv)
{
    // NULL stays NULL; numbers (Julian days to date()) are not stored times.
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    char day[16];
    const int length = text ? londonDayOfStoredTime(QByteArrayView(text, size), day) : 0;
    if (length == 0)
        sqlite3_result_null(context);
    else
        sqlite3_result_text(context, day, length, SQLITE_TRANSIENT);
}

// london_hour(stored_time): the hour (0-23) of a stored time on the London clock; NULL when the
// text is not a stored time.
void londonHourSql(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const std::optional<qint64> ms =
        text ? parseStoredTime(QByteArrayView(text, sqlite3_value_bytes(argv[0]))) : std::nullopt;
    if (!ms) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_int(context,
                       inLondon(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)).time().hour());
}

// is_repeat_contact(earlier_in_window, threshold): cd::isRepeatContact as 1 or 0; NULL when an
// argument is NULL.
void isRepeatContactSql(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto clamped = [](sqlite3_value *v) {
        return int(std::clamp<sqlite3_int64>(sqlite3_value_int64(v), -1000000000, 1000000000));
    };
    sqlite3_result_int(context, isRepeatContact(clamped(argv[0]), clamped(argv[1])) ? 1 : 0);
}

// audit_hash(prev_hash, id, at, actor, action, entity, entity_id, detail, updated_hlc, origin,
// deleted): cd::AuditStore::entryHash, a NULL taken as ''.
void auditHashSql(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const auto text = [argv](int i) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        return t ? QByteArrayView(t, sqlite3_value_bytes(argv[i])) : QByteArrayView();
    };
    std::array<QByteArrayView, AuditStore::kHashedFields> fields;
    if (argc != AuditStore::kHashedFields + 1) {
        sqlite3_result_error(context, "audit_hash() takes 11 arguments", -1);
        return;
    }
    for (int i = 0; i < AuditStore::kHashedFields; ++i)
        fields[i] = text(i + 1);
    const QByteArray hash = AuditStore::entryHash(text(0), fields);
    sqlite3_result_text(context, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
}

// match_name(text), match_postcode(text), match_address(text), match_house(text): the caller
// matching keys of cd::callermatch (migration 22 indexes them); '' for NULL or no key.
template <QString (*Key)(const QString &)>
void matchKeySql(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    if (size == 0) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const QByteArray key = Key(QString::fromUtf8(text, size)).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
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

int addSchemaFunctions(sqlite3 *db)
{
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (const int rc = sqlite3_create_function_v2(db, "london_day", 1, flags, nullptr, londonDaySql,
                                                  nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return rc;
    if (const int rc = sqlite3_create_function_v2(db, "london_hour", 1, flags, nullptr,
                                                  londonHourSql, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return rc;
    if (const int rc = sqlite3_create_function_v2(db, "is_repeat_contact", 2, flags, nullptr,
                                                  isRepeatContactSql, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return rc;
    if (const int rc =
            sqlite3_create_function_v2(db, "audit_hash", AuditStore::kHashedFields + 1, flags,
                                       nullptr, auditHashSql, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return rc;
    // Caller matching (migration 22).
    const struct
    {
        const char *name;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    } keys[] = {{"match_name", matchKeySql<callermatch::nameKey>},
                {"match_postcode", matchKeySql<callermatch::postcodeKey>},
                {"match_address", matchKeySql<callermatch::addressKey>},
                {"match_house", matchKeySql<callermatch::houseKey>}};
    for (const auto &k : keys)
        if (const int rc = sqlite3_create_function_v2(db, k.name, 1, flags, nullptr, k.fn, nullptr,
                                                      nullptr, nullptr);
            rc != SQLITE_OK)
            return rc;
    return SQLITE_OK;
}

} // namespace cd
