// Who is working changes while the Desk is open (File > Who is working…): a person signs in
// with their account's password, and the role is their account's, never a choice in a menu.
// The side panel follows at once, with no restart: Team figures appear for a manager and go
// for a handler. A workstation without accounts asks only a name and a team, for a handler.
#include "testsupport.h"

#include "gui/dashboardwidget.h"
#include "gui/mainwindow.h"
#include "gui/profiledialog.h"
#include "gui/signin.h"
#include "storage/accountstore.h"
#include "storage/auditstore.h"
#include "storage/profile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
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

const QString kPassword = QStringLiteral("a long enough password");

} // namespace

class TstRoleChangeGui : public QObject
{
    Q_OBJECT

    // File > Who is working…, signs in as `login` with `password`. Returns what went wrong, or
    // nothing; `error` gets the dialog's message when it refused.
    static QString signIn(MainWindow &window, const QString &login, const QString &password,
                          QString *error = nullptr)
    {
        QString problem = QStringLiteral("the sign-in dialog did not open");
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"))) {
                problem = QStringLiteral("the dialog still offers a role to choose");
                dialog->reject();
                return;
            }
            auto *loginEdit = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
            auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            if (!loginEdit || !passwordEdit) {
                problem = QStringLiteral("the dialog asks no login and password");
                dialog->reject();
                return;
            }
            if (passwordEdit->echoMode() != QLineEdit::Password) {
                problem = QStringLiteral("the password is shown as it is typed");
                dialog->reject();
                return;
            }
            loginEdit->setText(login);
            passwordEdit->setText(password);
            QTest::keyClick(passwordEdit, Qt::Key_Return);
            problem.clear();
            if (dialog->isVisible()) { // refused: it says why and stays open
                auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
                if (error && label && label->isVisible())
                    *error = label->text();
                problem = QStringLiteral("refused");
                dialog->reject();
            }
        });
        window.findChild<QAction *>(QStringLiteral("profileAction"))->trigger();
        return problem;
    }

    static void addAccounts(Database &db)
    {
        AccountStore accounts(db);
        auto add = [&](const QString &login, const QString &name, const QString &team, Role role) {
            Account a;
            a.login = login;
            a.name = name;
            a.team = team;
            a.role = role;
            const Result<Account> r = accounts.add(QStringLiteral("root"), a, kPassword);
            if (!r)
                qFatal("account not added: %s", qPrintable(r.errorMessage()));
        };
        add(QStringLiteral("root"), QStringLiteral("Ada Admin"), QStringLiteral("QoS North"),
            Role::Administrator);
        add(QStringLiteral("ahandler"), QStringLiteral("A. Handler"), QStringLiteral("QoS North"),
            Role::Handler);
        add(QStringLiteral("mnorth"), QStringLiteral("Max North"), QStringLiteral("QoS North"),
            Role::Manager);
        add(QStringLiteral("msouth"), QStringLiteral("Mia South"), QStringLiteral("QoS South"),
            Role::Manager);
    }

    static QTabWidget *sidePanel(MainWindow &window) { return window.sidePanel(); }

private slots:
    void teamFiguresFollowTheSignedInRoleWithoutARestart()
    {
        test::TempProfile p; // A. Handler, a handler in QoS North
        addAccounts(*p.db);
        CD_VERIFY_OK(SignIn::setSignedInLogin(*p.db, QStringLiteral("ahandler")));
        MainWindow window(*p.db, p.profile);
        QTRY_VERIFY(window.panelsReady()); // the side panels follow the first paint
        window.show();
        QTabWidget *tabs = sidePanel(window);
        QVERIFY(tabs);
        QVERIFY(window.findChild<DashboardWidget *>(QStringLiteral("personalDashboard")));
        QVERIFY(!window.findChild<DashboardWidget *>(QStringLiteral("teamDashboard")));
        QVERIFY(!tabTitles(tabs).contains(QStringLiteral("&Team figures")));
        QSignalSpy changed(&window.events(), &PanelHostEvents::profileChanged);

        // A wrong password: refused with the reason, and nothing changes.
        QString error;
        QString problem = signIn(window, QStringLiteral("mnorth"), QStringLiteral("guess"), &error);
        QCOMPARE(problem, QStringLiteral("refused"));
        QCOMPARE(error, QStringLiteral("Wrong login or password."));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(window.profile().role, Role::Handler);
        QCOMPARE(window.profile().name, QStringLiteral("A. Handler"));

        // The manager signs in: Team figures is there at once, after My figures, for the team.
        problem = signIn(window, QStringLiteral("mnorth"), kPassword);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(window.profile().role, Role::Manager);
        QCOMPARE(window.profile().name, QStringLiteral("Max North"));
        QCOMPARE(SignIn::signedInLogin(*p.db), QStringLiteral("mnorth"));
        auto *team = window.findChild<DashboardWidget *>(QStringLiteral("teamDashboard"));
        QVERIFY(team);
        QCOMPARE(team->scope().name, QStringLiteral("QoS North"));
        const QStringList managerTabs = tabTitles(tabs);
        QCOMPARE(managerTabs.count(QStringLiteral("&Team figures")), 1);
        QCOMPARE(managerTabs.indexOf(QStringLiteral("&Team figures")),
                 managerTabs.indexOf(QStringLiteral("&My figures")) + 1);
        QCOMPARE(tabs->indexOf(team), managerTabs.indexOf(QStringLiteral("&Team figures")));

        // Another team's manager: the tab shows that team, as their account says.
        problem = signIn(window, QStringLiteral("msouth"), kPassword);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(window.findChildren<DashboardWidget *>(QStringLiteral("teamDashboard")).size(), 1);
        team = window.findChild<DashboardWidget *>(QStringLiteral("teamDashboard"));
        QVERIFY(team);
        QCOMPARE(team->scope().name, QStringLiteral("QoS South"));
        QCOMPARE(tabTitles(tabs), managerTabs);

        // A handler again: the tab goes at once, and My figures stays.
        problem = signIn(window, QStringLiteral("ahandler"), kPassword);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!window.findChild<DashboardWidget *>(QStringLiteral("teamDashboard")));
        QVERIFY(!tabTitles(tabs).contains(QStringLiteral("&Team figures")));
        QCOMPARE(tabTitles(tabs).count(QStringLiteral("&My figures")), 1);

        // And as the Desk would start now.
        QCOMPARE(ProfileStore(*p.db).load().role, Role::Handler);
        QCOMPARE(ProfileStore(*p.db).load().name, QStringLiteral("A. Handler"));
    }

    // Without accounts nobody can make themselves a manager: the dialog asks a name and a team
    // and the person is a handler.
    void withoutAccountsEveryoneIsAHandler()
    {
        test::TempProfile p;
        HandlerProfile asked = p.profile;
        asked.role = Role::Manager;
        ProfileDialog dialog(asked);
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("roleCombo")));
        dialog.findChild<QLineEdit *>(QStringLiteral("teamEdit"))
            ->setText(QStringLiteral("QoS East"));
        QCOMPARE(dialog.profile().role, Role::Handler);
        QCOMPARE(dialog.profile().team, QStringLiteral("QoS East"));
    }
};

QTEST_MAIN(TstRoleChangeGui)
#include "tst_rolechangegui.moc"
