#include "sync/mergedrow.h"

#include <QHash>
#include <QJsonDocument>

namespace cd::sync {

QJsonObject flatten(const QJsonObject &row)
{
    QJsonObject out;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        QJsonValue v = it.value();
        if (v.isString() && it.key() == QLatin1String("fields")) {
            const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
            if (d.isObject())
                v = d.object();
        }
        if (v.isObject()) {
            const QJsonObject inner = v.toObject();
            for (auto in = inner.constBegin(); in != inner.constEnd(); ++in)
                out.insert(it.key() + QLatin1Char('.') + in.key(), in.value());
            if (inner.isEmpty())
                out.insert(it.key() + QLatin1Char('.'), QJsonValue::Null);
        } else {
            out.insert(it.key(), v);
        }
    }
    return out;
}

QJsonObject unflatten(const QJsonObject &flat)
{
    QJsonObject out;
    QHash<QString, QJsonObject> nested;
    for (auto it = flat.constBegin(); it != flat.constEnd(); ++it) {
        const int dot = int(it.key().indexOf(QLatin1Char('.')));
        if (dot < 0) {
            out.insert(it.key(), it.value());
            continue;
        }
        QJsonObject &o = nested[it.key().left(dot)];
        const QString sub = it.key().mid(dot + 1);
        if (!sub.isEmpty())
            o.insert(sub, it.value());
    }
    for (auto it = nested.constBegin(); it != nested.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace cd::sync
