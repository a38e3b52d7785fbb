#include "core/csv.h"
#include "core/vehiclegenerator.h"
#include "storage/database.h"
#include "storage/vehiclestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace cd;

namespace {

const QByteArray kHeader =
    "reference,vrm,make,model,colour,seized_at,power,location,status,weight_class,"
    "condition,position,laden,police_hold,notice_served_at,released_at,disposed_at\n";

QString admin()
{
    return QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
}

} // namespace

class TestVehicleCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QString &profile, const QStringList &args)
    {
        QProcess p;
        p.start(admin(), QStringList{QStringLiteral("--profile"), profile} + args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return f.fileName();
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(admin())); }

    void importFindShowJson()
    {
        const QString profile = m_dir.filePath(QStringLiteral("p1"));
        QByteArray data = kHeader;
        data +=
            "R1,yc19 s0n,Ford,Fiesta,Blue,2024-03-05T14:30:00Z,s165a,Basildon pound,held,upto_3_5t,"
            "upright_undamaged,on_road,false,false,2024-03-05T16:00:00Z,,\n";
        data +=
            "R2,YC19SON,Vauxhall,Corsa,Red,2023-04-05T22:00:00Z,s59,Chelmsford,held,3_5_to_7_5t,"
            "not_upright_or_damaged,on_road,false,false,,,\n";
        data += "R3,AB12CDE,Ford,Ka,Red,2024-03-05T14:30:00Z,towed,Pound,held,upto_3_5t,upright_"
                "undamaged,"
                "on_road,false,false,,,\n";
        const QString file = write(QStringLiteral("small.csv"), data);
        Run r = run(profile, {QStringLiteral("vehicles"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 1); // one row rejected
        QVERIFY2(r.err.contains("small.csv:4: power \"towed\""), r.err.constData());
        QVERIFY(r.out.contains("2 added"));

        r = run(profile, {QStringLiteral("vehicles"), QStringLiteral("find"),
                          QStringLiteral("YC19 SON"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0)[QStringLiteral("vrm")].toString(), QStringLiteral("YC19SON"));
        QCOMPARE(found.at(0)[QStringLiteral("score")].toInt(), 100);
        QCOMPARE(found.at(0)[QStringLiteral("status")].toString(), QStringLiteral("held"));
        QCOMPARE(found.at(1)[QStringLiteral("vrm")].toString(), QStringLiteral("YC19S0N"));
        QCOMPARE(found.at(1)[QStringLiteral("score")].toInt(), 96);

        // Removed 14:30 on 5 March 2024 (2023 rates); asked at 09:00 on 17 March: storage from
        // noon on 6 March, 10 days 21 hours = 11 periods.
        r = run(profile, {QStringLiteral("vehicles"), QStringLiteral("show"),
                          QStringLiteral("yc19-s0n"), QStringLiteral("--at"),
                          QStringLiteral("2024-03-17T09:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("vrm")].toString(), QStringLiteral("YC19S0N"));
        QJsonObject c = o[QStringLiteral("charges")].toObject();
        QCOMPARE(c[QStringLiteral("removal_pence")].toInt(), 19200);
        QCOMPARE(c[QStringLiteral("storage_days")].toInt(), 11);
        QCOMPARE(c[QStringLiteral("storage_pence")].toInt(), 11 * 2600);
        QCOMPARE(c[QStringLiteral("disposal_pence")].toInt(), 0);
        QCOMPARE(c[QStringLiteral("total_pence")].toInt(), 19200 + 11 * 2600);
        QCOMPARE(c[QStringLiteral("schedule")].toString(), QStringLiteral("SI 2023/331"));
        QCOMPARE(o[QStringLiteral("may_dispose_after")].toString(), QStringLiteral("2024-03-19"));
        QVERIFY(o[QStringLiteral("documents")].toArray().size() >= 4);

        // Removed 23:00 BST on 5 April 2023: the 2008 rates, damaged van on road = £650.
        r = run(profile, {QStringLiteral("vehicles"), QStringLiteral("show"),
                          QStringLiteral("YC19SON"), QStringLiteral("--at"),
                          QStringLiteral("2023-04-06T11:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        o = QJsonDocument::fromJson(r.out).object();
        c = o[QStringLiteral("charges")].toObject();
        QCOMPARE(c[QStringLiteral("schedule")].toString(), QStringLiteral("SI 2008/2095"));
        QCOMPARE(c[QStringLiteral("removal_pence")].toInt(), 65000);
        QCOMPARE(c[QStringLiteral("storage_days")].toInt(), 0); // noon BST on 6 April is 11:00 UTC
        QCOMPARE(c[QStringLiteral("total_pence")].toInt(), 65000);

        r = run(profile,
                {QStringLiteral("vehicles"), QStringLiteral("show"), QStringLiteral("ZZ99ZZZ")});
        QCOMPARE(r.code, 3);
    }

    void killedImportLeavesPreviousDataIntact()
    {
        const QString profile = m_dir.filePath(QStringLiteral("p2"));
        QByteArray first = kHeader;
        first += "R-OLD-1,AB12CDE,Ford,Ka,Red,2024-03-05T14:30:00Z,s165a,Pound,held,upto_3_5t,"
                 "upright_undamaged,"
                 "on_road,false,false,,,\n";
        first += "R-OLD-2,AB12CDF,Ford,Ka,Red,2024-03-05T14:30:00Z,s165a,Pound,released,upto_3_5t,"
                 "upright_undamaged,"
                 "on_road,false,false,,2024-03-07T10:00:00Z,\n";
        Run r = run(profile, {QStringLiteral("vehicles"), QStringLiteral("import"),
                              write(QStringLiteral("first.csv"), first)});
        QCOMPARE(r.code, 0);

        // A large file that also changes one of the existing rows in its first line.
        QByteArray big = kHeader;
        big += "R-OLD-1,AB12CDE,Ford,Ka,Red,2024-03-05T14:30:00Z,s165a,Pound,disposed,upto_3_5t,"
               "upright_undamaged,"
               "on_road,false,false,,,2024-03-20T10:00:00Z\n";
        vehicles::Generator gen(99);
        for (int i = 0; i < 150000; ++i)
            big += csv::formatRecord(vehicles::toRecord(gen.next())).toUtf8();
        const QString bigFile = write(QStringLiteral("big.csv"), big);
        QVERIFY(!bigFile.isEmpty());

        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(admin(), {QStringLiteral("--profile"), profile, QStringLiteral("vehicles"),
                          QStringLiteral("import"), QStringLiteral("--progress"), bigFile});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        // Wait until rows are being written inside the import's transaction, then kill it.
        while (err.count("progress ") < 2 && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(p.state() == QProcess::Running,
                 "the import finished before it could be killed; use a larger file");
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        Database::OpenError error;
        std::unique_ptr<Database> db =
            Database::open(profile + QStringLiteral("/contactdesk.sqlite"), &error);
        QVERIFY2(db, qPrintable(error.message));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        {
            VehicleStore store(*db);
            QCOMPARE(store.count(), 2);
            QCOMPARE(store.findExact(QStringLiteral("AB12CDE")).first().status,
                     QStringLiteral("held"));
            QCOMPARE(store.findExact(QStringLiteral("AB12CDF")).first().status,
                     QStringLiteral("released"));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'vehicles'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        db.reset();

        // The file imports completely afterwards.
        r = run(profile, {QStringLiteral("vehicles"), QStringLiteral("import"), bigFile});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("150000 added, 1 updated"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestVehicleCli)
#include "tst_vehiclecli.moc"
