// The flow of a vehicle call through the real Desk window, by keyboard: the guidance comes
// forward with its category, its Continue looks up the caller's mark, the lookup warns of a
// disposal date or a large amount, and it is gone for the next caller.
#include "core/clock.h"
#include "gui/guidancepanel.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/vehiclepanel.h"
#include "storage/vehiclestore.h"
#include "testsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace cd;

namespace {

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

const QByteArray kVehicles =
    "reference,vrm,make,model,colour,seized_at,power,location,status,weight_class,"
    "condition,position,laden,police_hold,notice_served_at,released_at,disposed_at\n"
    // Disposal after Tue 19 March: passed on the 21st. £582 owed.
    "R1,YC19SON,Ford,Fiesta,Blue,2024-03-05T14:30:00Z,s165a,Basildon pound,held,upto_3_5t,"
    "upright_undamaged,on_road,false,false,2024-03-05T16:00:00Z,,\n"
    "R2,YC19SOM,Vauxhall,Corsa,Red,2024-03-01T10:00:00Z,s59,Chelmsford pound,released,"
    "upto_3_5t,upright_undamaged,on_road,false,false,,2024-03-02T15:00:00Z,\n"
    "R3,AB12CDE,Ford,Ka,Red,2024-03-05T14:30:00Z,abandoned,Pound,held,upto_3_5t,"
    "upright_undamaged,on_road,false,false,,,\n"
    // Disposal after Fri 22 March: a day away.
    "R4,KP70ABC,Kia,Picanto,White,2024-03-08T10:00:00Z,s165a,Basildon pound,held,upto_3_5t,"
    "upright_undamaged,on_road,false,false,2024-03-08T11:00:00Z,,\n"
    // Disposal after Fri 29 March; a small amount.
    "R5,WX22ABC,Seat,Ibiza,Grey,2024-03-15T10:00:00Z,s165a,Basildon pound,held,upto_3_5t,"
    "upright_undamaged,on_road,false,false,2024-03-15T11:00:00Z,,\n"
    // Held since New Year under a power with no disposal date: over £2,000 of storage.
    "R6,LM21XYZ,Volvo,XC90,White,2024-01-01T10:00:00Z,s59,Basildon pound,held,upto_3_5t,"
    "upright_undamaged,on_road,false,false,,,\n";

} // namespace

class TestDeskFlow : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // 09:00 on Thursday 21 March 2024 (GMT).
        m_clock.set(QDateTime(QDate(2024, 3, 21), QTime(9, 0), Qt::UTC));
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<test::TempProfile>();
        QByteArray data = kVehicles;
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CD_VERIFY_OK(VehicleStore(*m_profile->db).importCsv(buffer, QStringLiteral("tester")));
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(focusName(), QStringLiteral("channelCombo"));
        m_vehicle = m_window->findChild<VehiclePanel *>(QStringLiteral("vehiclePanel"));
        QVERIFY(m_vehicle);
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void choosingACategoryBringsItsGuidanceForward()
    {
        MainWindow &w = *m_window;
        QTabWidget *side = w.sidePanel();
        side->setCurrentWidget(m_vehicle); // the last caller's lookup is still in front
        auto *category = w.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        category->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(focusName(), QStringLiteral("categoryCombo"));
        type(QStringLiteral("Vehicle"));
        QCOMPARE(category->currentData().toString(), QStringLiteral("vehicle_recovery"));
        QCOMPARE(side->currentWidget(), w.guidancePanel());
        QVERIFY(w.guidancePanel()->session());
        // The handler goes on typing in the form.
        QCOMPARE(focusName(), QStringLiteral("categoryCombo"));
    }

    void continueLooksUpTheContactsMark()
    {
        MainWindow &w = *m_window;
        w.findChild<QLineEdit *>(QStringLiteral("vrmEdit"))->setText(QStringLiteral("yc19son"));
        chooseVehicleCategoryAndContinue();
        QCOMPARE(w.sidePanel()->currentWidget(), m_vehicle);
        QCOMPARE(focusName(), QStringLiteral("vehicleSearch"));
        QCOMPARE(m_vehicle->searchEdit()->text(), QStringLiteral("YC19 SON"));
        auto *list = m_vehicle->findChild<QListWidget *>(QStringLiteral("vehicleMatches"));
        QVERIFY(list->count() >= 1);
        QCOMPARE(m_vehicle->currentVrm(), QStringLiteral("YC19SON"));
        QVERIFY(m_vehicle->findChild<QTextBrowser *>(QStringLiteral("vehicleRecord"))
                    ->toPlainText()
                    .contains(QStringLiteral("Basildon pound")));
    }

    void continueLooksUpTheMarkInTheNotes()
    {
        MainWindow &w = *m_window;
        w.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("Caller's Ka, ab12 cde, was taken from outside work."));
        chooseVehicleCategoryAndContinue();
        QCOMPARE(w.sidePanel()->currentWidget(), m_vehicle);
        QCOMPARE(m_vehicle->searchEdit()->text(), QStringLiteral("AB12 CDE"));
        QCOMPARE(m_vehicle->currentVrm(), QStringLiteral("AB12CDE"));
    }

    void lookupIsClearedForTheNextCaller()
    {
        MainWindow &w = *m_window;
        auto *record = m_vehicle->findChild<QTextBrowser *>(QStringLiteral("vehicleRecord"));
        auto *list = m_vehicle->findChild<QListWidget *>(QStringLiteral("vehicleMatches"));
        auto *warning = m_vehicle->findChild<QLabel *>(QStringLiteral("vehicleWarning"));
        auto *add = m_vehicle->findChild<QPushButton *>(QStringLiteral("vehicleAddSummary"));
        QVERIFY(record && list && warning && add);

        // A new contact (F2).
        lookUp(QStringLiteral("YC19SON"));
        QVERIFY(warning->isVisible());
        QTest::keyClick(&w, Qt::Key_F2);
        QCOMPARE(focusName(), QStringLiteral("channelCombo"));
        QVERIFY(m_vehicle->searchEdit()->text().isEmpty());
        QCOMPARE(list->count(), 0);
        QVERIFY(record->toPlainText().trimmed().isEmpty());
        QVERIFY(!warning->isVisible());
        QVERIFY(!add->isEnabled());
        QVERIFY(m_vehicle->currentSummary().isEmpty());

        // A save.
        chooseVehicleCategoryAndContinue();
        lookUp(QStringLiteral("YC19SON"));
        QTest::keyClick(m_vehicle->searchEdit(), Qt::Key_V,
                        Qt::ControlModifier | Qt::ShiftModifier);
        auto *channel = w.findChild<QComboBox *>(QStringLiteral("channelCombo"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
        w.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"))
            ->setText(QStringLiteral("07700 900321"));
        auto *outcome = w.findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("resolved_first_contact")));
        QVERIFY(w.saveContact());
        QVERIFY(m_vehicle->searchEdit()->text().isEmpty());
        QCOMPARE(list->count(), 0);
        QVERIFY(record->toPlainText().trimmed().isEmpty());
        QVERIFY(!warning->isVisible());
        QVERIFY(m_vehicle->currentSummary().isEmpty());
    }

    void warnsOfTheDisposalDateAndLargeAmounts()
    {
        auto *warning = m_vehicle->findChild<QLabel *>(QStringLiteral("vehicleWarning"));
        QVERIFY(warning);

        lookUp(QStringLiteral("YC19SON"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(
                     QStringLiteral("Past its disposal date (19 March): it may already have been "
                                    "disposed of — check with the recovery operator before the "
                                    "caller travels")),
                 qPrintable(warning->text()));
        QVERIFY(warning->text().startsWith(QStringLiteral("Warning: "))); // not by colour alone
        QVERIFY(!warning->text().contains(QStringLiteral("Large amount")));

        lookUp(QStringLiteral("KP70ABC"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("Disposal date close (22 March)")),
                 qPrintable(warning->text()));

        lookUp(QStringLiteral("LM21XYZ"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("Large amount owed (£")),
                 qPrintable(warning->text()));
        QVERIFY(!warning->text().contains(QStringLiteral("disposal date")));

        // Ctrl+Shift+V puts the warnings into the notes with the rest of the summary.
        auto *notes = m_window->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        notes->clear();
        QTest::keyClick(m_vehicle->searchEdit(), Qt::Key_V,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(notes->toPlainText().contains(QStringLiteral("Warning: Large amount owed (£")),
                 qPrintable(notes->toPlainText()));
        lookUp(QStringLiteral("YC19SON"));
        notes->clear();
        QTest::keyClick(m_vehicle->searchEdit(), Qt::Key_V,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(notes->toPlainText().contains(
                     QStringLiteral("Warning: Past its disposal date (19 March)")),
                 qPrintable(notes->toPlainText()));

        lookUp(QStringLiteral("WX22ABC"));
        QVERIFY(!warning->isVisible());
        notes->clear();
        QTest::keyClick(m_vehicle->searchEdit(), Qt::Key_V,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!notes->toPlainText().isEmpty());
        QVERIFY(!notes->toPlainText().contains(QStringLiteral("Warning")));
        lookUp(QStringLiteral("YC19SOM")); // released: nothing to travel for
        QCOMPARE(m_vehicle->currentVrm(), QStringLiteral("YC19SOM"));
        QVERIFY(!warning->isVisible());
        lookUp(QStringLiteral("QQ99QQQ"));
        QVERIFY(!warning->isVisible());
    }

private:
    void chooseVehicleCategoryAndContinue()
    {
        MainWindow &w = *m_window;
        w.findChild<QComboBox *>(QStringLiteral("categoryCombo"))->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(focusName(), QStringLiteral("categoryCombo"));
        type(QStringLiteral("Vehicle"));
        QVERIFY(w.guidancePanel()->session());
        key(Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(focusName(), QStringLiteral("guidancePanel"));
        key(Qt::Key_1); // Continue: "Type the registration in the vehicle lookup"
    }

    void lookUp(const QString &mark)
    {
        m_window->sidePanel()->setCurrentWidget(m_vehicle);
        QLineEdit *search = m_vehicle->searchEdit();
        search->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(search->hasFocus());
        search->clear();
        QTest::keyClicks(search, mark);
    }

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    VehiclePanel *m_vehicle = nullptr;
    ManualClock m_clock;
};

QTEST_MAIN(TestDeskFlow)
#include "tst_deskflow.moc"
