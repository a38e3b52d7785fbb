// Who is working changes while the Desk is open (File > Who is working…): the side panel follows
// at once, with no restart. Team figures appear for a manager and go for a handler.
#include "testsupport.h"

#include "gui/dashboardwidget.h"
#include "gui/mainwindow.h"
#include "storage/profile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace cd;

namespace {

QStringList tabTitles(const QTabWidget *tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

} // namespace

class TstRoleChangeGui : public QObject
{
    Q_OBJECT

    // File > Who is working…, the role set to `role` and the team to `team`, then OK. Returns
    // what went wrong, or nothing.
    static QString changeProfile(MainWindow &window, Role role, const QString &team = QString())
    {
        QString problem = QStringLiteral("the profile dialog did not open");
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            auto *teamEdit = dialog->findChild<QLineEdit *>(QStringLiteral("teamEdit"));
            if (!combo || !teamEdit) {
                problem = QStringLiteral("the profile dialog has no role or team field");
                dialog->reject();
                return;
            }
            combo->setCurrentIndex(combo->findData(roleCode(role)));
            if (!team.isEmpty())
                teamEdit->setText(team);
            problem.clear();
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("profileAction"))->trigger();
        return problem;
    }

    static QTabWidget *sidePanel(MainWindow &window) { return window.sidePanel(); }

private slots:
    void teamFiguresFollowTheRoleWithoutARestart()
    {
        test::TempProfile p; // A. Handler, a handler in QoS North
        MainWindow window(*p.db, p.profile);
        QTRY_VERIFY(window.panelsReady()); // the side panels follow the first paint
        window.show();
        QTabWidget *tabs = sidePanel(window);
        QVERIFY(tabs);
        QVERIFY(window.findChild<DashboardWidget *>(QStringLiteral("personalDashboard")));
        QVERIFY(!window.findChild<DashboardWidget *>(QStringLiteral("teamDashboard")));
        QVERIFY(!tabTitles(tabs).contains(QStringLiteral("&Team figures")));
        QSignalSpy changed(&window.events(), &PanelHostEvents::profileChanged);

        // Now a manager: Team figures is there at once, after My figures, for the team.
        QString problem = changeProfile(window, Role::Manager);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(window.profile().role, Role::Manager);
        auto *team = window.findChild<DashboardWidget *>(QStringLiteral("teamDashboard"));
        QVERIFY(team);
        QCOMPARE(team->scope().name, QStringLiteral("QoS North"));
        const QStringList managerTabs = tabTitles(tabs);
        QCOMPARE(managerTabs.count(QStringLiteral("&Team figures")), 1);
        QCOMPARE(managerTabs.indexOf(QStringLiteral("&Team figures")),
                 managerTabs.indexOf(QStringLiteral("&My figures")) + 1);
        QCOMPARE(tabs->indexOf(team), managerTabs.indexOf(QStringLiteral("&Team figures")));

        // Still a manager, of another team: the tab shows that team.
        problem = changeProfile(window, Role::Manager, QStringLiteral("QoS South"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(window.findChildren<DashboardWidget *>(QStringLiteral("teamDashboard")).size(), 1);
        team = window.findChild<DashboardWidget *>(QStringLiteral("teamDashboard"));
        QVERIFY(team);
        QCOMPARE(team->scope().name, QStringLiteral("QoS South"));
        QCOMPARE(tabTitles(tabs), managerTabs);

        // A handler again: the tab goes at once, and My figures stays.
        problem = changeProfile(window, Role::Handler);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!window.findChild<DashboardWidget *>(QStringLiteral("teamDashboard")));
        QVERIFY(!tabTitles(tabs).contains(QStringLiteral("&Team figures")));
        QCOMPARE(tabTitles(tabs).count(QStringLiteral("&My figures")), 1);

        // And as the Desk would start now.
        QCOMPARE(ProfileStore(*p.db).load().role, Role::Handler);
    }
};

QTEST_MAIN(TstRoleChangeGui)
#include "tst_rolechangegui.moc"
