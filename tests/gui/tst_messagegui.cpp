// The outcome message on the real Desk window, by keyboard: saving a contact whose caller
// consented, with an eligible matter and a mobile number, proposes the message (nothing is
// queued before the save, and the cursor stays on the form for the next call); the handler
// edits it and queues it, or withholds it with a reason; an ineligible or sensitive contact
// gets no proposal; an edited message survives a restart of the Desk.
#include "core/clock.h"
#include "gui/mainwindow.h"
#include "gui/messagepanel.h"
#include "nextstepstest.h"
#include "storage/messagestore.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace cd;

namespace {
QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

void choose(MainWindow &w, const char *combo, const QString &code)
{
    auto *c = w.findChild<QComboBox *>(QLatin1String(combo));
    QVERIFY2(c, combo);
    c->setCurrentIndex(c->findData(code));
    QCOMPARE(c->currentData().toString(), code);
}
} // namespace

class TestMessageGui : public QObject
{
    Q_OBJECT
    ManualClock m_clock;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(focusName(), QStringLiteral("channelCombo"));
    }

    MessagePanel *panel()
    {
        return m_window->findChild<MessagePanel *>(QStringLiteral("messagePanel"));
    }

    // Fills the form for a caller and saves it with Ctrl+Return.
    void logCall(const QString &category, const QString &outcome, bool consent,
                 const QString &phone = QStringLiteral("07700 900123"))
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        choose(w, "channelCombo", QStringLiteral("phone"));
        w.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"))->setText(phone);
        w.findChild<QCheckBox *>(QStringLiteral("consentToOutcomeCheck"))->setChecked(consent);
        choose(w, "categoryCombo", category);
        w.findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->setText(QStringLiteral("VR-77"));
        choose(w, "outcomeCombo", outcome);
        // Where THRIVE asks the vulnerability question (mental health), it is answered No.
        choose(w, "vulnerableCombo", QStringLiteral("no"));
        QVERIFY(test::recordNextStepsIfNeeded(&w)); // a referral promises police action
        QVERIFY(w.saveContact());
    }

    int messages(const QString &where = QStringLiteral("1"))
    {
        QSqlQuery q(m_profile->db->sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM outcome_messages WHERE %1").arg(where)) ||
            !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 2), QTime(11, 0), Qt::UTC));
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<test::TempProfile>();
        openWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void savingProposesEditingAndQueuing()
    {
        MainWindow &w = *m_window;
        MessagePanel *p = panel();
        QVERIFY(p);
        QVERIFY(p->pendingContactIds().isEmpty());
        logCall(QStringLiteral("vehicle_recovery"), QStringLiteral("resolved_first_contact"), true);
        QCOMPARE(messages(), 0); // proposed, not queued
        QCOMPARE(p->pendingContactIds().size(), 1);
        QCOMPARE(w.sidePanel()->currentWidget(), p);           // in front
        QCOMPARE(focusName(), QStringLiteral("channelCombo")); // the form keeps the cursor
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"));
        QVERIFY(
            text->toPlainText().startsWith(QLatin1String("Thank you for contacting the police")));
        QVERIFY(text->toPlainText().contains(QLatin1String("VR-77")));
        QVERIFY(p->findChild<QLabel *>(QStringLiteral("messageToLabel"))
                    ->text()
                    .contains(QLatin1String("+447700900123")));

        // Ctrl+Shift+M: into the message; the handler adds a line; Tab, Space: Send later.
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(focusName(), QStringLiteral("messageTextEdit"));
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral(" Your car is at Basildon."));
        QTest::keyClick(text, Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("messageQueueButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);

        QCOMPARE(messages(QStringLiteral("status = 'queued'")), 1);
        MessageStore store(*m_profile->db);
        const OutcomeMessage m = store.list().value().constFirst();
        QVERIFY(m.body.endsWith(QLatin1String(" Your car is at Basildon.")));
        QCOMPARE(m.recipient, QStringLiteral("+447700900123"));
        QCOMPARE(m.channel, QStringLiteral("sms"));
        QCOMPARE(m.createdBy, QStringLiteral("A. Handler"));
        QVERIFY(p->pendingContactIds().isEmpty());
        // In the sync outbox with the contact.
        QSqlQuery q(m_profile->db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                      "'outcome_messages'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void withholdingNeedsAReason()
    {
        MainWindow &w = *m_window;
        MessagePanel *p = panel();
        logCall(QStringLiteral("general_enquiry"), QStringLiteral("resolved_first_contact"), true);
        QCOMPARE(p->pendingContactIds().size(), 1);
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(focusName(), QStringLiteral("messageTextEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Send later
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the reason
        QCOMPARE(focusName(), QStringLiteral("messageReasonEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Withhold
        QCOMPARE(focusName(), QStringLiteral("messageWithholdButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        // No reason: nothing recorded, the cursor goes to the reason.
        QCOMPARE(messages(), 0);
        QVERIFY(p->findChild<QLabel *>(QStringLiteral("messageProblemLabel"))->isVisible());
        QCOMPARE(focusName(), QStringLiteral("messageReasonEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Caller asked for a call"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(messages(QStringLiteral("status = 'withheld' AND withheld_reason = 'Caller "
                                         "asked for a call'")),
                 1);
        QVERIFY(p->pendingContactIds().isEmpty());
    }

    void ineligibleAndSensitiveContactsGetNoProposal()
    {
        MessagePanel *p = panel();
        logCall(QStringLiteral("vehicle_recovery"), QStringLiteral("resolved_first_contact"),
                false);
        logCall(QStringLiteral("mental_health"), QStringLiteral("referred"), true);
        logCall(QStringLiteral("intelligence"), QStringLiteral("intelligence_record"), true);
        logCall(QStringLiteral("vehicle_recovery"), QStringLiteral("resolved_first_contact"), true,
                QStringLiteral("01632 960001")); // a landline and no email
        QVERIFY(p->pendingContactIds().isEmpty());
        QCOMPARE(messages(), 0);
    }

    void anEditedMessageSurvivesARestart()
    {
        MessagePanel *p = panel();
        logCall(QStringLiteral("vehicle_recovery"), QStringLiteral("signposted"), true);
        const QString id = p->pendingContactIds().value(0);
        QVERIFY(!id.isEmpty());
        auto *text = p->findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral(" Typed before the crash."));
        auto *language = p->findChild<QComboBox *>(QStringLiteral("messageLanguageCombo"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));

        m_window.reset(); // the Desk goes away with the message undecided
        openWindow();
        p = panel();
        QCOMPARE(p->pendingContactIds(), QStringList{id});
        QVERIFY(p->findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"))
                    ->toPlainText()
                    .endsWith(QLatin1String(" Typed before the crash.")));
        QCOMPARE(messages(), 0);
        QVERIFY(p->queueCurrent());
        QCOMPARE(messages(QStringLiteral("body LIKE '% Typed before the crash.'")), 1);
    }

    void welshIsOneChoiceAway()
    {
        MessagePanel *p = panel();
        logCall(QStringLiteral("vehicle_recovery"), QStringLiteral("resolved_first_contact"), true);
        auto *language = p->findChild<QComboBox *>(QStringLiteral("messageLanguageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("cy")));
        QVERIFY(p->findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"))
                    ->toPlainText()
                    .startsWith(QLatin1String("Diolch am gysylltu")));
        QVERIFY(p->queueCurrent());
        QCOMPARE(messages(QStringLiteral("language = 'cy'")), 1);
    }
};

QTEST_MAIN(TestMessageGui)
#include "tst_messagegui.moc"
