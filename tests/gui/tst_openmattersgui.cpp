// A new contact from the same caller, or from someone else at the same address, while an earlier
// contact is still open (THRIVE answered within the force's interval, or an escalation still
// open): the Desk shows what was decided then (grade, vulnerability, what happens next) and
// offers THRIVE again; the assessment made is kept on the new contact with a link to the earlier
// one. An earlier contact that is no longer open offers nothing.
#include "gui/contactform.h"
#include "gui/contactviewdialog.h"
#include "gui/mainwindow.h"
#include "gui/thrivedialog.h"
#include "storage/contactstore.h"
#include "storage/escalationstore.h"
#include "testsupport.h"

#include "core/clock.h"
#include "core/escalation.h"
#include "core/thrive.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace cd;

class TestOpenMattersGui : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC)};

    // An earlier contact, `hoursAgo` before now.
    Contact earlier(const QString &name, const QString &phone, int hoursAgo)
    {
        Contact c = test::sampleContact(m_clock.now().addSecs(-qint64(hoursAgo) * 3600));
        c.callerName = name;
        c.callerPhone = phone;
        c.callerEmail.clear();
        c.vrm.clear();
        c.postcode = QStringLiteral("SS14 1AB");
        c.address = QStringLiteral("12 High Street");
        c.category = QStringLiteral("victim_enquiry");
        c.reason.clear();
        return c;
    }

    QString typeInto(const char *name, const QString &text)
    {
        auto *edit = m_window->findChild<QLineEdit *>(QLatin1String(name));
        edit->setFocus();
        QTest::keyClicks(edit, text);
        return edit->text();
    }

private slots:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<test::TempProfile>();
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void anOpenMatterIsShownAndAssessedAgainWithALink()
    {
        ContactStore store(*m_profile->db);
        const ThriveDefinition thrive = ThriveDefinition::loadShipped().value();
        // The caller's own contact two hours ago: THRIVE answered, graded high.
        Contact jo = earlier(QStringLiteral("Jo Bloggs"), QStringLiteral("07700900111"), 2);
        ThriveAnswers answers;
        for (const ThriveElement &e : thrive.elements())
            answers.notes.insert(e.id, QStringLiteral("note"));
        answers.assessedAt = jo.startedAt;
        jo.thriveRequired = true;
        jo.thrive = answers.toJson(thrive);
        jo.vulnerable = 1;
        jo.vulnerabilityKinds = QStringLiteral("domestic_abuse");
        jo.riskGrade = QStringLiteral("high");
        NextSteps next;
        next.policeAttend = 1;
        next.timescale = QStringLiteral("within the hour");
        jo.nextSteps = next.toJson();
        CD_VERIFY_OK(store.save(jo, QStringLiteral("A. Handler")));
        // Her neighbour at the same address five days ago, with a safeguarding referral open.
        Contact sam = earlier(QStringLiteral("Sam Other"), QStringLiteral("07700900222"), 120);
        CD_VERIFY_OK(store.save(sam, QStringLiteral("A. Handler")));
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        EscalationStore escalations(*m_profile->db, rules.value());
        Result<Escalation> e = escalations.createFromContact(
            sam, QStringLiteral("safeguarding"), QStringLiteral("A. Handler"),
            QStringLiteral("QoS North"),
            QJsonDocument::fromJson(R"({"receiving_team":"mash","person_at_risk":"Sam",)"
                                    R"("age_group":"adult","concern":"shouting",)"
                                    R"("immediate_risk":"no"})")
                .object());
        CD_VERIFY_OK(e);
        CD_VERIFY_OK(
            escalations.transition(e->id, EscalationStatus::Submitted, QStringLiteral("A. H")));

        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        m_window->show();
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        MainWindow &w = *m_window;
        ContactForm *form = w.contactForm();
        QTest::keyClick(&w, Qt::Key_F2);

        // The number rings: Jo's open matter is shown and THRIVE is offered again.
        typeInto("callerPhoneEdit", QStringLiteral("07700900111"));
        QTRY_COMPARE(form->reassessmentOfferedFor(), jo.id);
        auto *notice = w.findChild<QLabel *>(QStringLiteral("openMatterLabel"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("This caller")), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QLatin1String("grade High")), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QLatin1String("vulnerable: Domestic abuse")),
                 qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QLatin1String("police will attend, within the hour")),
                 qPrintable(notice->text()));
        QVERIFY2(form->thriveStatusText().contains(QLatin1String("still open")),
                 qPrintable(form->thriveStatusText()));

        // The address brings in the household's open referral too.
        typeInto("addressEdit", QStringLiteral("12 High Street"));
        typeInto("postcodeEdit", QStringLiteral("SS14 1AB"));
        QTRY_VERIFY2(notice->text().contains(QLatin1String("Household (Sam Other)")),
                     qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QLatin1String("escalation open: safeguarding")),
                 qPrintable(notice->text()));

        // Assessed again: kept on the new contact, linked to Jo's earlier one.
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("thriveButton")),
                          Qt::LeftButton);
        ThriveDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ThriveDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("THRIVE: assess again"));
        for (const ThriveElement &el : thrive.elements())
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("thrive_") + el.id),
                             QStringLiteral("again: ") + el.id);
        dialog->findChild<QCheckBox *>(QStringLiteral("kind_domestic_abuse"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!w.findChild<ThriveDialog *>());
        const ThriveAnswers again = ThriveAnswers::fromJson(form->contact().thrive);
        QCOMPARE(again.reassessmentOf, jo.id);
        QVERIFY(ContactViewDialog::describe(form->contact(), w.taxonomy())
                    .contains(QStringLiteral("An assessment again of the open contact ") + jo.id));
        QVERIFY(!form->thriveStatusText().contains(QLatin1String("still open")));
    }

    void aMatterNoLongerOpenOffersNothing()
    {
        ContactStore store(*m_profile->db);
        const ThriveDefinition thrive = ThriveDefinition::loadShipped().value();
        // THRIVE answered three days ago (past the 24-hour interval), nothing escalated.
        Contact jo = earlier(QStringLiteral("Jo Bloggs"), QStringLiteral("07700900111"), 72);
        ThriveAnswers answers;
        for (const ThriveElement &e : thrive.elements())
            answers.notes.insert(e.id, QStringLiteral("note"));
        jo.thriveRequired = true;
        jo.thrive = answers.toJson(thrive);
        jo.vulnerable = 0;
        jo.riskGrade = QStringLiteral("low");
        CD_VERIFY_OK(store.save(jo, QStringLiteral("A. Handler")));

        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        m_window->show();
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        typeInto("callerPhoneEdit", QStringLiteral("07700900111"));
        // The caller history finds her; no open matter is offered.
        QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("victimCheckLabel"))
                        ->text()
                        .contains(QLatin1String("1 earlier contact")));
        QCOMPARE(w.contactForm()->reassessmentOfferedFor(), QString());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("openMatterLabel"))->isVisible());
    }
};

QTEST_MAIN(TestOpenMattersGui)
#include "tst_openmattersgui.moc"
