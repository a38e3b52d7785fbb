#include "verify.h"

#include "core/riskdetector.h"
#include "core/riskevaluation.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace cd;

// The shipped detector on the held-out evaluation sets (tests/data/risk/heldout.jsonl and
// heldout2.jsonl), each written apart from the rules and never used to write them. Each kind
// must find at least its floor of the notes labelled with it, and raise at most its ceiling of
// false alarms over the quiet notes. The target is 95% recall and at most 5% false alarms per
// kind. Version 5 meets the false-alarm ceiling of every kind but not the recall target: the
// floors are held-out figures less under a point (tests/data/risk/README.md), so the detector
// can only get better; raise them as it does, toward 0.95.
class TestRiskHeldOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Result<RiskDetector> detector = RiskDetector::loadShipped();
        CD_VERIFY_OK(detector);
        const RiskDetector &d = detector.value();
        for (const QString &file :
             {QStringLiteral("heldout.jsonl"), QStringLiteral("heldout2.jsonl")}) {
            QFile f(QStringLiteral(CONTACTDESK_TEST_DATA "/risk/") + file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
            Result<QList<RiskSample>> samples = parseRiskSamples(f.readAll(), f.fileName());
            CD_VERIFY_OK(samples);
            m_evaluations.insert(file, evaluateRisk(samples.value(), [&d](const QString &text) {
                                     QSet<QString> kinds;
                                     for (const RiskMatch &m : d.detect(text))
                                         if (m.affirmed())
                                             kinds.insert(m.kind);
                                     return kinds;
                                 }));
            qInfo().noquote() << "\n"
                              << file << "\n"
                              << formatRiskEvaluation(m_evaluations.value(file));
        }
    }

    void perKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("minRecall");
        QTest::addColumn<double>("maxFalseAlarms");
        // set, kind, recall floor, false-alarm ceiling (fractions of labelled / quiet notes)
        struct Row
        {
            const char *kind;
            double heldout;  // version 4's figures less under a point (version 5 is above them)
            double heldout2; // version 5's figures less under a point
        };
        const Row rows[] = {
            {"suicide_self_harm", 0.71, 0.79},   {"domestic_abuse", 0.91, 0.89},
            {"child_at_risk", 0.82, 0.85},       {"threat_to_others", 0.83, 0.85},
            {"stalking_harassment", 0.73, 0.81}, {"honour_based_abuse", 0.84, 0.76},
        };
        for (const Row &row : rows) {
            const QString kind = QString::fromLatin1(row.kind);
            QTest::newRow(qPrintable(QLatin1String("heldout ") + kind))
                << QStringLiteral("heldout.jsonl") << kind << row.heldout << 0.05;
            QTest::newRow(qPrintable(QLatin1String("heldout2 ") + kind))
                << QStringLiteral("heldout2.jsonl") << kind << row.heldout2 << 0.05;
        }
    }

    void perKind()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(double, minRecall);
        QFETCH(double, maxFalseAlarms);
        QVERIFY(m_evaluations.contains(file));
        const RiskEvaluation &e = m_evaluations[file];
        const RiskKindFigures *k = e.figures(kind);
        QVERIFY2(k, qPrintable(kind + QLatin1String(" is not in ") + file));
        QVERIFY(k->labelled >= 50);
        QVERIFY2(k->recall() >= minRecall, qPrintable(QStringLiteral("%1 %2: recall %3 below %4")
                                                          .arg(file, kind)
                                                          .arg(k->recall())
                                                          .arg(minRecall)));
        QVERIFY2(e.falseAlarmRate(*k) <= maxFalseAlarms,
                 qPrintable(QStringLiteral("%1 %2: false alarms %3 above %4")
                                .arg(file, kind)
                                .arg(e.falseAlarmRate(*k))
                                .arg(maxFalseAlarms)));
    }

    void quietNotesStayQuiet_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("maxQuietFired");
        // Target 0.05. heldout: version 4 8.6%, version 5 8.0%; heldout2: version 4 10.5%,
        // version 5 9.2%.
        QTest::newRow("heldout") << QStringLiteral("heldout.jsonl") << 0.09;
        QTest::newRow("heldout2") << QStringLiteral("heldout2.jsonl") << 0.10;
    }

    void quietNotesStayQuiet()
    {
        QFETCH(QString, file);
        QFETCH(double, maxQuietFired);
        const RiskEvaluation &e = m_evaluations[file];
        QVERIFY(e.quiet >= 300);
        QVERIFY2(e.falseAlarmRate() <= maxQuietFired,
                 qPrintable(file + QLatin1Char(' ') + QString::number(e.falseAlarmRate())));
    }

    // The development sets (written apart from the rules, then used to write them) keep what
    // version 4 (dev5: version 5) reached on them, so a change for one set does not silently undo
    // another.
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
        QTest::newRow("dev5") << QStringLiteral("dev5.jsonl") << 0.94 << 0.02;
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
    QHash<QString, RiskEvaluation> m_evaluations; // held-out file -> figures
};

QTEST_GUILESS_MAIN(TestRiskHeldOut)
#include "tst_riskheldout.moc"
