// What the fuzz targets (tests/fuzz, docs/FUZZING.md) found in the sync's payload and COPY
// code, kept as an ordinary test. No server needed.
//
// fuzz_flatjson: a number outside the range of qint64 (1e300) was converted to qint64 to see
// whether it was whole, which is undefined behaviour: an optimising compiler may make any
// number of it. On x86 the plain build happens to give the right text; the ASan build
// (float-cast-overflow, halt_on_error) and the fuzz build stop here on the old code.
#include "sync/flatjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace cd::sync;

class TestSyncFuzzFindings : public QObject
{
    Q_OBJECT
private slots:
    void hugeNumbersInPayload_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("1e300") << QByteArray("1e300") << QByteArray("1e300");
        QTest::newRow("-1e300") << QByteArray("-1e300") << QByteArray("-1e300");
        QTest::newRow("2^63") << QByteArray("9.223372036854775808e18")
                              << QByteArray("9.223372036854775808e18");
        QTest::newRow("-2^63 is whole")
            << QByteArray("-9.223372036854775808e18") << QByteArray("-9223372036854775808");
        QTest::newRow("whole") << QByteArray("1.5e3") << QByteArray("1500");
    }
    void hugeNumbersInPayload()
    {
        QFETCH(QByteArray, number);
        QFETCH(QByteArray, text);
        const QHash<QByteArray, int> index{{"n", 0}};
        const std::vector<QByteArray> names{"n"};
        std::vector<int> keyOrder;
        std::vector<FlatValue> values(1);
        QVERIFY(parseFlatJson("{\"n\":" + number + "}", index, names, keyOrder, values));
        QCOMPARE(values[0].kind, FlatValue::Number);
        QCOMPARE(values[0].text, text);
    }

    void hugeNumbersAsScalarText()
    {
        bool isNull = true;
        QCOMPARE(jsonScalarText(QJsonValue(1e300), &isNull), QByteArray("1.0000000000000001e+300"));
        QVERIFY(!isNull);
        QCOMPARE(jsonScalarText(QJsonValue(-1e300), &isNull),
                 QByteArray("-1.0000000000000001e+300"));
        QCOMPARE(jsonScalarText(QJsonValue(9223372036854775808.0), &isNull),
                 QByteArray("9.2233720368547758e+18"));
        QCOMPARE(jsonScalarText(QJsonValue(-9223372036854775808.0), &isNull),
                 QByteArray("-9223372036854775808"));
        QCOMPARE(jsonScalarText(QJsonValue(std::numeric_limits<double>::max()), &isNull),
                 QByteArray("1.7976931348623157e+308"));
        QCOMPARE(jsonScalarText(QJsonValue(42.0), &isNull), QByteArray("42"));
    }
};

QTEST_GUILESS_MAIN(TestSyncFuzzFindings)
#include "tst_syncfuzzfindings.moc"
