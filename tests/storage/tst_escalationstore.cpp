#include "core/clock.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/escalationstore.h"
#include "storage/outbox.h"
#include "verify.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using S = EscalationStatus;

namespace {

int countRows(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Contact sampleContact()
{
    Contact c;
    c.id = QStringLiteral("6f1c2b9e-0000-4000-8000-000000000001");
    c.callerName = QStringLiteral("Ann Smith");
    c.callerPhone = QStringLiteral("07700900123");
    c.callerEmail = QStringLiteral("ann@example.com");
    c.reference = QStringLiteral("CR/55/26");
    c.notes = QStringLiteral("Nobody called back about her son");
    return c;
}

QJsonObject referralFields()
{
    QJsonObject f =
        QJsonDocument::fromJson(R"({"receiving_team":"lpa_north","caller_name":"Ann Smith",)"
                                R"("matter":"No call back","caller_told_timescale":true})")
            .object();
    return f;
}

} // namespace

class TestEscalationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<EscalationRules> m_rules;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 23), QTime(10, 0), Qt::UTC)};
    int m_file = 0;

    QString path() const { return m_dir.filePath(QStringLiteral("profile%1.db").arg(m_file)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        m_rules = rules.value();
        Clock::setInstance(&m_clock);
    }

    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void init()
    {
        ++m_file;
        m_clock.set(QDateTime(QDate(2026, 12, 23), QTime(10, 0), Qt::UTC));
        Database::OpenError error;
        m_db = Database::open(path(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }

    void cleanup() { m_db.reset(); }

    void schema()
    {
        QVERIFY(m_db->schemaVersion() >= 4);
        for (const char *table : {"escalations", "escalation_events", "escalation_notes"})
            QCOMPARE(countRows(*m_db, QStringLiteral(
                                          "SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                          .arg(QLatin1String(table))),
                     1);
    }

    void createFromContactWritesOutboxAndAudit()
    {
        EscalationStore store(*m_db, *m_rules);
        const int outboxBefore = Outbox(*m_db).pendingCount();
        Result<Escalation> e =
            store.createFromContact(sampleContact(), QStringLiteral("formal_complaint"),
                                    QStringLiteral("Sam Handler"), QStringLiteral("qos"));
        CD_VERIFY_OK(e);
        QCOMPARE(e->status, S::Draft);
        QCOMPARE(e->receivingTeam, QStringLiteral("professional_standards"));
        QCOMPARE(e->owner, QStringLiteral("Sam Handler"));
        QCOMPARE(e->fields.value(QLatin1String("complainant_name")).toString(),
                 QStringLiteral("Ann Smith"));
        QCOMPARE(e->formVersion, 2);
        QCOMPARE(e->raisedOn, QDate(2026, 12, 23));
        QCOMPARE(e->dueOn, QDate(2026, 12, 29)); // 2 working days to acknowledge, over Christmas

        // Escalation row, creation event and audit entry, each queued for sync.
        QCOMPARE(Outbox(*m_db).pendingCount(), outboxBefore + 3);
        QCOMPARE(
            countRows(*m_db,
                      QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'escalations' AND "
                                     "entity_id = '%1'")
                          .arg(e->id)),
            1);
        QCOMPARE(
            countRows(*m_db, QStringLiteral(
                                 "SELECT count(*) FROM outbox WHERE entity = 'escalation_events'")),
            1);
        const QList<AuditEntry> audit = AuditStore(*m_db).recent(5, e->id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("create"));
        QCOMPARE(audit.first().actor, QStringLiteral("Sam Handler"));
        QVERIFY(!audit.first().detail.contains(QLatin1String("Ann"))); // never personal data

        const QList<EscalationEvent> events = store.events(e->id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toStatus, QStringLiteral("draft"));
        QCOMPARE(events.first().actor, QStringLiteral("Sam Handler"));
        QCOMPARE(events.first().at, m_clock.now());

        Result<Escalation> read = store.get(e->id, QStringLiteral("Pat Viewer"));
        CD_VERIFY_OK(read);
        QCOMPARE(read->toJson(), e->toJson());
        QCOMPARE(AuditStore(*m_db).recent(1, e->id).first().action, QStringLiteral("view"));
        QCOMPARE(AuditStore(*m_db).recent(1, e->id).first().actor, QStringLiteral("Pat Viewer"));
    }

    void unknownTypeRefused()
    {
        EscalationStore store(*m_db, *m_rules);
        Result<Escalation> e = store.createFromContact(sampleContact(), QStringLiteral("parking"),
                                                       QStringLiteral("Sam"), QString());
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, QStringLiteral("unknown_type"));
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM escalations")), 0);
    }

    void submitRefusedWithMissingFields()
    {
        EscalationStore store(*m_db, *m_rules);
        Result<Escalation> e =
            store.createFromContact(sampleContact(), QStringLiteral("referral"),
                                    QStringLiteral("Sam"), QStringLiteral("qos"));
        CD_VERIFY_OK(e);
        const int outbox = Outbox(*m_db).pendingCount();
        Result<Escalation> submitted = store.transition(e->id, S::Submitted, QStringLiteral("Sam"));
        QVERIFY(!submitted.ok());
        QCOMPARE(submitted.error().code, QStringLiteral("invalid_fields"));
        QVERIFY2(submitted.errorMessage().contains(QLatin1String("Refer to")),
                 qPrintable(submitted.errorMessage()));
        QCOMPARE(Outbox(*m_db).pendingCount(), outbox); // nothing written
        QCOMPARE(store.get(e->id, QStringLiteral("Sam"))->status, S::Draft);
        QStringList fields;
        for (const FieldError &fe : store.validate(e.value()))
            fields.append(fe.field);
        QCOMPARE(fields, QStringList({"receiving_team", "caller_told_timescale"}));
    }

    void fullLifecycle()
    {
        EscalationStore store(*m_db, *m_rules);
        Result<Escalation> e =
            store.createFromContact(sampleContact(), QStringLiteral("referral"),
                                    QStringLiteral("Sam"), QStringLiteral("qos"));
        CD_VERIFY_OK(e);
        Result<Escalation> updated =
            store.updateFields(e->id, referralFields(), QStringLiteral("Sam"));
        CD_VERIFY_OK(updated);
        QCOMPARE(updated->receivingTeam, QStringLiteral("lpa_north"));
        QVERIFY(AuditStore(*m_db).recent(1, e->id).first().detail.contains(
            QLatin1String("receiving_team")));

        Result<Escalation> submitted = store.transition(e->id, S::Submitted, QStringLiteral("Sam"));
        CD_VERIFY_OK(submitted);
        QCOMPARE(submitted->dueOn, QDate(2027, 1, 11)); // 10 working days from 2026-12-23

        m_clock.advance(3600 * 1000);
        CD_VERIFY_OK(store.transition(e->id, S::Acknowledged, QStringLiteral("Lee North")));
        CD_VERIFY_OK(store.transition(e->id, S::InProgress, QStringLiteral("Lee North")));
        // Illegal: in progress cannot be closed before it is resolved.
        Result<Escalation> bad = store.transition(e->id, S::Closed, QStringLiteral("Lee North"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("illegal_transition"));
        QVERIFY(store
                    .transition(e->id, S::Resolved, QStringLiteral("Lee North"),
                                QStringLiteral("Caller updated"))
                    .ok());
        CD_VERIFY_OK(store.transition(e->id, S::Closed, QStringLiteral("Sam")));

        const QList<EscalationEvent> events = store.events(e->id);
        QCOMPARE(events.size(), 6);
        QStringList path;
        for (const EscalationEvent &ev : events)
            path.append(ev.fromStatus + QLatin1String(">") + ev.toStatus);
        QCOMPARE(path, QStringList({">draft", "draft>submitted", "submitted>acknowledged",
                                    "acknowledged>in_progress", "in_progress>resolved",
                                    "resolved>closed"}));
        QCOMPARE(events.at(2).actor, QStringLiteral("Lee North"));
        QCOMPARE(events.at(2).at, QDateTime(QDate(2026, 12, 23), QTime(11, 0), Qt::UTC));
        QCOMPARE(events.at(4).reason, QStringLiteral("Caller updated"));

        Result<Escalation> closedEdit =
            store.updateFields(e->id, referralFields(), QStringLiteral("Sam"));
        QVERIFY(!closedEdit.ok());
        QCOMPARE(closedEdit.error().code, QStringLiteral("closed"));
        // One outbox entry per event, per escalation write and per audit record.
        QCOMPARE(
            countRows(*m_db, QStringLiteral(
                                 "SELECT count(*) FROM outbox WHERE entity = 'escalation_events'")),
            6);
        QCOMPARE(countRows(*m_db, QStringLiteral(
                                      "SELECT count(*) FROM outbox WHERE entity = 'escalations'")),
                 7);
    }

    void vrrDueDateMovesOnAcknowledgement()
    {
        EscalationStore store(*m_db, *m_rules);
        const QJsonObject vrr =
            QJsonDocument::fromJson(
                R"({"victim_name":"C","crime_reference":"CR/1","decision":"no_charge",)"
                R"("decision_date":"2026-12-01","suspect_interviewed":true,"grounds":"x"})")
                .object();
        Result<Escalation> e =
            store.createFromContact(sampleContact(), QStringLiteral("vrr"), QStringLiteral("Sam"),
                                    QStringLiteral("qos"), vrr);
        CD_VERIFY_OK(e);
        QCOMPARE(store.transition(e->id, S::Submitted, QStringLiteral("Sam"))->dueOn,
                 QDate(2027, 1, 11));
        QCOMPARE(store.transition(e->id, S::Acknowledged, QStringLiteral("Sam"))->dueOn,
                 QDate(2027, 2, 8));
    }

    // A safeguarding referral marked "Immediate risk to life or of serious harm: Yes" is due the
    // day it is raised, and is IMMEDIATE (red) from the start, not green "on track"; the same
    // form without immediate risk keeps its one working day.
    void immediateRiskIsDueTodayAndNeverOnTrack()
    {
        EscalationStore store(*m_db, *m_rules);
        QJsonObject fields =
            QJsonDocument::fromJson(
                R"({"receiving_team":"mash","person_at_risk":"Mia, 6","age_group":"child",)"
                R"("concern":"Partner grabbed her by the throat; kids were there",)"
                R"("immediate_risk":"yes","action_taken":"999 call, officers sent"})")
                .object();
        const QDate today(2026, 12, 23);
        Result<Escalation> e =
            store.createFromContact(sampleContact(), QStringLiteral("safeguarding"),
                                    QStringLiteral("Sam"), QStringLiteral("qos"), fields);
        CD_VERIFY_OK(e);
        Result<Escalation> submitted = store.transition(e->id, S::Submitted, QStringLiteral("Sam"));
        CD_VERIFY_OK(submitted);
        QCOMPARE(submitted->dueOn, today);
        DueStatus due = dueStatus(m_rules->calendar, submitted->raisedOn, submitted->dueOn, today);
        QCOMPARE(int(due.state), int(DueState::Immediate));
        QCOMPARE(due.marker(), QStringLiteral("IMMEDIATE"));
        QCOMPARE(due.colourName(), QStringLiteral("red"));
        // The next working day it is overdue.
        due = dueStatus(m_rules->calendar, submitted->raisedOn, submitted->dueOn,
                        QDate(2026, 12, 24));
        QCOMPARE(due.marker(), QStringLiteral("OVERDUE"));

        // Without immediate risk: due the next working day, on track today.
        fields.insert(QStringLiteral("immediate_risk"), QStringLiteral("no"));
        fields.remove(QStringLiteral("action_taken"));
        Result<Escalation> calm =
            store.createFromContact(sampleContact(), QStringLiteral("safeguarding"),
                                    QStringLiteral("Sam"), QStringLiteral("qos"), fields);
        CD_VERIFY_OK(calm);
        Result<Escalation> calmSubmitted =
            store.transition(calm->id, S::Submitted, QStringLiteral("Sam"));
        CD_VERIFY_OK(calmSubmitted);
        QCOMPARE(calmSubmitted->dueOn, QDate(2026, 12, 24));
        QCOMPARE(
            int(dueStatus(m_rules->calendar, calmSubmitted->raisedOn, calmSubmitted->dueOn, today)
                    .state),
            int(DueState::OnTrack));

        // Marked immediate afterwards: the due date moves to the day it was raised.
        fields.insert(QStringLiteral("immediate_risk"), QStringLiteral("yes"));
        fields.insert(QStringLiteral("action_taken"), QStringLiteral("999 call"));
        Result<Escalation> raised = store.updateFields(calm->id, fields, QStringLiteral("Sam"));
        CD_VERIFY_OK(raised);
        QCOMPARE(raised->dueOn, today);
    }

    void notesAreAppendOnly()
    {
        EscalationStore store(*m_db, *m_rules);
        Result<Escalation> e =
            store.createFromContact(sampleContact(), QStringLiteral("callback"),
                                    QStringLiteral("Sam"), QStringLiteral("qos"));
        CD_VERIFY_OK(e);
        QVERIFY(!store.addNote(e->id, QStringLiteral("   "), QStringLiteral("Sam")).ok());
        Result<EscalationNote> n1 =
            store.addNote(e->id, QStringLiteral("Left a voicemail"), QStringLiteral("Sam"));
        CD_VERIFY_OK(n1);
        m_clock.advance(60000);
        CD_VERIFY_OK(store.addNote(e->id, QStringLiteral("Spoke to caller"), QStringLiteral("Jo")));
        const QList<EscalationNote> notes = store.notes(e->id);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).body, QStringLiteral("Left a voicemail"));
        QCOMPARE(notes.at(1).author, QStringLiteral("Jo"));
        QCOMPARE(
            countRows(*m_db, QStringLiteral(
                                 "SELECT count(*) FROM outbox WHERE entity = 'escalation_notes'")),
            2);

        QSqlQuery q(m_db->sql());
        QVERIFY(!q.exec(QStringLiteral("UPDATE escalation_notes SET body = 'changed'")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM escalation_notes")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE escalation_events SET actor = 'someone else'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM escalation_events")));
        // The sync engine may still record the server's sequence number.
        QVERIFY2(q.exec(QStringLiteral("UPDATE escalation_notes SET server_seq = 7")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(store.notes(e->id).at(0).body, QStringLiteral("Left a voicemail"));
        QVERIFY(
            !store.addNote(QStringLiteral("no-such-id"), QStringLiteral("x"), QStringLiteral("Sam"))
                 .ok());
    }

    void listsSortedByDueDateAndOverdueCount()
    {
        EscalationStore store(*m_db, *m_rules);
        const Contact c = sampleContact();
        // Sam: a referral (10 days) and a call-back (1 day); Jo (same team): a complaint (2 days).
        Result<Escalation> referral =
            store.createFromContact(c, QStringLiteral("referral"), QStringLiteral("Sam"),
                                    QStringLiteral("qos"), referralFields());
        const QJsonObject callbackFields =
            QJsonDocument::fromJson(R"({"caller_name":"A","callback_phone":"07700900123",)"
                                    R"("callback_by":"2026-12-24","purpose":"x"})")
                .object();
        Result<Escalation> callback =
            store.createFromContact(c, QStringLiteral("callback"), QStringLiteral("Sam"),
                                    QStringLiteral("qos"), callbackFields);
        Result<Escalation> complaint = store.createFromContact(
            c, QStringLiteral("formal_complaint"), QStringLiteral("Jo"), QStringLiteral("qos"));
        Result<Escalation> other =
            store.createFromContact(c, QStringLiteral("callback"), QStringLiteral("Max"),
                                    QStringLiteral("other_team"), callbackFields);
        CD_VERIFY_OK(referral);
        CD_VERIFY_OK(callback);
        CD_VERIFY_OK(complaint);
        CD_VERIFY_OK(other);
        CD_VERIFY_OK(store.transition(referral->id, S::Submitted, QStringLiteral("Sam")));

        EscalationFilter mine;
        mine.owner = QStringLiteral("Sam");
        QList<EscalationSummary> rows = store.list(mine);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, callback->id); // due 2026-12-24
        QCOMPARE(rows.at(1).id, referral->id); // due 2027-01-11

        EscalationFilter team;
        team.team = QStringLiteral("qos");
        rows = store.list(team);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).dueOn, QDate(2026, 12, 24));
        QCOMPARE(rows.at(1).dueOn, QDate(2026, 12, 29));
        QCOMPARE(rows.at(2).dueOn, QDate(2027, 1, 11));
        QCOMPARE(rows.at(2).receivingTeam, QStringLiteral("lpa_north"));
        QCOMPARE(rows.at(2).status, S::Submitted);

        team.type = QStringLiteral("formal_complaint");
        QCOMPARE(store.list(team).size(), 1);

        // Drafts past their date are listed, but not counted overdue: they have not been sent
        // (the dashboards count the same way).
        EscalationFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = QDate(2026, 12, 30);
        QCOMPARE(store.list(overdue).size(), 3);
        QCOMPARE(store.overdueCount(QDate(2026, 12, 30)), 0);
        for (const auto &[id, who] : {std::pair{callback->id, QStringLiteral("Sam")},
                                      std::pair{other->id, QStringLiteral("Max")}})
            CD_VERIFY_OK(store.transition(id, S::Submitted, who));

        QCOMPARE(store.overdueCount(QDate(2026, 12, 24)), 0);
        QCOMPARE(store.overdueCount(QDate(2026, 12, 29)), 2); // both call-backs
        QCOMPARE(store.overdueCount(QDate(2026, 12, 29), QStringLiteral("Sam")), 1);
        // Sam's call-back; Jo's complaint, due 29 December, is still a draft.
        QCOMPARE(store.overdueCount(QDate(2026, 12, 30), QString(), QStringLiteral("qos")), 1);
        QCOMPARE(store.list(overdue).size(), 3);

        // Resolved escalations are not overdue.
        for (S s : {S::Acknowledged, S::InProgress, S::Resolved})
            CD_VERIFY_OK(store.transition(other->id, s, QStringLiteral("Max")));
        QCOMPARE(store.overdueCount(QDate(2026, 12, 30)), 1);
    }

    void draftSurvivesARestart()
    {
        const QString slot =
            EscalationStore::newDraftSlot(sampleContact().id, QStringLiteral("formal_complaint"));
        QJsonObject typed{{QStringLiteral("complainant_name"), QStringLiteral("Ann Smith")},
                          {QStringLiteral("summary"), QStringLiteral("Officer was ru")}};
        CD_VERIFY_OK(DraftStore(*m_db).save(slot, typed));
        m_db.reset(); // as if the program were killed
        Database::OpenError error;
        m_db = Database::open(path(), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        std::optional<Draft> draft = DraftStore(*m_db).load(slot);
        QVERIFY(draft.has_value());
        QCOMPARE(draft->payload, typed);

        // Saving the form clears its draft in the same transaction.
        EscalationStore store(*m_db, *m_rules);
        Result<Escalation> e = store.createFromContact(
            sampleContact(), QStringLiteral("formal_complaint"), QStringLiteral("Sam"),
            QStringLiteral("qos"), draft->payload, slot);
        CD_VERIFY_OK(e);
        QVERIFY(!DraftStore(*m_db).load(slot).has_value());
        QCOMPARE(e->fields, typed);
    }
};

QTEST_GUILESS_MAIN(TestEscalationStore)
#include "tst_escalationstore.moc"
