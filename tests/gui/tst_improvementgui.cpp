// The improvement log dialog keeps what a manager types as a draft, as the contact form does: a
// dialog that goes away without its entry being added (the program killed, or the window closed)
// is opened again with the issue, root cause, change, date and ticked reasons restored; adding
// the entry clears the draft; another team's dialog does not get it.
#include "testsupport.h"

#include "gui/improvementdialog.h"
#include "storage/draftstore.h"
#include "storage/improvementstore.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {
int rowOf(QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            return i;
    return -1;
}
} // namespace

class TestImprovementGui : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempProfile> m_profile;

private slots:
    void init() { m_profile = std::make_unique<TempProfile>(); }
    void cleanup() { m_profile.reset(); }

    void whatWasTypedComesBackInANewWindow()
    {
        const QString team = QStringLiteral("QoS North");
        auto dialog =
            std::make_unique<ImprovementDialog>(*m_profile->db, team, QStringLiteral("M. Manager"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(!dialog->recoveredBanner()->isVisible());
        const int noUpdate = rowOf(dialog->reasons(), QStringLiteral("no_update"));
        QVERIFY(noUpdate >= 0);

        QTest::keyClicks(dialog->issue(), QStringLiteral("Callers not told what happened"));
        QTest::keyClicks(dialog->rootCause(), QStringLiteral("No owner for updates"));
        QTest::keyClicks(dialog->change(), QStringLiteral("Update call booked on hand-over"));
        dialog->changedOn()->setDate(QDate(2026, 11, 4));
        dialog->reasons()->item(noUpdate)->setCheckState(Qt::Checked);
        // Typing starts the draft timer; what it runs is what is tested here.
        QVERIFY(dialog->draftPending());
        dialog->keepDraftNow();
        QVERIFY(!dialog->draftPending());

        // The window is gone without the entry being added: nothing else runs.
        dialog.reset();

        ImprovementDialog again(*m_profile->db, team, QStringLiteral("M. Manager"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.issue()->text(), QStringLiteral("Callers not told what happened"));
        QCOMPARE(again.rootCause()->toPlainText(), QStringLiteral("No owner for updates"));
        QCOMPARE(again.change()->toPlainText(), QStringLiteral("Update call booked on hand-over"));
        QCOMPARE(again.changedOn()->date(), QDate(2026, 11, 4));
        QCOMPARE(again.reasons()->item(noUpdate)->checkState(), Qt::Checked);
        for (int i = 0; i < again.reasons()->count(); ++i)
            if (i != noUpdate)
                QCOMPARE(again.reasons()->item(i)->checkState(), Qt::Unchecked);
        QVERIFY(again.recoveredBanner()->isVisible());
        QVERIFY(again.recoveredBanner()->text().contains(QLatin1String("Recovered")));
        // Restoring it is not a change of its own.
        QVERIFY(!again.draftPending());

        // Another team's log starts empty.
        {
            ImprovementDialog other(*m_profile->db, QStringLiteral("QoS South"),
                                    QStringLiteral("M. Manager"));
            QVERIFY(other.issue()->text().isEmpty());
            QVERIFY(!other.recoveredBanner()->isVisible());
        }

        // Adding the entry puts it in the log and clears the draft.
        QVERIFY(again.addEntry());
        QCOMPARE(again.log()->rowCount(), 1);
        QCOMPARE(ImprovementStore(*m_profile->db).list(team).value(0).reasons,
                 QStringList{QStringLiteral("no_update")});
        QVERIFY(!DraftStore(*m_profile->db).load(ImprovementDialog::draftSlot(team)));
        ImprovementDialog third(*m_profile->db, team, QStringLiteral("M. Manager"));
        QVERIFY(third.issue()->text().isEmpty());
        QVERIFY(!third.recoveredBanner()->isVisible());
    }

    // A form emptied again leaves no draft behind.
    void anEmptiedFormKeepsNoDraft()
    {
        const QString team = QStringLiteral("QoS North");
        ImprovementDialog dialog(*m_profile->db, team, QStringLiteral("M. Manager"));
        QTest::keyClicks(dialog.issue(), QStringLiteral("x"));
        dialog.keepDraftNow();
        QVERIFY(DraftStore(*m_profile->db).load(ImprovementDialog::draftSlot(team)));
        dialog.issue()->clear();
        dialog.keepDraftNow();
        QVERIFY(!DraftStore(*m_profile->db).load(ImprovementDialog::draftSlot(team)));
    }
};

QTEST_MAIN(TestImprovementGui)
#include "tst_improvementgui.moc"
