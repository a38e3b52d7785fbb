#include "gui/contactform.h"
#include "gui/mainwindow.h"
#include "storage/draftstore.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>

using namespace cd;

class TestDraftRecovery : public QObject
{
    Q_OBJECT
private slots:
    void draftSurvivesAKillMidCall()
    {
        test::TempProfile profile;
        const QString dir = profile.path();
        profile.db.reset(); // the child has the database to itself while it types

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(DRAFT_CHILD), {dir});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("READY"),
                                 30000);
        child.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto db = Database::open(Database::fileNameIn(dir), nullptr);
        QVERIFY(db);
        const std::optional<Draft> draft = DraftStore(*db).load(DraftStore::contactSlot());
        QVERIFY(draft.has_value());
        QCOMPARE(draft->payload.value(QLatin1String("caller_phone")).toString(),
                 QStringLiteral("07700 900123"));

        // The Desk puts it back in the form on restart, as it opens: before its first paint,
        // before anything can be typed, popped or saved over it. The side panels (guidance,
        // escalations, vehicle, figures) come after the first paint.
        MainWindow window(*db, ProfileStore(*db).load());
        auto *phone = window.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        auto *notes = window.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        QCOMPARE(phone->text(), QStringLiteral("07700 900123"));
        QVERIFY(!window.guidancePanel());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.panelsReady());
        QVERIFY(window.guidancePanel());
        QCOMPARE(phone->text(), QStringLiteral("07700 900123"));
        QCOMPARE(notes->toPlainText(),
                 QStringLiteral("Caller says the car was taken from outside her house"));
        QVERIFY(window.contactForm()->isStarted());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("formMessage"))
                    ->text()
                    .contains(QLatin1String("Recovered")));
    }
};

QTEST_MAIN(TestDraftRecovery)
#include "tst_draftrecovery.moc"
