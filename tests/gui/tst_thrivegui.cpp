// THRIVE in the real Desk window, by keyboard: a contact that needs THRIVE is not saved while the
// vulnerability question is unanswered (a message beside the field, as for the other fields);
// answering No explicitly lets it through. A new risk phrase after THRIVE was answered offers to
// assess again, and the second assessment is kept with its time. "What happens next" is recorded
// and shown in the contact view.
#include "gui/contactform.h"
#include "gui/contactviewdialog.h"
#include "gui/mainwindow.h"
#include "gui/riskbanner.h"
#include "gui/thrivedialog.h"
#include "nextstepstest.h"
#include "storage/contactstore.h"
#include "testsupport.h"

#include "core/clock.h"
#include "core/thrive.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace cd;

namespace {
QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

void tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void tabTo(const char *name)
{
    for (int i = 0; i < 40 && focusName() != QLatin1String(name); ++i)
        tab();
}

void saveByKeyboard(QWidget *window)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window, Qt::Key_Return, Qt::ControlModifier);
}

void pressOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class TestThriveGui : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
    }

    void vulnerabilityQuestionMustBeAnswered()
    {
        MainWindow &w = *m_window;
        ContactForm *form = w.contactForm();
        QTest::keyClick(&w, Qt::Key_F2);
        QCOMPARE(focusName(), QStringLiteral("channelCombo"));
        type(QStringLiteral("Phone"));
        tabTo("categoryCombo");
        type(QStringLiteral("Mental"));
        QVERIFY(form->thriveRequired());
        QVERIFY(form->thriveStatusText().contains(QLatin1String("THRIVE is needed")));
        tabTo("notesEdit");
        type(QStringLiteral("Worried about her neighbour, not seen for two days."));
        tabTo("outcomeCombo");
        type(QStringLiteral("Signposted"));
        saveByKeyboard(&w);

        // Not saved: the message sits beside the question, which has the focus.
        ContactStore store(*m_profile->db);
        QCOMPARE(store.count(), 0);
        auto *error = w.findChild<QLabel *>(QStringLiteral("vulnerableError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("Answer the vulnerability question")),
                 qPrintable(error->text()));
        QCOMPARE(focusName(), QStringLiteral("vulnerableCombo"));
        QVERIFY(form->hasContent()); // nothing typed is lost

        // Explicitly No, and what happens next recorded (THRIVE is needed): saved, and the
        // answer is kept.
        type(QStringLiteral("No"));
        QVERIFY(!error->isVisible());
        QVERIFY(test::recordNextStepsIfNeeded(&w));
        QApplication::setActiveWindow(&w); // the offscreen platform does not give it back
        QTRY_VERIFY(w.isActiveWindow());
        saveByKeyboard(&w);
        QTRY_COMPARE(store.count(), 1);
        const QString id = w.findChild<QTableView *>(QStringLiteral("contactsView"))
                               ->model()
                               ->index(0, 0)
                               .data(Qt::UserRole + 1)
                               .toString();
        const Contact saved = store.get(id, QStringLiteral("test")).value();
        QVERIFY(saved.thriveRequired);
        QCOMPARE(saved.vulnerable, 0);
    }

    void otherCategoriesDoNotAsk()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        type(QStringLiteral("Phone"));
        tabTo("categoryCombo");
        type(QStringLiteral("Vehicle"));
        QVERIFY(!w.contactForm()->thriveRequired());
        tabTo("outcomeCombo");
        type(QStringLiteral("Resolved"));
        saveByKeyboard(&w);
        QTRY_COMPARE(ContactStore(*m_profile->db).count(), 1);
    }

    void newRiskPhraseOffersToAssessAgain()
    {
        MainWindow &w = *m_window;
        ContactForm *form = w.contactForm();
        QTest::keyClick(&w, Qt::Key_F2);
        type(QStringLiteral("Phone"));
        tabTo("categoryCombo");
        type(QStringLiteral("General"));
        QVERIFY(!form->thriveRequired());
        tabTo("notesEdit");
        type(QStringLiteral("Her son wants to die."));
        QTRY_VERIFY(w.riskBanner()->isVisible());
        // A risk phrase asks for THRIVE whatever the category.
        QVERIFY(form->thriveRequired());
        QVERIFY(!form->reassessmentOffered());              // nothing answered yet to assess again
        QTest::keyClick(&w, Qt::Key_F9, Qt::ShiftModifier); // dismiss the banner

        // THRIVE answered, by keyboard in its dialog.
        tabTo("thriveButton");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        auto *dialog = w.findChild<ThriveDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QStringList elements = {"threat",        "harm",          "risk",
                                      "investigation", "vulnerability", "engagement"};
        for (const QString &e : elements)
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("thrive_") + e),
                             QStringLiteral("note on ") + e);
        dialog->findChild<QCheckBox *>(QStringLiteral("kind_mental_health"))->setChecked(true);
        pressOk(dialog);
        QTRY_VERIFY(!w.findChild<ThriveDialog *>());
        QCOMPARE(form->contact().vulnerable, 1); // ticking a kind answers Yes
        QCOMPARE(form->thriveStatusText(), QStringLiteral("THRIVE answered."));
        QVERIFY(!form->reassessmentOffered());

        // A new kind of risk comes up: assess again is offered.
        form->fieldWidget(QStringLiteral("notes"))->setFocus();
        QTest::keyClicks(form->fieldWidget(QStringLiteral("notes")),
                         QStringLiteral(" Caller says her ex-p strangeled her last night."));
        QTRY_VERIFY(form->reassessmentOffered());
        QVERIFY2(form->thriveStatusText().contains(QLatin1String("assess again")),
                 qPrintable(form->thriveStatusText()));

        // Assessed again: the offer goes and the time is kept with the answers.
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("thriveButton")),
                          Qt::LeftButton);
        dialog = w.findChild<ThriveDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("THRIVE: assess again"));
        dialog->findChild<QCheckBox *>(QStringLiteral("kind_domestic_abuse"))->setChecked(true);
        pressOk(dialog);
        QTRY_VERIFY(!form->reassessmentOffered());
        const Contact c = form->contact();
        QCOMPARE(ThriveAnswers::fromJson(c.thrive).reassessedAt.size(), 1);
        QCOMPARE(c.vulnerabilityKinds, QStringLiteral("domestic_abuse,mental_health"));
    }

    void nextStepsAreRecordedAndShown()
    {
        MainWindow &w = *m_window;
        QTest::keyClick(&w, Qt::Key_F2);
        type(QStringLiteral("Phone"));
        tabTo("categoryCombo");
        type(QStringLiteral("Vehicle"));
        tabTo("outcomeCombo");
        type(QStringLiteral("Resolved"));
        tabTo("nextStepsButton");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        auto *dialog = w.findChild<NextStepsDialog *>();
        QVERIFY(dialog);
        auto *attend = dialog->findChild<QComboBox *>(QStringLiteral("attendCombo"));
        attend->setCurrentIndex(attend->findData(QStringLiteral("no")));
        pressOk(dialog); // no reason given: refused with a message
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("nextStepsMessage"))
                    ->text()
                    .contains(QLatin1String("why police will not attend")));
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("noAttendanceCombo"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("rcrp_threshold_not_met")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("timescaleEdit")),
                         QStringLiteral("a call from the pound within 2 hours"));
        dialog->findChild<QCheckBox *>(QStringLiteral("advice_preserve_evidence"))
            ->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("callBackCheck"))->setChecked(true);
        pressOk(dialog);
        QTRY_VERIFY(!w.findChild<NextStepsDialog *>());
        QApplication::setActiveWindow(&w); // the offscreen platform does not give it back
        QTRY_VERIFY(w.isActiveWindow());
        QCOMPARE(focusName(), QStringLiteral("nextStepsButton"));
        saveByKeyboard(&w);
        ContactStore store(*m_profile->db);
        QTRY_COMPARE(store.count(), 1);
        Contact saved;
        CD_VERIFY_OK(store.forEach([&](const Contact &c) {
            saved = c;
            return false;
        }));
        const QString html = ContactViewDialog::describe(saved, w.taxonomy());
        QVERIFY2(html.contains(QLatin1String("Police will not attend: Right Care, Right Person")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("a call from the pound within 2 hours")));
        QVERIFY(html.contains(QLatin1String("Preserving evidence")));
        QVERIFY(html.contains(QLatin1String("Told to call back if nothing happens")));
    }
};

QTEST_MAIN(TestThriveGui)
#include "tst_thrivegui.moc"
