// The push's COPY encoding of outbox entries (copyencoder.h): which cell a value becomes, the
// latest entry of each row, the op column, escapes, and the fallback for payloads the fast
// scanner declines. No server needed.
#include "sync/copyencoder.h"
#include "sync/pg.h"

#include <QTest>

using namespace cd;
using namespace cd::sync;

namespace {

OutboxEntry entry(qint64 seq, const QString &entity, const QString &id, const QString &op,
                  const QByteArray &payload)
{
    OutboxEntry e;
    e.seq = seq;
    e.entity = entity;
    e.entityId = id;
    e.op = op;
    e.hlc = QStringLiteral("1767225600000-%1-ws").arg(seq, 6, 10, QLatin1Char('0'));
    e.payload = payload;
    return e;
}

// id text NOT NULL, notes text, n integer NOT NULL, flag boolean, code text NOT NULL
SyncTable table(bool insertOnly)
{
    SyncTable t;
    t.name = QStringLiteral("things");
    t.insertOnly = insertOnly;
    t.cols = {QStringLiteral("id"), QStringLiteral("notes"), QStringLiteral("n"),
              QStringLiteral("flag"), QStringLiteral("code")};
    t.types = {QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("integer"),
               QStringLiteral("boolean"), QStringLiteral("text")};
    t.nullable = {false, true, false, true, false};
    return t;
}

} // namespace

class TestCopyEncoder : public QObject
{
    Q_OBJECT
private slots:
    void copyCellRules()
    {
        // A value is its text, except an empty string standing for NULL in a nullable column.
        QCOMPARE(copyCell(true, false, true, false), CopyCell::Text);
        QCOMPARE(copyCell(false, false, true, true), CopyCell::Text);
        QCOMPARE(copyCell(true, false, true, true), CopyCell::Null);
        // No value: NULL where allowed, else 0 or ''.
        QCOMPARE(copyCell(true, true, false, false), CopyCell::Null);
        QCOMPARE(copyCell(false, true, false, false), CopyCell::Zero);
        QCOMPARE(copyCell(false, false, false, false), CopyCell::Empty);
    }

    void appendCopyValueFollowsTheRules()
    {
        const SyncTable t = table(false);
        const QByteArray tabbed("a\tb\\c");
        const QByteArray empty("");
        QByteArray out;
        appendCopyValue(out, t, 1, &tabbed, true);
        QCOMPARE(out, QByteArray("a\\tb\\\\c"));
        out.clear();
        appendCopyValue(out, t, 1, &empty, true); // nullable, empty may stand for NULL
        QCOMPARE(out, QByteArray("\\N"));
        out.clear();
        appendCopyValue(out, t, 1, &empty, false); // as stored: stays ''
        QCOMPARE(out, QByteArray(""));
        out.clear();
        appendCopyValue(out, t, 2, nullptr, true); // NOT NULL integer
        QCOMPARE(out, QByteArray("0"));
        out.clear();
        appendCopyValue(out, t, 4, nullptr, true); // NOT NULL text
        QCOMPARE(out, QByteArray(""));
        out.clear();
        appendCopyValue(out, t, 3, nullptr, false); // nullable
        QCOMPARE(out, QByteArray("\\N"));
    }

    void byTableKeepsFirstAppearanceOrder()
    {
        const QList<OutboxEntry> mixed = {
            entry(1, QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("upsert"), "{}"),
            entry(2, QStringLiteral("b"), QStringLiteral("2"), QStringLiteral("upsert"), "{}"),
            entry(3, QStringLiteral("a"), QStringLiteral("3"), QStringLiteral("upsert"), "{}"),
            entry(4, QStringLiteral("c"), QStringLiteral("4"), QStringLiteral("upsert"), "{}"),
            entry(5, QStringLiteral("b"), QStringLiteral("5"), QStringLiteral("upsert"), "{}")};
        const auto groups = byTable(mixed);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).first, QStringLiteral("a"));
        QCOMPARE(groups.at(1).first, QStringLiteral("b"));
        QCOMPARE(groups.at(2).first, QStringLiteral("c"));
        QList<qint64> seqs;
        for (const auto &[name, group] : groups)
            for (const OutboxEntry &e : group)
                seqs.append(e.seq);
        QCOMPARE(seqs, (QList<qint64>{1, 3, 2, 5, 4}));
        QVERIFY(byTable({}).isEmpty());

        // One table: the list itself, not a copy.
        const QList<OutboxEntry> one = {mixed.at(0), mixed.at(2)};
        const auto single = byTable(one);
        QCOMPARE(single.size(), 1);
        QVERIFY(single.at(0).second.constData() == one.constData());
    }

    void copyWriterGrows()
    {
        CopyWriter w(1);
        QByteArray expected;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray piece = QByteArray::number(i);
            w.put(piece.constData(), piece.size());
            w.put('\t');
            expected += piece + '\t';
        }
        QCOMPARE(w.take(), expected);
    }

    void encodesTheLatestEntryOfEachRowWithItsOp()
    {
        const SyncTable t = table(false);
        const QList<OutboxEntry> entries = {
            entry(1, t.name, QStringLiteral("c-1"), QStringLiteral("upsert"),
                  "{\"id\":\"c-1\",\"notes\":\"a\\tb\",\"n\":1,\"flag\":true,\"code\":\"x\"}"),
            // Empty notes (nullable) is NULL; n null in a NOT NULL integer is 0; missing flag is
            // NULL; an empty code (NOT NULL) stays ''.
            entry(2, t.name, QStringLiteral("c-2"), QStringLiteral("insert"),
                  "{\"id\":\"c-2\",\"notes\":\"\",\"n\":null,\"code\":\"\"}"),
            // A later entry of c-1 replaces the first, in the first one's place.
            entry(3, t.name, QStringLiteral("c-1"), QStringLiteral("upsert"),
                  "{\"code\":\"y\",\"n\":2,\"flag\":false,\"id\":\"c-1\",\"notes\":"
                  "\"back\\\\slash\\nnewline\"}"),
            // Not flat: read by QJsonDocument instead; the object goes as JSON text, a number
            // written with a fraction as an integer, a missing NOT NULL text as ''.
            entry(4, t.name, QStringLiteral("c-3"), QStringLiteral("upsert"),
                  "{\"id\":\"c-3\",\"notes\":{\"k\":1},\"n\":2.0}"),
            // Escapes and characters beyond the BMP.
            entry(5, t.name, QStringLiteral("c-4"), QStringLiteral("upsert"),
                  "{\"id\":\"c-4\",\"notes\":\"caf\\u00e9 \\ud83d\\ude00 "
                  "\\\\N\",\"n\":-3,\"code\":\"z\"}")};
        const QByteArray expected = "c-1\tback\\\\slash\\nnewline\t2\t0\ty\tupsert\n"
                                    "c-2\t\\N\t0\t\\N\t\tinsert\n"
                                    "c-3\t{\"k\":1}\t2\t\\N\t\tupsert\n"
                                    "c-4\tcaf\xc3\xa9 \xf0\x9f\x98\x80 \\\\N\t-3\t\\N\tz\tupsert\n";
        const QByteArray encoded = encodeMirror(t, entries);
        QCOMPARE(encoded, expected);

        // The server reads back exactly what the payloads said.
        QList<QByteArray> fields;
        const QList<QByteArray> lines = encoded.split('\n');
        copySplitLine(lines.at(3).constData(), int(lines.at(3).size()), fields);
        QCOMPARE(fields.at(1), QByteArray("caf\xc3\xa9 \xf0\x9f\x98\x80 \\N"));
    }

    void appendOnlyTablesKeepEveryEntryWithoutOp()
    {
        const SyncTable t = table(true);
        const QList<OutboxEntry> entries = {
            entry(1, t.name, QStringLiteral("e-1"), QStringLiteral("insert"),
                  "{\"id\":\"e-1\",\"n\":1,\"code\":\"a\"}"),
            entry(2, t.name, QStringLiteral("e-1"), QStringLiteral("insert"),
                  "{\"id\":\"e-1\",\"n\":2,\"code\":\"b\"}")};
        QCOMPARE(encodeMirror(t, entries), QByteArray("e-1\t\\N\t1\t\\N\ta\n"
                                                      "e-1\t\\N\t2\t\\N\tb\n"));
        QCOMPARE(encodeMirror(t, {}), QByteArray());
    }

    void opTextIsEscapedToo()
    {
        SyncTable t = table(false);
        const QList<OutboxEntry> entries = {entry(1, t.name, QStringLiteral("c-1"),
                                                  QStringLiteral("odd\top"),
                                                  "{\"id\":\"c-1\",\"n\":1,\"code\":\"x\"}")};
        QCOMPARE(encodeMirror(t, entries), QByteArray("c-1\t\\N\t1\t\\N\tx\todd\\top\n"));
    }
};

QTEST_GUILESS_MAIN(TestCopyEncoder)
#include "tst_copyencoder.moc"
