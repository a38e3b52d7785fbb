#include "core/csv.h"

#include <QTest>

using namespace cd;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n")
                            << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                              << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,x\r\n7,8")
                             << QList<QStringList>{{"id", "x"}, {"7", "8"}} << QList<int>{1, 2};
        QTest::newRow("quoted comma and quote")
            << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n")
            << QList<QStringList>{{"a,b", "say \"hi\""}} << QList<int>{1};
        QTest::newRow("quoted newline keeps line numbers")
            << QByteArray("h1,h2\n\"line one\nline two\",x\nnext,row\n")
            << QList<QStringList>{{"h1", "h2"}, {"line one\nline two", "x"}, {"next", "row"}}
            << QList<int>{1, 2, 4};
        QTest::newRow("quoted crlf") << QByteArray("\"a\r\nb\",c\r\n")
                                     << QList<QStringList>{{"a\r\nb", "c"}} << QList<int>{1};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << QList<QStringList>{{"", "", ""}} << QList<int>{1};
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\nb\n") << QList<QStringList>{{"a"}, {"b"}} << QList<int>{1, 4};
        QTest::newRow("utf8") << QByteArray("Siân,Llŷr\n") << QList<QStringList>{{"Siân", "Llŷr"}}
                              << QList<int>{1};
        QTest::newRow("no final newline")
            << QByteArray("a,\"b\"") << QList<QStringList>{{"a", "b"}} << QList<int>{1};
    }
    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        const csv::ParseResult result = csv::parse(input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records.size(), records.size());
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(result.records.at(i).fields, records.at(i));
            QCOMPARE(result.records.at(i).line, lines.at(i));
        }
    }

    void byteAtATimeMatchesWhole()
    {
        const QByteArray input("\xEF\xBB\xBFh,n\r\n1,\"multi\r\nline \"\"q\"\"\"\r\n2,plain\r\n");
        csv::Reader reader;
        for (char c : input)
            reader.feed(QByteArray(1, c));
        reader.finish();
        QList<csv::Record> records;
        while (reader.hasRecord())
            records.append(reader.take());
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).fields, (QStringList{"1", "multi\r\nline \"q\""}));
        QCOMPARE(records.at(2).line, 4);
        QCOMPARE(records.at(0).fields.first(), QStringLiteral("h"));
    }

    void unclosedQuoteIsReportedWithItsLine()
    {
        const csv::ParseResult result = csv::parse("a,b\n1,2\n3,\"never closed\n4,5\n");
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.errorLine, 3);
        QVERIFY(result.error.contains(QLatin1String("never closed")));
    }

    void textAfterClosingQuoteIsAnError()
    {
        const csv::ParseResult result = csv::parse("a\n\"x\"y,z\n");
        QCOMPARE(result.errorLine, 2);
        QCOMPARE(result.records.size(), 1);
    }

    void writeThenReadRoundTrips()
    {
        const QStringList fields = {"plain",       "with,comma", "with \"quote\"",
                                    "multi\nline", " padded ",   ""};
        const QString line = csv::formatRecord(fields);
        QVERIFY(line.endsWith(QLatin1String("\r\n")));
        QCOMPARE(line.left(6), QStringLiteral("plain,"));
        const csv::ParseResult result = csv::parse(line.toUtf8());
        QCOMPARE(result.records.size(), 1);
        QCOMPARE(result.records.first().fields, fields);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
