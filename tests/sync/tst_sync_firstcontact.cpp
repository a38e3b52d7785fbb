// THRIVE notes, the vulnerability answer and its kinds, the risk grade with a lower grade waiting
// or signed off, and "what happens next" go to the shared database and come back to another
// workstation of the team; a question not asked stays NULL, not No; the server refuses what a
// workstation could never send.
#include "pgtest.h"

#include "core/thrive.h"

using namespace cd;
using namespace pgtest;

class TestSyncFirstContact : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_dan;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("firstcontact");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north")));
    }

    void firstContactRoundTrips()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        Contact assessed = a.newContact(QStringLiteral("welfare call"));
        assessed.thriveRequired = true;
        assessed.thrive = QStringLiteral(
            R"({"completed":false,"notes":{"threat":"ex-partner at the door"},"version":"v1"})");
        assessed.vulnerable = 1;
        assessed.vulnerabilityKinds = QStringLiteral("domestic_abuse,repeat_victim");
        assessed.riskGrade = QStringLiteral("high");
        NextSteps next;
        next.policeAttend = 1;
        next.timescale = QStringLiteral("within the hour");
        next.advice = {QStringLiteral("safeguarding")};
        next.callBackTold = true;
        assessed.nextSteps = next.toJson();
        QCOMPARE(a.save(assessed), QString());
        // Lowered: the high grade stands, the low one waits for a manager.
        assessed.riskGrade = QStringLiteral("low");
        QCOMPARE(a.save(assessed), QString());
        Contact plain = a.newContact(QStringLiteral("not asked"));
        QCOMPARE(a.save(plain), QString());

        QCOMPARE(a.sync(), QString());
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT thrive_required || '|' || vulnerable || '|' "
                                            "|| vulnerability_kinds || '|' || risk_grade || "
                                            "'|' || grade_requested FROM contacts WHERE id = '%1'")
                                 .arg(assessed.id)),
            QStringLiteral("1|1|domestic_abuse,repeat_victim|high|low"));
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT (vulnerable IS NULL AND risk_grade = '' AND "
                                            "next_steps = '')::text FROM contacts WHERE id = '%1'")
                                 .arg(plain.id)),
            QStringLiteral("true"));

        QCOMPARE(b.sync(), QString());
        Result<Contact> pulled = ContactStore(*b.db).get(assessed.id, b.handler);
        CD_VERIFY_OK(pulled);
        QVERIFY(pulled->thriveRequired);
        QCOMPARE(
            ThriveAnswers::fromJson(pulled->thrive).notes.value(QLatin1String("threat")).toString(),
            QStringLiteral("ex-partner at the door"));
        QCOMPARE(pulled->vulnerable, 1);
        QCOMPARE(pulled->vulnerabilityKinds, QStringLiteral("domestic_abuse,repeat_victim"));
        QCOMPARE(pulled->riskGrade, QStringLiteral("high"));
        QCOMPARE(pulled->gradeRequested, QStringLiteral("low"));
        QCOMPARE(pulled->gradeRequestedBy, QStringLiteral("Ann North"));
        QCOMPARE(NextSteps::fromJson(pulled->nextSteps).timescale,
                 QStringLiteral("within the hour"));
        Result<Contact> pulledPlain = ContactStore(*b.db).get(plain.id, b.handler);
        CD_VERIFY_OK(pulledPlain);
        QCOMPARE(pulledPlain->vulnerable, -1);
        QCOMPARE(
            b.localValue(QStringLiteral("SELECT typeof(vulnerable) FROM contacts WHERE id = '%1'")
                             .arg(plain.id)),
            QStringLiteral("null"));

        // A manager signs it off on Ann's profile (the server's row rules let only the
        // handler's login change a contact); Dan's workstation sees who and when.
        CD_VERIFY_OK(ContactStore(*a.db).signOffDowngrade(
            assessed.id,
            HandlerProfile{QStringLiteral("Sarah Lead"), Role::Manager, QStringLiteral("north")}));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());
        Result<Contact> back = ContactStore(*b.db).get(assessed.id, b.handler);
        CD_VERIFY_OK(back);
        QCOMPARE(back->riskGrade, QStringLiteral("low"));
        QCOMPARE(back->gradeRequested, QString());
        QCOMPARE(back->gradeSignedOffBy, QStringLiteral("Sarah Lead"));
        QVERIFY(back->gradeSignedOffAt.isValid());
    }

    void serverRefusesImpossibleValues_data()
    {
        QTest::addColumn<QString>("set");
        QTest::newRow("vulnerable 2") << "vulnerable = 2";
        QTest::newRow("kinds without yes") << "vulnerable = 0, vulnerability_kinds = 'age'";
        QTest::newRow("kinds not codes") << "vulnerable = 1, vulnerability_kinds = 'Age; frail'";
        QTest::newRow("required 5") << "thrive_required = 5";
        QTest::newRow("sign-off without who")
            << "grade_signed_off_at = '2026-11-20T10:00:00.000Z', grade_signed_off_by = ''";
    }
    void serverRefusesImpossibleValues()
    {
        QFETCH(QString, set);
        const QString error = superExec(m_db, QStringLiteral("UPDATE contacts SET %1").arg(set));
        QVERIFY2(error.contains(QStringLiteral("check constraint")), qPrintable(error));
    }
};

QTEST_MAIN(TestSyncFirstContact)
#include "tst_sync_firstcontact.moc"
