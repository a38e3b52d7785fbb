// File > Audit log… for managers: a person's trail by phone, nothing of anyone else's, a bad day
// named, the export owner-only with spreadsheet-safe cells, and the search and export logged.
#include "gui/auditdialog.h"
#include "gui/contactaccess.h"
#include "gui/mainwindow.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "testsupport.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cd;

class TestAuditGui : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        ContactStore store(*m_profile->db);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-3);
        m_ann = test::sampleContact(t0);
        m_ann.callerPhone = QStringLiteral("07700900111");
        m_ann.notes = QStringLiteral("=HYPERLINK(\"http://x\")");
        m_bob = test::sampleContact(t0.addSecs(600));
        m_bob.callerPhone = QStringLiteral("07700900222");
        CD_VERIFY_OK(store.save(m_ann, QStringLiteral("A. Handler")));
        CD_VERIFY_OK(store.save(m_bob, QStringLiteral("A. Handler")));
        CD_VERIFY_OK(store.get(m_ann.id, QStringLiteral("=cmd|' /C calc'!A0")));
        CD_VERIFY_OK(store.get(m_bob.id, QStringLiteral("B. Viewer")));
    }
    void cleanup() { m_profile.reset(); }

    void onlyManagersSeeTheAuditLog()
    {
        MainWindow w(*m_profile->db, m_profile->profile); // a handler
        QTRY_VERIFY(w.panelsReady());                     // the side panels follow the first paint
        auto *action = w.findChild<QAction *>(QStringLiteral("auditLogAction"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        HandlerProfile manager = m_profile->profile;
        manager.role = Role::Manager;
        emit w.events().profileChanged(manager);
        QVERIFY(action->isVisible());
        QVERIFY(w.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(action));
    }

    void aPersonsTrailIsFoundAndExported()
    {
        AuditDialog dialog(*m_profile->db, QStringLiteral("M. Manager"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("auditPhone"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("07700 900111"));
        QTest::keyClick(phone, Qt::Key_Return); // the default button searches
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("auditTable"));
        QCOMPARE(table->rowCount(), 2); // Ann's save and the view of her record
        QStringList users;
        for (int row = 0; row < table->rowCount(); ++row) {
            users.append(table->item(row, 1)->text());
            QCOMPARE(table->item(row, 4)->text(), m_ann.id);
        }
        QCOMPARE(users,
                 (QStringList{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("A. Handler")}));

        // Exported: owner-only, the formula-like user name made harmless.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("audit.csv"));
        QVERIFY(dialog.exportTo(path));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 3);
        QVERIFY2(csv.contains(",'=cmd|"), csv.constData());
        QVERIFY(!csv.contains(m_bob.id.toUtf8()));

        // The search and the export are in the log, without the number searched for.
        const QList<AuditEntry> recent = AuditStore(*m_profile->db).recent(2);
        QCOMPARE(recent.at(0).action, QStringLiteral("export"));
        QCOMPARE(recent.at(0).entity, QStringLiteral("audit"));
        QCOMPARE(recent.at(1).action, QStringLiteral("search"));
        QCOMPARE(recent.at(1).detail, QStringLiteral("2 entries; by phone"));
        QCOMPARE(recent.at(1).actor, QStringLiteral("M. Manager"));

        // A day that is not a day is named, and the entries shown stay.
        auto *from = dialog.findChild<QLineEdit *>(QStringLiteral("auditFrom"));
        from->setText(QStringLiteral("30/11/2026"));
        QVERIFY(!dialog.search());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("auditMessage"))
                    ->text()
                    .contains(QStringLiteral("YYYY-MM-DD")));
        QCOMPARE(QApplication::focusWidget(), from);
        QCOMPARE(table->rowCount(), 2);
    }

    // A contact that is neither the reader's nor their team's asks why first; the reason goes
    // into the view's audit entry, and a reader who gives none sees nothing and leaves no view.
    void openingAnotherTeamsContactAsksWhy()
    {
        Contact other = test::sampleContact(QDateTime::currentDateTimeUtc().addDays(-1));
        other.handler = QStringLiteral("Z. Other");
        other.team = QStringLiteral("QoS South");
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(other, QStringLiteral("Z. Other")));
        AuditStore audit(*m_profile->db);
        const auto views = [&audit](const QString &id) {
            QStringList out;
            for (const AuditEntry &e : audit.recent(100, id))
                if (e.action == QLatin1String("view"))
                    out.append(e.actor + QLatin1Char('|') + e.detail);
            return out;
        };
        const HandlerProfile reader = m_profile->profile; // A. Handler of QoS North

        // A team-mate's contact opens without a question.
        Contact mate = test::sampleContact(QDateTime::currentDateTimeUtc().addDays(-2));
        mate.handler = QStringLiteral("B. Colleague");
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(mate, QStringLiteral("B. Colleague")));
        const int asked = AccessReason::timesAsked();
        QVERIFY(openContactToRead(*m_profile->db, mate.id, reader, nullptr));
        QCOMPARE(AccessReason::timesAsked(), asked);
        QCOMPARE(views(mate.id), QStringList{QStringLiteral("A. Handler|")});

        // Another team's: cancelled, nothing read and nothing logged.
        AccessReason::setNextAnswer(std::nullopt);
        QVERIFY(!openContactToRead(*m_profile->db, other.id, reader, nullptr));
        QCOMPARE(AccessReason::timesAsked(), asked + 1);
        QVERIFY(AccessReason::lastQuestion().contains(QStringLiteral("QoS South")));
        QCOMPARE(views(other.id), QStringList());

        // With a reason: opened, and the reason is in the log.
        AccessReason::setNextAnswer(QStringLiteral("  Complaint review   for PSD "));
        const std::optional<Contact> opened =
            openContactToRead(*m_profile->db, other.id, reader, nullptr);
        QVERIFY(opened);
        QCOMPARE(opened->id, other.id);
        QCOMPARE(views(other.id),
                 QStringList{QStringLiteral("A. Handler|reason: Complaint review for PSD")});
    }

private:
    std::unique_ptr<test::TempProfile> m_profile;
    Contact m_ann;
    Contact m_bob;
};

QTEST_MAIN(TestAuditGui)
#include "tst_auditgui.moc"
