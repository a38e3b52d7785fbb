// Signing in on a synced workstation: the person is who the shared database says (their
// login's cd_people row: name, team, role), whatever the profile said before; the answer is kept
// so the same login and password sign in while the server cannot be reached; a login the
// server turns down is not let in by a local account of the same name.
#include "pgtest.h"
#include "testsupport.h"

#include "gui/signin.h"
#include "storage/accountstore.h"
#include "storage/auditstore.h"

#include <QApplication>

using namespace cd;
using namespace pgtest;

class TstSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PGTEST_REQUIRE_SERVER(); }

    void theSharedDatabaseSaysWhoIsWorking()
    {
        const QString db = createDatabase("signin");
        QVERIFY(!db.isEmpty());
        const QString login = uniqueLogin(QStringLiteral("mo"));
        QVERIFY(addUser(db, login, QStringLiteral("Mo Manager"), QStringLiteral("north"),
                        QStringLiteral("manager")));

        // The profile says someone else, a handler of another team.
        test::TempProfile p;
        CD_VERIFY_OK(ProfileStore(*p.db).save(
            HandlerProfile{QStringLiteral("Some One"), Role::Handler, QStringLiteral("south")}));
        // A local administrator account, as a standalone workstation would have had.
        Account local;
        local.login = QStringLiteral("ghost");
        local.name = QStringLiteral("G. Host");
        local.team = QStringLiteral("north");
        local.role = Role::Administrator;
        QVERIFY(AccountStore(*p.db).add(QString(), local, QStringLiteral("ghost password")));
        sync::ConnectionSettings settings = settingsFor(db, login);
        CD_VERIFY_OK(settings.save(*p.db));
        SignIn signIn(*p.db);
        QVERIFY(signIn.needsPassword()); // a synced workstation always asks
        QCOMPARE(signIn.suggestedLogin(), login);

        const QString password = QStringLiteral("mo's password, typed");
        Result<HandlerProfile> who = signIn.check(login, password);
        QVERIFY2(who, qPrintable(who.errorMessage()));
        QCOMPARE(who->name, QStringLiteral("Mo Manager"));
        QCOMPARE(who->team, QStringLiteral("north"));
        QCOMPARE(who->role, Role::Manager);

        // Kept for offline use, as the server's, and audited.
        const std::optional<Account> kept = AccountStore(*p.db).find(login);
        QVERIFY(kept);
        QCOMPARE(kept->source, QStringLiteral("server"));
        QCOMPARE(kept->role, Role::Manager);
        bool audited = false;
        for (const AuditEntry &e : AuditStore(*p.db).recent(20))
            audited |= e.entity == QLatin1String("account") && e.entityId == login &&
                       e.action == QLatin1String("create");
        QVERIFY(audited);

        // The server a login that is no Contact Desk person: refused, and says why.
        Result<HandlerProfile> notPerson = signIn.check(QStringLiteral("postgres"), password);
        QVERIFY(!notPerson);
        QCOMPARE(notPerson.error().code, QStringLiteral("not_person"));

        // A local account the server does not know: the server decides, not the account.
        Result<HandlerProfile> ghost =
            signIn.check(QStringLiteral("ghost"), QStringLiteral("ghost password"));
        QVERIFY(!ghost);
        QCOMPARE(ghost.error().code, QStringLiteral("refused"));

        // The server cannot be reached: the same login and password still sign in, as the
        // server last said; another password does not.
        settings.port = 1;
        CD_VERIFY_OK(settings.save(*p.db));
        Result<HandlerProfile> offline = SignIn(*p.db).check(login, password);
        QVERIFY2(offline, qPrintable(offline.errorMessage()));
        QCOMPARE(offline->name, QStringLiteral("Mo Manager"));
        QCOMPARE(offline->role, Role::Manager);
        QVERIFY(!SignIn(*p.db).check(login, QStringLiteral("a guess at it")));
    }
};

QTEST_MAIN(TstSignIn)
#include "tst_signin.moc"
