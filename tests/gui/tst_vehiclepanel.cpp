#include "core/clock.h"
#include "core/csv.h"
#include "core/vehiclegenerator.h"
#include "gui/vehiclepanel.h"
#include "storage/database.h"
#include "storage/vehiclestore.h"
#include "verify.h"

#include <QBuffer>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cd;

namespace {

const QByteArray kHeader =
    "reference,vrm,make,model,colour,seized_at,power,location,status,weight_class,"
    "condition,position,laden,police_hold,notice_served_at,released_at,disposed_at\n";

} // namespace

class TestVehiclePanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;

private slots:
    void initTestCase()
    {
        // 09:00 on Sunday 17 March 2024 (GMT).
        m_clock =
            std::make_unique<ManualClock>(QDateTime(QDate(2024, 3, 17), QTime(9, 0), Qt::UTC));
        Clock::setInstance(m_clock.get());
        Database::OpenError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("desk.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QByteArray data = kHeader;
        data +=
            "R1,YC19SON,Ford,Fiesta,Blue,2024-03-05T14:30:00Z,s165a,Basildon pound,held,upto_3_5t,"
            "upright_undamaged,on_road,false,false,2024-03-05T16:00:00Z,,\n";
        data += "R2,YC19SOM,Vauxhall,Corsa,Red,2024-03-01T10:00:00Z,s59,Chelmsford "
                "pound,released,upto_3_5t,"
                "upright_undamaged,on_road,false,false,,2024-03-02T15:00:00Z,\n";
        data += "R3,AB12CDE,Ford,Ka,Red,2024-03-05T14:30:00Z,abandoned,Pound,held,upto_3_5t,"
                "upright_undamaged,"
                "on_road,false,false,,,\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        VehicleStore store(*m_db);
        CD_VERIFY_OK(store.importCsv(buffer, QStringLiteral("tester")));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setInstance(nullptr);
    }

    void lookUpByKeyboard()
    {
        VehiclePanel panel(*m_db, QStringLiteral("tester"));
        panel.resize(420, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QLineEdit *search = panel.findChild<QLineEdit *>(QStringLiteral("vehicleSearch"));
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("vehicleMatches"));
        auto *record = panel.findChild<QTextBrowser *>(QStringLiteral("vehicleRecord"));
        QVERIFY(search && list && record);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());

        // The caller reads the plate with a zero for the O.
        QTest::keyClicks(search, QStringLiteral("yc19 s0n"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("YC19 SON")));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("YC19 SOM")));
        QCOMPARE(list->currentRow(), 0);
        const QString text = record->toPlainText();
        QVERIFY(text.contains(QStringLiteral("blue Ford Fiesta")));
        QVERIFY(text.contains(QStringLiteral("Basildon pound")));
        QVERIFY(text.contains(QStringLiteral("s.165A")));
        // Removal £192 plus 11 periods of £26 from noon on 6 March = £478.
        QVERIFY2(text.contains(QStringLiteral("Owed now: £478.00")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("May be disposed of after Tue 19 Mar 2024")));
        QVERIFY(text.contains(QStringLiteral("certificate of insurance")));
        QVERIFY(text.contains(QStringLiteral("To get it back")));

        // Down moves to the next match without leaving the search box.
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(record->toPlainText().contains(
            QStringLiteral("Status: released Sat 2 Mar 2024 15:00")));
        QVERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Up);
        QCOMPARE(list->currentRow(), 0);

        // One key puts the summary into the contact and links the mark.
        QSignalSpy spy(&panel, &VehiclePanel::summaryRequested);
        QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(spy.count(), 1);
        const QString summary = spy.at(0).at(0).toString();
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("YC19SON"));
        QVERIFY(summary.startsWith(
            QStringLiteral("Vehicle YC19 SON (blue Ford Fiesta, operator ref R1)")));
        QVERIFY(summary.contains(QStringLiteral("£478.00")));
        QVERIFY(summary.contains(QStringLiteral("storage 11 days at £26.00")));
        QVERIFY(summary.contains(QStringLiteral("Owner to bring:")));

        // Part of a mark.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("AB1"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("AB12 CDE")));

        // Nothing near.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("QQ99QQQ"));
        QCOMPARE(list->count(), 0);
        QVERIFY(record->toPlainText().contains(QStringLiteral("No vehicle")));
        spy.clear();
        QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(spy.count(), 0);
    }

    void importInBackgroundWithProgress()
    {
        QByteArray data = kHeader;
        vehicles::Generator gen(5, m_clock->now().addDays(-15));
        for (int i = 0; i < 30000; ++i)
            data += csv::formatRecord(vehicles::toRecord(gen.next())).toUtf8();
        QFile file(m_dir.filePath(QStringLiteral("weekly.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();

        VehiclePanel panel(*m_db, QStringLiteral("tester"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("vehicleImportProgress"));
        QSignalSpy done(&panel, &VehiclePanel::importFinished);
        QSignalSpy progress(&panel, &VehiclePanel::importProgress);
        panel.importFile(file.fileName());
        QVERIFY(panel.importRunning());
        QVERIFY(bar->isVisible());
        // The panel still answers lookups while the worker writes.
        QTest::keyClicks(panel.searchEdit(), QStringLiteral("AB12CDE"));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("30000 added")));
        QVERIFY(progress.count() >= 1);
        QVERIFY(!bar->isVisible());
        QVERIFY(!panel.importRunning());
        QCOMPARE(VehicleStore(*m_db).count(), 30003);
    }

    void cancelledImportChangesNothing()
    {
        QByteArray data = kHeader;
        vehicles::Generator gen(6, m_clock->now().addDays(-15));
        for (int i = 0; i < 60000; ++i)
            data +=
                csv::formatRecord(vehicles::toRecord(gen.next())).toUtf8().replace("RO-", "RX-");
        QFile file(m_dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        const int before = VehicleStore(*m_db).count();

        VehiclePanel panel(*m_db, QStringLiteral("tester"));
        panel.show();
        QSignalSpy done(&panel, &VehiclePanel::importFinished);
        QSignalSpy progress(&panel, &VehiclePanel::importProgress);
        panel.importFile(file.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1 || done.count() == 1, 60000);
        QVERIFY2(done.isEmpty(), "the import finished before it could be cancelled");
        panel.findChild<QPushButton *>(QStringLiteral("vehicleImportCancel"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("cancelled")));
        QCOMPARE(VehicleStore(*m_db).count(), before);
    }
};

QTEST_MAIN(TestVehiclePanel)
#include "tst_vehiclepanel.moc"
