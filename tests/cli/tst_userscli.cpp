// `contactdesk-admin users add|passwd|role|list`: local accounts for a standalone or offline
// workstation. The first account is the administrator; every later change needs an
// administrator's login and password; passwords are kept only as Argon2id hashes; every change
// is in the audit log, and the audit chain stays intact.
#include "storage/accountstore.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "testsupport.h"

#include "adminrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::admin;
using cd::test::Run;

namespace {

const QString kAdminPassword = QStringLiteral("correct horse battery");
const QString kManagerPassword = QStringLiteral("manager's own secret");

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(r.code).arg(r.out, r.err);
}

} // namespace

class TstUsersCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString passwordFile(const QString &name, const QString &password)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(password.toUtf8() + '\n');
        return path;
    }

    QStringList asAdmin(const QString &login = QStringLiteral("root"),
                        const QString &password = kAdminPassword)
    {
        return {QStringLiteral("--admin"), login, QStringLiteral("--admin-password-file"),
                passwordFile(QStringLiteral("admin.txt"), password)};
    }

    static QJsonArray listed(const QString &profile)
    {
        const Run r = admin(profile, QStringList{QStringLiteral("users"), QStringLiteral("list"),
                                                 QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(describe(r)));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    static QString roleOf(const QString &profile, const QString &login)
    {
        for (const QJsonValue &v : listed(profile))
            if (v.toObject().value(QStringLiteral("login")).toString() == login)
                return v.toObject().value(QStringLiteral("role")).toString();
        return QStringLiteral("(none)");
    }

private slots:
    void firstAccountIsTheAdministratorAndLaterOnesNeedOne()
    {
        test::TempProfile p;
        const QString profile = p.path();
        Run r = admin(profile, QStringList{QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("No accounts")), qPrintable(r.out));

        // The first account needs nobody's permission, and is the administrator whatever role
        // was asked for.
        r = admin(profile, QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                       QStringLiteral("root"), QStringLiteral("--name"),
                                       QStringLiteral("Ada Admin"), QStringLiteral("--team"),
                                       QStringLiteral("QoS North"), QStringLiteral("--role"),
                                       QStringLiteral("handler"), QStringLiteral("--password-file"),
                                       passwordFile(QStringLiteral("root.txt"), kAdminPassword)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(roleOf(profile, QStringLiteral("root")), QStringLiteral("administrator"));

        const QStringList addManager{QStringLiteral("users"),
                                     QStringLiteral("add"),
                                     QStringLiteral("mnorth"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("Max North"),
                                     QStringLiteral("--team"),
                                     QStringLiteral("QoS North"),
                                     QStringLiteral("--role"),
                                     QStringLiteral("manager"),
                                     QStringLiteral("--password-file"),
                                     passwordFile(QStringLiteral("m.txt"), kManagerPassword)};

        // A second account without an administrator: refused (usage), nothing added.
        r = admin(profile, addManager);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--admin")), qPrintable(r.err));
        QCOMPARE(roleOf(profile, QStringLiteral("mnorth")), QStringLiteral("(none)"));

        // With a wrong administrator password: refused, nothing added.
        r = admin(profile,
                  addManager + asAdmin(QStringLiteral("root"), QStringLiteral("guess guess")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Wrong login or password")), qPrintable(r.err));
        QCOMPARE(roleOf(profile, QStringLiteral("mnorth")), QStringLiteral("(none)"));

        // With the administrator's password: added as a manager.
        r = admin(profile, addManager + asAdmin());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(roleOf(profile, QStringLiteral("mnorth")), QStringLiteral("manager"));

        // A manager is not an administrator: their password does not make changes.
        r = admin(profile, QStringList{QStringLiteral("users"), QStringLiteral("role"),
                                       QStringLiteral("mnorth"), QStringLiteral("administrator")} +
                               asAdmin(QStringLiteral("mnorth"), kManagerPassword));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Only an administrator")), qPrintable(r.err));
        QCOMPARE(roleOf(profile, QStringLiteral("mnorth")), QStringLiteral("manager"));

        // A password shorter than 8 characters is refused.
        r = admin(profile,
                  QStringList{QStringLiteral("users"), QStringLiteral("add"),
                              QStringLiteral("shorty"), QStringLiteral("--name"),
                              QStringLiteral("S. Horty"), QStringLiteral("--team"),
                              QStringLiteral("QoS North"), QStringLiteral("--password-file"),
                              passwordFile(QStringLiteral("short.txt"), QStringLiteral("abc"))} +
                      asAdmin());
        QCOMPARE(r.code, 1);
        QCOMPARE(roleOf(profile, QStringLiteral("shorty")), QStringLiteral("(none)"));

        // Once there are accounts, the profile's role is no longer anyone's to set.
        r = admin(profile, QStringList{QStringLiteral("profile"), QStringLiteral("set"),
                                       QStringLiteral("--role"), QStringLiteral("manager")});
        QCOMPARE(r.code, 2);
        QCOMPARE(ProfileStore(*p.db).load().role, Role::Handler);
    }

    void passwordsAreArgon2idHashesAndCanBeChanged()
    {
        test::TempProfile p;
        const QString profile = p.path();
        QCOMPARE(admin(profile,
                       QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                   QStringLiteral("root"), QStringLiteral("--name"),
                                   QStringLiteral("Ada Admin"), QStringLiteral("--team"),
                                   QStringLiteral("QoS North"), QStringLiteral("--password-file"),
                                   passwordFile(QStringLiteral("root.txt"), kAdminPassword)})
                     .code,
                 0);
        QCOMPARE(admin(profile,
                       QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                   QStringLiteral("ahandler"), QStringLiteral("--name"),
                                   QStringLiteral("A. Handler"), QStringLiteral("--team"),
                                   QStringLiteral("QoS North"), QStringLiteral("--password-file"),
                                   passwordFile(QStringLiteral("h.txt"),
                                                QStringLiteral("first password"))} +
                           asAdmin())
                     .code,
                 0);

        // Stored as Argon2id, salted: the password itself is nowhere in the database file.
        QSqlQuery q(p.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT login, password_hash FROM accounts ORDER BY login")));
        QStringList hashes;
        while (q.next()) {
            QVERIFY2(q.value(1).toString().startsWith(QLatin1String("$argon2id$")),
                     qPrintable(q.value(1).toString()));
            hashes << q.value(1).toString();
        }
        QCOMPARE(hashes.size(), 2);
        QVERIFY(hashes.at(0) != hashes.at(1));
        QVERIFY(p.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QFile file(p.dbFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(kAdminPassword.toUtf8()));
        QVERIFY(!bytes.contains(QByteArray("first password")));

        AccountStore accounts(*p.db);
        QVERIFY(accounts.verify(QStringLiteral("ahandler"), QStringLiteral("first password")));
        const Run r = admin(
            profile,
            QStringList{QStringLiteral("users"), QStringLiteral("passwd"),
                        QStringLiteral("ahandler"), QStringLiteral("--password-file"),
                        passwordFile(QStringLiteral("h2.txt"), QStringLiteral("second password"))} +
                asAdmin());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(!accounts.verify(QStringLiteral("ahandler"), QStringLiteral("first password")));
        const Result<Account> signedIn =
            accounts.verify(QStringLiteral("ahandler"), QStringLiteral("second password"));
        QVERIFY(signedIn);
        QCOMPARE(signedIn->name, QStringLiteral("A. Handler"));
        QCOMPARE(signedIn->role, Role::Handler);
        // An unknown login and a wrong password get the same answer.
        QCOMPARE(accounts.verify(QStringLiteral("nobody"), QStringLiteral("second password"))
                     .errorMessage(),
                 accounts.verify(QStringLiteral("ahandler"), QStringLiteral("wrong password"))
                     .errorMessage());
    }

    void everyChangeIsAuditedAndTheLastAdministratorStays()
    {
        test::TempProfile p;
        const QString profile = p.path();
        QCOMPARE(admin(profile,
                       QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                   QStringLiteral("root"), QStringLiteral("--name"),
                                   QStringLiteral("Ada Admin"), QStringLiteral("--team"),
                                   QStringLiteral("QoS North"), QStringLiteral("--password-file"),
                                   passwordFile(QStringLiteral("root.txt"), kAdminPassword)})
                     .code,
                 0);
        QCOMPARE(admin(profile,
                       QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                   QStringLiteral("tina"), QStringLiteral("--name"),
                                   QStringLiteral("Tina Trainer"), QStringLiteral("--team"),
                                   QStringLiteral("QoS North"), QStringLiteral("--password-file"),
                                   passwordFile(QStringLiteral("t.txt"),
                                                QStringLiteral("trainer password"))} +
                           asAdmin())
                     .code,
                 0);
        Run r = admin(profile, QStringList{QStringLiteral("users"), QStringLiteral("role"),
                                           QStringLiteral("tina"), QStringLiteral("trainer")} +
                                   asAdmin());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(roleOf(profile, QStringLiteral("tina")), QStringLiteral("trainer"));
        r = admin(profile, QStringList{QStringLiteral("users"), QStringLiteral("passwd"),
                                       QStringLiteral("tina"), QStringLiteral("--password-file"),
                                       passwordFile(QStringLiteral("t2.txt"),
                                                    QStringLiteral("trainer password 2"))} +
                               asAdmin());
        QCOMPARE(r.code, 0);

        // The only administrator cannot stop being one.
        r = admin(profile, QStringList{QStringLiteral("users"), QStringLiteral("role"),
                                       QStringLiteral("root"), QStringLiteral("handler")} +
                               asAdmin());
        QCOMPARE(r.code, 1);
        QCOMPARE(roleOf(profile, QStringLiteral("root")), QStringLiteral("administrator"));

        // Each change: who made it, which account, what changed; never a password.
        QStringList trail;
        for (const AuditEntry &e : AuditStore(*p.db).recent(100)) {
            if (e.entity != QLatin1String("account"))
                continue;
            trail.prepend(
                QStringLiteral("%1 %2 %3 %4").arg(e.actor, e.action, e.entityId, e.detail));
            QVERIFY(!e.detail.contains(QStringLiteral("password 2")));
        }
        QCOMPARE(trail,
                 (QStringList{QStringLiteral("Ada Admin create root role=administrator"),
                              QStringLiteral("Ada Admin create tina role=handler"),
                              QStringLiteral("Ada Admin update tina role handler -> trainer"),
                              QStringLiteral("Ada Admin update tina password changed")}));
        r = admin(profile, QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }
};

QTEST_MAIN(TstUsersCli)
#include "tst_userscli.moc"
