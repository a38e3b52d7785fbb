// The profile folder and the database's files are the owner's alone (issue 19): 0700 and 0600
// whatever the umask, and an older profile's wider modes are tightened when it is opened.
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/profile.h"
#include "verify.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace cd;

namespace {

// The permission bits as `ls -l` shows them, or -1 when the file is not there.
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return mode < 0 ? QStringLiteral("missing") : QString::number(mode, 8);
}

// Sets the umask for a test and puts the old one back.
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_was(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_was); }

private:
    mode_t m_was;
};

} // namespace

class TestFileModes : public QObject
{
    Q_OBJECT
private slots:
    void aNewProfileIsTheOwnersOnlyUnderUmask022()
    {
        const Umask mask(022);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("profile"));
        const QString file = Database::fileNameIn(folder);
        Database::OpenError error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error.message));
        // A write while the database is open: the -wal and -shm files are there.
        CD_VERIFY_OK(ProfileStore(*db).save(
            {QStringLiteral("A. Handler"), Role::Handler, QStringLiteral("QoS North")}));
        CD_VERIFY_OK(
            DraftStore(*db).save(DraftStore::contactSlot(),
                                 QJsonObject{{QStringLiteral("notes"), QStringLiteral("typed")}}));
        QCOMPARE(octal(modeOf(folder)), QStringLiteral("700"));
        QCOMPARE(octal(modeOf(file)), QStringLiteral("600"));
        QCOMPARE(octal(modeOf(file + QStringLiteral("-wal"))), QStringLiteral("600"));
        QCOMPARE(octal(modeOf(file + QStringLiteral("-shm"))), QStringLiteral("600"));
    }

    void anOlderProfilesModesAreTightenedOnOpen()
    {
        const Umask mask(022);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("profile"));
        const QString file = Database::fileNameIn(folder);
        {
            Database::OpenError error;
            auto db = Database::open(file, &error);
            QVERIFY2(db, qPrintable(error.message));
        }
        // As an older program left it: another connection holds the database open in WAL
        // mode, so its -wal and -shm files stay, and everything is readable by all.
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other,
                              "PRAGMA journal_mode=WAL; CREATE TABLE scratch (x); "
                              "INSERT INTO scratch VALUES (1)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        for (const QString &f :
             {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")})
            QVERIFY2(::chmod(QFile::encodeName(f).constData(), 0644) == 0, qPrintable(f));

        Database::OpenError error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(octal(modeOf(folder)), QStringLiteral("700"));
        QCOMPARE(octal(modeOf(file)), QStringLiteral("600"));
        QCOMPARE(octal(modeOf(file + QStringLiteral("-wal"))), QStringLiteral("600"));
        QCOMPARE(octal(modeOf(file + QStringLiteral("-shm"))), QStringLiteral("600"));
        db.reset();
        sqlite3_close(other);
    }

    void aReadOnlyDatabaseIsNotMadeWritable()
    {
        // Tightening takes rights away and never gives any: a file its owner made read-only
        // still opens as "read-only" (unless the test runs as root, whom no mode stops).
        QTemporaryDir dir;
        const QString file = Database::fileNameIn(dir.path());
        {
            Database::OpenError error;
            QVERIFY(Database::open(file, &error));
        }
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0444) == 0);
        Database::OpenError error;
        auto db = Database::open(file, &error);
        QCOMPARE(octal(modeOf(file)), QStringLiteral("400"));
        if (::geteuid() != 0)
            QVERIFY(!db);
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
