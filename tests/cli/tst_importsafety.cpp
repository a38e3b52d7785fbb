// Imports that never change data silently, exports that are safe to open and to keep, and
// scripts with limits: the real contactdesk-admin on temporary profiles, as an administrator
// would run it.
#include "storage/database.h"

#include "adminrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cd;
using cd::test::Run;

namespace {

Run admin(const QString &profile, const QStringList &args, const QString &tz = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!tz.isEmpty())
        env.insert(QStringLiteral("TZ"), tz);
    return cd::test::admin(profile, args, env);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kHeader =
    "id,started_at,ended_at,handler,team,channel,category,reason,outcome,remained_dissatisfied,"
    "caller_name,caller_phone,caller_email,postcode,reference,vrm,notes\r\n";

// A good row with the given id (may be empty), start time, caller name and notes.
QByteArray row(const QByteArray &id, const QByteArray &started, const QByteArray &name,
               const QByteArray &notes)
{
    return id + "," + started + ",,J. Smith,QoS North,phone,fraud,,signposted,false," + name +
           ",,,,,," + notes + "\r\n";
}

const QByteArray kVehicleHeader =
    "reference,vrm,make,model,colour,seized_at,power,location,status,weight_class,"
    "condition,position,laden,police_hold,notice_served_at,released_at,disposed_at\n";

QByteArray vehicleRow(const QByteArray &reference, const QByteArray &make, const QByteArray &seized)
{
    return reference + ",AB12CDE," + make + ",Focus,Blue," + seized +
           ",s165a,Yard A,held,upto_3_5t,,,false,false,,,\n";
}

int scalar(const QString &profile, const QString &sql)
{
    auto db = Database::open(Database::fileNameIn(profile), nullptr);
    if (!db)
        return -1;
    QSqlQuery q(db->sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList column(const QString &profile, const QString &sql)
{
    auto db = Database::open(Database::fileNameIn(profile), nullptr);
    QStringList out;
    if (!db)
        return out;
    QSqlQuery q(db->sql());
    if (q.exec(sql))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

// A valid script of `steps` prompts in a chain, the last one ending it.
QByteArray chainScript(int steps, const QByteArray &title)
{
    QByteArray json = "{\"id\": \"long_chain\", \"version\": 1, \"title\": \"" + title +
                      "\", \"category\": \"mental_health\", "
                      "\"sources\": [{\"title\": \"Source\", \"url\": \"https://example.org/\"}], "
                      "\"steps\": [";
    for (int i = 0; i < steps; ++i) {
        if (i > 0)
            json += ",";
        json += "{\"id\": \"s" + QByteArray::number(i) +
                "\", \"type\": \"prompt\", \"text\": \"Say " + QByteArray::number(i) + "\"";
        if (i + 1 < steps)
            json += ", \"next\": \"s" + QByteArray::number(i + 1) + "\"";
        json += "}";
    }
    return json + "]}";
}

} // namespace

class TestImportSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString profile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFileInfo::exists(path)) {
            const Run r = admin(path, {QStringLiteral("profile"), QStringLiteral("set"),
                                       QStringLiteral("--name"), QStringLiteral("Admin User"),
                                       QStringLiteral("--team"), QStringLiteral("QoS North")});
            if (r.code != 0)
                qFatal("profile set failed: %s", qPrintable(r.err));
        }
        return path;
    }
    Run importContacts(const QString &prof, const QString &name, const QByteArray &bytes,
                       const QString &tz = {})
    {
        const QString file = m_dir.filePath(name);
        write(file, bytes);
        return admin(prof, {QStringLiteral("contacts"), QStringLiteral("import"), file}, tz);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void invalidUtf8IsRefusedWithLineAndColumn()
    {
        const QString p = profile(QStringLiteral("utf8"));
        const Run r = importContacts(p, QStringLiteral("latin1.csv"),
                                     kHeader + row("", "2026-10-01T09:00:00Z", "Jo", "fine") +
                                         row("", "2026-10-01T10:00:00Z", "Sin\xE9\x61\x64", "x"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 3, column 11 (caller_name): not valid UTF-8")),
                 qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("imported 1 contacts")));
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM contacts WHERE caller_name LIKE "
                                          "'%' || char(65533) || '%'")),
                 0);
    }

    void nulByteIsRefused()
    {
        const QString p = profile(QStringLiteral("nul"));
        const Run r = importContacts(
            p, QStringLiteral("nul.csv"),
            kHeader + row("", "2026-10-01T09:00:00Z", "Jo", QByteArray("before\0after", 12)));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 2, column 17 (notes): contains a NUL byte")),
                 qPrintable(r.err));
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM contacts")), 0);
    }

    void oneMegabyteNameIsRefused()
    {
        const QString p = profile(QStringLiteral("long"));
        const QByteArray huge(1000000, 'a');
        QByteArray file = kHeader;
        file += ",2026-10-01T09:00:00Z,," + huge +
                ",QoS North,phone,fraud,,signposted,false,,,,,,,"
                "\r\n";
        file += row("", "2026-10-01T10:00:00Z", "Jo", "kept");
        const Run r = importContacts(p, QStringLiteral("long.csv"), file);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String(
                     "line 2, column 4 (handler): has 1000000 characters; at most 200")),
                 qPrintable(r.err.left(500)));
        QCOMPARE(scalar(p, QStringLiteral("SELECT max(length(handler)) FROM contacts")), 8);

        // The vehicle operator's file has limits too.
        const QString vehicles = m_dir.filePath(QStringLiteral("long-vehicles.csv"));
        write(vehicles, kVehicleHeader + vehicleRow("REF-1", huge, "2026-11-01T10:00:00Z") +
                            vehicleRow("REF-2", "Ford", "2026-11-01T10:00:00Z"));
        const Run v = admin(p, {QStringLiteral("vehicles"), QStringLiteral("import"), vehicles});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QLatin1String(":2: column 3 (make): has 1000000 characters")),
                 qPrintable(v.err.left(500)));
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM vehicles")), 1);
    }

    void implausibleYearsAreRefused()
    {
        const QString p = profile(QStringLiteral("years"));
        const Run r = importContacts(p, QStringLiteral("years.csv"),
                                     kHeader + row("", "0001-01-01T09:00:00Z", "Jo", "a") +
                                         row("", "9999-12-31T09:00:00Z", "Jo", "b") +
                                         row("", "2026-10-01T09:00:00Z", "Jo", "c"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 2, column 2 (started_at): "
                                              "0001-01-01T09:00:00Z is before the year 2000")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("line 3, column 2 (started_at): "
                                              "9999-12-31T09:00:00Z is more than a day in the "
                                              "future")),
                 qPrintable(r.err));
        QCOMPARE(column(p, QStringLiteral("SELECT notes FROM contacts")), QStringList{"c"});

        const QString vehicles = m_dir.filePath(QStringLiteral("years-vehicles.csv"));
        write(vehicles, kVehicleHeader + vehicleRow("REF-1", "Ford", "9999-01-01T10:00:00Z") +
                            vehicleRow("REF-2", "Ford", "0001-01-01T10:00:00Z"));
        const Run v = admin(p, {QStringLiteral("vehicles"), QStringLiteral("import"), vehicles});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QLatin1String(":2: column 6 (seized_at): 9999-01-01T10:00:00Z is "
                                              "more than a day in the future")),
                 qPrintable(v.err));
        QVERIFY(v.err.contains(QLatin1String(":3: column 6 (seized_at): 0001-01-01T10:00:00Z is "
                                             "before the year 2000")));
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM vehicles")), 0);
    }

    void surveyAnswerInInvalidUtf8IsRefused()
    {
        const QString p = profile(QStringLiteral("survey"));
        const QByteArray id = "11111111-2222-4333-8444-555555555509";
        Run r = importContacts(p, QStringLiteral("survey-contacts.csv"),
                               kHeader + row(id, "2026-10-01T09:00:00Z", "Jo", "x"));
        QCOMPARE(r.code, 0);
        const QString file = m_dir.filePath(QStringLiteral("survey.csv"));
        write(file, "contact_id,answered_at,polite,comment\n" + id +
                        ",2026-10-02T09:00:00Z,9,Treated w\xE9ll\n" + id +
                        ",2026-10-03T09:00:00Z,8,Kept informed\n");
        r = admin(p, {QStringLiteral("surveys"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 1);
        // Nothing of a file with a bad row is stored, the good row neither.
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM survey_responses")), 0);
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM survey_comments")), 0);
        QVERIFY2(r.err.contains(QLatin1String("line 2, column 4 (comment): not valid UTF-8")),
                 qPrintable(r.err));
    }

    void sameIdWithOtherContentIsAConflict()
    {
        const QString p = profile(QStringLiteral("conflict"));
        const QByteArray id = "11111111-2222-4333-8444-555555555501";
        Run r = importContacts(p, QStringLiteral("first.csv"),
                               kHeader + row(id, "2026-10-01T09:00:00Z", "Jo", "original"));
        QCOMPARE(r.code, 0);
        r = importContacts(p, QStringLiteral("second.csv"),
                           kHeader + row(id, "2026-10-01T09:00:00Z", "Jo", "changed") +
                               row("", "2026-10-02T09:00:00Z", "Al", "new"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 2: conflict: contact " + id +
                                              " is already stored with other content")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String(
                     "imported 1 contacts, 0 already present, 1 conflicts, 0 rejected")),
                 qPrintable(r.out));
        QCOMPARE(column(p, QStringLiteral("SELECT notes FROM contacts WHERE id = '") + id +
                               QStringLiteral("'")),
                 QStringList{"original"});
    }

    void sameFileTwiceIsIdempotentAndSilent()
    {
        const QString p = profile(QStringLiteral("twice"));
        const QByteArray file = kHeader +
                                row("11111111-2222-4333-8444-555555555502", "2026-10-01T09:00:00Z",
                                    "Jo", "=1+1 is what she typed") +
                                row("", "2026-10-01 10:00:00", "Al", "no offset") +
                                row("", "2026-10-01T11:00:00+01:00", "\"Bloggs, Jo\"", "\"a\nb\"");
        Run r = importContacts(p, QStringLiteral("twice.csv"), file);
        QCOMPARE(r.code, 0);
        const int outbox = scalar(p, QStringLiteral("SELECT count(*) FROM outbox"));
        r = importContacts(p, QStringLiteral("twice.csv"), file);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String(
                     "imported 0 contacts, 3 already present, 0 conflicts, 0 rejected")),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM outbox")), outbox);

        // The export neutralises "=1+1 ..."; importing the export changes nothing either.
        const QString out = m_dir.filePath(QStringLiteral("twice-export.csv"));
        r = admin(p, {QStringLiteral("contacts"), QStringLiteral("export"), QStringLiteral("--out"),
                      out});
        QCOMPARE(r.code, 0);
        r = admin(p, {QStringLiteral("contacts"), QStringLiteral("import"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("0 contacts, 3 already present, 0 conflicts")),
                 qPrintable(r.out + r.err));
    }

    void timesWithoutOffsetAreLondonTimeOnAnyMachine()
    {
        const QByteArray file = kHeader + row("", "2026-07-01T09:00:00", "Summer", "bst") +
                                row("", "2026-01-15 09:00:00", "Winter", "gmt");
        for (const QString &tz : {QStringLiteral("America/New_York"), QStringLiteral("UTC")}) {
            const QString p = profile(QStringLiteral("tz-") + QString(tz).replace('/', '-'));
            const Run r = importContacts(p, QStringLiteral("tz.csv"), file, tz);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(column(p, QStringLiteral("SELECT started_at FROM contacts ORDER BY notes")),
                     (QStringList{"2026-07-01T08:00:00.000Z", "2026-01-15T09:00:00.000Z"}));
        }
    }

    void strayQuoteIsReportedAtItsLineAndLaterRowsLand()
    {
        const QString p = profile(QStringLiteral("quote"));
        QByteArray file = kHeader;
        file += row("", "2026-10-01T09:00:00Z", "Jo", "line two");
        file += row("", "2026-10-01T10:00:00Z", "Al", "\"stray quote on line three");
        file += row("", "2026-10-01T11:00:00Z", "Bo", "line four");
        file += row("", "2026-10-01T12:00:00Z", "\"Bloggs, Jo\"", "line five");
        file += row("", "2026-10-01T13:00:00Z", "Cy", "line six");
        const Run r = importContacts(p, QStringLiteral("quote.csv"), file);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 3: a quoted field opens here")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("imported 4 contacts")), qPrintable(r.out));
        QCOMPARE(column(p, QStringLiteral("SELECT notes FROM contacts ORDER BY started_at")),
                 (QStringList{"line two", "line four", "line five", "line six"}));
    }

    void exportNeutralisesFormulaCells()
    {
        const QString p = profile(QStringLiteral("formula"));
        Run r = importContacts(
            p, QStringLiteral("formula.csv"),
            kHeader + row("", "2026-10-01T09:00:00Z", "@SUM(A1)", "=cmd|' /C calc'!A0") +
                row("", "2026-10-01T10:00:00Z", "-2+3", "+44 7700 900123 rang back") +
                row("", "2026-10-01T11:00:00Z", "Plain Name", "\"\tleading tab\""));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString out = m_dir.filePath(QStringLiteral("formula-export.csv"));
        r = admin(p, {QStringLiteral("contacts"), QStringLiteral("export"), QStringLiteral("--out"),
                      out});
        QCOMPARE(r.code, 0);
        const QByteArray text = readAll(out);
        QVERIFY(text.contains(",'@SUM(A1),"));
        QVERIFY(text.contains(",'=cmd|' /C calc'!A0,"));
        QVERIFY(text.contains(",'-2+3,"));
        QVERIFY(text.contains(",'+44 7700 900123 rang back,"));
        QVERIFY(text.contains(",'\tleading tab,"));
        QVERIFY(text.contains(",Plain Name,"));
        QVERIFY(!text.contains(",=cmd"));
        QVERIFY(!text.contains(",@SUM"));
    }

    void exportWithTheDatabaseLockedWritesNoFile()
    {
        const QString p = profile(QStringLiteral("locked"));
        Run r = importContacts(p, QStringLiteral("locked.csv"),
                               kHeader + row("", "2026-10-01T09:00:00Z", "Jo", "secret"));
        QCOMPARE(r.code, 0);
        const QString out = m_dir.filePath(QStringLiteral("locked-export.csv"));
        {
            QSqlDatabase lock =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
            lock.setDatabaseName(Database::fileNameIn(p));
            QVERIFY(lock.open());
            QSqlQuery q(lock);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                          "('test.lock', '1')")));
            r = admin(p, {QStringLiteral("contacts"), QStringLiteral("export"),
                          QStringLiteral("--out"), out});
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            lock.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lock"));
        QCOMPARE(r.code, 3);
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("locked-export*")}).size(), 0);
        QVERIFY2(r.err.contains(QLatin1String("nothing was exported")), qPrintable(r.err));
    }

    void exportIsOwnerOnlyWhateverTheUmask()
    {
        const QString p = profile(QStringLiteral("mode"));
        Run r = importContacts(p, QStringLiteral("mode.csv"),
                               kHeader + row("", "2026-10-01T09:00:00Z", "Jo", "secret"));
        QCOMPARE(r.code, 0);
        const QString out = m_dir.filePath(QStringLiteral("mode-export.csv"));
        const mode_t before = ::umask(022);
        r = admin(p, {QStringLiteral("contacts"), QStringLiteral("export"), QStringLiteral("--out"),
                      out});
        ::umask(before);
        QCOMPARE(r.code, 0);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void scriptWithADuplicateKeyIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("duplicate.json"));
        QByteArray json = chainScript(2, "Chain");
        json.replace("\"title\": \"Chain\"", "\"title\": \"Chain\",\n \"title\": \"Other\"");
        write(file, json);
        const Run r = admin(profile(QStringLiteral("scripts")),
                            {QStringLiteral("scripts"), QStringLiteral("validate"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("the key \"title\" (line 2) appears twice")),
                 qPrintable(r.out));
    }

    void oversizedScriptsAreRefused()
    {
        const QString p = profile(QStringLiteral("scripts"));
        const QString title = m_dir.filePath(QStringLiteral("title.json"));
        write(title, chainScript(2, QByteArray(50 * 1000 * 1000, 'T')));
        Run r = admin(p, {QStringLiteral("scripts"), QStringLiteral("validate"), title});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("a script file may have at most 1048576")),
                 qPrintable(r.out.left(500)));
        r = admin(p, {QStringLiteral("scripts"), QStringLiteral("import"), title});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("was not imported")));

        const QString longTitle = m_dir.filePath(QStringLiteral("long-title.json"));
        write(longTitle, chainScript(2, QByteArray(201, 'T')));
        r = admin(p, {QStringLiteral("scripts"), QStringLiteral("validate"), longTitle});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("the title has 201 characters; at most 200")),
                 qPrintable(r.out));

        const QString steps = m_dir.filePath(QStringLiteral("steps.json"));
        write(steps, chainScript(2001, "Chain"));
        r = admin(p, {QStringLiteral("scripts"), QStringLiteral("validate"), steps});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("the script has 2001 steps; at most 2000")),
                 qPrintable(r.out.left(500)));
    }

    void importedScriptIsNotQueuedForSync()
    {
        const QString p = profile(QStringLiteral("script-import"));
        const QString file = m_dir.filePath(QStringLiteral("chain.json"));
        write(file, chainScript(3, "Chain"));
        const Run r = admin(p, {QStringLiteral("scripts"), QStringLiteral("import"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM scripts")), 1);
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'scripts'")),
                 0);
        QVERIFY(r.out.contains(QLatin1String("local to this workstation")));
    }
};

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
