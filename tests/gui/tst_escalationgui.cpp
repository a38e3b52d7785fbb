// Raises a formal complaint from the contact being logged, by keyboard, in the real Desk window.
#include "core/clock.h"
#include "gui/contactform.h"
#include "gui/escalationdesk.h"
#include "gui/escalationdialog.h"
#include "gui/escalationlistmodel.h"
#include "gui/escalationmonitor.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "storage/draftstore.h"
#include "storage/escalationstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QTest>

using namespace cd;

namespace {
QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, m);
}
} // namespace

class TestEscalationGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 23), QTime(10, 0), Qt::UTC)};

    EscalationDesk *desk() const
    {
        return m_window->findChild<EscalationDesk *>(QStringLiteral("escalationDesk"));
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 23), QTime(10, 0), Qt::UTC));
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<test::TempProfile>();
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(desk());
    }

    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void raisesAComplaintFromAContactByKeyboard()
    {
        MainWindow &w = *m_window;
        auto *overdue = w.findChild<QLabel *>(QStringLiteral("escalationsOverdueLabel"));
        QVERIFY(overdue);
        QCOMPARE(overdue->text(), QStringLiteral("None of my escalations overdue"));

        // The caller is on the line: start the contact and take their details.
        QTest::keyClick(&w, Qt::Key_F2);
        QTRY_COMPARE(focusName(), QStringLiteral("channelCombo"));
        type(QStringLiteral("Phone"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("callerPhoneEdit"));
        type(QStringLiteral("07700 900123"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("callerNameEdit"));
        type(QStringLiteral("Ann Smith"));

        // Ctrl+E: choose the form; the complaint is second in the list.
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
        QListWidget *types = nullptr;
        QTRY_VERIFY((types = w.findChild<QListWidget *>(QStringLiteral("escalationTypeList"))) !=
                    nullptr);
        QTRY_COMPARE(focusName(), QStringLiteral("escalationTypeList"));
        key(Qt::Key_Down);
        QCOMPARE(types->currentItem()->data(Qt::UserRole).toString(),
                 QStringLiteral("formal_complaint"));
        key(Qt::Key_Return);

        EscalationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<EscalationDialog *>(
                         QStringLiteral("escalationDialog"))) != nullptr &&
                    dialog->isVisible());
        QPointer<EscalationDialog> guard(dialog);
        // Filled in from the contact.
        QCOMPARE(dialog->values().value(QLatin1String("complainant_name")).toString(),
                 QStringLiteral("Ann Smith"));
        QCOMPARE(dialog->values().value(QLatin1String("complainant_phone")).toString(),
                 QStringLiteral("07700 900123"));
        QTRY_COMPARE(focusName(), QStringLiteral("field_complainant_name"));

        // Submitting now is refused, with the message beside each missing field.
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageFor(QStringLiteral("schedule3_ground")),
                 QStringLiteral("Choose one"));
        QCOMPARE(dialog->messageFor(QStringLiteral("views_sought")),
                 QStringLiteral("This must be confirmed before the form is submitted"));
        QVERIFY(dialog->messageFor(QStringLiteral("complainant_name")).isEmpty());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("message_schedule3_ground"))->isVisible());
        QCOMPARE(focusName(),
                 QStringLiteral("field_contact_preference")); // the first field to put right

        type(QStringLiteral("Phone"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("field_complainant_status"));
        type(QStringLiteral("The")); // a space would open the list
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("field_consent_on_behalf"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("field_incident_date"));
        type(QStringLiteral("2026-12-01"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("field_schedule3_ground"));
        type(QStringLiteral("The"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("field_views_sought"));
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("field_summary"));
        type(QStringLiteral("Says the officer was rude at the front counter."));

        // Kept as typed: a crash now would lose nothing.
        const QString slot = dialog->draftSlot();
        QTRY_VERIFY(DraftStore(*m_profile->db).load(slot).has_value() &&
                    DraftStore(*m_profile->db)
                        .load(slot)
                        ->payload.value(QLatin1String("summary"))
                        .toString()
                        .endsWith(QLatin1String("counter.")));

        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QVERIFY(!DraftStore(*m_profile->db).load(slot).has_value());

        // Stored as a submitted formal complaint for Professional Standards, due in 2 working days.
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        EscalationStore store(*m_profile->db, rules.value());
        EscalationFilter mine;
        mine.owner = m_profile->profile.name;
        const QList<EscalationSummary> rows = store.list(mine);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().type, QStringLiteral("formal_complaint"));
        QCOMPARE(rows.first().status, EscalationStatus::Submitted);
        QCOMPARE(rows.first().receivingTeam, QStringLiteral("professional_standards"));
        QCOMPARE(rows.first().team, m_profile->profile.team);
        QCOMPARE(rows.first().dueOn, QDate(2026, 12, 29));
        QCOMPARE(rows.first().contactId, w.contactForm()->contact().id); // linked to this contact
        QVERIFY(!rows.first().contactId.isEmpty());
        const Escalation e = store.get(rows.first().id, QStringLiteral("test")).value();
        QCOMPARE(e.fields.value(QLatin1String("schedule3_ground")).toString(),
                 QStringLiteral("complainant_wish"));
        QCOMPARE(e.fields.value(QLatin1String("views_sought")).toBool(), true);

        // On the Desk: in My escalations, sorted by due date, with its state in words.
        auto *table = w.findChild<QTableView *>(QStringLiteral("escalationsTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, EscalationListModel::Type).data().toString(),
                 QStringLiteral("Formal complaint (Schedule 3)"));
        QCOMPARE(table->model()->index(0, EscalationListModel::State).data().toString(),
                 QStringLiteral("on track"));

        // A week later, with the Desk still open: overdue in the status bar, a reminder, red +
        // text.
        m_clock.set(QDateTime(QDate(2026, 12, 30), QTime(9, 0), Qt::UTC));
        desk()->monitor()->check();
        QCOMPARE(overdue->text(), QStringLiteral("My escalations OVERDUE: 1"));
        QMessageBox *reminder = nullptr;
        QTRY_VERIFY((reminder = w.findChild<QMessageBox *>(QStringLiteral("escalationReminder"))) !=
                    nullptr);
        QVERIFY(
            reminder->text().startsWith(QLatin1String("OVERDUE: Formal complaint (Schedule 3)")));
        QVERIFY(!reminder->isModal());
        QCOMPARE(table->model()->index(0, EscalationListModel::State).data().toString(),
                 QStringLiteral("OVERDUE"));
        QCOMPARE(table->model()
                     ->index(0, EscalationListModel::State)
                     .data(Qt::BackgroundRole)
                     .value<QColor>(),
                 QColor(0xf4, 0xb6, 0xb6));
        // Only once per escalation and state.
        reminder->close();
        desk()->monitor()->check();
        QTest::qWait(50);
        QVERIFY(w.findChildren<QMessageBox *>(QStringLiteral("escalationReminder")).size() <= 1);
    }

    void formKeptAcrossARestart()
    {
        // A form half filled in when the Desk went down comes back for the same contact and form.
        Contact c;
        c.id = QStringLiteral("0f6b2c1e-1111-4222-8333-444455556666");
        const QString slot = EscalationStore::newDraftSlot(c.id, QStringLiteral("vrr"));
        QVERIFY(
            DraftStore(*m_profile->db)
                .save(slot,
                      QJsonObject{{QStringLiteral("victim_name"), QStringLiteral("Bo Green")},
                                  {QStringLiteral("crime_reference"), QStringLiteral("CR/9/26")}})
                .ok());
        EscalationDialog dialog(*m_profile->db, desk()->rules(),
                                *desk()->rules().forms.find(QStringLiteral("vrr")), c,
                                QStringLiteral("A. Handler"), QStringLiteral("QoS North"));
        QVERIFY(dialog.recoveredDraft());
        QCOMPARE(dialog.values().value(QLatin1String("victim_name")).toString(),
                 QStringLiteral("Bo Green"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("escalationBanner"))
                    ->text()
                    .startsWith(QLatin1String("Recovered")));
        // Cancelling with typed content asks first; Discard clears the kept draft.
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
        QVERIFY(!DraftStore(*m_profile->db).load(slot).has_value());
    }
};

QTEST_MAIN(TestEscalationGui)
#include "tst_escalationgui.moc"
