#include "verify.h"

#include "core/riskevaluation.h"

#include <QTest>

using namespace cd;

class TestRiskEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void readsLabelledNotes()
    {
        const QByteArray jsonl =
            R"({"id": "a", "text": "he hit her", "kinds": ["domestic_abuse"], "context": "affirmed"}

{"id": "b", "text": "parking again", "kinds": [], "context": "ordinary"}
)";
        const Result<QList<RiskSample>> samples = parseRiskSamples(jsonl, QStringLiteral("set"));
        CD_VERIFY_OK(samples);
        QCOMPARE(samples->size(), 2);
        QCOMPARE(samples->at(0).kinds, QStringList{QStringLiteral("domestic_abuse")});
        QCOMPARE(samples->at(1).context, QStringLiteral("ordinary"));
        QVERIFY(samples->at(1).kinds.isEmpty());
    }

    void namesTheLineOfABadNote_data()
    {
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<QString>("message");
        const QByteArray good = R"({"id": "a", "text": "x", "kinds": []})"
                                "\n";
        QTest::newRow("not json") << good + "{oops\n" << QStringLiteral("set line 2:");
        QTest::newRow("no text") << good + R"({"id": "b", "kinds": []})"
                                 << QStringLiteral(
                                        "set line 2: needs a string \"id\" and \"text\"");
        QTest::newRow("kinds not an array")
            << good + R"({"id": "b", "text": "y", "kinds": "x"})"
            << QStringLiteral("set line 2: needs an array \"kinds\"");
        QTest::newRow("kind not a name")
            << good + R"({"id": "b", "text": "y", "kinds": [3]})"
            << QStringLiteral("set line 2: \"kinds\" holds something other than a kind name");
        QTest::newRow("same id twice") << good + good << QStringLiteral("set line 2: id \"a\"");
        QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("set holds no samples");
    }

    void namesTheLineOfABadNote()
    {
        QFETCH(QByteArray, jsonl);
        QFETCH(QString, message);
        const Result<QList<RiskSample>> samples = parseRiskSamples(jsonl, QStringLiteral("set"));
        QVERIFY(!samples.ok());
        QVERIFY2(samples.errorMessage().startsWith(message), qPrintable(samples.errorMessage()));
    }

    // Four risk notes (one with two kinds), three quiet ones; the stand-in detector fires on
    // the word "risk" with the kind written after it.
    void countsRecallAndFalseAlarmsPerKind()
    {
        const QList<RiskSample> samples = {
            {QStringLiteral("r1"), QStringLiteral("risk:dv"), {QStringLiteral("dv")}, {}},
            {QStringLiteral("r2"), QStringLiteral("nothing"), {QStringLiteral("dv")}, {}},
            {QStringLiteral("r3"),
             QStringLiteral("risk:dv risk:child"),
             {QStringLiteral("dv"), QStringLiteral("child")},
             {}},
            {QStringLiteral("r4"), QStringLiteral("risk:dv"), {QStringLiteral("child")}, {}},
            {QStringLiteral("q1"), QStringLiteral("quiet"), {}, QStringLiteral("ordinary")},
            {QStringLiteral("q2"),
             QStringLiteral("risk:dv risk:weapon"),
             {},
             QStringLiteral("negated")},
            {QStringLiteral("q3"), QStringLiteral("quiet"), {}, QStringLiteral("idiom")},
        };
        const RiskEvaluation e = evaluateRisk(samples, [](const QString &text) {
            QSet<QString> kinds;
            for (const QString &word : text.split(QLatin1Char(' ')))
                if (word.startsWith(QLatin1String("risk:")))
                    kinds.insert(word.mid(5));
            return kinds;
        });
        const RiskKindFigures *dv = e.figures(QStringLiteral("dv"));
        const RiskKindFigures *child = e.figures(QStringLiteral("child"));
        const RiskKindFigures *weapon = e.figures(QStringLiteral("weapon"));
        QVERIFY(dv && child && weapon);
        QCOMPARE(dv->labelled, 3);
        QCOMPARE(dv->found, 2);
        QCOMPARE(dv->falseAlarms, 1);
        QCOMPARE(child->labelled, 2);
        QCOMPARE(child->found, 1);
        QCOMPARE(weapon->labelled, 0);
        QCOMPARE(weapon->falseAlarms, 1);
        QCOMPARE(e.quiet, 3);
        QCOMPARE(e.quietFired, 1);
        QCOMPARE(e.overallRecall(), 3.0 / 5.0);
        QCOMPARE(e.falseAlarmRate(), 1.0 / 3.0);
        QCOMPARE(e.missed, (QStringList{QStringLiteral("r2 dv"), QStringLiteral("r4 child")}));
        QCOMPARE(e.falseAlarmIds,
                 (QStringList{QStringLiteral("q2 dv"), QStringLiteral("q2 weapon")}));

        const QString table = formatRiskEvaluation(e);
        QVERIFY2(table.contains(QStringLiteral("dv")) && table.contains(QStringLiteral("66.7%")),
                 qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("3 quiet notes")), qPrintable(table));
    }
};

QTEST_GUILESS_MAIN(TestRiskEvaluation)
#include "tst_riskevaluation.moc"
