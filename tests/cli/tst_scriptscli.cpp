#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real contactdesk-admin binary, as an administrator would.
class TestScriptsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateShippedFolder();
    void validateReportsFileAndStep_data();
    void validateReportsFileAndStep();
    void validateMissingPath();
    void importStoresAndRefuses();
    void detectPrintsMatches_data();
    void detectPrintsMatches();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &input = {});

    QString m_bin;
    QTemporaryDir m_profile;
};

void TestScriptsCli::initTestCase()
{
    m_bin = QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
    QVERIFY2(QFile::exists(m_bin), qPrintable(m_bin));
    QVERIFY(m_profile.isValid());
}

TestScriptsCli::Run TestScriptsCli::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(m_bin, QStringList{QStringLiteral("--profile"), m_profile.path()} + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestScriptsCli::validateShippedFolder()
{
    const Run r = run({QStringLiteral("scripts"), QStringLiteral("validate"),
                       QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/scripts")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("mental_health.json: ok (mental_health version 2")));
    QVERIFY(r.out.contains(QStringLiteral(" 0 with problems")));
}

void TestScriptsCli::validateReportsFileAndStep_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QString bad = QStringLiteral(CONTACTDESK_TEST_DATA "/scripts/bad/");
    QTest::newRow("dangling") << bad + QStringLiteral("dangling.json")
                              << bad + QStringLiteral("dangling.json: step \"ask\": answer 2 leads "
                                                      "to \"nowhere\", which does not exist");
    QTest::newRow("unreachable")
        << bad + QStringLiteral("unreachable.json")
        << bad +
               QStringLiteral("unreachable.json: step \"orphan_step\": the step cannot be reached");
    QTest::newRow("missing text")
        << bad + QStringLiteral("missing_text.json")
        << bad + QStringLiteral("missing_text.json: step \"done\": the step has no text");
}

void TestScriptsCli::validateReportsFileAndStep()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Run r = run({QStringLiteral("scripts"), QStringLiteral("validate"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("1 script(s) checked, 1 with problems")));
}

void TestScriptsCli::validateMissingPath()
{
    const Run r = run({QStringLiteral("scripts"), QStringLiteral("validate"),
                       QStringLiteral("/nonexistent/x.json")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
    QCOMPARE(run({QStringLiteral("scripts"), QStringLiteral("validate")}).code, 2);
}

void TestScriptsCli::importStoresAndRefuses()
{
    const QString demo = QStringLiteral(CONTACTDESK_TEST_DATA "/scripts/demo.json");
    Run r = run({QStringLiteral("scripts"), QStringLiteral("import"), demo});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("imported demo version 1 (Demo)")));

    r = run({QStringLiteral("scripts"), QStringLiteral("import"), demo});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not newer than version 1")), qPrintable(r.err));

    const QString bad = QStringLiteral(CONTACTDESK_TEST_DATA "/scripts/bad/dangling.json");
    r = run({QStringLiteral("scripts"), QStringLiteral("import"), bad});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(bad + QStringLiteral(": step \"ask\"")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("was not imported")));

    r = run({QStringLiteral("scripts"), QStringLiteral("list")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("demo\t1\tmental_health\tDemo\t")));
    QVERIFY(!r.out.contains(QStringLiteral("dangling")));
    QVERIFY(r.out.contains(QStringLiteral("traveller_encampment\t2\t")));
}

void TestScriptsCli::detectPrintsMatches_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("walkthrough note")
        << QByteArray("Unhappy nobody called back. She feels there is no point carrying on.\n")
        << QStringLiteral(
               R"([{"kind":"suicide_self_harm","phrase":"no point carrying on","start":47,"end":67}])");
    QTest::newRow("ordinary note")
        << QByteArray("the car was killed off by the garage; self-service portal down")
        << QStringLiteral("[]");
    QTest::newRow("empty input") << QByteArray("") << QStringLiteral("[]");
    QTest::newRow("two kinds, unicode before")
        << QByteArray("Caf\xc3\xa9 owner: he hit me. Kids left alone.")
        << QStringLiteral(
               R"([{"kind":"domestic_abuse","phrase":"he hit me","start":12,"end":21},)"
               R"({"kind":"child_at_risk","phrase":"child left alone","start":23,"end":38}])");
}

void TestScriptsCli::detectPrintsMatches()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Run r = run({QStringLiteral("scripts"), QStringLiteral("detect")}, input);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), expected);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
}

QTEST_GUILESS_MAIN(TestScriptsCli)
#include "tst_scriptscli.moc"
