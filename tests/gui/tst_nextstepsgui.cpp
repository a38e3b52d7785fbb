// "What happens next" must be recorded before a contact is saved on the Desk when the contact
// needs it (resources/thrive/thrive.json, next_steps_required): an outcome that promises police
// action, a risk prompt shown, or a category that needs THRIVE. The save is refused with a
// message beside Next…, which gets the focus; once it is recorded, the contact saves. Contacts
// that need none of these save as before.
#include "gui/contactform.h"
#include "gui/mainwindow.h"
#include "gui/riskbanner.h"
#include "gui/thrivedialog.h"
#include "storage/contactstore.h"
#include "testsupport.h"

#include "core/nextstepsrule.h"
#include "core/thrive.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

void tabTo(const char *name)
{
    for (int i = 0; i < 40 && focusName() != QLatin1String(name); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

void saveByKeyboard(QWidget *window)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window, Qt::Key_Return, Qt::ControlModifier);
}
} // namespace

class TestNextStepsGui : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;

    // Alt+X opens Next…; the caller was told police will attend, within the hour.
    void recordNextSteps()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_X, Qt::AltModifier);
        NextStepsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<NextStepsDialog *>()) && dialog->isVisible());
        auto *attend = dialog->findChild<QComboBox *>(QStringLiteral("attendCombo"));
        attend->setFocus();
        QTest::keyClicks(attend, QStringLiteral("Yes"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("timescaleEdit")),
                         QStringLiteral("within the hour"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!w.findChild<NextStepsDialog *>());
        QApplication::setActiveWindow(&w); // the offscreen platform does not give it back
        QTRY_VERIFY(w.isActiveWindow());
    }

    // Saved refused: the message beside Next… says why, and Next… has the focus.
    void verifyRefused(const QString &why)
    {
        MainWindow &w = *m_window;
        saveByKeyboard(&w);
        QCOMPARE(ContactStore(*m_profile->db).count(), 0);
        auto *error = w.findChild<QLabel *>(QStringLiteral("nextStepsError"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("Record what happens next")),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(why), qPrintable(error->text()));
        QCOMPARE(focusName(), QStringLiteral("nextStepsButton"));
        QVERIFY(w.contactForm()->hasContent()); // nothing typed is lost
    }

    void verifySavedWithNextSteps()
    {
        MainWindow &w = *m_window;
        recordNextSteps();
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("nextStepsError"))->isVisible());
        saveByKeyboard(&w);
        ContactStore store(*m_profile->db);
        QTRY_COMPARE(store.count(), 1);
        Contact saved;
        CD_VERIFY_OK(store.forEach([&](const Contact &c) {
            saved = c;
            return false;
        }));
        const NextSteps next = NextSteps::fromJson(saved.nextSteps);
        QCOMPARE(next.policeAttend, 1);
        QCOMPARE(next.timescale, QStringLiteral("within the hour"));
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        m_window->show();
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
    }

    void theRuleIsVersionedData()
    {
        const NextStepsRule &rule = NextStepsRule::shipped();
        QCOMPARE(rule.version(), QStringLiteral("2026-12-thrive-2"));
        QVERIFY(rule.whenThriveRequired());
        QVERIFY(rule.whenRiskPrompt());
        QCOMPARE(rule.outcomes(),
                 QStringList({QStringLiteral("referred"), QStringLiteral("callback"),
                              QStringLiteral("escalated_complaint")}));
    }

    void anOutcomePromisingActionNeedsIt()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        type(QStringLiteral("Phone"));
        tabTo("categoryCombo");
        type(QStringLiteral("Vehicle"));
        tabTo("notesEdit");
        type(QStringLiteral("Wants to know where her car was taken."));
        tabTo("outcomeCombo");
        type(QStringLiteral("Referred"));
        verifyRefused(QStringLiteral("the outcome (Referred) promises police action"));
        verifySavedWithNextSteps();
    }

    void aRiskPromptNeedsIt()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        type(QStringLiteral("Phone"));
        tabTo("categoryCombo");
        type(QStringLiteral("General"));
        tabTo("vulnerableCombo");
        type(QStringLiteral("No"));
        tabTo("notesEdit");
        type(QStringLiteral("Her son says he wants to die."));
        QTRY_VERIFY(w.riskBanner()->isVisible());
        QTest::keyClick(&w, Qt::Key_F9, Qt::ShiftModifier); // dismissed: still shown
        tabTo("outcomeCombo");
        type(QStringLiteral("Signposted"));
        verifyRefused(QStringLiteral("THRIVE is needed"));
        verifySavedWithNextSteps();
    }

    void aThriveCategoryNeedsIt()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        type(QStringLiteral("Phone"));
        tabTo("categoryCombo");
        type(QStringLiteral("Fraud"));
        tabTo("notesEdit");
        type(QStringLiteral("Paid a parcel fee by a link in a text."));
        tabTo("outcomeCombo");
        type(QStringLiteral("Signposted"));
        tabTo("vulnerableCombo");
        type(QStringLiteral("No"));
        verifyRefused(QStringLiteral("THRIVE is needed for this contact"));
        verifySavedWithNextSteps();
    }

    void otherContactsSaveWithoutIt()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        type(QStringLiteral("Phone"));
        tabTo("categoryCombo");
        type(QStringLiteral("Vehicle"));
        tabTo("outcomeCombo");
        type(QStringLiteral("Resolved"));
        saveByKeyboard(&w);
        QTRY_COMPARE(ContactStore(*m_profile->db).count(), 1);
    }
};

QTEST_MAIN(TestNextStepsGui)
#include "tst_nextstepsgui.moc"
