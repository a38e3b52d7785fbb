// What the fuzz targets (tests/fuzz, docs/FUZZING.md) found in the core parsers, each kept as
// an ordinary test: the reader and the row mappers must give back what they were given, and
// accept only what export can write again.
#include "core/contactcsv.h"
#include "core/csv.h"
#include "core/vehicle.h"

#include <QTest>

using namespace cd;

class TestFuzzFindings : public QObject
{
    Q_OBJECT
private slots:
    // fuzz_csv: QString::fromUtf8 dropped a U+FEFF at the start of every field, so a value
    // beginning with one lost it on import and did not survive export and import.
    void csvFieldKeepsLeadingFeff()
    {
        const csv::ParseResult r = csv::parse("\xEF\xBB\xBFid,note\r\n1,\xEF\xBB\xBFx\r\n"
                                              "\xEF\xBB\xBF\xEF\xBB\xBF,y\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(0).fields, QStringList({"id", "note"})); // the file's mark only
        QCOMPARE(r.records.at(1).fields, QStringList({"1", QString(QChar(0xFEFF)) + "x"}));
        QCOMPARE(r.records.at(2).fields, QStringList({QString(2, QChar(0xFEFF)), "y"}));

        const QStringList fields = {QString(QChar(0xFEFF)) + "note", "2"};
        const csv::ParseResult back = csv::parse(("a,b\r\n" + csv::formatRecord(fields)).toUtf8());
        QCOMPARE(back.records.size(), 2);
        QCOMPARE(back.records.at(1).fields, fields);
    }

    // fuzz_vehiclecsv: a seizure time whose UTC falls outside the years 1-9999 was accepted,
    // and isoUtc() then wrote it as the year 0000, which the import refuses.
    void vehicleTimesOnlyWhatExportWrites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("year 10000 in UTC") << "9999-12-31T23:59:59-14:00" << false;
        QTest::newRow("year 0 in UTC") << "0001-01-01T00:00:00+14:00" << false;
        QTest::newRow("last second") << "9999-12-31T23:59:59Z" << true;
        QTest::newRow("first second") << "0001-01-01T00:00:00Z" << true;
        QTest::newRow("ordinary") << "2024-03-05T14:30:00+01:00" << true;
    }
    void vehicleTimesOnlyWhatExportWrites()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QDateTime t;
        QCOMPARE(vehicles::parseTime(text, &t), accepted);
        if (!accepted)
            return;
        QDateTime again;
        QVERIFY2(vehicles::parseTime(vehicles::isoUtc(t), &again), qPrintable(vehicles::isoUtc(t)));
        QCOMPARE(again, t);
    }

    void vehicleRowInYear10000IsRefused()
    {
        const csv::ParseResult file =
            csv::parse("reference,vrm,seized_at,power,status,weight_class\n"
                       "REC-6,AB12CDE,9999-12-31T23:59:59-14:00,s165a,held,upto_3_5t\n");
        QCOMPARE(file.records.size(), 2);
        const Result<vehicles::CsvHeader> header =
            vehicles::CsvHeader::fromRecord(file.records.at(0));
        QVERIFY(header.ok());
        const Result<Vehicle> v = vehicles::fromRecord(header.value(), file.records.at(1));
        QVERIFY(!v.ok());
        QVERIFY2(v.errorMessage().contains("seized_at"), qPrintable(v.errorMessage()));
    }

    // fuzz_contactcsv: the same for a contact's times, which export wrote as an empty field.
    void contactTimesOnlyWhatExportWrites()
    {
        QVERIFY(!contactcsv::parseIsoTime("9999-12-31T23:59:59-14:00").isValid());
        QVERIFY(!contactcsv::parseIsoTime("0001-01-01T00:00:00+14:00").isValid());
        const QDateTime last = contactcsv::parseIsoTime("9999-12-31T23:59:59Z");
        QVERIFY(last.isValid());
        QCOMPARE(last.toString(Qt::ISODate), QStringLiteral("9999-12-31T23:59:59Z"));
        QCOMPARE(contactcsv::parseIsoTime("2026-11-21T09:12:00+01:00").toString(Qt::ISODate),
                 QStringLiteral("2026-11-21T08:12:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
