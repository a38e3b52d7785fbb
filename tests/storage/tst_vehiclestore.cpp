#include "core/clock.h"
#include "core/vehiclegenerator.h"
#include "core/vrm.h"
#include "storage/database.h"
#include "storage/vehiclestore.h"
#include "verify.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cd;

namespace {

const QByteArray kHeader =
    "reference,vrm,make,model,colour,seized_at,power,location,status,weight_class,"
    "condition,position,laden,police_hold,notice_served_at,released_at,disposed_at\n";

QByteArray row(const char *ref, const char *vrm, const char *status = "held",
               const char *released = "")
{
    return QByteArray(ref) + "," + vrm +
           ",Ford,Fiesta,Blue,2024-03-05T14:30:00Z,s165a,Basildon pound," + status +
           ",upto_3_5t,upright_undamaged,on_road,false,false,2024-03-05T16:00:00Z," + released +
           ",\n";
}

} // namespace

class TestVehicleStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    int m_n = 0;

    VehicleImportReport import(const QByteArray &data)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        VehicleStore store(*m_db);
        Result<VehicleImportReport> r = store.importCsv(buffer, QStringLiteral("tester"));
        if (!r.ok())
            qWarning("import failed: %s", qPrintable(r.errorMessage()));
        return r.ok() ? r.value() : VehicleImportReport{};
    }
    int queued()
    {
        return scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'vehicles'"));
    }
    int scalar(const QString &sql)
    {
        QSqlQuery q(m_db->sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void init()
    {
        m_clock =
            std::make_unique<ManualClock>(QDateTime(QDate(2024, 3, 10), QTime(9, 0), Qt::UTC));
        Clock::setInstance(m_clock.get());
        Database::OpenError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }
    void cleanup()
    {
        m_db.reset();
        Clock::setInstance(nullptr);
    }

    void schemaKeyMatchesCore()
    {
        QVERIFY(import(kHeader + row("R1", "BG56 OZS")).added == 1);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT vrm, vrm_key FROM vehicles")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("BG56OZS"));
        QCOMPARE(q.value(1).toString(), vrm::confusionKey(QStringLiteral("BG56OZS")));
    }

    void importsGoodRowsAndReportsBadOnes()
    {
        QByteArray data = kHeader;
        data += row("R1", "yc19 son");
        data += "R2,AB12CDE,Ford,Ka,Red,yesterday,s165a,Pound,held,upto_3_5t,upright_undamaged,on_"
                "road,false,false,,,\n";
        data += "R3,AB12CDF,Ford,Ka,Red,2024-03-05T14:30:00Z,towed,Pound,held,upto_3_5t,upright_"
                "undamaged,on_road,false,false,,,\n";
        data += "R4,AB12CDG,Ford,Ka\n";
        data += ",AB12CDH,Ford,Ka,Red,2024-03-05T14:30:00Z,s59,Pound,held,upto_3_5t,upright_"
                "undamaged,on_road,false,false,,,\n";
        data += "R6,AB12CDJ,Ford,Ka,Red,2024-03-05T14:30:00Z,s59,Pound,released,upto_3_5t,upright_"
                "undamaged,on_road,false,false,,,\n";
        data += "R7,AB12CDK,Ford,Ka,Red,2024-03-05T14:30:00Z,s59,Pound,held,heavy,upright_"
                "undamaged,on_road,false,false,,,\n";
        data += "R8,AB12CDL,Ford,Ka,Red,2024-03-05T14:30:00Z,s59,Pound,held,upto_3_5t,upright_"
                "undamaged,on_road,maybe,false,,,\n";
        data += row("R9", "JAM 35ESX");
        const VehicleImportReport r = import(data);
        QCOMPARE(r.rows, 9);
        QCOMPARE(r.added, 2);
        QCOMPARE(r.bad, 7);
        QCOMPARE(r.unusualMarks, 1); // flagged, still imported
        const QList<int> lines = {3, 4, 5, 6, 7, 8, 9};
        QCOMPARE(r.errors.size(), lines.size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(r.errors.at(i).line, lines.at(i));
        QVERIFY(r.errors.at(0).reason.contains(QStringLiteral("seized_at")));
        QVERIFY(r.errors.at(1).reason.contains(QStringLiteral("power")));
        QVERIFY(r.errors.at(2).reason.contains(QStringLiteral("fields")));
        QVERIFY(r.errors.at(3).reason.contains(QStringLiteral("reference")));
        QVERIFY(r.errors.at(4).reason.contains(QStringLiteral("released_at")));
        QVERIFY(r.errors.at(5).reason.contains(QStringLiteral("weight_class")));
        QVERIFY(r.errors.at(6).reason.contains(QStringLiteral("laden")));
        VehicleStore store(*m_db);
        QCOMPARE(store.count(), 2);
        const QList<Vehicle> found = store.findExact(QStringLiteral("YC19-SON"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().make, QStringLiteral("Ford"));
        QCOMPARE(found.first().location, QStringLiteral("Basildon pound"));
        QCOMPARE(found.first().seizedAt, QDateTime(QDate(2024, 3, 5), QTime(14, 30), Qt::UTC));
        QCOMPARE(found.first().vrmFormat, QStringLiteral("current"));
        QVERIFY(store.findExact(QStringLiteral("JAM35ESX")).first().vrmUnusual);
    }

    void bomCrlfAndQuotedNewlines()
    {
        QByteArray data = "\xEF\xBB\xBF" + kHeader;
        data += "R1,AB12CDE,Ford,Focus,Blue,2024-03-05T14:30:00Z,s165a,\"Yard 2,\nGate "
                "\"\"B\"\"\",held,"
                "upto_3_5t,upright_undamaged,on_road,false,false,,,\n";
        data += "R2,AB12CDF,Ford,Ka,Red,not a "
                "time,s165a,Pound,held,upto_3_5t,upright_undamaged,on_road,false,false,,,\n";
        data.replace("\n", "\r\n");
        const VehicleImportReport r = import(data);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.bad, 1);
        QCOMPARE(r.errors.first().line, 4); // the quoted newline moved row R2 to line 4
        const QList<Vehicle> v = VehicleStore(*m_db).findExact(QStringLiteral("AB12CDE"));
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().location, QStringLiteral("Yard 2,\r\nGate \"B\""));
    }

    void missingColumnFailsWholeImport()
    {
        QBuffer buffer;
        buffer.setData("reference,vrm,make\nR1,AB12CDE,Ford\n");
        buffer.open(QIODevice::ReadOnly);
        VehicleStore store(*m_db);
        Result<VehicleImportReport> r = store.importCsv(buffer, QStringLiteral("tester"));
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("seized_at")));
        QCOMPARE(store.count(), 0);
    }

    void reimportChangesNothingAndLaterFileUpdatesStatus()
    {
        const QByteArray first =
            kHeader + row("R1", "AB12CDE") + row("R2", "AB12CDF") + row("R3", "AB12CDG");
        VehicleImportReport r = import(first);
        QCOMPARE(r.added, 3);
        const int outboxAfterFirst = queued();
        QCOMPARE(outboxAfterFirst, 3);
        const int hlcRows =
            scalar(QStringLiteral("SELECT count(DISTINCT updated_hlc) FROM vehicles"));
        QCOMPARE(hlcRows, 3);
        QSqlQuery before(m_db->sql());
        QVERIFY(before.exec(QStringLiteral(
                    "SELECT group_concat(updated_hlc || imported_at) FROM vehicles")) &&
                before.next());
        const QString stamp = before.value(0).toString();

        m_clock->advance(3600 * 1000);
        r = import(first);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.unchanged, 3);
        QCOMPARE(queued(), outboxAfterFirst);
        QSqlQuery after(m_db->sql());
        QVERIFY(after.exec(QStringLiteral(
                    "SELECT group_concat(updated_hlc || imported_at) FROM vehicles")) &&
                after.next());
        QCOMPARE(after.value(0).toString(), stamp);

        // A week later R2 was released; the file also has a new vehicle.
        m_clock->advance(7 * 24 * 3600 * 1000LL);
        const QByteArray later = kHeader + row("R1", "AB12CDE") +
                                 row("R2", "AB12CDF", "released", "2024-03-08T10:00:00Z") +
                                 row("R3", "AB12CDG") + row("R4", "XY70ABC");
        r = import(later);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 2);
        QCOMPARE(queued(), outboxAfterFirst + 2);
        VehicleStore store(*m_db);
        const Vehicle released = store.findExact(QStringLiteral("AB12CDF")).first();
        QCOMPARE(released.status, QStringLiteral("released"));
        QCOMPARE(released.releasedAt, QDateTime(QDate(2024, 3, 8), QTime(10, 0), Qt::UTC));
        QCOMPARE(store.count(), 4);
        // The outbox entry carries the whole new row.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(
            QStringLiteral(
                "SELECT entity, op, payload FROM outbox WHERE entity_id = '%1' ORDER BY seq DESC")
                .arg(released.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("vehicles"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("upsert"));
        QVERIFY(q.value(2).toString().contains(QStringLiteral("\"status\":\"released\"")));
        QVERIFY(q.value(2).toString().contains(
            QStringLiteral("\"released_at\":\"2024-03-08T10:00:00Z\"")));
        // The import is in the audit log with counts only.
        QVERIFY(
            scalar(QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'vehicle'")) ==
            3);
    }

    void policeHoldLiftedIsRemembered()
    {
        QByteArray held = kHeader + row("R1", "AB12CDE");
        held.replace("false,false,2024", "false,true,2024");
        QCOMPARE(import(held).added, 1);
        m_clock->set(QDateTime(QDate(2024, 3, 12), QTime(15, 0), Qt::UTC));
        QCOMPARE(import(kHeader + row("R1", "AB12CDE")).updated, 1);
        const Vehicle v = VehicleStore(*m_db).findExact(QStringLiteral("AB12CDE")).first();
        QVERIFY(!v.policeHold);
        QCOMPARE(v.holdEndedAt, QDateTime(QDate(2024, 3, 12), QTime(15, 0), Qt::UTC));
    }

    void cancelLeavesNothing()
    {
        QCOMPARE(import(kHeader + row("R0", "ZZ99ZZZ")).added, 1);
        QByteArray data = kHeader;
        vehicles::Generator gen(7, m_clock->now().addDays(-15));
        for (int i = 0; i < 10000; ++i)
            data += csv::formatRecord(vehicles::toRecord(gen.next())).toUtf8();
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        VehicleStore store(*m_db);
        int calls = 0;
        Result<VehicleImportReport> r =
            store.importCsv(buffer, QStringLiteral("tester"), [&](const VehicleImportProgress &p) {
                ++calls;
                return p.rows < 5000;
            });
        CD_VERIFY_OK(r);
        QVERIFY(r->cancelled);
        QVERIFY(calls >= 1);
        QCOMPARE(store.count(), 1);
        QCOMPARE(queued(), 1);

        std::atomic<bool> cancel{true};
        buffer.seek(0);
        r = store.importCsv(buffer, QStringLiteral("tester"), {}, &cancel);
        QVERIFY(r.ok() && r->cancelled);
        QCOMPARE(store.count(), 1);

        buffer.seek(0);
        int last = 0;
        r = store.importCsv(buffer, QStringLiteral("tester"), [&](const VehicleImportProgress &p) {
            last = p.rows;
            return true;
        });
        QVERIFY(r.ok() && !r->cancelled);
        QCOMPARE(last, 10000);
        QCOMPARE(store.count(), 10001);
        QCOMPARE(queued(), 10001);
    }

    void fuzzyRanking_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected"); // best first
        QTest::newRow("exact with confusions nearby")
            << "YC19SON" << QStringList{"YC19SON", "YC19S0N", "YC19SN", "YC19SOM"};
        QTest::newRow("O typed as zero")
            << "yc19 s0n" << QStringList{"YC19S0N", "YC19SON", "YC19SN", "YC19SOM"};
        QTest::newRow("five for S and one for I")
            << "YC195ON" << QStringList{"YC19SON", "YC19S0N", "YC19SN", "YC19SOM"};
        QTest::newRow("missing character") << "YC9SON" << QStringList{"YC19SON", "YC19S0N"};
        QTest::newRow("extra character") << "YC19SOON" << QStringList{"YC19SON", "YC19S0N"};
        QTest::newRow("partial prefix")
            << "yc19" << QStringList{"YC19SN", "YC19S0N", "YC19SOM", "YC19SON"};
        QTest::newRow("G for 6 and B for 8") << "BG56OZS" << QStringList{"BG56OZS", "8656OZS"};
        QTest::newRow("nothing near") << "QQ11QQQ" << QStringList{};
    }
    void fuzzyRanking()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QByteArray data = kHeader;
        int n = 0;
        for (const char *m : {"YC19SON", "YC19S0N", "YC19SN", "YC19SOM", "AB12CDE", "BG56OZS",
                              "8656OZS", "XC91NOS"})
            data += row(QByteArray("R" + QByteArray::number(++n)).constData(), m);
        QCOMPARE(import(data).added, 8);
        const QList<VehicleMatch> matches = VehicleStore(*m_db).find(typed);
        QStringList got;
        for (const VehicleMatch &m : matches)
            got.append(m.vehicle.vrm);
        QCOMPARE(got, expected);
        for (int i = 1; i < matches.size(); ++i)
            QVERIFY(matches.at(i - 1).score >= matches.at(i).score);
    }
    void sharedMarkKeepsTheBestAndMostRecent()
    {
        // One personalised mark seized 40 times, a near mark 30 times: a lookup returns the
        // limit asked for, the exact mark first, its most recent seizures first.
        QByteArray data = kHeader;
        for (int i = 0; i < 40; ++i)
            data += "S" + QByteArray::number(i) + ",JAM5ESX,Ford,Ka,Red,2024-01-" +
                    QByteArray::number(10 + i % 20).rightJustified(2, '0') + "T0" +
                    QByteArray::number(i / 20) +
                    ":00:00Z,s165a,Basildon pound,held,upto_3_5t,upright_undamaged,on_road,false,"
                    "false,,,\n";
        for (int i = 0; i < 30; ++i)
            data += "T" + QByteArray::number(i) +
                    ",JAM55ESX,Ford,Ka,Red,2024-02-01T09:00:00Z,s165a,Basildon pound,held,"
                    "upto_3_5t,upright_undamaged,on_road,false,false,,,\n";
        QCOMPARE(import(data).added, 70);
        const QList<VehicleMatch> matches = VehicleStore(*m_db).find(QStringLiteral("jam 5esx"), 5);
        QCOMPARE(matches.size(), 5);
        for (const VehicleMatch &m : matches) {
            QCOMPARE(m.vehicle.vrm, QStringLiteral("JAM5ESX"));
            QCOMPARE(m.score, 100);
            QCOMPARE(m.vehicle.make, QStringLiteral("Ford")); // read in full
        }
        // The latest of the 40 is 2024-01-29T01:00 (i = 39), then 29T00:00 (i = 19), 28T01:00.
        QCOMPARE(matches.at(0).vehicle.reference, QStringLiteral("S39"));
        QCOMPARE(matches.at(1).vehicle.reference, QStringLiteral("S19"));
        QCOMPARE(matches.at(2).vehicle.reference, QStringLiteral("S38"));
        QCOMPARE(matches.at(0).vehicle.seizedAt,
                 QDateTime(QDate(2024, 1, 29), QTime(1, 0), Qt::UTC));
        // Asking for more shows the near mark after every exact one.
        const QList<VehicleMatch> more = VehicleStore(*m_db).find(QStringLiteral("JAM5ESX"), 50);
        QCOMPARE(more.size(), 50);
        QCOMPARE(more.at(39).vehicle.vrm, QStringLiteral("JAM5ESX"));
        QCOMPARE(more.at(40).vehicle.vrm, QStringLiteral("JAM55ESX"));
        QVERIFY(more.at(40).score < 100);
    }
};

QTEST_GUILESS_MAIN(TestVehicleStore)
#include "tst_vehiclestore.moc"
