// A merged row's fields travel value by value (mergedrow.h): flatten and unflatten. No server.
#include "sync/mergedrow.h"

#include <QJsonDocument>
#include <QTest>

using namespace cd::sync;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestMergedRow : public QObject
{
    Q_OBJECT
private slots:
    void flattensObjectColumns()
    {
        const QJsonObject row = json(
            "{\"id\":\"e-1\",\"status\":\"open\",\"fields\":{\"a\":1,\"b\":\"x\",\"c\":null}}");
        QCOMPARE(flatten(row), json("{\"id\":\"e-1\",\"status\":\"open\",\"fields.a\":1,"
                                    "\"fields.b\":\"x\",\"fields.c\":null}"));
    }

    void fieldsStoredAsTextAreReadAsTheirObject()
    {
        // The workstation keeps an escalation's fields as JSON text in one column.
        const QJsonObject row = json("{\"id\":\"e-1\",\"fields\":\"{\\\"a\\\":2}\"}");
        QCOMPARE(flatten(row), json("{\"id\":\"e-1\",\"fields.a\":2}"));
        // Only "fields": another text column that looks like JSON stays text.
        const QJsonObject other = json("{\"notes\":\"{\\\"a\\\":2}\"}");
        QCOMPARE(flatten(other), other);
        // Text that is no JSON object stays text.
        const QJsonObject plain = json("{\"fields\":\"not json\"}");
        QCOMPARE(flatten(plain), plain);
    }

    void anEmptyObjectComesBack()
    {
        const QJsonObject row = json("{\"id\":\"e-1\",\"fields\":{}}");
        const QJsonObject flat = flatten(row);
        QCOMPARE(flat, json("{\"id\":\"e-1\",\"fields.\":null}"));
        QCOMPARE(unflatten(flat), row);
    }

    void roundTrip()
    {
        const QJsonObject row = json("{\"id\":\"e-1\",\"team\":\"north\",\"deleted\":0,"
                                     "\"fields\":{\"a\":[1,2],\"b\":{\"deep\":true},\"c\":\"x\"},"
                                     "\"meta\":{\"k\":\"v\"}}");
        QCOMPARE(unflatten(flatten(row)), row);
    }

    void unflattenSplitsAtTheFirstDot()
    {
        QCOMPARE(unflatten(json("{\"fields.a.b\":1,\"plain\":2}")),
                 json("{\"fields\":{\"a.b\":1},\"plain\":2}"));
    }
};

QTEST_GUILESS_MAIN(TestMergedRow)
#include "tst_mergedrow.moc"
