#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>

#include <vector>

namespace cd::sync {

// A fast path for the push's usual outbox payload, a flat JSON object of strings, numbers,
// booleans and nulls: each value as COPY-ready UTF-8, without building a QJsonObject. About
// seven times faster than QJsonDocument on contact payloads (tst_flatjson prints the figures).
struct FlatValue
{
    enum Kind { Missing, Null, String, Number, Bool } kind = Missing;
    QByteArray text;
    // A string without escapes or control characters is COPY text as it stands in the payload:
    // it is kept as that slice (raw != nullptr), not copied into text.
    const char *raw = nullptr;
    qsizetype rawLen = 0;
};

// Fills values[i] for the keys found in columnIndex (other keys are ignored; a key missing from
// the payload leaves its value Missing). The payloads of a table have the same keys in the same
// order: keyOrder remembers the column of each key position in the previous payload, tried
// before the hash; start with it empty and pass it back each time. Returns false on anything
// else than a flat object (nested values, malformed or truncated JSON), and the values are
// then undefined: the caller falls back to QJsonDocument.
bool parseFlatJson(const QByteArray &json, const QHash<QByteArray, int> &columnIndex,
                   const std::vector<QByteArray> &names, std::vector<int> &keyOrder,
                   std::vector<FlatValue> &values);

// A JSON scalar's text as the sync stores and sends it: booleans as 1 and 0, integral numbers
// without a fraction, arrays and objects as compact JSON; null and undefined set *isNull.
QByteArray jsonScalarText(const QJsonValue &v, bool *isNull);

} // namespace cd::sync
