// The push's flat-JSON scanner (app/sync/flatjson.*, parseFlatJson and jsonScalarText), which
// reads each outbox payload into COPY text for encodeMirror (app/sync/copyencoder.*). Payloads
// are written by this program, but a damaged local cache can hold anything.
//
// Checks: no crash, leak or UB (out-of-range numbers included); when the scanner accepts a
// payload that QJsonDocument also reads as an object, both see the same kind of value (string,
// number, true/false, null, missing) for every key.

#include "fuzzcheck.h"
#include "sync/flatjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace cd;
using sync::FlatValue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject object = doc.object();

    // The columns: every key QJsonDocument found, and one no payload has.
    std::vector<QByteArray> names;
    QHash<QByteArray, int> index;
    for (const QString &key : object.keys()) {
        index.insert(key.toUtf8(), int(names.size()));
        names.push_back(key.toUtf8());
    }
    index.insert("absent", int(names.size()));
    names.push_back("absent");
    std::vector<FlatValue> values(names.size());
    std::vector<int> keyOrder;
    const bool flat = sync::parseFlatJson(json, index, names, keyOrder, values);
    // The second time round the key order of the first is tried first.
    std::vector<FlatValue> second(names.size());
    FUZZ_CHECK(sync::parseFlatJson(json, index, names, keyOrder, second) == flat);

    for (const QString &key : object.keys()) {
        bool isNull = false;
        (void)sync::jsonScalarText(object.value(key), &isNull);
    }
    if (!flat || error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    // Keys outside ASCII may be spelt with lone surrogates, which the two decode differently.
    for (const QString &key : object.keys())
        for (const QChar c : key)
            if (c.unicode() >= 0x80)
                return 0;
    for (size_t i = 0; i < names.size(); ++i) {
        const QJsonValue v = object.value(QString::fromUtf8(names[i]));
        const FlatValue &f = values[i];
        switch (v.type()) {
        case QJsonValue::Undefined:
            FUZZ_CHECK(f.kind == FlatValue::Missing);
            break;
        case QJsonValue::Null:
            FUZZ_CHECK(f.kind == FlatValue::Null);
            break;
        case QJsonValue::Bool:
            FUZZ_CHECK(f.kind == FlatValue::Bool);
            FUZZ_CHECK(f.text == (v.toBool() ? "1" : "0"));
            break;
        case QJsonValue::Double:
            FUZZ_CHECK(f.kind == FlatValue::Number);
            break;
        case QJsonValue::String:
            FUZZ_CHECK(f.kind == FlatValue::String);
            break;
        case QJsonValue::Array:
        case QJsonValue::Object:
            FUZZ_CHECK(false); // the scanner takes flat objects only
            break;
        }
    }
    return 0;
}
