#include "core/scriptlibrary.h"
#include "storage/database.h"
#include "storage/scriptstore.h"
#include "verify.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

QJsonObject demo()
{
    QFile f(QStringLiteral(CONTACTDESK_TEST_DATA "/scripts/demo.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("tests/data/scripts/demo.json is missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestScriptStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shippedScriptsAreOfferedWithoutImports();
    void importStoresANewVersionAuditedAndLocal();
    void importedNewerVersionReplacesShipped();
    void importRefusesOlderOrSameVersion();
    void importRefusesBrokenScriptNamingStep();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestScriptStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Database::OpenError error;
    m_db = Database::open(Database::fileNameIn(m_dir->path()), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    QVERIFY(m_db->schemaVersion() >= 6);
}

void TestScriptStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestScriptStore::shippedScriptsAreOfferedWithoutImports()
{
    const ScriptLibrary lib = ScriptStore(*m_db).library();
    QVERIFY(lib.problems().isEmpty());
    QVERIFY(lib.scripts().size() >= 7);
    QCOMPARE(lib.byId(QStringLiteral("mental_health"))->version, 2);
    QVERIFY(ScriptStore(*m_db).list().isEmpty());
}

void TestScriptStore::importStoresANewVersionAuditedAndLocal()
{
    ScriptStore store(*m_db);
    const int outboxBefore =
        count(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'scripts'"));
    Result<Script> imported =
        store.import(bytes(demo()), QStringLiteral("demo.json"), QStringLiteral("A. Trainer"));
    CD_VERIFY_OK(imported);
    QCOMPARE(imported->id, QStringLiteral("demo"));
    const QList<StoredScript> rows = store.list();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().version, 1);
    QCOMPARE(rows.first().importedBy, QStringLiteral("A. Trainer"));
    QCOMPARE(rows.first().sourceFile, QStringLiteral("demo.json"));
    QVERIFY(rows.first().importedAt.isValid());
    // The shared database has no scripts table: an imported version stays on this workstation.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'scripts'")),
             outboxBefore);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' "
                                         "AND entity = 'script' AND entity_id = 'demo@1'")),
             1);
    const ScriptLibrary lib = store.library();
    QVERIFY(lib.byId(QStringLiteral("demo")));
    QCOMPARE(lib.byId(QStringLiteral("demo"))->steps.size(), 4);
}

void TestScriptStore::importedNewerVersionReplacesShipped()
{
    QFile f(ScriptLibrary::shippedDirectory() + QStringLiteral("/mental_health.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject mh = QJsonDocument::fromJson(f.readAll()).object();
    mh.insert(QLatin1String("version"), 3);
    mh.insert(QLatin1String("title"), QStringLiteral("Mental health (revised)"));
    ScriptStore store(*m_db);
    Result<Script> imported =
        store.import(bytes(mh), QStringLiteral("mh3.json"), QStringLiteral("admin"));
    CD_VERIFY_OK(imported);
    const ScriptLibrary lib = store.library();
    const Script *inUse = lib.forCategory(QStringLiteral("mental_health"));
    QVERIFY(inUse);
    QCOMPARE(inUse->version, 3);
    QCOMPARE(inUse->title, QStringLiteral("Mental health (revised)"));
    QCOMPARE(inUse->reviewedOn, QStringLiteral("2026-12-02")); // kept through the import
    QVERIFY(inUse->origin.contains(QStringLiteral("profile")));
}

void TestScriptStore::importRefusesOlderOrSameVersion()
{
    ScriptStore store(*m_db);
    QJsonObject v2 = demo();
    v2.insert(QLatin1String("version"), 2);
    CD_VERIFY_OK(store.import(bytes(v2), QStringLiteral("v2.json"), QStringLiteral("admin")));
    Result<Script> same =
        store.import(bytes(v2), QStringLiteral("v2-again.json"), QStringLiteral("admin"));
    QVERIFY(!same.ok());
    QVERIFY2(same.errorMessage().contains(QStringLiteral("not newer than version 2")),
             qPrintable(same.errorMessage()));
    QVERIFY(!store.import(bytes(demo()), QStringLiteral("v1.json"), QStringLiteral("admin")).ok());
    // Shipped version 2 of mental_health is in use: importing that version is refused too.
    QFile f(ScriptLibrary::shippedDirectory() + QStringLiteral("/mental_health.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!store.import(f.readAll(), QStringLiteral("mh.json"), QStringLiteral("admin")).ok());
    QCOMPARE(store.list().size(), 1);
}

void TestScriptStore::importRefusesBrokenScriptNamingStep()
{
    QJsonObject broken = demo();
    broken.insert(QLatin1String("start"),
                  QStringLiteral("advise")); // "ask" and "urgent" now unreachable
    ScriptStore store(*m_db);
    QList<ScriptProblem> problems;
    Result<Script> r = store.import(bytes(broken), QStringLiteral("broken.json"),
                                    QStringLiteral("admin"), &problems);
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(QStringLiteral("broken.json")));
    QStringList steps;
    for (const ScriptProblem &p : problems)
        steps.append(p.step);
    steps.sort();
    QCOMPARE(steps, QStringList({QStringLiteral("ask"), QStringLiteral("urgent")}));
    QVERIFY(store.list().isEmpty());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'scripts'")),
             0);
}

QTEST_GUILESS_MAIN(TestScriptStore)
#include "tst_scriptstore.moc"
