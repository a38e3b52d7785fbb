#include "core/vrm.h"

#include <QTest>

using namespace cd;

class TestVrm : public QObject
{
    Q_OBJECT
private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lower case with space") << "ab12 cde"
                                               << "AB12CDE";
        QTest::newRow("hyphen and spaces") << " AB-12  CDE "
                                           << "AB12CDE";
        QTest::newRow("dots and tab") << "a.b12\tcde"
                                      << "AB12CDE";
        QTest::newRow("empty") << ""
                               << "";
    }
    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(vrm::normalise(input), expected);
    }

    void recognise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("unusual");
        QTest::addColumn<QString>("display");
        // Valid marks in every format.
        QTest::newRow("current") << "AB12 CDE"
                                 << "current" << false << "AB12 CDE";
        QTest::newRow("current lower no space") << "yc19son"
                                                << "current" << false << "YC19 SON";
        QTest::newRow("current september age") << "BD51SMR"
                                               << "current" << false << "BD51 SMR";
        QTest::newRow("current random Z allowed") << "LM74ZZA"
                                                  << "current" << false << "LM74 ZZA";
        QTest::newRow("prefix") << "A123 BCD"
                                << "prefix" << false << "A123 BCD";
        QTest::newRow("prefix one digit") << "P7RTV"
                                          << "prefix" << false << "P7 RTV";
        QTest::newRow("suffix") << "ABC 123A"
                                << "suffix" << false << "ABC 123A";
        QTest::newRow("suffix one digit") << "HPT4L"
                                          << "suffix" << false << "HPT 4L";
        QTest::newRow("dateless letters first") << "AB 1234"
                                                << "dateless" << false << "AB 1234";
        QTest::newRow("dateless digits first") << "1234 AB"
                                               << "dateless" << false << "1234 AB";
        QTest::newRow("dateless single") << "A1"
                                         << "dateless" << false << "A 1";
        QTest::newRow("northern ireland current") << "ABZ 1234"
                                                  << "northern_ireland" << false << "ABZ 1234";
        QTest::newRow("northern ireland old") << "AZ 1234"
                                              << "northern_ireland" << false << "AZ 1234";
        QTest::newRow("northern ireland with I") << "LIA 45"
                                                 << "northern_ireland" << false << "LIA 45";
        QTest::newRow("q plate") << "Q123 ABC"
                                 << "q_plate" << false << "Q123 ABC";
        // Unusual marks: flagged, never rejected.
        QTest::newRow("current I in tag") << "IB12CDE"
                                          << "current" << true << "IB12 CDE";
        QTest::newRow("current Q in random") << "AB12CQE"
                                             << "current" << true << "AB12 CQE";
        QTest::newRow("current age 01") << "AB01CDE"
                                        << "current" << true << "AB01 CDE";
        QTest::newRow("prefix age letter O") << "O123ABC"
                                             << "prefix" << true << "O123 ABC";
        QTest::newRow("prefix age letter U") << "U123ABC"
                                             << "prefix" << true << "U123 ABC";
        QTest::newRow("suffix age letter Z") << "ABC123Z"
                                             << "suffix" << true << "ABC 123Z";
        QTest::newRow("suffix Q in letters") << "AQC123A"
                                             << "suffix" << true << "AQC 123A";
        QTest::newRow("dateless Q") << "QA 12"
                                    << "dateless" << true << "QA 12";
        QTest::newRow("personalised") << "JAM35ESX"
                                      << "unrecognised" << true << "JAM35ESX";
        QTest::newRow("too long") << "ABCD12345"
                                  << "unrecognised" << true << "ABCD12345";
        QTest::newRow("foreign punctuation") << "B-MW*123"
                                             << "unrecognised" << true << "BMW*123";
        QTest::newRow("all letters") << "ABCDEFG"
                                     << "unrecognised" << true << "ABCDEFG";
        QTest::newRow("empty") << "  "
                               << "unrecognised" << true << "";
    }
    void recognise()
    {
        QFETCH(QString, input);
        QFETCH(QString, format);
        QFETCH(bool, unusual);
        QFETCH(QString, display);
        const vrm::Recognition r = vrm::recognise(input);
        QCOMPARE(vrm::formatName(r.format), format);
        QCOMPARE(r.unusual, unusual);
        QCOMPARE(r.display, display);
        QCOMPARE(r.reason.isEmpty(), !unusual);
        QCOMPARE(r.normalised, vrm::normalise(input));
    }

    void confusionKey()
    {
        QCOMPARE(vrm::confusionKey(QStringLiteral("YC19SON")), QStringLiteral("YC1950N"));
        QCOMPARE(vrm::confusionKey(QStringLiteral("YC19S0N")),
                 vrm::confusionKey(QStringLiteral("YC19SON")));
        QCOMPARE(vrm::confusionKey(QStringLiteral("BIG")), QStringLiteral("816"));
        QCOMPARE(vrm::confusionKey(QStringLiteral("Z2")), QStringLiteral("22"));
        QVERIFY(vrm::confusable(QLatin1Char('O'), QLatin1Char('0')));
        QVERIFY(vrm::confusable(QLatin1Char('5'), QLatin1Char('S')));
        QVERIFY(!vrm::confusable(QLatin1Char('A'), QLatin1Char('4')));
        QVERIFY(!vrm::confusable(QLatin1Char('O'), QLatin1Char('O')));
    }

    void closeness_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<int>("score");
        QTest::newRow("same") << "YC19SON"
                              << "YC19SON" << 100;
        QTest::newRow("one O/0") << "YC19S0N"
                                 << "YC19SON" << 96;
        QTest::newRow("two confusions") << "YC195ON"
                                        << "YC19S0N" << 93;
        QTest::newRow("missing character") << "YC19SN"
                                           << "YC19SON" << 86;
        QTest::newRow("extra character") << "YC19SOON"
                                         << "YC19SON" << 88;
        QTest::newRow("swapped") << "YC91SON"
                                 << "YC19SON" << 86;
        QTest::newRow("other substitution") << "YC19SOM"
                                            << "YC19SON" << 86;
        QTest::newRow("partial prefix") << "YC19"
                                        << "YC19SON" << 82;
        QTest::newRow("unrelated") << "AB12CDE"
                                   << "YC19SON" << 14;
    }
    void closeness()
    {
        QFETCH(QString, typed);
        QFETCH(QString, candidate);
        QFETCH(int, score);
        QCOMPARE(vrm::closeness(typed, candidate), score);
    }

    void rankingPutsConfusionsAboveEdits()
    {
        const QString typed = QStringLiteral("YC19S0N");
        QStringList candidates = {QStringLiteral("YC19SN"), QStringLiteral("YC19SOM"),
                                  QStringLiteral("YC19SON"), QStringLiteral("YC19S0N"),
                                  QStringLiteral("XC19SON")};
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&](const QString &a, const QString &b) {
                             return vrm::closeness(typed, a) > vrm::closeness(typed, b);
                         });
        QCOMPARE(candidates.at(0), QStringLiteral("YC19S0N"));
        QCOMPARE(candidates.at(1), QStringLiteral("YC19SON"));
        QVERIFY(vrm::closeness(typed, candidates.at(2)) < vrm::closeness(typed, candidates.at(1)));
    }

    void neighbourKeysCoverEveryEdit()
    {
        const QString key = vrm::confusionKey(QStringLiteral("YC19SON"));
        const QStringList keys = vrm::neighbourKeys(key);
        QCOMPARE(keys.first(), key);
        for (const QString &stored :
             {QStringLiteral("YC19SN"), QStringLiteral("YC19SOON"), QStringLiteral("YC91SON"),
              QStringLiteral("YC19SOM"), QStringLiteral("YC19S0N"), QStringLiteral("YCI9SON")})
            QVERIFY2(keys.contains(vrm::confusionKey(stored)), qPrintable(stored));
        QVERIFY(!keys.contains(vrm::confusionKey(QStringLiteral("AB12CDE"))));
        QCOMPARE(keys.size(), keys.toList().size());
    }
};

QTEST_APPLESS_MAIN(TestVrm)
#include "tst_vrm.moc"
