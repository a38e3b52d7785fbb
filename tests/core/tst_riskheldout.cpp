#include "verify.h"

#include "core/riskdetector.h"
#include "core/riskevaluation.h"

#include <QFile>
#include <QTest>

using namespace cd;

// The shipped detector on the held-out evaluation set (tests/data/risk/heldout.jsonl), which
// was written apart from the rules and is never used to write them. Each kind must find at
// least its floor of the notes labelled with it, and raise at most its ceiling of false alarms
// over the quiet notes. The target is 95% recall and at most 5% false alarms per kind. Detector
// version 4 meets the false-alarm ceiling of every kind but not the recall target: each floor
// is its held-out recall of 2 December 2026 (version 4) less under a point
// (tests/data/risk/README.md), so the detector can only get better; raise the floors as it does,
// toward 0.95.
class TestRiskHeldOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(CONTACTDESK_TEST_DATA "/risk/heldout.jsonl"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
        Result<QList<RiskSample>> samples = parseRiskSamples(f.readAll(), f.fileName());
        CD_VERIFY_OK(samples);
        Result<RiskDetector> detector = RiskDetector::loadShipped();
        CD_VERIFY_OK(detector);
        const RiskDetector &d = detector.value();
        m_evaluation = evaluateRisk(samples.value(), [&d](const QString &text) {
            QSet<QString> kinds;
            for (const RiskMatch &m : d.detect(text))
                if (m.affirmed())
                    kinds.insert(m.kind);
            return kinds;
        });
        qInfo().noquote() << "\n" << formatRiskEvaluation(m_evaluation);
    }

    void perKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("minRecall");
        QTest::addColumn<double>("maxFalseAlarms");
        // kind, recall floor, false-alarm ceiling (fractions of labelled / quiet notes)
        QTest::newRow("suicide_self_harm") << QStringLiteral("suicide_self_harm") << 0.71 << 0.05;
        QTest::newRow("domestic_abuse") << QStringLiteral("domestic_abuse") << 0.91 << 0.05;
        QTest::newRow("child_at_risk") << QStringLiteral("child_at_risk") << 0.82 << 0.05;
        QTest::newRow("threat_to_others") << QStringLiteral("threat_to_others") << 0.83 << 0.05;
        QTest::newRow("stalking_harassment")
            << QStringLiteral("stalking_harassment") << 0.73 << 0.05;
        QTest::newRow("honour_based_abuse") << QStringLiteral("honour_based_abuse") << 0.84 << 0.05;
    }

    void perKind()
    {
        QFETCH(QString, kind);
        QFETCH(double, minRecall);
        QFETCH(double, maxFalseAlarms);
        const RiskKindFigures *k = m_evaluation.figures(kind);
        QVERIFY2(k, qPrintable(kind + QLatin1String(" is not in the held-out set")));
        QVERIFY(k->labelled >= 50);
        QVERIFY2(k->recall() >= minRecall, qPrintable(QStringLiteral("%1: recall %2 below %3")
                                                          .arg(kind)
                                                          .arg(k->recall())
                                                          .arg(minRecall)));
        QVERIFY2(m_evaluation.falseAlarmRate(*k) <= maxFalseAlarms,
                 qPrintable(QStringLiteral("%1: false alarms %2 above %3")
                                .arg(kind)
                                .arg(m_evaluation.falseAlarmRate(*k))
                                .arg(maxFalseAlarms)));
    }

    void quietNotesStayQuiet()
    {
        QVERIFY(m_evaluation.quiet >= 300);
        // Target 0.05; version 4 raises some kind on 8.6% of the quiet notes (version 3: 8.9%).
        QVERIFY2(m_evaluation.falseAlarmRate() <= 0.09,
                 qPrintable(QString::number(m_evaluation.falseAlarmRate())));
    }

    // The development sets (written apart from the rules, then used to write them) keep what
    // version 4 reached on them, so a change for one set does not silently undo another.
    void developmentSetsKeepTheirFigures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("minRecall");
        QTest::addColumn<double>("maxQuietFired");
        // set, recall floor over all kinds, ceiling of quiet notes with any false alarm
        QTest::newRow("dev") << QStringLiteral("dev.jsonl") << 0.97 << 0.02;
        QTest::newRow("dev2") << QStringLiteral("dev2.jsonl") << 0.97 << 0.05;
        QTest::newRow("dev3") << QStringLiteral("dev3.jsonl") << 0.94 << 0.05;
        QTest::newRow("dev4") << QStringLiteral("dev4.jsonl") << 0.94 << 0.05;
    }

    void developmentSetsKeepTheirFigures()
    {
        QFETCH(QString, file);
        QFETCH(double, minRecall);
        QFETCH(double, maxQuietFired);
        QFile f(QStringLiteral(CONTACTDESK_TEST_DATA "/risk/") + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
        Result<QList<RiskSample>> samples = parseRiskSamples(f.readAll(), f.fileName());
        CD_VERIFY_OK(samples);
        Result<RiskDetector> detector = RiskDetector::loadShipped();
        CD_VERIFY_OK(detector);
        const RiskDetector &d = detector.value();
        const RiskEvaluation e = evaluateRisk(samples.value(), [&d](const QString &text) {
            QSet<QString> kinds;
            for (const RiskMatch &m : d.detectAffirmed(text))
                kinds.insert(m.kind);
            return kinds;
        });
        QVERIFY(e.quiet >= 300);
        QVERIFY2(e.overallRecall() >= minRecall,
                 qPrintable(QStringLiteral("%1: recall %2 below %3\n%4")
                                .arg(file)
                                .arg(e.overallRecall())
                                .arg(minRecall)
                                .arg(formatRiskEvaluation(e))));
        QVERIFY2(e.falseAlarmRate() <= maxQuietFired,
                 qPrintable(QStringLiteral("%1: %2 of quiet notes fired, above %3\n%4")
                                .arg(file)
                                .arg(e.falseAlarmRate())
                                .arg(maxQuietFired)
                                .arg(formatRiskEvaluation(e))));
    }

private:
    RiskEvaluation m_evaluation;
};

QTEST_GUILESS_MAIN(TestRiskHeldOut)
#include "tst_riskheldout.moc"
