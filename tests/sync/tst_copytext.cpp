// COPY text format as the sync writes it for PostgreSQL and reads it back (no server needed).
#include "sync/pg.h"

#include <QTest>

using namespace cd::sync;

class TestCopyText : public QObject
{
    Q_OBJECT
private slots:
    void fieldRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QByteArray("Caller asked about progress")
                               << QByteArray("Caller asked about progress");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("a\\tb");
        QTest::newRow("newline and return")
            << QByteArray("line 1\r\nline 2") << QByteArray("line 1\\r\\nline 2");
        QTest::newRow("backslash") << QByteArray("C:\\temp\\") << QByteArray("C:\\\\temp\\\\");
        QTest::newRow("escape first and last")
            << QByteArray("\tmiddle\n") << QByteArray("\\tmiddle\\n");
        QTest::newRow("UTF-8 untouched")
            << QByteArray("Llanfair \xe2\x80\x94 caf\xc3\xa9") // em dash, e acute
            << QByteArray("Llanfair \xe2\x80\x94 caf\xc3\xa9");
    }
    void fieldRoundTrip()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, escaped);
        QByteArray line;
        copyAppendField(line, value);
        QCOMPARE(line, escaped);
        line.append('\t');
        copyAppendNull(line);
        line.append('\t');
        copyAppendField(line, "after");
        QList<QByteArray> fields;
        copySplitLine(line.constData(), int(line.size()), fields);
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0), value);
        QVERIFY(!fields.at(0).isNull());
        QVERIFY(fields.at(1).isNull()); // \N is SQL NULL
        QCOMPARE(fields.at(2), QByteArray("after"));
    }

    void splitsWhatTheServerSends()
    {
        // PostgreSQL's COPY TO also escapes backspace, form feed and vertical tab; a line may
        // end with an empty field, and a field may be escapes only.
        const QByteArray line("a\\bb\\f\\v\t\\\\\t\t\\N\t");
        QList<QByteArray> fields;
        copySplitLine(line.constData(), int(line.size()), fields);
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), QByteArray("a\bb\f\v"));
        QCOMPARE(fields.at(1), QByteArray("\\"));
        QCOMPARE(fields.at(2), QByteArray(""));
        QVERIFY(!fields.at(2).isNull());
        QVERIFY(fields.at(3).isNull());
        QCOMPARE(fields.at(4), QByteArray(""));
        QVERIFY(!fields.at(4).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCopyText)
#include "tst_copytext.moc"
