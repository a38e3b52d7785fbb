// What the importers and the script loader refuse, and how they say so.
#include "core/contactcsv.h"
#include "core/script.h"
#include "core/taxonomy.h"
#include "core/validation.h"
#include "verify.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace cd;

namespace {

Taxonomy shippedTaxonomy()
{
    QFile f(QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/taxonomy/taxonomy.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("shipped taxonomy missing");
    Result<Taxonomy> t = Taxonomy::fromJson(f.readAll(), f.fileName());
    if (!t)
        qFatal("%s", qPrintable(t.errorMessage()));
    return t.value();
}

const QByteArray kHeader =
    "id,started_at,ended_at,handler,team,channel,category,reason,outcome,remained_dissatisfied,"
    "caller_name,caller_phone,caller_email,postcode,reference,vrm,notes\n";

const QDateTime kNow(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

// Maps the one data row of `file`; the error message when it is refused.
QString refusal(const QByteArray &file)
{
    const csv::ParseResult parsed = csv::parse(file);
    if (parsed.records.size() != 2)
        return QStringLiteral("expected a header and one row");
    Result<contactcsv::Header> header = contactcsv::Header::fromRecord(parsed.records.at(0));
    if (!header)
        return header.errorMessage();
    static const Taxonomy taxonomy = shippedTaxonomy();
    Result<Contact> c =
        contactcsv::fromRecord(header.value(), parsed.records.at(1), taxonomy,
                               {QStringLiteral("Importer"), QStringLiteral("QoS")}, kNow);
    return c ? QString() : c.errorMessage();
}

QByteArray row(const QByteArray &started, const QByteArray &handler, const QByteArray &name,
               const QByteArray &notes)
{
    return "," + started + ",," + handler + ",QoS North,phone,fraud,,signposted,false," + name +
           ",,,,,," + notes + "\n";
}

// A script of `count` prompts in a chain; the last ends it.
Script chain(int count)
{
    Script s;
    s.id = QStringLiteral("chain");
    s.version = 1;
    s.title = QStringLiteral("Chain");
    s.category = QStringLiteral("mental_health");
    s.sources.append({QStringLiteral("Source"), QStringLiteral("https://example.org/")});
    for (int i = 0; i < count; ++i) {
        ScriptStep step;
        step.id = QStringLiteral("s%1").arg(i);
        step.text = QStringLiteral("Say %1").arg(i);
        if (i + 1 < count)
            step.next = QStringLiteral("s%1").arg(i + 1);
        s.steps.append(step);
    }
    s.start = s.steps.first().id;
    s.reindex();
    return s;
}

QStringList messages(const QList<ScriptProblem> &problems)
{
    QStringList out;
    for (const ScriptProblem &p : problems)
        out.append(p.step.isEmpty() ? p.message : p.step + QStringLiteral(": ") + p.message);
    return out;
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT
private slots:
    void aGoodRowIsTaken()
    {
        QCOMPARE(refusal(kHeader + row("2026-10-01T09:00:00Z", "J. Smith", "Siân", "fine")),
                 QString());
    }

    void invalidUtf8IsRefusedWithLineAndColumn()
    {
        QCOMPARE(refusal(kHeader + row("2026-10-01T09:00:00Z", "J. Smith", "Si\xE2n", "x")),
                 QStringLiteral("line 2, column 11 (caller_name): not valid UTF-8"));
    }

    void nulByteIsRefused()
    {
        QCOMPARE(
            refusal(kHeader + row("2026-10-01T09:00:00Z", "J. Smith", "Jo", QByteArray("a\0b", 3))),
            QStringLiteral("line 2, column 17 (notes): contains a NUL byte"));
    }

    void fieldsOverTheirLimitAreRefused()
    {
        QCOMPARE(
            refusal(kHeader + row("2026-10-01T09:00:00Z", QByteArray(1000000, 'h'), "Jo", "x")),
            QStringLiteral("line 2, column 4 (handler): has 1000000 characters; at most 200"));
        QCOMPARE(refusal(kHeader + row("2026-10-01T09:00:00Z", "J. Smith", "Jo",
                                       QByteArray(validation::limits::kNotes + 1, 'n'))),
                 QStringLiteral("line 2, column 17 (notes): has 20001 characters; at most 20000"));
        QCOMPARE(refusal(kHeader + row("2026-10-01T09:00:00Z", "J. Smith", "Jo",
                                       QByteArray(validation::limits::kNotes, 'n'))),
                 QString());
    }

    void implausibleTimesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("started");
        QTest::addColumn<QString>("message");
        QTest::newRow("year 1") << QByteArray("0001-01-01T09:00:00Z")
                                << "line 2, column 2 (started_at): 0001-01-01T09:00:00Z is "
                                   "before the year 2000";
        QTest::newRow("year 9999") << QByteArray("9999-12-31T09:00:00Z")
                                   << "line 2, column 2 (started_at): 9999-12-31T09:00:00Z is "
                                      "more than a day in the future";
        QTest::newRow("1999") << QByteArray("1999-12-31T23:59:59Z")
                              << "line 2, column 2 (started_at): 1999-12-31T23:59:59Z is "
                                 "before the year 2000";
        QTest::newRow("two days ahead")
            << QByteArray("2026-12-04T12:00:00Z")
            << "line 2, column 2 (started_at): 2026-12-04T12:00:00Z is more than a day in the "
               "future";
        QTest::newRow("2000") << QByteArray("2000-01-01T00:00:00Z") << QString();
        QTest::newRow("tomorrow") << QByteArray("2026-12-03T11:00:00Z") << QString();
    }
    void implausibleTimesAreRefused()
    {
        QFETCH(QByteArray, started);
        QFETCH(QString, message);
        QCOMPARE(refusal(kHeader + row(started, "J. Smith", "Jo", "x")), message);
    }

    void timesWithoutOffsetAreLondonTime()
    {
        QCOMPARE(contactcsv::parseIsoTime(QStringLiteral("2026-07-01T09:00:00")),
                 QDateTime(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(contactcsv::parseIsoTime(QStringLiteral("2026-01-15 09:00:00")),
                 QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
        QCOMPARE(contactcsv::parseIsoTime(QStringLiteral("2026-07-01T09:00:00-04:00")),
                 QDateTime(QDate(2026, 7, 1), QTime(13, 0), Qt::UTC));
    }

    void duplicateJsonKeysAreRefused()
    {
        const QByteArray json = R"({"id": "dup", "version": 1, "title": "A",
            "steps": [{"id": "a", "text": "x", "text": "y"}], "title": "B"})";
        QCOMPARE(Script::findDuplicateKey(json), QStringLiteral("\"text\" (line 2)"));
        // The same key in different objects, or as a value, is fine.
        QCOMPARE(Script::findDuplicateKey(R"({"a": {"a": "a"}, "b": [{"a": 1}, {"a": 2}]})"),
                 QString());
        // An escaped spelling is the same key to a JSON reader.
        QCOMPARE(Script::findDuplicateKey(R"({"title": 1, "t\u0069tle": 2})"),
                 QStringLiteral("\"title\" (line 1)"));
        QList<ScriptProblem> problems;
        QVERIFY(!Script::parse(json, QStringLiteral("dup.json"), &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 QStringLiteral(
                     "the key \"text\" (line 2) appears twice in one object; name each key once"));
    }

    void scriptLimits()
    {
        Script s = chain(3);
        QVERIFY(Script::validate(s).isEmpty());
        s.title = QString(validation::limits::kScriptTitle + 1, QLatin1Char('T'));
        QCOMPARE(messages(Script::validate(s)),
                 QStringList{QStringLiteral("the title has 201 characters; at most 200")});
        s = chain(3);
        s.steps[1].text = QString(validation::limits::kScriptText + 1, QLatin1Char('x'));
        QCOMPARE(messages(Script::validate(s)),
                 QStringList{QStringLiteral(
                     "s1: the step's text or advice is longer than 4000 characters")});
        QCOMPARE(messages(Script::validate(chain(validation::limits::kScriptSteps + 1))),
                 QStringList{QStringLiteral("the script has 2001 steps; at most 2000")});
        QVERIFY(Script::validate(chain(validation::limits::kScriptSteps)).isEmpty());
        QVERIFY(!Script::checkFileSize(50 * 1000 * 1000).isEmpty());
        QVERIFY(Script::checkFileSize(validation::limits::kScriptFileBytes).isEmpty());
        QList<ScriptProblem> problems;
        QVERIFY(!Script::parse(QByteArray(validation::limits::kScriptFileBytes + 1, ' '),
                               QStringLiteral("big.json"), &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QLatin1String("at most 1048576")));
    }

    void longScriptsAreValidatedCorrectly()
    {
        // 20,000 steps: only the step limit is reported. Then the chain's links reversed, so
        // each step leads back to the one before and only the first can finish; and a loop
        // at the end, from which no step can finish.
        Script s = chain(20000);
        QElapsedTimer timer;
        timer.start();
        const QList<ScriptProblem> found = Script::validate(s);
        qInfo("validated 20,000 steps in %lld ms", timer.elapsed()); // a figure, not a check
        QCOMPARE(messages(found),
                 QStringList{QStringLiteral("the script has 20000 steps; at most 2000")});

        Script backwards = chain(20000);
        for (int i = 0; i < backwards.steps.size(); ++i)
            backwards.steps[i].next = i == 0 ? QString() : QStringLiteral("s%1").arg(i - 1);
        backwards.start = QStringLiteral("s19999");
        backwards.reindex();
        QCOMPARE(messages(Script::validate(backwards)),
                 QStringList{QStringLiteral("the script has 20000 steps; at most 2000")});

        // A way out at the start, then a loop at the end from which nothing finishes.
        Script loop = chain(20000);
        ScriptStep &first = loop.steps[0];
        first.kind = ScriptStep::Kind::Question;
        first.answers = {{QStringLiteral("On"), QStringLiteral("s1")},
                         {QStringLiteral("Out"), QStringLiteral("out")}};
        first.next.clear();
        ScriptStep out;
        out.id = QStringLiteral("out");
        out.text = QStringLiteral("Done");
        loop.steps.append(out);
        loop.steps[19999].next = QStringLiteral("s19998");
        loop.reindex();
        const QStringList problems = messages(Script::validate(loop));
        QCOMPARE(problems.size(), 1 + 19999);
        QCOMPARE(problems.at(0), QStringLiteral("the script has 20001 steps; at most 2000"));
        QCOMPARE(problems.at(1), QStringLiteral("s1: no way to finish from this step (a loop with "
                                                "no end)"));
        QCOMPARE(problems.last(), QStringLiteral("s19999: no way to finish from this step (a "
                                                 "loop with no end)"));
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
