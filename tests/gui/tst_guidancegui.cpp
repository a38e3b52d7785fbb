// The Guidance panel, the risk banner and the trainer's outline, driven by keyboard in the real
// Desk window as a handler would during the "caller in distress" journey (WALKTHROUGH.md).
#include "gui/contactform.h"
#include "gui/contactviewdialog.h"
#include "gui/guidancepanel.h"
#include "gui/mainwindow.h"
#include "gui/riskbanner.h"
#include "gui/scriptoutlinedialog.h"
#include "gui/thrivedialog.h"
#include "nextstepstest.h"
#include "storage/contactstore.h"
#include "storage/scriptstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

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

void tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

QStringList stepIds(const QJsonObject &walk)
{
    QStringList ids;
    for (const QJsonValue &v : walk.value(QLatin1String("steps")).toArray())
        ids.append(v.toObject().value(QLatin1String("step")).toString());
    return ids;
}

// Set CONTACTDESK_SCREENSHOT_DIR to keep pictures of the journey for a person to look at.
void screenshot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("CONTACTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    window->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

QString text(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class TestGuidanceGui : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void panelAnswersByNumberKeysAndGoesBack();
    void deskRunsMentalHealthScriptFromTheRiskBanner();
    void dismissedPromptIsSavedAndNotRepeated();
    void deniedAndHypotheticalRisksDoNotPrompt();
    void categoryOpensItsScriptAndBrokenImportsAreShown();
    void trainerOutlineAndPdf();
    void recoveredDraftResumesTheWalk();
    void vehicleScriptHandsOverToTheVehicleTab();

private:
    void startDesk();
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock;
};

void TestGuidanceGui::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_clock.set(QDateTime(QDate(2026, 3, 9), QTime(9, 20), Qt::UTC));
    Clock::setInstance(&m_clock);
}

void TestGuidanceGui::cleanup()
{
    m_window.reset();
    m_profile.reset();
    Clock::setInstance(nullptr);
}

void TestGuidanceGui::startDesk()
{
    m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
    QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuidanceGui::panelAnswersByNumberKeysAndGoesBack()
{
    GuidancePanel panel;
    panel.setLibrary(ScriptStore(*m_profile->db).library());
    QSignalSpy outcomes(&panel, &GuidancePanel::outcomeRequested);
    QSignalSpy paths(&panel, &GuidancePanel::pathChanged);
    panel.show();
    panel.activateWindow();
    panel.setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    panel.showCategory(QStringLiteral("mental_health"));
    QVERIFY(
        text(&panel, "stepText").startsWith(QLatin1String("Is there an immediate risk to life?")));
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("answer2"))->text(),
             QStringLiteral("2.  No immediate risk, but the person is distressed"));
    QTest::keyClick(&panel, Qt::Key_2);
    QVERIFY(text(&panel, "stepText").startsWith(QLatin1String("Is there a crime to investigate")));
    QTest::keyClick(&panel, Qt::Key_2);
    const QString numbers = text(&panel, "stepContacts");
    QVERIFY2(numbers.contains(QLatin1String("Samaritans: 116 123")), qPrintable(numbers));
    QVERIFY(numbers.contains(QLatin1String("Shout: text SHOUT to 85258")));
    QVERIFY(numbers.contains(QLatin1String("NHS 111, mental health option")));
    QVERIFY(numbers.contains(QLatin1String("Mind Infoline: 0300 123 3393")));
    QTest::keyClick(&panel, Qt::Key_9); // not offered: nothing happens
    QVERIFY(text(&panel, "stepContacts").contains(QLatin1String("Samaritans")));
    QTest::keyClick(&panel, Qt::Key_1);
    QVERIFY(text(&panel, "stepText").contains(QLatin1String("Police will not be coming out")));
    QCOMPARE(text(&panel, "attendanceTold"), QStringLiteral("Caller told: police will NOT attend"));
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().first().toString(), QStringLiteral("signposted"));

    QTest::keyClick(&panel, Qt::Key_Backspace);
    QVERIFY(text(&panel, "stepContacts").contains(QLatin1String("Samaritans")));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("attendanceTold"))->isVisible());
    // The mouse works too.
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("answer1")), Qt::LeftButton);
    QVERIFY(text(&panel, "stepText").contains(QLatin1String("Police will not be coming out")));
    QTest::keyClick(&panel, Qt::Key_1);
    QTest::keyClick(&panel, Qt::Key_1);
    QVERIFY(panel.session()->atEnd());
    QVERIFY(text(&panel, "stepPosition").contains(QLatin1String("end of the script")));

    const QJsonArray walks =
        QJsonDocument::fromJson(paths.last().first().toString().toUtf8()).array();
    QCOMPARE(walks.size(), 1);
    const QJsonObject walk = walks.first().toObject();
    QCOMPARE(stepIds(walk), QStringList({"immediate_risk", "threshold", "signpost",
                                         "tell_not_attend", "understood", "signpost_end"}));
    QCOMPARE(walk.value(QLatin1String("police_attendance_told")).toString(),
             QStringLiteral("will_not_attend"));
    QCOMPARE(walk.value(QLatin1String("finished")).toBool(), true);
}

void TestGuidanceGui::deskRunsMentalHealthScriptFromTheRiskBanner()
{
    startDesk();
    MainWindow &w = *m_window;
    auto *banner = w.riskBanner();
    QVERIFY(banner && banner->hasDetector());
    QVERIFY(!banner->isVisible());

    QTest::keyClick(&w, Qt::Key_F2);
    QCOMPARE(focusName(), QStringLiteral("channelCombo"));
    type(QStringLiteral("Email"));
    tab();
    tab();
    QCOMPARE(focusName(), QStringLiteral("callerEmailEdit"));
    type(QStringLiteral("j.carter@example.com"));
    tab();
    type(QStringLiteral("Jo Carter"));
    while (focusName() != QLatin1String("categoryCombo"))
        tab();
    type(QStringLiteral("Dissatisfaction"));
    // The category's own script is offered beside the call.
    QTRY_VERIFY(
        text(&w, "scriptTitle").startsWith(QLatin1String("Dissatisfaction or formal complaint")));
    while (focusName() != QLatin1String("notesEdit"))
        tab();
    type(QStringLiteral(
        "Unhappy nobody called back about her son. She feels there is no point carrying on."));

    // The banner appears, and the cursor stays in the notes.
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(focusName(), QStringLiteral("notesEdit"));
    QVERIFY2(banner->messageText().contains(QLatin1String("\"no point carrying on\"")),
             qPrintable(banner->messageText()));
    type(QStringLiteral(" "));
    QCOMPARE(focusName(), QStringLiteral("notesEdit"));
    screenshot(&w, "risk-banner");

    // F9 opens the mental-health script; answer by number keys.
    key(Qt::Key_F9);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(focusName(), QStringLiteral("guidancePanel"));
    QVERIFY(text(&w, "scriptTitle").startsWith(QLatin1String("Mental health")));
    key(Qt::Key_2); // no immediate risk: no plan, no means
    key(Qt::Key_2); // no crime, no serious harm
    QVERIFY(text(&w, "stepContacts").contains(QLatin1String("116 123")));
    key(Qt::Key_1);
    QVERIFY(text(&w, "stepText").contains(QLatin1String("Police will not be coming out")));
    key(Qt::Key_Backspace); // back to the numbers
    QVERIFY(text(&w, "stepContacts").contains(QLatin1String("116 123")));
    key(Qt::Key_1); // say plainly that police will not attend
    key(Qt::Key_1); // continue
    key(Qt::Key_1); // the caller understood
    QVERIFY(w.guidancePanel()->session()->atEnd());
    screenshot(&w, "mental-health-end");
    QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("outcomeCombo"))->currentData().toString(),
             QStringLiteral("signposted"));

    // The risk phrase made THRIVE necessary: not saved until the vulnerability question is
    // answered, here Yes (mental health) ticked in THRIVE.
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("vulnerableCombo"));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("thriveButton")), Qt::LeftButton);
    auto *thrive = w.findChild<ThriveDialog *>();
    QVERIFY(thrive);
    thrive->findChild<QCheckBox *>(QStringLiteral("kind_mental_health"))->setChecked(true);
    QTest::mouseClick(thrive->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!w.findChild<ThriveDialog *>());
    // A risk prompt came up: what happens next is recorded before the save.
    QVERIFY(test::recordNextStepsIfNeeded(&w));
    QApplication::setActiveWindow(&w); // the offscreen platform does not hand activation back
    QTRY_VERIFY(w.isActiveWindow());
    key(Qt::Key_Return, Qt::ControlModifier);
    auto *today = w.findChild<QTableView *>(QStringLiteral("contactsView"));
    QTRY_COMPARE(today->model()->rowCount(), 1);
    QCOMPARE(focusName(), QStringLiteral("channelCombo"));
    QVERIFY(!banner->isVisible());

    const QString id = today->model()->index(0, 0).data(Qt::UserRole + 1).toString();
    const Contact saved = ContactStore(*m_profile->db).get(id, QStringLiteral("test")).value();
    QCOMPARE(saved.category, QStringLiteral("dissatisfaction"));
    QCOMPARE(saved.outcome, QStringLiteral("signposted"));
    const QJsonArray walks = QJsonDocument::fromJson(saved.scriptPath.toUtf8()).array();
    QCOMPARE(walks.size(), 1); // the complaint script was shown but not used
    const QJsonObject walk = walks.first().toObject();
    QCOMPARE(walk.value(QLatin1String("script")).toString(), QStringLiteral("mental_health"));
    QCOMPARE(walk.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(stepIds(walk), QStringList({"immediate_risk", "threshold", "signpost",
                                         "tell_not_attend", "understood", "signpost_end"}));
    QCOMPARE(walk.value(QLatin1String("steps"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("answer_text"))
                 .toString(),
             QStringLiteral("No immediate risk, but the person is distressed"));
    QCOMPARE(walk.value(QLatin1String("police_attendance_told")).toString(),
             QStringLiteral("will_not_attend"));

    const QJsonArray prompts = QJsonDocument::fromJson(saved.riskPrompts.toUtf8()).array();
    QCOMPARE(prompts.size(), 1);
    const QJsonObject prompt = prompts.first().toObject();
    QCOMPARE(prompt.value(QLatin1String("kind")).toString(), QStringLiteral("suicide_self_harm"));
    QCOMPARE(prompt.value(QLatin1String("phrase")).toString(),
             QStringLiteral("no point carrying on"));
    QCOMPARE(prompt.value(QLatin1String("offered_script")).toString(),
             QStringLiteral("mental_health"));
    QCOMPARE(prompt.value(QLatin1String("response")).toString(), QStringLiteral("opened"));
    QCOMPARE(prompt.value(QLatin1String("shown_at")).toString(),
             QStringLiteral("2026-03-09T09:20:00Z"));

    // The contact's history shows the guidance followed and the prompt, in words.
    const QString history = ContactViewDialog::describe(saved, w.taxonomy());
    QVERIFY2(history.contains(QLatin1String("Mental health: risk to life, police attendance and "
                                            "signposting (version 2)")),
             qPrintable(history));
    QVERIFY(history.contains(QLatin1String("Is there an immediate risk to life?")));
    QVERIFY(history.contains(QStringLiteral("→ No immediate risk, but the person is distressed")));
    QVERIFY(history.contains(QLatin1String("Caller told: police will not attend")));
    QVERIFY2(history.contains(
                 QLatin1String("&quot;no point carrying on&quot; (suicide or self-harm) at")),
             qPrintable(history));
    QVERIFY2(history.contains(QLatin1String("opened Mental health: risk to life")),
             qPrintable(history));
    QVERIFY(!history.contains(QLatin1String("suicide_self_harm")));
    QVERIFY(!history.contains(QLatin1String("mental_health")));

    // The next contact starts clean.
    QVERIFY(w.guidancePanel()->pathJson().isEmpty());
    QVERIFY(banner->promptsJson().isEmpty());
}

void TestGuidanceGui::dismissedPromptIsSavedAndNotRepeated()
{
    startDesk();
    MainWindow &w = *m_window;
    RiskBanner *banner = w.riskBanner();
    QTest::keyClick(&w, Qt::Key_F2);
    while (focusName() != QLatin1String("notesEdit"))
        tab();
    type(QStringLiteral("Says her partner punched me, she wants"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->messageText().contains(QLatin1String("domestic abuse")));
    QVERIFY(banner->messageText().contains(QLatin1String("safeguarding")));
    key(Qt::Key_F9, Qt::ShiftModifier);
    QVERIFY(!banner->isVisible());
    QCOMPARE(focusName(), QStringLiteral("notesEdit"));
    type(QStringLiteral(" to know why. He hit me, she repeats"));
    QVERIFY(!banner->isVisible()); // the same kind is not offered twice
    const QJsonArray prompts = QJsonDocument::fromJson(banner->promptsJson().toUtf8()).array();
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().toObject().value(QLatin1String("response")).toString(),
             QStringLiteral("dismissed"));
    QCOMPARE(prompts.first().toObject().value(QLatin1String("offered_escalation")).toString(),
             QStringLiteral("safeguarding"));
    // The record quotes the note ("partner … punched"), not the data's spelling of a term.
    QCOMPARE(prompts.first().toObject().value(QLatin1String("phrase")).toString(),
             QStringLiteral("partner \u2026 punched"));
    QCOMPARE(w.contactForm()->contact().riskPrompts, banner->promptsJson());
}

void TestGuidanceGui::deniedAndHypotheticalRisksDoNotPrompt()
{
    startDesk();
    MainWindow &w = *m_window;
    RiskBanner *banner = w.riskBanner();
    QTest::keyClick(&w, Qt::Key_F2);
    while (focusName() != QLatin1String("notesEdit"))
        tab();
    // Asked and denied, a question about what if, an idiom and a film: no prompt.
    type(QStringLiteral("Asked re thoughts of self harm - denies. Asking what to do if her ex "
                        "ever turns up. Says my mum will kill me. Saw a film about a stalker. "));
    QTest::qWait(50);
    QVERIFY(!banner->isVisible());
    // The self-harm prompt shown while "thoughts of self harm" was typed is withdrawn by
    // "- denies" and kept as asked and denied; nothing else was offered.
    const QJsonArray denied = QJsonDocument::fromJson(banner->promptsJson().toUtf8()).array();
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.first().toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("suicide_self_harm"));
    QCOMPARE(denied.first().toObject().value(QLatin1String("response")).toString(),
             QStringLiteral("denied"));
    // A stalking note offers the safeguarding form, and says which rule and words fired.
    type(QStringLiteral("Her ex keeps turning up at her work every day. "));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->messageText().contains(QLatin1String("domestic abuse")) ||
                 banner->messageText().contains(QLatin1String("stalking")),
             qPrintable(banner->messageText()));
    QVERIFY(banner->messageText().contains(QLatin1String("safeguarding")));
    const QJsonObject prompt =
        QJsonDocument::fromJson(banner->promptsJson().toUtf8()).array().last().toObject();
    QVERIFY(!prompt.value(QLatin1String("rule")).toString().isEmpty());
    QCOMPARE(focusName(), QStringLiteral("notesEdit"));
}

void TestGuidanceGui::categoryOpensItsScriptAndBrokenImportsAreShown()
{
    // A newer imported version replaces the shipped one without a rebuild.
    QFile f(ScriptLibrary::shippedDirectory() + QStringLiteral("/fraud.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject fraud = QJsonDocument::fromJson(f.readAll()).object();
    fraud.insert(QLatin1String("version"), 3); // the shipped one is version 2
    fraud.insert(QLatin1String("title"), QStringLiteral("Fraud (force version)"));
    CD_VERIFY_OK(ScriptStore(*m_profile->db)
                     .import(QJsonDocument(fraud).toJson(), QStringLiteral("fraud3.json"),
                             QStringLiteral("admin")));
    startDesk();
    MainWindow &w = *m_window;
    QTest::keyClick(&w, Qt::Key_F2);
    while (focusName() != QLatin1String("categoryCombo"))
        tab();
    type(QStringLiteral("Fraud"));
    QTRY_COMPARE(text(&w, "scriptTitle"), QStringLiteral("Fraud (force version) (version 3)"));
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("guidanceWarning"))->isVisible());
    // Ctrl+G puts the keys on the guidance.
    key(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("guidancePanel"));
    key(Qt::Key_2);
    key(Qt::Key_1);
    QVERIFY(text(&w, "stepContacts").contains(QLatin1String("0300 123 2040")));

    // A broken script in the library is skipped with a visible warning, never a crash.
    ScriptLibrary library = ScriptStore(*m_profile->db).library();
    QVERIFY(!library.add(QByteArray("{\"id\": \"x\", \"steps\": [{}]}"),
                         QStringLiteral("broken.json")));
    w.guidancePanel()->setLibrary(library);
    auto *warning = w.findChild<QLabel *>(QStringLiteral("guidanceWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("broken.json")));
}

void TestGuidanceGui::trainerOutlineAndPdf()
{
    const ScriptLibrary library = ScriptStore(*m_profile->db).library();
    ScriptOutlineDialog dialog(library);
    dialog.showScript(QStringLiteral("mental_health"));
    QCOMPARE(dialog.currentScriptId(), QStringLiteral("mental_health"));
    QTreeWidget *tree = dialog.tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QVERIFY(root->text(0).startsWith(QLatin1String("Ask: Is there an immediate risk to life?")));
    QCOMPARE(root->data(0, Qt::UserRole).toString(), QStringLiteral("immediate_risk"));
    // Advice, then the three answers, each leading on.
    QStringList children;
    for (int i = 0; i < root->childCount(); ++i)
        children.append(root->child(i)->text(0));
    QVERIFY(children.at(0).startsWith(QLatin1String("Advice: Ask directly")));
    QCOMPARE(children.at(1), QStringLiteral("1. Yes: immediate risk to life"));
    QCOMPARE(children.at(3), QStringLiteral("3. Not sure yet"));
    QVERIFY(
        root->child(1)->child(0)->text(0).startsWith(QLatin1String("Say: Immediate risk to life")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("mental_health.pdf"));
    CD_VERIFY_OK(dialog.exportPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    file.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!pdftotext.waitForStarted(5000))
        CD_SKIP("pdftotext is not installed");
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(pdfText.contains(
                 QLatin1String("Mental health: risk to life, police attendance and signposting")),
             qPrintable(pdfText.left(300)));
    QVERIFY(pdfText.contains(QLatin1String("Samaritans 116 123")));
    QVERIFY(pdfText.contains(QLatin1String("Record: caller told police will NOT attend")));
    QVERIFY(pdfText.contains(QLatin1String("policeconduct.gov.uk/node/4199")));
}

void TestGuidanceGui::recoveredDraftResumesTheWalk()
{
    startDesk();
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    while (focusName() != QLatin1String("categoryCombo"))
        tab();
    type(QStringLiteral("Mental"));
    while (focusName() != QLatin1String("notesEdit"))
        tab();
    type(QStringLiteral("He wants to die."));
    QTRY_VERIFY(m_window->riskBanner()->isVisible());
    key(Qt::Key_F9, Qt::ShiftModifier);
    key(Qt::Key_G, Qt::ControlModifier);
    key(Qt::Key_2);
    QVERIFY(text(m_window.get(), "stepText").startsWith(QLatin1String("Is there a crime")));
    m_window->saveDraftNow();
    m_window.reset(); // as if the Desk had closed without saving

    startDesk();
    MainWindow &w = *m_window;
    QTRY_VERIFY(w.contactForm()->hasContent());
    QVERIFY(text(&w, "stepText").startsWith(QLatin1String("Is there a crime")));
    QCOMPARE(w.guidancePanel()->session()->path().size(), 2);
    // The prompt already answered is not offered again while typing on.
    QTest::keyClicks(w.contactForm()->fieldWidget(QStringLiteral("notes")),
                     QStringLiteral(". Wants to die."));
    QVERIFY(!w.riskBanner()->isVisible());
    key(Qt::Key_G, Qt::ControlModifier);
    key(Qt::Key_2);
    const QJsonArray walks =
        QJsonDocument::fromJson(w.contactForm()->contact().scriptPath.toUtf8()).array();
    QCOMPARE(walks.size(), 1);
    QCOMPARE(stepIds(walks.first().toObject()),
             QStringList({"immediate_risk", "threshold", "signpost"}));
}

void TestGuidanceGui::vehicleScriptHandsOverToTheVehicleTab()
{
    startDesk();
    MainWindow &w = *m_window;
    // Stands in for the Vehicle tab (same object names), so the hand-over is tested alone.
    auto *vehicleTab = new QWidget;
    vehicleTab->setObjectName(QStringLiteral("vehiclePanel"));
    auto *search = new QLineEdit(vehicleTab);
    search->setObjectName(QStringLiteral("vehicleSearch"));
    w.addSidePanelTab(vehicleTab, QStringLiteral("Vehicle (test)"));
    QTest::keyClick(&w, Qt::Key_F2);
    while (focusName() != QLatin1String("categoryCombo"))
        tab();
    type(QStringLiteral("Vehicle"));
    QTRY_VERIFY(text(&w, "scriptTitle").startsWith(QLatin1String("Vehicle recovery")));
    QCOMPARE(focusName(), QStringLiteral("categoryCombo")); // choosing the category moves nothing
    key(Qt::Key_G, Qt::ControlModifier);
    key(Qt::Key_1);
    QCOMPARE(w.sidePanel()->currentWidget(), vehicleTab);
    QCOMPARE(focusName(), QStringLiteral("vehicleSearch"));
    key(Qt::Key_G, Qt::ControlModifier);
    QVERIFY(text(&w, "stepText").startsWith(QLatin1String("Type the registration")));
}

QTEST_MAIN(TestGuidanceGui)
#include "tst_guidancegui.moc"
