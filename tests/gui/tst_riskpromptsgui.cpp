// How the risk prompts show on the real Desk (the detector's rules are its own): risks of several
// kinds in one note show together, strangulation gets urgent wording, and a form already sent
// for the contact is not asked for again for a risk it covers ("grabbed her by the throat, kids
// were there": the safeguarding form, sent with a child recorded, covers the child at risk).
#include "gui/escalationdialog.h"
#include "gui/mainwindow.h"
#include "gui/riskbanner.h"
#include "testsupport.h"

#include "core/clock.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;

namespace {
QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

QJsonObject promptOf(const QString &json, const QString &kind)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        if (v.toObject().value(QLatin1String("kind")).toString() == kind)
            return v.toObject();
    return {};
}
} // namespace

class TestRiskPromptsGui : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;

    void typeNotes(const QString &text)
    {
        QWidget *notes = m_window->findChild<QWidget *>(QStringLiteral("notesEdit"));
        notes->setFocus();
        QTRY_COMPARE(focusName(), QStringLiteral("notesEdit"));
        QTest::keyClicks(notes, text);
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
        QTest::keyClick(m_window.get(), Qt::Key_F2);
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
    }

    // Both kinds show at once, and the strangulation is urgent.
    void severalKindsShowTogetherAndStrangulationIsUrgent()
    {
        RiskBanner *banner = m_window->riskBanner();
        typeNotes(QStringLiteral("Says her partner grabbed her by the throat, kids were there. "));
        QTRY_VERIFY(banner->isVisible());
        const QString text = banner->messageText();
        QVERIFY2(text.contains(QLatin1String("domestic abuse")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("a child at risk")), qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("URGENT: strangulation")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("999 now")), qPrintable(text));
        // One form covers both: it is offered once.
        QCOMPARE(text.count(QLatin1String("safeguarding form")), 1);
        QCOMPARE(focusName(), QStringLiteral("notesEdit")); // the cursor stays in the notes
        const QString json = banner->promptsJson();
        QCOMPARE(promptOf(json, QStringLiteral("domestic_abuse"))
                     .value(QLatin1String("urgent"))
                     .toString(),
                 QStringLiteral("strangulation"));
        QCOMPARE(promptOf(json, QStringLiteral("child_at_risk"))
                     .value(QLatin1String("response"))
                     .toString(),
                 QStringLiteral("none"));
    }

    // A punch is domestic abuse without the urgent wording.
    void otherAbuseIsNotUrgent()
    {
        RiskBanner *banner = m_window->riskBanner();
        typeNotes(QStringLiteral("Says her partner punched her last night. "));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->messageText().contains(QLatin1String("domestic abuse")));
        QVERIFY2(!banner->messageText().contains(QLatin1String("URGENT")),
                 qPrintable(banner->messageText()));
    }

    // The safeguarding form sent with a child recorded: the child at risk typed afterwards is
    // not asked for again, and is kept as covered by it.
    void aFormSentIsNotAskedForAgain()
    {
        MainWindow &w = *m_window;
        RiskBanner *banner = w.riskBanner();
        typeNotes(QStringLiteral("Says her partner punched her last night. "));
        QTRY_VERIFY(banner->isVisible());
        QTest::keyClick(&w, Qt::Key_F9); // open the form
        EscalationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<EscalationDialog *>()) && dialog->isVisible());
        QJsonObject values;
        values.insert(QStringLiteral("receiving_team"), QStringLiteral("mash"));
        values.insert(QStringLiteral("person_at_risk"), QStringLiteral("Mia, 6"));
        values.insert(QStringLiteral("age_group"), QStringLiteral("child"));
        values.insert(QStringLiteral("concern"), QStringLiteral("Saw her mother punched"));
        values.insert(QStringLiteral("immediate_risk"), QStringLiteral("no"));
        dialog->setValues(values);
        QVERIFY(dialog->submit());
        QTRY_VERIFY(!w.findChild<EscalationDialog *>() ||
                    !w.findChild<EscalationDialog *>()->isVisible());
        QApplication::setActiveWindow(&w);
        QTRY_VERIFY(w.isActiveWindow());

        typeNotes(QStringLiteral("He grabbed her by the arm, kids were there. "));
        QTest::qWait(50);
        QVERIFY2(!banner->isVisible(), qPrintable(banner->messageText()));
        const QJsonObject child = promptOf(banner->promptsJson(), QStringLiteral("child_at_risk"));
        QCOMPARE(child.value(QLatin1String("response")).toString(), QStringLiteral("covered"));
        QCOMPARE(child.value(QLatin1String("covered_by")).toString(),
                 QStringLiteral("safeguarding"));
    }
};

QTEST_MAIN(TestRiskPromptsGui)
#include "tst_riskpromptsgui.moc"
