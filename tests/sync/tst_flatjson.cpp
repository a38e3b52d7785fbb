// The push's flat-JSON scanner (parseFlatJson): for valid payloads it reads what QJsonDocument
// reads; for truncated, mutated and random bytes it never reads outside the input and either
// parses or says it could not (the push then falls back to QJsonDocument). No server needed.
#include "sync/flatjson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

using namespace cd::sync;

namespace {

const QStringList kColumns = {QStringLiteral("id"),        QStringLiteral("notes"),
                              QStringLiteral("n"),         QStringLiteral("amount"),
                              QStringLiteral("flag"),      QStringLiteral("gone"),
                              QStringLiteral("caf\u00e9"), QStringLiteral("a\"b")};

struct Scanner
{
    QHash<QByteArray, int> index;
    std::vector<QByteArray> names;
    std::vector<int> keyOrder;
    std::vector<FlatValue> values;

    explicit Scanner(const QStringList &columns = kColumns)
    {
        for (const QString &c : columns) {
            index.insert(c.toUtf8(), int(names.size()));
            names.push_back(c.toUtf8());
        }
        values.resize(names.size());
    }
    bool parse(const QByteArray &json)
    {
        return parseFlatJson(json, index, names, keyOrder, values);
    }
};

QString describe(const FlatValue &v)
{
    static const char *const kinds[] = {"Missing", "Null", "String", "Number", "Bool"};
    const QByteArray text = v.raw ? QByteArray(v.raw, v.rawLen) : v.text;
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(kinds[v.kind]), QString::fromUtf8(text.toPercentEncoding()));
}

// What the scanner must give for a value QJsonDocument read; empty when it agrees.
QString disagreement(const QJsonValue &expected, const FlatValue &got)
{
    const QByteArray text = got.raw ? QByteArray(got.raw, got.rawLen) : got.text;
    bool ok = false;
    switch (expected.type()) {
    case QJsonValue::Undefined:
        ok = got.kind == FlatValue::Missing;
        break;
    case QJsonValue::Null:
        ok = got.kind == FlatValue::Null;
        break;
    case QJsonValue::Bool:
        ok = got.kind == FlatValue::Bool && text == (expected.toBool() ? "1" : "0");
        break;
    case QJsonValue::String:
        ok = got.kind == FlatValue::String && text == expected.toString().toUtf8();
        break;
    case QJsonValue::Double: {
        // The scanner keeps a number's own digits (an integral one without its fraction);
        // the same number either way.
        const double d = expected.toDouble();
        bool parsed = false;
        const double mine = text.toDouble(&parsed);
        ok = got.kind == FlatValue::Number && parsed && (mine == d || std::isnan(d));
        if (ok && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
            ok = !text.contains('.') && !text.contains('e') && !text.contains('E');
        break;
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        ok = false; // the scanner never accepts these
        break;
    }
    return ok ? QString()
              : QStringLiteral("expected %1, got %2")
                    .arg(QString::fromUtf8(
                             QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                         describe(got));
}

// A flat object: QJsonDocument read it as an object of scalars only.
std::optional<QJsonObject> flatObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.value().isArray() || it.value().isObject())
            return std::nullopt;
    return o;
}

// Checks the scanner against QJsonDocument for one input; returns what differs.
QString compare(Scanner &scanner, const QByteArray &json, bool *accepted)
{
    *accepted = scanner.parse(json);
    const char *begin = json.constData();
    const char *end = begin + json.size();
    if (*accepted) {
        for (const FlatValue &v : scanner.values)
            if (v.raw && (v.raw < begin || v.rawLen < 0 || v.raw + v.rawLen > end))
                return QStringLiteral("a value's slice lies outside the input");
    }
    const std::optional<QJsonObject> o = flatObject(json);
    if (!o || !*accepted)
        return {};
    for (size_t i = 0; i < scanner.names.size(); ++i) {
        const QString key = QString::fromUtf8(scanner.names[i]);
        if (QString d = disagreement(o->value(key), scanner.values[i]); !d.isEmpty())
            return key + QStringLiteral(": ") + d;
    }
    return {};
}

QString randomString(QRandomGenerator &rng)
{
    static const char16_t pool[] = {u'a',      u'Z',      u'0',      u' ',    u'\t',   u'\n',
                                    u'\r',     u'\\',     u'"',      u'/',    u'\x01', u'\x1f',
                                    u'\u00e9', u'\u2014', u'\u20ac', u'\x7f', u'\b',   u'\f'};
    QString s;
    const int n = int(rng.bounded(12));
    for (int i = 0; i < n; ++i) {
        if (rng.bounded(10) == 0)
            s += QString::fromUcs4(U"\U0001F600"); // beyond the BMP: a surrogate pair
        else
            s += QChar(pool[rng.bounded(int(std::size(pool)))]);
    }
    return s;
}

QJsonValue randomScalar(QRandomGenerator &rng)
{
    switch (rng.bounded(7)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return rng.bounded(2) == 0;
    case 2:
        return qint64(rng.bounded(2000001)) - 1000000;
    case 3:
        return double(qint64(rng.generate64() >> 12)); // large integral values
    case 4:
        return (rng.generateDouble() - 0.5) * std::pow(10.0, double(rng.bounded(30)) - 15.0);
    default:
        return randomString(rng);
    }
}

QJsonObject randomObject(QRandomGenerator &rng)
{
    QJsonObject o;
    for (const QString &c : kColumns)
        if (rng.bounded(5) != 0)
            o.insert(c, randomScalar(rng));
    if (rng.bounded(3) == 0)
        o.insert(QStringLiteral("other\u00e9"), randomScalar(rng)); // a key no column has
    return o;
}

QByteArray contactPayload(int n)
{
    QJsonObject o{{QStringLiteral("id"), QStringLiteral("c-%1").arg(n)},
                  {QStringLiteral("started_at"), QStringLiteral("2025-03-29T22:30:00.000Z")},
                  {QStringLiteral("ended_at"), QStringLiteral("2025-03-29T22:41:12.000Z")},
                  {QStringLiteral("handler"), QStringLiteral("Ann North")},
                  {QStringLiteral("team"), QStringLiteral("north")},
                  {QStringLiteral("channel"), QStringLiteral("phone")},
                  {QStringLiteral("category"), QStringLiteral("dissatisfaction")},
                  {QStringLiteral("reason"), QStringLiteral("no_update")},
                  {QStringLiteral("outcome"), QStringLiteral("resolved_first_contact")},
                  {QStringLiteral("remained_dissatisfied"), n % 2},
                  {QStringLiteral("caller_name"), QStringLiteral("Caller %1").arg(n)},
                  {QStringLiteral("caller_phone"), QStringLiteral("07700900%1").arg(n % 100)},
                  {QStringLiteral("reference"), QStringLiteral("INC-%1").arg(n)},
                  {QStringLiteral("notes"),
                   QStringLiteral("Caller asked about progress; \"urgent\"\nline two %1").arg(n)},
                  {QStringLiteral("updated_hlc"), QStringLiteral("1767225600000-000001-ws")},
                  {QStringLiteral("origin"), QStringLiteral("ws-1")},
                  {QStringLiteral("deleted"), 0}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFlatJson : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("spaces") << QByteArray(" \n{ \"id\" :\t\"x\" ,\r\n\"n\": 3 } ");
        QTest::newRow("every kind") << QByteArray("{\"id\":\"c-1\",\"notes\":\"plain\",\"n\":-42,"
                                                  "\"amount\":2.5,\"flag\":true,\"gone\":null}");
        QTest::newRow("false and zero") << QByteArray("{\"flag\":false,\"n\":0,\"amount\":-0.0}");
        QTest::newRow("integral written with a fraction")
            << QByteArray("{\"n\":3.0,\"amount\":1e3}");
        QTest::newRow("exponents") << QByteArray("{\"n\":1E-3,\"amount\":-2.5e+10}");
        QTest::newRow("escapes") << QByteArray(
            "{\"notes\":\"tab\\there\\nnew \\\"quoted\\\" back\\\\slash \\/ \\b\\f\\r\"}");
        QTest::newRow("unicode escapes")
            << QByteArray("{\"notes\":\"caf\\u00e9 \\u2014 \\u20AC \\ud83d\\ude00\"}");
        QTest::newRow("raw UTF-8") << QByteArray("{\"notes\":\"caf\xc3\xa9 \xf0\x9f\x98\x80\"}");
        QTest::newRow("escaped key") << QByteArray("{\"caf\\u00e9\":\"k\",\"a\\\"b\":\"q\"}");
        QTest::newRow("raw UTF-8 key") << QByteArray("{\"caf\xc3\xa9\":\"k\"}");
        QTest::newRow("unknown keys ignored")
            << QByteArray("{\"x\":\"1\",\"id\":\"c-2\",\"y\":false,\"z\":null}");
        QTest::newRow("duplicate key, last wins") << QByteArray("{\"id\":\"a\",\"id\":\"b\"}");
        QTest::newRow("empty string") << QByteArray("{\"notes\":\"\"}");
        QTest::newRow("big integer") << QByteArray("{\"n\":9007199254740993}");
    }
    void agreesWithQJsonDocument()
    {
        QFETCH(QByteArray, json);
        QVERIFY2(flatObject(json).has_value(), "the case must be valid JSON");
        Scanner scanner;
        bool accepted = false;
        const QString diff = compare(scanner, json, &accepted);
        QVERIFY2(accepted, json.constData());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void stringsWithoutEscapesAreSlicesOfThePayload()
    {
        const QByteArray json("{\"id\":\"c-1\",\"notes\":\"has\\tescape\"}");
        Scanner scanner;
        QVERIFY(scanner.parse(json));
        const FlatValue &id = scanner.values[0];
        QVERIFY(id.raw != nullptr);
        QVERIFY(id.raw == json.constData() + 7);
        QCOMPARE(id.rawLen, qsizetype(3));
        const FlatValue &notes = scanner.values[1];
        QVERIFY(notes.raw == nullptr);
        QCOMPARE(notes.text, QByteArray("has\tescape"));
    }

    void declinesWhatItDoesNotRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("nested object") << QByteArray("{\"id\":{\"a\":1}}");
        QTest::newRow("array") << QByteArray("{\"id\":[1,2]}");
        QTest::newRow("not an object") << QByteArray("[\"id\"]");
        QTest::newRow("empty input") << QByteArray();
        QTest::newRow("only spaces") << QByteArray("  ");
        QTest::newRow("truncated in a key") << QByteArray("{\"id");
        QTest::newRow("truncated after a key") << QByteArray("{\"id\"");
        QTest::newRow("truncated after the colon") << QByteArray("{\"id\":");
        QTest::newRow("truncated in a string") << QByteArray("{\"id\":\"abc");
        QTest::newRow("truncated in an escape") << QByteArray("{\"id\":\"abc\\");
        QTest::newRow("truncated in a \\u escape") << QByteArray("{\"id\":\"\\u00");
        QTest::newRow("no closing brace") << QByteArray("{\"id\":\"a\"");
        QTest::newRow("trailing comma, then nothing") << QByteArray("{\"id\":\"a\",");
        QTest::newRow("bad escape") << QByteArray("{\"id\":\"\\q\"}");
        QTest::newRow("bad hex") << QByteArray("{\"id\":\"\\u12G4\"}");
        QTest::newRow("bare word") << QByteArray("{\"id\":nope}");
        QTest::newRow("truncated true") << QByteArray("{\"id\":tru");
        QTest::newRow("missing colon") << QByteArray("{\"id\" \"a\"}");
        QTest::newRow("unquoted key") << QByteArray("{id:\"a\"}");
        QTest::newRow("two values") << QByteArray("{\"id\":\"a\" \"b\"}");
    }
    void declinesWhatItDoesNotRead()
    {
        QFETCH(QByteArray, json);
        Scanner scanner;
        QVERIFY(!scanner.parse(json));
    }

    void remembersKeyOrderAcrossPayloads()
    {
        // The key-order cache must not carry a value into a payload whose keys differ.
        // Named payloads: a raw value points into its payload, which must outlive it.
        Scanner scanner;
        const QByteArray first = "{\"id\":\"a\",\"notes\":\"x\",\"n\":1}";
        const QByteArray second = "{\"notes\":\"y\",\"id\":\"b\"}";
        const QByteArray third = "{\"other\":1,\"n\":2}";
        QVERIFY(scanner.parse(first));
        QVERIFY(scanner.parse(second));
        QCOMPARE(QByteArray(scanner.values[0].raw, scanner.values[0].rawLen), QByteArray("b"));
        QCOMPARE(QByteArray(scanner.values[1].raw, scanner.values[1].rawLen), QByteArray("y"));
        QCOMPARE(scanner.values[2].kind, FlatValue::Missing);
        QVERIFY(scanner.parse(third));
        QCOMPARE(scanner.values[0].kind, FlatValue::Missing);
        QCOMPARE(scanner.values[2].text, QByteArray("2"));
    }

    void randomValidObjectsAgree()
    {
        QRandomGenerator rng(20261202);
        Scanner scanner;
        int accepted = 0;
        for (int i = 0; i < 5000; ++i) {
            const QJsonObject o = randomObject(rng);
            const QByteArray json =
                QJsonDocument(o).toJson(i % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
            bool ok = false;
            const QString diff = compare(scanner, json, &ok);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(diff + QStringLiteral(" in ") + QString::fromUtf8(json)));
            QVERIFY2(ok, json.constData()); // only scalars: always read
            accepted += ok;
        }
        QCOMPARE(accepted, 5000);
    }

    // Many thousands of broken inputs, the same every run: prefixes of valid payloads, valid
    // payloads with bytes changed, inserted or removed, and random bytes. None may crash or
    // read outside its input; whatever the scanner accepts that QJsonDocument reads as a flat
    // object must agree with it.
    void malformedInputNeverMisleads()
    {
        QRandomGenerator rng(4242);
        Scanner scanner;
        int inputs = 0, accepted = 0, declined = 0;
        auto check = [&](const QByteArray &json) {
            bool ok = false;
            const QString diff = compare(scanner, json, &ok);
            ++inputs;
            (ok ? accepted : declined)++;
            if (!diff.isEmpty())
                QFAIL(qPrintable(diff + QStringLiteral(" in ") +
                                 QString::fromLatin1(json.toPercentEncoding())));
        };
        static const char interesting[] =
            "{}[]\",:\\/ \t\nu0123456789abcdefABCDEFtrunlse-+.eE\x01\xff";
        for (int round = 0; round < 400; ++round) {
            const QByteArray valid =
                QJsonDocument(randomObject(rng)).toJson(QJsonDocument::Compact);
            for (qsizetype cut = 0; cut < valid.size(); cut += 1 + qsizetype(rng.bounded(3))) {
                check(valid.left(cut)); // truncated
                if (QTest::currentTestFailed())
                    return;
            }
            for (int m = 0; m < 40; ++m) {
                QByteArray bad = valid;
                const int edits = 1 + int(rng.bounded(3));
                for (int e = 0; e < edits && !bad.isEmpty(); ++e) {
                    const qsizetype at = qsizetype(rng.bounded(int(bad.size())));
                    const char c = rng.bounded(2)
                                       ? interesting[rng.bounded(int(sizeof interesting - 1))]
                                       : char(rng.bounded(256));
                    switch (rng.bounded(3)) {
                    case 0:
                        bad[at] = c;
                        break;
                    case 1:
                        bad.insert(at, c);
                        break;
                    default:
                        bad.remove(at, 1);
                    }
                }
                check(bad);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        for (int i = 0; i < 20000; ++i) {
            QByteArray random(qsizetype(rng.bounded(40)), Qt::Uninitialized);
            for (char &c : random)
                c = rng.bounded(3) ? interesting[rng.bounded(int(sizeof interesting - 1))]
                                   : char(rng.bounded(256));
            if (rng.bounded(2))
                random.prepend('{');
            check(random);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d malformed inputs: %d accepted, %d declined", inputs, accepted, declined);
        QVERIFY(inputs > 50000);
        QVERIFY(accepted > 1000); // the fuzzing reaches past the first bytes
        QVERIFY(declined > 1000);
    }

    void jsonScalarText_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("isNull");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QByteArray() << true;
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QByteArray() << true;
        QTest::newRow("true") << QJsonValue(true) << QByteArray("1") << false;
        QTest::newRow("false") << QJsonValue(false) << QByteArray("0") << false;
        QTest::newRow("integral") << QJsonValue(12.0) << QByteArray("12") << false;
        QTest::newRow("negative") << QJsonValue(-7) << QByteArray("-7") << false;
        QTest::newRow("fraction") << QJsonValue(0.1) << QByteArray("0.10000000000000001") << false;
        QTest::newRow("string") << QJsonValue(QStringLiteral("caf\u00e9"))
                                << QByteArray("caf\xc3\xa9") << false;
        QTest::newRow("array") << QJsonValue(QJsonArray{1, QStringLiteral("a")})
                               << QByteArray("[1,\"a\"]") << false;
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("k"), true}})
                                << QByteArray("{\"k\":true}") << false;
    }
    void jsonScalarText()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, text);
        QFETCH(bool, isNull);
        bool null = !isNull;
        QCOMPARE(cd::sync::jsonScalarText(value, &null), text);
        QCOMPARE(null, isNull);
    }

    // Why the scanner stays: how long each way takes to read contact payloads as the push
    // encodes them (every column's text). Printed, not asserted (timings vary by machine).
    void fasterThanQJsonDocument()
    {
        const QStringList columns = {
            QStringLiteral("id"),          QStringLiteral("started_at"),
            QStringLiteral("ended_at"),    QStringLiteral("handler"),
            QStringLiteral("team"),        QStringLiteral("channel"),
            QStringLiteral("category"),    QStringLiteral("reason"),
            QStringLiteral("outcome"),     QStringLiteral("remained_dissatisfied"),
            QStringLiteral("caller_name"), QStringLiteral("caller_phone"),
            QStringLiteral("reference"),   QStringLiteral("notes"),
            QStringLiteral("updated_hlc"), QStringLiteral("origin"),
            QStringLiteral("deleted")};
        QList<QByteArray> payloads;
        for (int i = 0; i < 20000; ++i)
            payloads.append(contactPayload(i));
        Scanner scanner(columns);
        qsizetype bytes = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &p : std::as_const(payloads)) {
            QVERIFY(scanner.parse(p));
            for (const FlatValue &v : scanner.values)
                bytes += v.raw ? v.rawLen : v.text.size();
        }
        const qint64 flatNs = timer.nsecsElapsed();
        qsizetype bytesQt = 0;
        timer.restart();
        for (const QByteArray &p : std::as_const(payloads)) {
            const QJsonObject o = QJsonDocument::fromJson(p).object();
            for (const QString &c : columns) {
                bool isNull = false;
                bytesQt += cd::sync::jsonScalarText(o.value(c), &isNull).size();
            }
        }
        const qint64 qtNs = timer.nsecsElapsed();
        QCOMPARE(bytes, bytesQt); // the same text either way
        qInfo("20,000 contact payloads: parseFlatJson %.1f ms, QJsonDocument %.1f ms (%.1fx)",
              double(flatNs) / 1e6, double(qtNs) / 1e6,
              double(qtNs) / double(std::max<qint64>(flatNs, 1)));
    }
};

QTEST_GUILESS_MAIN(TestFlatJson)
#include "tst_flatjson.moc"
