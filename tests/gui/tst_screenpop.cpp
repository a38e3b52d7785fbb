// Screen pop from the telephony through the real Desk: `contactdesk --caller` reaches the
// running Desk over its local socket and starts a contact with the number, the call's start
// and the caller's history; a pop during a typed contact waits and keeps the text; the call's
// end (hang-up, F4, F2 for the next call) gives the talk and wrap-up times that are saved.
#include "core/clock.h"
#include "gui/contactform.h"
#include "gui/mainwindow.h"
#include "gui/screenpop.h"
#include "storage/contactstore.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace cd;

namespace {

QString deskProgram()
{
    return QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk");
}

QString fieldText(ContactForm *form, const char *field)
{
    QWidget *w = form->fieldWidget(QLatin1String(field));
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText();
    return {};
}

void setCombo(ContactForm *form, const char *field, const QString &code)
{
    auto *combo = qobject_cast<QComboBox *>(form->fieldWidget(QLatin1String(field)));
    QVERIFY(combo);
    const int i = combo->findData(code);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

struct SavedTimes
{
    QString callId;
    QVariant talk;
    QVariant wrapUp;
};

QList<SavedTimes> savedTimes(Database &db)
{
    QList<SavedTimes> out;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT call_id, talk_seconds, wrapup_seconds FROM contacts "
                          "ORDER BY started_at"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1), q.value(2)});
    return out;
}

} // namespace

class TestScreenPop : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        Clock::setInstance(nullptr);
        m_profile = std::make_unique<test::TempProfile>();
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_form = m_window->contactForm();
    }

    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void telLinksAndNumbersParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::newRow("plain") << "01234567890"
                               << "01234567890";
        QTest::newRow("spaced") << "01234 567890"
                                << "01234567890";
        QTest::newRow("tel international") << "tel:+441234567890"
                                           << "+441234567890";
        QTest::newRow("tel spaced") << "tel:01234 567890"
                                    << "01234567890";
        QTest::newRow("tel percent") << "tel:01234%20567890"
                                     << "01234567890";
        QTest::newRow("tel context") << "tel:0123-456-7890;phone-context=example.police.uk"
                                     << "01234567890";
        QTest::newRow("tel upper case") << "TEL:+44 (0)20 7946 0018"
                                        << "+440207946"
                                           "0018";
    }
    void telLinksAndNumbersParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        const Result<QString> parsed = parseCallerNumber(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.value(), number);
    }

    void badNumbersAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("letters") << "abc";
        QTest::newRow("letters in digits") << "0123 ABC 890";
        QTest::newRow("empty") << "";
        QTest::newRow("empty tel") << "tel:";
        QTest::newRow("plus in the middle") << "0123+4567";
    }
    void badNumbersAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!parseCallerNumber(text).ok());
    }

    // The real program: --caller with letters or nothing is an error, exit 2, and no Desk.
    void badCallerExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("letters") << QStringList{QStringLiteral("--caller"), QStringLiteral("abc")}
                                 << "not a phone number";
        QTest::newRow("empty") << QStringList{QStringLiteral("--caller"), QString()} << "empty";
        QTest::newRow("tel letters")
            << QStringList{QStringLiteral("tel:call-me")} << "not a phone number";
    }
    void badCallerExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QTemporaryDir other; // no Desk runs on it: a good number would start one
        QProcess desk;
        desk.start(deskProgram(), QStringList{QStringLiteral("--profile"), other.path()} + args);
        QVERIFY(desk.waitForFinished(20000));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(desk.readAllStandardError()).contains(says),
                 "the error says what is wrong");
    }

    // `contactdesk --caller` hands the call to the running Desk: a new contact with the number
    // in Phone, the call's id and start, and the caller's history.
    void popOverTheSocketStartsAContactWithHistory()
    {
        Contact earlier = test::sampleContact(QDateTime::currentDateTimeUtc().addDays(-3));
        earlier.callerPhone = QStringLiteral("01234567890");
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(earlier, QStringLiteral("A. Handler")));

        SingleInstance instance(m_profile->path());
        QVERIFY2(instance.listen(), qPrintable(instance.errorString()));
        connect(&instance, &SingleInstance::received, m_window.get(), &MainWindow::receivePop);

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QProcess pop;
        pop.start(deskProgram(), {QStringLiteral("--profile"), m_profile->path(),
                                  QStringLiteral("--caller"), QStringLiteral("tel:01234-567890"),
                                  QStringLiteral("--call-id"), QStringLiteral("CALL-77")});
        QTRY_COMPARE_WITH_TIMEOUT(pop.state(), QProcess::NotRunning, 20000);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
        QCOMPARE(pop.exitCode(), 0);

        QTRY_COMPARE(fieldText(m_form, "callerPhone"), QStringLiteral("01234567890"));
        QCOMPARE(m_form->callId(), QStringLiteral("CALL-77"));
        QVERIFY(m_form->isStarted());
        QVERIFY2(m_form->startedAt() >= before && m_form->startedAt() <= after,
                 "the call starts when the telephony popped it");
        auto *channel = qobject_cast<QComboBox *>(m_form->fieldWidget(QStringLiteral("channel")));
        QCOMPARE(channel->currentData().toString(), QStringLiteral("phone"));
        auto *history = m_window->findChild<QTableView *>(QStringLiteral("historyView"));
        QCOMPARE(history->model()->rowCount(), 1);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("historyTitle"))
                    ->text()
                    .contains(QStringLiteral("1 earlier contact")));

        // A second `contactdesk` without --caller only brings the running Desk forward.
        QProcess second;
        second.start(deskProgram(), {QStringLiteral("--profile"), m_profile->path()});
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 20000);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(fieldText(m_form, "callerPhone"), QStringLiteral("01234567890"));
    }

    // With no Desk running, --caller starts one and pops the call: the popped contact is the
    // draft at once, so it survives even the Desk being killed; a hang-up reaches that Desk.
    void callerStartsADeskWhenNoneRuns()
    {
        test::TempProfile other; // a complete profile nobody has open
        QProcess desk;
        desk.start(deskProgram(), {QStringLiteral("--profile"), other.path(),
                                   QStringLiteral("--caller"), QStringLiteral("tel:+441234567890"),
                                   QStringLiteral("--call-id"), QStringLiteral("CALL-5")});
        QVERIFY(desk.waitForStarted(20000));
        auto draft = [&] {
            const std::optional<Draft> d = DraftStore(*other.db).load(DraftStore::contactSlot());
            return d ? d->payload : QJsonObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(draft().value(QStringLiteral("caller_phone")).toString(),
                                  QStringLiteral("01234567890"), 20000);
        QCOMPARE(draft().value(QStringLiteral("call_id")).toString(), QStringLiteral("CALL-5"));
        QCOMPARE(desk.state(), QProcess::Running); // the Desk stays open for the call

        QProcess hangUp;
        hangUp.start(deskProgram(),
                     {QStringLiteral("--profile"), other.path(), QStringLiteral("--hangup"),
                      QStringLiteral("--call-id"), QStringLiteral("CALL-5")});
        QVERIFY(hangUp.waitForFinished(20000));
        QCOMPARE(hangUp.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !draft().value(QStringLiteral("call_ended_at")).toString().isEmpty(), 20000);

        desk.kill();
        QVERIFY(desk.waitForFinished(20000));
        QCOMPARE(draft().value(QStringLiteral("caller_phone")).toString(),
                 QStringLiteral("01234567890"));
    }

    // A socket left by a Desk that crashed does not stop the next one listening.
    void staleSocketIsReplaced()
    {
        SingleInstance instance(m_profile->path());
        const QString path = QDir(QDir::tempPath()).filePath(instance.name());
        {
            QFile stale(path);
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        QVERIFY2(instance.listen(), qPrintable(instance.errorString()));
        SingleInstance second(m_profile->path());
        QVERIFY2(!second.listen(), "a Desk that answers is never replaced");
    }

    // A pop while a contact is being typed: what was typed stays (form and draft), the call
    // waits in view, and becomes the contact once this one is saved.
    void popDuringATypedContactKeepsTheText()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        auto *notes = qobject_cast<QPlainTextEdit *>(m_form->fieldWidget(QStringLiteral("notes")));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Caller reports a burglary at the shop"));
        auto *phone = qobject_cast<QLineEdit *>(m_form->fieldWidget(QStringLiteral("callerPhone")));
        phone->setText(QStringLiteral("07700900123"));

        QApplication::processEvents();
        const QPoint notesAt = notes->mapTo(m_window.get(), QPoint(0, 0));
        ScreenPop pop;
        pop.kind = ScreenPop::Kind::Pop;
        pop.number = QStringLiteral("01234567890");
        pop.callId = QStringLiteral("CALL-2");
        pop.at = QDateTime::currentDateTimeUtc();
        m_window->receivePop(pop);
        QApplication::processEvents();
        // The waiting call shows under the form: nothing the handler types into moves.
        QCOMPARE(notes->mapTo(m_window.get(), QPoint(0, 0)), notesAt);

        QCOMPARE(notes->toPlainText(), QStringLiteral("Caller reports a burglary at the shop"));
        QCOMPARE(phone->text(), QStringLiteral("07700900123"));
        QCOMPARE(m_window->queuedPopCount(), 1);
        auto *waiting = m_window->findChild<QLabel *>(QStringLiteral("popQueueLabel"));
        QVERIFY(waiting->isVisible());
        QVERIFY(waiting->text().contains(QStringLiteral("01234567890")));
        const std::optional<Draft> draft =
            DraftStore(*m_profile->db).load(DraftStore::contactSlot());
        QVERIFY(draft);
        QCOMPARE(draft->payload.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Caller reports a burglary at the shop"));

        setCombo(m_form, "category", QStringLiteral("low_level_concern"));
        setCombo(m_form, "outcome", QStringLiteral("resolved_first_contact"));
        QVERIFY(m_window->saveContact());
        QCOMPARE(m_window->queuedPopCount(), 0);
        QVERIFY(!waiting->isVisible());
        QCOMPARE(phone->text(), QStringLiteral("01234567890"));
        QCOMPARE(m_form->callId(), QStringLiteral("CALL-2"));
        QCOMPARE(notes->toPlainText(), QString());
    }

    // The next call popping means the handler has answered it: the call on the form ends
    // there. The waiting call is kept beside the draft, so a Desk that stops shows it again.
    void aWaitingCallSurvivesARestart()
    {
        ScreenPop first;
        first.kind = ScreenPop::Kind::Pop;
        first.number = QStringLiteral("07700900111");
        first.callId = QStringLiteral("CALL-1");
        first.at = QDateTime::currentDateTimeUtc().addSecs(-120);
        m_window->receivePop(first);
        auto *notes = qobject_cast<QPlainTextEdit *>(m_form->fieldWidget(QStringLiteral("notes")));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Asked about an update on the burglary"));
        QVERIFY(!m_form->callEndedAt().isValid());

        ScreenPop second;
        second.kind = ScreenPop::Kind::Pop;
        second.number = QStringLiteral("07700900999");
        second.callId = QStringLiteral("C42");
        second.at = QDateTime::currentDateTimeUtc();
        m_window->receivePop(second);
        QCOMPARE(m_window->queuedPopCount(), 1);
        QVERIFY(m_form->callEndedAt().isValid());
        QVERIFY(m_form->callEndedAt() <= QDateTime::currentDateTimeUtc());

        // The Desk stops without a save; a new one on the same profile has both.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_form = m_window->contactForm();
        notes = qobject_cast<QPlainTextEdit *>(m_form->fieldWidget(QStringLiteral("notes")));
        QCOMPARE(notes->toPlainText(), QStringLiteral("Asked about an update on the burglary"));
        QCOMPARE(m_window->queuedPopCount(), 1);
        auto *waiting = m_window->findChild<QLabel *>(QStringLiteral("popQueueLabel"));
        QVERIFY(waiting->isVisible());
        QVERIFY(waiting->text().contains(QStringLiteral("07700900999")));

        // Saving takes the waiting call, which is then no longer kept as waiting.
        setCombo(m_form, "category", QStringLiteral("low_level_concern"));
        setCombo(m_form, "outcome", QStringLiteral("resolved_first_contact"));
        QVERIFY(m_window->saveContact());
        QCOMPARE(m_form->callId(), QStringLiteral("C42"));
        QVERIFY(!DraftStore(*m_profile->db).load(QStringLiteral("calls_waiting")));
    }

    // Talk time from the pop to the hang-up, wrap-up from the hang-up to the save.
    void talkAndWrapUpAreSaved()
    {
        ManualClock clock(QDateTime(QDate(2024, 3, 21), QTime(9, 0), Qt::UTC));
        Clock::setInstance(&clock);
        ScreenPop pop;
        pop.kind = ScreenPop::Kind::Pop;
        pop.number = QStringLiteral("01234567890");
        pop.callId = QStringLiteral("CALL-3");
        pop.at = clock.now();
        m_window->receivePop(pop);
        clock.advance(185 * 1000);
        ScreenPop hangUp;
        hangUp.kind = ScreenPop::Kind::HangUp;
        hangUp.callId = QStringLiteral("CALL-3");
        hangUp.at = clock.now();
        m_window->receivePop(hangUp);
        clock.advance(40 * 1000);
        setCombo(m_form, "category", QStringLiteral("low_level_concern"));
        setCombo(m_form, "outcome", QStringLiteral("resolved_first_contact"));
        QVERIFY(m_window->saveContact());

        const QList<SavedTimes> saved = savedTimes(*m_profile->db);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).callId, QStringLiteral("CALL-3"));
        QCOMPARE(saved.at(0).talk.toInt(), 185);
        QCOMPARE(saved.at(0).wrapUp.toInt(), 40);
    }

    // F4 ends the call; a call saved before it ended gets its talk time from F2 for the next.
    void endCallKeyAndNextCall()
    {
        ManualClock clock(QDateTime(QDate(2024, 3, 21), QTime(9, 0), Qt::UTC));
        Clock::setInstance(&clock);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        clock.advance(90 * 1000);
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QVERIFY(m_form->callEndedAt().isValid());
        clock.advance(20 * 1000);
        setCombo(m_form, "category", QStringLiteral("low_level_concern"));
        setCombo(m_form, "outcome", QStringLiteral("resolved_first_contact"));
        QVERIFY(m_window->saveContact());

        // Saved while the caller is still on the line: the end comes with F2.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        clock.advance(60 * 1000);
        setCombo(m_form, "category", QStringLiteral("low_level_concern"));
        setCombo(m_form, "outcome", QStringLiteral("resolved_first_contact"));
        QVERIFY(m_window->saveContact());
        QVERIFY(savedTimes(*m_profile->db).at(1).talk.isNull()); // not known yet
        clock.advance(30 * 1000);
        QTest::keyClick(m_window.get(), Qt::Key_F2);

        const QList<SavedTimes> saved = savedTimes(*m_profile->db);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).talk.toInt(), 90);
        QCOMPARE(saved.at(0).wrapUp.toInt(), 20);
        QCOMPARE(saved.at(1).talk.toInt(), 90);
        QCOMPARE(saved.at(1).wrapUp.toInt(), 0);
    }

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    ContactForm *m_form = nullptr;
};

QTEST_MAIN(TestScreenPop)
#include "tst_screenpop.moc"
