#include "sync/copyencoder.h"

#include "sync/flatjson.h"
#include "sync/pg.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::sync {

void appendCopyValue(QByteArray &data, const SyncTable &t, int i, const QByteArray *text,
                     bool emptyIsNull)
{
    switch (copyCell(t.nullable.at(i), isIntegerType(t.types.at(i)), text != nullptr,
                     emptyIsNull && text && text->isEmpty())) {
    case CopyCell::Text:
        copyAppendField(data, *text);
        break;
    case CopyCell::Null:
        copyAppendNull(data);
        break;
    case CopyCell::Zero:
        data.append('0');
        break;
    case CopyCell::Empty:
        break;
    }
}

QList<std::pair<QString, QList<OutboxEntry>>> byTable(const QList<OutboxEntry> &entries)
{
    QList<std::pair<QString, QList<OutboxEntry>>> groups;
    if (entries.isEmpty())
        return groups;
    const QString &first = entries.constFirst().entity;
    if (std::all_of(entries.cbegin(), entries.cend(),
                    [&first](const OutboxEntry &e) { return e.entity == first; })) {
        groups.append({first, entries});
        return groups;
    }
    QHash<QString, qsizetype> at;
    for (const OutboxEntry &e : entries) {
        auto it = at.constFind(e.entity);
        if (it == at.constEnd()) {
            it = at.insert(e.entity, groups.size());
            groups.append({e.entity, {}});
        }
        groups[*it].second.append(e);
    }
    return groups;
}

QByteArray encodeMirror(const SyncTable &t, const QList<OutboxEntry> &entries)
{
    QList<const OutboxEntry *> latest;
    if (t.insertOnly) {
        for (const OutboxEntry &e : entries)
            latest.append(&e);
    } else {
        QHash<QString, int> at;
        for (const OutboxEntry &e : entries) {
            auto it = at.find(e.entityId);
            if (it == at.end()) {
                at.insert(e.entityId, int(latest.size()));
                latest.append(&e);
            } else {
                latest[*it] = &e;
            }
        }
    }
    CopyWriter data(qsizetype(latest.size()) * 512);
    QHash<QByteArray, int> columnIndex;
    std::vector<QByteArray> names;
    std::vector<char> nullable, integral; // per column
    for (int i = 0; i < t.cols.size(); ++i) {
        names.push_back(t.cols.at(i).toUtf8());
        columnIndex.insert(names.back(), i);
        nullable.push_back(t.nullable.at(i));
        integral.push_back(isIntegerType(t.types.at(i)));
    }
    std::vector<FlatValue> values(size_t(t.cols.size()));
    std::vector<int> keyOrder;
    QByteArray field; // one value escaped for COPY
    QString lastOp;
    QByteArray lastOpText;
    for (const OutboxEntry *e : latest) {
        if (!parseFlatJson(e->payload, columnIndex, names, keyOrder, values)) {
            const QJsonObject o = QJsonDocument::fromJson(e->payload).object();
            for (int i = 0; i < t.cols.size(); ++i) {
                const QJsonValue v = o.value(t.cols.at(i));
                bool isNull = false;
                FlatValue &f = values[size_t(i)];
                f.raw = nullptr; // the fast path may have stopped half way
                f.text = jsonScalarText(v, &isNull);
                f.kind = v.isUndefined() ? FlatValue::Missing
                         : isNull        ? FlatValue::Null
                         : v.isString()  ? FlatValue::String
                                         : FlatValue::Number;
            }
        }
        // As appendCopyValue: an empty string in a nullable column is NULL.
        for (size_t i = 0; i < values.size(); ++i) {
            if (i)
                data.put('\t');
            const FlatValue &f = values[i];
            const bool hasValue = f.kind != FlatValue::Missing && f.kind != FlatValue::Null;
            const bool empty = f.raw ? f.rawLen == 0 : f.text.isEmpty();
            switch (copyCell(nullable[i], integral[i], hasValue,
                             f.kind == FlatValue::String && empty)) {
            case CopyCell::Text:
                if (f.raw) {
                    data.put(f.raw, f.rawLen); // no backslash, tab, newline or return in it
                } else {
                    field.truncate(0);
                    copyAppendField(field, f.text);
                    data.put(field.constData(), field.size());
                }
                break;
            case CopyCell::Null:
                data.put("\\N", 2);
                break;
            case CopyCell::Zero:
                data.put('0');
                break;
            case CopyCell::Empty:
                break;
            }
        }
        if (!t.insertOnly) {
            if (e->op != lastOp) {
                lastOp = e->op;
                lastOpText.truncate(0);
                copyAppendField(lastOpText, lastOp.toUtf8());
            }
            data.put('\t');
            data.put(lastOpText.constData(), lastOpText.size());
        }
        data.put('\n');
    }
    return data.take();
}

} // namespace cd::sync
