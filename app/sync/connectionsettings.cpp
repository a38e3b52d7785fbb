#include "sync/connectionsettings.h"

#include "storage/settingsstore.h"

#include <QFile>
#include <QStringList>

#include <libpq-fe.h>

namespace cd::sync {

QString ConnectionSettings::describe() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

ConnectionSettings ConnectionSettings::load(Database &db)
{
    SettingsStore store(db);
    ConnectionSettings s;
    s.host = store.raw(QStringLiteral("sync.host"));
    s.port = store.raw(QStringLiteral("sync.port"), QStringLiteral("5432")).toInt();
    s.database = store.raw(QStringLiteral("sync.database"));
    s.user = store.raw(QStringLiteral("sync.user"));
    s.options = store.raw(QStringLiteral("sync.options"));
    return s;
}

Status ConnectionSettings::save(Database &db) const
{
    SettingsStore store(db);
    if (store.value(SettingsStore::Key::TrainingData).toBool())
        return Status::failure(
            QStringLiteral("this profile holds made-up training data, which never leaves the "
                           "workstation: it cannot be connected to a shared database"));
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("sync.host"), host},
        {QStringLiteral("sync.port"), QString::number(port)},
        {QStringLiteral("sync.database"), database},
        {QStringLiteral("sync.user"), user},
        {QStringLiteral("sync.options"), options},
    };
    for (const auto &kv : values)
        if (Status s = store.setRaw(kv.first, kv.second.isNull() ? QStringLiteral("") : kv.second);
            !s)
            return s;
    return success();
}

Result<ConnectionSettings> ConnectionSettings::fromConninfo(const QString &conninfo)
{
    char *err = nullptr;
    PQconninfoOption *opts = PQconninfoParse(conninfo.toUtf8().constData(), &err);
    if (!opts) {
        const QString why = QString::fromUtf8(err ? err : "out of memory").trimmed();
        PQfreemem(err);
        return Result<ConnectionSettings>::failure(
            QStringLiteral("bad connection string: %1").arg(why));
    }
    ConnectionSettings s;
    s.port = 0;
    QStringList extra;
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString val = QString::fromUtf8(o->val);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            s.host = val;
        else if (key == QLatin1String("port"))
            s.port = val.toInt();
        else if (key == QLatin1String("dbname"))
            s.database = val;
        else if (key == QLatin1String("user"))
            s.user = val;
        else if (key == QLatin1String("password"))
            s.password = val;
        else
            extra.append(key + QLatin1Char('=') + val);
    }
    PQconninfoFree(opts);
    if (s.port == 0)
        s.port =
            qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : 5432;
    if (s.host.isEmpty())
        s.host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    if (s.user.isEmpty())
        s.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (s.database.isEmpty())
        s.database = qEnvironmentVariable("PGDATABASE", s.user);
    s.options = extra.join(QLatin1Char(';'));
    return s;
}

Result<QString> readPasswordFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            QStringLiteral("cannot read the password file %1: %2").arg(path, f.errorString()));
    const QString line =
        QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (line.isEmpty())
        return Result<QString>::failure(QStringLiteral("the password file %1 is empty").arg(path));
    return line;
}

} // namespace cd::sync
