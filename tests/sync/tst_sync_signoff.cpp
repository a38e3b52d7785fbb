// A manager's sign-off of a lower risk grade, made at the manager's own login and workstation,
// reaches the shared database (server schema 11) and the handler's workstation. The server lets
// a manager of the contact's team change only the sign-off columns: a manager of another team,
// another handler, and a manager changing anything else are refused, and the contact's other
// columns stay as the handler saved them.
#include "pgtest.h"

#include "core/thrive.h"

#include <libpq-fe.h>

using namespace cd;
using namespace pgtest;

namespace {

// A person's own connection, for what a workstation would never send.

} // namespace

class TestSyncSignOff : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_dan, m_max, m_sue;

    // The server's view of a contact: what a sign-off changes, and what it must not.
    QString serverRow(const QString &id) const
    {
        return superValue(m_db,
                          QStringLiteral("SELECT risk_grade || '|' || grade_requested || '|' || "
                                         "grade_signed_off_by || '|' || notes || '|' || outcome "
                                         "|| '|' || vulnerability_kinds || '|' || handler "
                                         "FROM contacts WHERE id = '%1'")
                              .arg(id));
    }

    // Ann's contact graded high, then lowered to low: the low grade waits for a manager.
    QString lowered(Workstation &ann, const QString &notes)
    {
        Contact c = ann.newContact(notes);
        c.category = QStringLiteral("victim_enquiry");
        c.thriveRequired = true;
        c.vulnerable = 1;
        c.vulnerabilityKinds = QStringLiteral("domestic_abuse");
        c.riskGrade = QStringLiteral("high");
        if (!ann.save(c).isEmpty())
            return {};
        c.riskGrade = QStringLiteral("low");
        if (!ann.save(c).isEmpty())
            return {};
        return c.id;
    }

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("signoff");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        m_max = uniqueLogin(QStringLiteral("max"));
        m_sue = uniqueLogin(QStringLiteral("sue"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"),
                        QStringLiteral("manager")));
        QVERIFY(addUser(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south"),
                        QStringLiteral("manager")));
    }

    void managerOfTheTeamSignsOffAtTheirOwnWorkstation()
    {
        Workstation ann(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation max(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"));
        const QString id = lowered(ann, QStringLiteral("ex-partner at the door"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(ann.sync(), QString());
        QCOMPARE(serverRow(id),
                 QStringLiteral("high|low||ex-partner at the door|resolved_first_contact|"
                                "domestic_abuse|Ann North"));

        QCOMPARE(max.sync(), QString());
        CD_VERIFY_OK(ContactStore(*max.db).signOffDowngrade(
            id,
            HandlerProfile{QStringLiteral("Max North"), Role::Manager, QStringLiteral("north")}));
        QCOMPARE(max.sync(), QString());
        QVERIFY2(max.count(QStringLiteral("sync_rejected")) == 0,
                 qPrintable(max.localValue(
                     QStringLiteral("SELECT entity || ': ' || reason FROM sync_rejected"))));
        QCOMPARE(max.pending(), 0);
        // The grade is lowered, with who signed it off; nothing else moved, and the contact is
        // still Ann's.
        QCOMPARE(serverRow(id),
                 QStringLiteral("low||Max North|ex-partner at the door|resolved_first_contact|"
                                "domestic_abuse|Ann North"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT handler_login || '|' || "
                                                 "(grade_signed_off_at IS NOT NULL)::text FROM "
                                                 "contacts WHERE id = '%1'")
                                      .arg(id)),
                 m_ann + QStringLiteral("|true"));

        // Ann's workstation hears of it.
        QCOMPARE(ann.sync(), QString());
        Result<Contact> back = ContactStore(*ann.db).get(id, ann.handler);
        CD_VERIFY_OK(back);
        QCOMPARE(back->riskGrade, QStringLiteral("low"));
        QCOMPARE(back->gradeRequested, QString());
        QCOMPARE(back->gradeSignedOffBy, QStringLiteral("Max North"));
    }

    void anotherHandlerIsRefused()
    {
        Workstation ann(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation dan(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        const QString id = lowered(ann, QStringLiteral("threats by text"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(ann.sync(), QString());
        QCOMPARE(dan.sync(), QString());
        // Dan's profile claims the manager role; the server knows his login is a handler's.
        CD_VERIFY_OK(ContactStore(*dan.db).signOffDowngrade(
            id,
            HandlerProfile{QStringLiteral("Dan North"), Role::Manager, QStringLiteral("north")}));
        QCOMPARE(dan.sync(), QString());
        QCOMPARE(dan.count(QStringLiteral("sync_rejected")), 1);
        QCOMPARE(serverRow(id), QStringLiteral("high|low||threats by text|resolved_first_contact|"
                                               "domestic_abuse|Ann North"));
    }

    void managerOfAnotherTeamIsRefused()
    {
        Workstation ann(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        const QString id = lowered(ann, QStringLiteral("followed home"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(ann.sync(), QString());
        Login sue(m_db, m_sue);
        QVERIFY(sue.conn);
        // The row is not hers to see or change: nothing is updated.
        QCOMPARE(sue.affected(QStringLiteral("UPDATE contacts SET risk_grade = 'low', "
                                             "grade_requested = '', grade_requested_by = '', "
                                             "grade_signed_off_by = 'Sue South', "
                                             "grade_signed_off_at = '2026-12-02T10:00:00.000Z' "
                                             "WHERE id = '%1'")
                                  .arg(id)),
                 0);
        QCOMPARE(serverRow(id), QStringLiteral("high|low||followed home|resolved_first_contact|"
                                               "domestic_abuse|Ann North"));
    }

    void managerChangesOnlyTheSignOff()
    {
        Workstation ann(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation max(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"));
        const QString id = lowered(ann, QStringLiteral("noise next door"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(ann.sync(), QString());
        const QString before = serverRow(id);
        Login m(m_db, m_max);
        QVERIFY(m.conn);
        // Anything besides the sign-off columns is refused, alone or with a sign-off.
        for (const QString &set :
             {QStringLiteral("notes = 'edited by the manager'"),
              QStringLiteral("outcome = 'referred'"),
              QStringLiteral("vulnerable = 0, vulnerability_kinds = ''"),
              QStringLiteral("deleted = 1"),
              QStringLiteral("risk_grade = 'low', grade_requested = '', grade_signed_off_by = "
                             "'Max North', grade_signed_off_at = '2026-12-02T10:00:00.000Z', "
                             "notes = 'and a note'")}) {
            QString state;
            QCOMPARE(
                m.affected(QStringLiteral("UPDATE contacts SET %1 WHERE id = '%2'").arg(set, id),
                           &state),
                -1);
            QCOMPARE(state, QStringLiteral("42501"));
        }
        QCOMPARE(serverRow(id), before);

        // A sign-off with nothing waiting is refused too.
        const QString plain = ann.addContact(QStringLiteral("lost wallet"));
        QCOMPARE(ann.sync(), QString());
        QString state;
        QCOMPARE(m.affected(QStringLiteral("UPDATE contacts SET risk_grade = 'low', "
                                           "grade_signed_off_by = 'Max North', "
                                           "grade_signed_off_at = '2026-12-02T10:00:00.000Z' "
                                           "WHERE id = '%1'")
                                .arg(plain),
                            &state),
                 -1);
        QCOMPARE(state, QStringLiteral("42501"));

        // The sign-off alone is taken.
        QCOMPARE(m.affected(QStringLiteral("UPDATE contacts SET risk_grade = 'low', "
                                           "grade_requested = '', grade_requested_by = '', "
                                           "grade_signed_off_by = 'Max North', "
                                           "grade_signed_off_at = '2026-12-02T10:00:00.000Z' "
                                           "WHERE id = '%1'")
                                .arg(id)),
                 1);
        QCOMPARE(serverRow(id), QStringLiteral("low||Max North|noise next door|"
                                               "resolved_first_contact|domestic_abuse|Ann North"));
    }
};

QTEST_MAIN(TestSyncSignOff)
#include "tst_sync_signoff.moc"
