// Training mode (contactdesk --demo): made-up data in a private temporary profile, the same
// data for the same seed, "TRAINING - not real data" on every window and every exported
// document, no sync, and the real profile never touched.
#include "core/londonday.h"
#include "gui/contactform.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/savefile.h"
#include "gui/scriptoutlinedialog.h"
#include "gui/trainingmode.h"
#include "reports/escalationreport.h"
#include "reports/monthlyreport.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/scriptstore.h"
#include "storage/settingsstore.h"
#include "sync/connectionsettings.h"
#include "verify.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>

#include <sys/time.h>

using namespace cd;

namespace {

QStringList contactRows(Database &db)
{
    QStringList rows;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id, caller_name, caller_phone, category, started_at FROM "
                               "contacts ORDER BY id")))
        return {QStringLiteral("query failed")};
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()}
                        .join(QLatin1Char('|')));
    return rows;
}

std::unique_ptr<Database> openIn(const QString &dir)
{
    Database::OpenError error;
    return Database::open(Database::fileNameIn(dir), &error);
}

QString deskProgram()
{
    return QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk");
}

} // namespace

class TrainingModeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // Where the real profile would be, so the test can see it is never made.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(false);
    }

    void theRealProfileIsLeftByteForByte()
    {
        // A real profile where the Desk keeps it, with a contact in it.
        const QString realDir = Database::defaultProfileDir();
        {
            std::unique_ptr<Database> real = openIn(realDir);
            QVERIFY(real);
            QVERIFY(ProfileStore(*real).save(HandlerProfile{QStringLiteral("Real Person"),
                                                            Role::Handler, QStringLiteral("QoS")}));
        }
        const auto snapshot = [&realDir] {
            QStringList files;
            for (const QFileInfo &f : QDir(realDir).entryInfoList(QDir::Files | QDir::Hidden)) {
                QFile file(f.filePath());
                if (!file.open(QIODevice::ReadOnly))
                    return QStringList{QStringLiteral("cannot read ") + f.fileName()};
                files.append(f.fileName() + QLatin1Char(' ') +
                             QString::fromLatin1(QCryptographicHash::hash(
                                                     file.readAll(), QCryptographicHash::Sha256)
                                                     .toHex()) +
                             QLatin1Char(' ') + f.lastModified().toString(Qt::ISODateWithMs));
            }
            return files;
        };
        const QStringList before = snapshot();
        QVERIFY(!before.isEmpty());

        QString error;
        std::unique_ptr<QTemporaryDir> dir = training::createProfile(11, &error);
        QVERIFY2(dir, qPrintable(error));
        QVERIFY(!dir->path().startsWith(realDir));
        {
            std::unique_ptr<Database> db = openIn(dir->path());
            MainWindow window(*db, ProfileStore(*db).load());
            training::installInDesk(window, window, 11);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.panelsReady()); // the side panels follow the first paint
            QTest::keyClick(&window, Qt::Key_F2);
            window.close();
        }
        QCOMPARE(snapshot(), before);
        QVERIFY(QDir(realDir).removeRecursively());
    }

    void aTrainingProfileNeverSyncs()
    {
        QString error;
        std::unique_ptr<QTemporaryDir> dir = training::createProfile(12, &error);
        QVERIFY2(dir, qPrintable(error));
        {
            std::unique_ptr<Database> db = openIn(dir->path());
            Result<sync::ConnectionSettings> settings = sync::ConnectionSettings::fromConninfo(
                QStringLiteral("host=localhost dbname=contactdesk user=handler"));
            QVERIFY(settings);
            const Status saved = settings->save(*db);
            QVERIFY(!saved);
            QVERIFY2(saved.errorMessage().contains(QStringLiteral("training data")),
                     qPrintable(saved.errorMessage()));
            QVERIFY(!sync::ConnectionSettings::load(*db).isConfigured());
        }
        const QString admin = QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
        if (!QFile::exists(admin))
            CD_SKIP("contactdesk-admin is not built next to the tests");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(admin, {QStringLiteral("--profile"), dir->path(), QStringLiteral("sync"),
                        QStringLiteral("--once"), QStringLiteral("--conninfo"),
                        QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray said = p.readAll();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(said.contains("training data"), said.constData());
    }

    void theSameSeedGivesTheSameMadeUpTeam()
    {
        QString error;
        std::unique_ptr<QTemporaryDir> first = training::createProfile(7, &error);
        QVERIFY2(first, qPrintable(error));
        std::unique_ptr<QTemporaryDir> second = training::createProfile(7, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(first->path() != second->path());
        QVERIFY(training::active());

        std::unique_ptr<Database> a = openIn(first->path());
        std::unique_ptr<Database> b = openIn(second->path());
        QVERIFY(a && b);
        const QStringList rowsA = contactRows(*a);
        QCOMPARE(rowsA.size(), 1500);
        QCOMPARE(contactRows(*b), rowsA);

        // The folder is the owner's only, the trainee says who they are, and the profile knows
        // it holds training data.
        QCOMPARE(QFile::permissions(first->path()) & 0x0077, QFileDevice::Permissions());
        const HandlerProfile trainee = ProfileStore(*a).load();
        QCOMPARE(trainee.name, QStringLiteral("Trainee"));
        QCOMPARE(trainee.team, QStringLiteral("Training team"));
        QVERIFY(SettingsStore(*a).value(SettingsStore::Key::TrainingData).toBool());
        QSqlQuery q(a->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE handler = 'Trainee'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() > 100, "the trainee has a history of their own");
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM escalations")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM vehicles")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);

        // Another seed, other people.
        std::unique_ptr<QTemporaryDir> other = training::createProfile(8, &error);
        QVERIFY2(other, qPrintable(error));
        std::unique_ptr<Database> c = openIn(other->path());
        QVERIFY(contactRows(*c) != rowsA);

        // Nothing was written where the real profile lives.
        QVERIFY2(!QFile::exists(Database::defaultProfileDir()),
                 qPrintable(Database::defaultProfileDir()));
        const QString kept = first->path();
        first.reset();
        QVERIFY2(!QFile::exists(kept), "the training folder goes when the Desk closes");
    }

    void everyWindowSaysTrainingAndSyncIsAbsent()
    {
        QString error;
        std::unique_ptr<QTemporaryDir> dir = training::createProfile(3, &error);
        QVERIFY2(dir, qPrintable(error));
        std::unique_ptr<Database> db = openIn(dir->path());
        QVERIFY(db);
        MainWindow window(*db, ProfileStore(*db).load());
        training::installInDesk(window, window, 3);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.panelsReady()); // the side panels follow the first paint

        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("TRAINING - not real data")),
                 qPrintable(window.windowTitle()));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("trainingBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("TRAINING - not real data"));
        const QRect onWindow(banner->mapTo(&window, QPoint(0, 0)), banner->size());
        QVERIFY(window.rect().contains(onWindow));
        QVERIFY(!banner->accessibleName().isEmpty());

        // No way to reach a shared database from here.
        for (QAction *menu : window.menuBar()->actions())
            QVERIFY2(!menu->text().contains(QStringLiteral("Sync")), qPrintable(menu->text()));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("resetTrainingAction")));
        auto *syncState = window.findChild<QLabel *>(QStringLiteral("trainingSyncState"));
        QVERIFY(syncState && syncState->isVisible());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("syncLabel"))->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("trainingModeAction")));

        // A dialog opened later gets the banner and the marked title too.
        QDialog dialog(&window);
        dialog.setWindowTitle(QStringLiteral("Escalate"));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(QStringLiteral("form"), &dialog));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("TRAINING - not real data — Escalate"));
        auto *dialogBanner = dialog.findChild<QLabel *>(QStringLiteral("trainingBanner"));
        QVERIFY(dialogBanner);
        QVERIFY(dialogBanner->isVisible());
        // A dialog laid out as a form (the monthly report's) gets it too.
        QDialog formDialog(&window);
        auto *form = new QFormLayout(&formDialog);
        form->addRow(QStringLiteral("&Month:"),
                     new QLabel(QStringLiteral("November"), &formDialog));
        formDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&formDialog));
        auto *formBanner = formDialog.findChild<QLabel *>(QStringLiteral("trainingBanner"));
        QVERIFY(formBanner);
        QVERIFY(formBanner->isVisible());
        formDialog.close();
        // A title set while it is open is marked as well.
        dialog.setWindowTitle(QStringLiteral("Escalate: complaint"));
        QCOMPARE(dialog.windowTitle(),
                 QStringLiteral("TRAINING - not real data — Escalate: complaint"));
    }

    void exportedDocumentsSayTraining()
    {
        QString error;
        std::unique_ptr<QTemporaryDir> dir = training::createProfile(4, &error);
        QVERIFY2(dir, qPrintable(error));
        std::unique_ptr<Database> db = openIn(dir->path());
        QVERIFY(db);
        const ForceHeader header = ForceHeader::fromSettings(SettingsStore(*db));
        QCOMPARE(header.protectiveMarking,
                 QStringLiteral("TRAINING - not real data · OFFICIAL-SENSITIVE"));
        const QDate today = localDate(QDateTime::currentDateTimeUtc());
        Result<PerformanceReport> report =
            buildPerformanceReport(*db, QStringLiteral("Training team"),
                                   monthRange(today.year(), today.month()), QStringLiteral("T"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        const QByteArray csv = performanceReportCsv(report.value());
        QVERIFY2(csv.split('\n').value(1).startsWith("training_data,TRAINING - not real data"),
                 csv.left(200).constData());

        // A real profile's documents are not marked.
        QTemporaryDir realDir;
        std::unique_ptr<Database> real = openIn(realDir.path());
        QVERIFY(real);
        QCOMPARE(ForceHeader::fromSettings(SettingsStore(*real)).protectiveMarking,
                 QStringLiteral("OFFICIAL-SENSITIVE"));
    }

    void staleTrainingFoldersAreRemoved()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QDir root(tmp.path());
        // A Desk that was killed: its process id no longer runs.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted(10000));
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished(10000));
        const auto folderWithPid = [&](const QString &name, qint64 pid) {
            QVERIFY(root.mkdir(name));
            QFile f(root.filePath(name + QStringLiteral("/owner.pid")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::number(pid));
        };
        folderWithPid(QStringLiteral("contactdesk-training-dead"), deadPid);
        folderWithPid(QStringLiteral("contactdesk-training-live"),
                      QCoreApplication::applicationPid());
        // Folders from before owner.pid: a two-day-old one is stale, a fresh one is left.
        QVERIFY(root.mkdir(QStringLiteral("contactdesk-training-old")));
        QVERIFY(root.mkdir(QStringLiteral("contactdesk-training-new")));
        QVERIFY(root.mkdir(QStringLiteral("something-else")));
        const QByteArray old =
            root.filePath(QStringLiteral("contactdesk-training-old")).toLocal8Bit();
        struct timeval times[2];
        times[0].tv_sec = times[1].tv_sec = time(nullptr) - 2 * 24 * 3600;
        times[0].tv_usec = times[1].tv_usec = 0;
        QCOMPARE(::utimes(old.constData(), times), 0);

        QCOMPARE(training::removeStaleProfiles(tmp.path()), 2);
        QVERIFY(!root.exists(QStringLiteral("contactdesk-training-dead")));
        QVERIFY(!root.exists(QStringLiteral("contactdesk-training-old")));
        QVERIFY(root.exists(QStringLiteral("contactdesk-training-live")));
        QVERIFY(root.exists(QStringLiteral("contactdesk-training-new")));
        QVERIFY(root.exists(QStringLiteral("something-else")));

        // A training profile says which Desk owns it.
        QString error;
        std::unique_ptr<QTemporaryDir> dir = training::createProfile(6, &error);
        QVERIFY2(dir, qPrintable(error));
        QFile owner(QDir(dir->path()).filePath(QStringLiteral("owner.pid")));
        QVERIFY(owner.open(QIODevice::ReadOnly));
        QCOMPARE(owner.readAll().toLongLong(), QCoreApplication::applicationPid());
    }

    void resetAsksBeforeDiscardingATypedContact()
    {
        QString error;
        std::unique_ptr<QTemporaryDir> dir = training::createProfile(3, &error);
        QVERIFY2(dir, qPrintable(error));
        std::unique_ptr<Database> db = openIn(dir->path());
        QVERIFY(db);
        MainWindow window(*db, ProfileStore(*db).load());
        training::installInDesk(window, window, 3);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F2);
        auto *form = window.findChild<ContactForm *>();
        QVERIFY(form);
        QWidget *notes = form->fieldWidget(QStringLiteral("notes"));
        QVERIFY(notes);
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("caller asking about her car"));
        QVERIFY(form->hasTypedContent());

        auto *reset = window.findChild<QAction *>(QStringLiteral("resetTrainingAction"));
        QVERIFY(reset);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        reset->trigger();
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Reset training data?"));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("has not been saved")));
        // Cancelled: the Desk is still open with what was typed.
        QVERIFY(window.isVisible());
        QVERIFY(form->notesText().contains(QLatin1String("caller asking about her car")));
    }

    void fileDialogsAndDocumentsSayTraining()
    {
        QString error;
        std::unique_ptr<QTemporaryDir> dir = training::createProfile(4, &error);
        QVERIFY2(dir, qPrintable(error));
        std::unique_ptr<Database> db = openIn(dir->path());
        QVERIFY(db);
        MainWindow window(*db, ProfileStore(*db).load());
        training::installInDesk(window, window, 4);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The save dialog (laid out on a grid) has the banner too.
        QFileDialog save(&window, QStringLiteral("Save the report"));
        save.setOption(QFileDialog::DontUseNativeDialog);
        save.setAcceptMode(QFileDialog::AcceptSave);
        save.show();
        QVERIFY(QTest::qWaitForWindowExposed(&save));
        auto *banner = save.findChild<QLabel *>(QStringLiteral("trainingBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(save.windowTitle().startsWith(QStringLiteral("TRAINING - not real data")));
        save.close();

        // Proposed file names say TRAINING, in the Documents folder, not the working folder.
        const QString proposed = suggestedSavePath(QStringLiteral("audit.csv"));
        QCOMPARE(QFileInfo(proposed).fileName(), QStringLiteral("TRAINING-audit.csv"));
        QVERIFY(QFileInfo(proposed).isAbsolute());
        QCOMPARE(
            QFileInfo(suggestedSavePath(QStringLiteral("/tmp/x/report-2026-11.pdf"))).fileName(),
            QStringLiteral("TRAINING-report-2026-11.pdf"));

        // The script outline printed from a training Desk says so.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        ScriptOutlineDialog outline(ScriptStore(*db).library());
        outline.showScript(QStringLiteral("mental_health"));
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("outline.pdf"));
        CD_VERIFY_OK(outline.exportPdf(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput())
                    .contains(QLatin1String("TRAINING - not real data")));
    }

    void badTrainingOptionsAreRefused()
    {
        const QString program = deskProgram();
        if (!QFile::exists(program))
            CD_SKIP("contactdesk is not built next to the tests");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, {QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAll().contains("--seed needs --demo"), "names the option");
        p.start(program, {QStringLiteral("--demo"), QStringLiteral("--profile"),
                          m_home.filePath(QStringLiteral("p"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAll().contains("leave out --profile"));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("p"))));
    }
};

QTEST_MAIN(TrainingModeTest)
#include "tst_trainingmode.moc"
