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
        QCOMPARE(result.errorLine, 3);
        QVERIFY(result.error.contains(QLatin1String("never closed")));
        // Reading goes on at the line after the quote's.
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.records.at(2).fields, (QStringList{"4", "5"}));
        QCOMPARE(result.records.at(2).line, 4);
    }

    void strayQuoteIsReportedAtItsLineAndLaterRecordsLand()
    {
        // The stray quote on line 3 would swallow lines 4 and 5 up to the quoted field on
        // line 5; those lines are read again as records, and so is everything after.
        const QByteArray input = "h1,h2\r\n"
                                 "1,a\r\n"
                                 "2,\"stray\r\n"
                                 "3,c\r\n"
                                 "4,\"quoted, fine\"\r\n"
                                 "5,\"two\r\nlines\"\r\n"
                                 "6,f\r\n";
        const csv::ParseResult result = csv::parse(input);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 3);
        QCOMPARE(result.errorLine, 3);
        QList<int> lines;
        QList<QStringList> fields;
        for (const csv::Record &r : result.records) {
            lines.append(r.line);
            fields.append(r.fields);
        }
        QCOMPARE(lines, (QList<int>{1, 2, 4, 5, 6, 8}));
        QCOMPARE(fields.at(3), (QStringList{"4", "quoted, fine"}));
        QCOMPARE(fields.at(4), (QStringList{"5", "two\r\nlines"}));
        QCOMPARE(fields.at(5), (QStringList{"6", "f"}));

        // The same fed in small pieces, as a file is read.
        csv::Reader reader;
        for (qsizetype i = 0; i < input.size(); i += 3)
            reader.feed(input.mid(i, 3));
        reader.finish();
        QList<int> fedLines;
        while (reader.hasRecord())
            fedLines.append(reader.take().line);
        QCOMPARE(fedLines, lines);
        QCOMPARE(reader.takeErrors().size(), 1);
    }

    void manyStrayQuotesEachReportedOnce()
    {
        // Every other line opens a quote that never closes; the others all land.
        QByteArray input;
        for (int i = 1; i <= 2000; ++i)
            input += i % 2 ? QByteArray::number(i) + ",\"open\n" : QByteArray::number(i) + ",ok\n";
        const csv::ParseResult result = csv::parse(input);
        QCOMPARE(result.errors.size(), 1000);
        QCOMPARE(result.records.size(), 1000);
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(result.errors.at(i).line, 2 * i + 1);
            QCOMPARE(result.records.at(i).line, 2 * i + 2);
        }
    }

    void overlongRecordIsRefusedAndReadingGoesOn()
    {
        QByteArray input = "a,b\n1,\"" + QByteArray(csv::kMaxRecordBytes + 10, 'x') + "\"\n2,c\n";
        const csv::ParseResult result = csv::parse(input);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 2);
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(1).fields, (QStringList{"2", "c"}));
        QCOMPARE(result.records.at(1).line, 3);
    }

    void invalidUtf8AndNulAreFlaggedByField()
    {
        // Latin-1 é, a cut-off euro sign, an encoded surrogate, a NUL byte.
        static const char kInput[] = "a,b,c\nok,caf\xC3\xA9,x\nbad,\xE9t\xE9,y\n"
                                     "cut,\xE2\x82,z\nsur,\xED\xA0\x80,w\nnul,x,a\0b\n";
        const csv::ParseResult result = csv::parse(QByteArray(kInput, sizeof(kInput) - 1));
        QCOMPARE(result.records.size(), 6);
        QVERIFY(result.records.at(1).problems.isEmpty());
        QCOMPARE(result.records.at(1).fields.at(1), QStringLiteral("café"));
        for (int i = 2; i <= 4; ++i) {
            QCOMPARE(result.records.at(i).problems.size(), 1);
            QCOMPARE(result.records.at(i).problems.first().field, 1);
            QCOMPARE(result.records.at(i).problems.first().kind, csv::FieldProblem::InvalidUtf8);
        }
        QCOMPARE(result.records.at(5).problems.size(), 1);
        QCOMPARE(result.records.at(5).problems.first().field, 2);
        QCOMPARE(result.records.at(5).problems.first().kind, csv::FieldProblem::NulByte);
        QCOMPARE(csv::fieldMessage(3, 1, QStringLiteral("name"),
                                   csv::problemText(csv::FieldProblem::InvalidUtf8)),
                 QStringLiteral("line 3, column 2 (name): not valid UTF-8"));
    }

    void formulaCellsAreNeutralisedAndRestored_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("safe");
        QTest::newRow("equals") << "=cmd|' /C calc'!A0"
                                << "'=cmd|' /C calc'!A0";
        QTest::newRow("plus") << "+44 7700 900123"
                              << "'+44 7700 900123";
        QTest::newRow("minus") << "-1"
                               << "'-1";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("cr") << "\rx"
                            << "'\rx";
        QTest::newRow("plain") << "Jo Bloggs"
                               << "Jo Bloggs";
        QTest::newRow("inner") << "a=b"
                               << "a=b";
        QTest::newRow("empty") << ""
                               << "";
    }
    void formulaCellsAreNeutralisedAndRestored()
    {
        QFETCH(QString, cell);
        QFETCH(QString, safe);
        QCOMPARE(csv::neutraliseFormula(cell), safe);
        QCOMPARE(csv::restoreFormula(safe), cell);
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
