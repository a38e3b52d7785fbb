#include "reportdata.h"
#include "testsupport.h"

#include "core/escalation.h"
#include "storage/escalationstore.h"

#include "core/clock.h"
#include "gui/chartview.h"
#include "gui/contactviewdialog.h"
#include "gui/dashboardwidget.h"
#include "storage/contactstore.h"
#include "storage/messagestore.h"
#include "storage/surveystore.h"
#include "storage/taxonomystore.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <cmath>

using namespace cd;
using namespace cd::test;

class TstDashboardGui : public QObject
{
    Q_OBJECT
private:
    // 31 October 2026, 12:00 in London (GMT again): the month has the dataset's October.
    ManualClock m_clock{QDateTime(QDate(2026, 10, 31), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<TempProfile> m_profile;
    QList<Contact> m_data;

    qint64 expectedContacts(const QString &team, const QString &handler,
                            const DayRange &range) const
    {
        qint64 n = 0;
        for (const Contact &c : m_data)
            if ((team.isEmpty() || c.team == team) && (handler.isEmpty() || c.handler == handler) &&
                range.contains(londonDate(c.startedAt)))
                ++n;
        return n;
    }

private slots:
    void initTestCase()
    {
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<TempProfile>();
        m_data = reportDataset();
        CD_VERIFY_OK(ContactStore(*m_profile->db).importContacts(m_data, QStringLiteral("admin")));
        QVERIFY(insertEscalation(*m_profile->db, {QStringLiteral("e1"),
                                                  m_data.at(0).id,
                                                  QStringLiteral("in_progress"),
                                                  QStringLiteral("QoS North"),
                                                  QStringLiteral("A. Handler"),
                                                  QStringLiteral("roads_policing"),
                                                  QDate(2026, 10, 1),
                                                  QDate(2026, 10, 15),
                                                  {}}));
        // A referral to the North local policing area, raised now.
        {
            Result<EscalationRules> rules = EscalationRules::loadShipped();
            CD_VERIFY_OK(rules);
            EscalationStore escalations(*m_profile->db, rules.value());
            const QJsonObject fields =
                QJsonDocument::fromJson(
                    R"({"receiving_team":"lpa_north","caller_name":"Ann Smith",)"
                    R"("matter":"No call back","caller_told_timescale":true})")
                    .object();
            // Raised from a dissatisfied caller's contact: a department complained about.
            const auto complaint =
                std::find_if(m_data.cbegin(), m_data.cend(), [](const Contact &c) {
                    return c.category == QLatin1String("dissatisfaction");
                });
            QVERIFY(complaint != m_data.cend());
            Result<Escalation> e = escalations.createFromContact(
                *complaint, QStringLiteral("referral"), QStringLiteral("A. Handler"),
                QStringLiteral("QoS North"), fields);
            CD_VERIFY_OK(e);
            CD_VERIFY_OK(escalations.transition(e->id, EscalationStatus::Submitted,
                                                QStringLiteral("A. Handler")));
        }
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void personalDashboard()
    {
        DashboardWidget w(m_profile->dbFile(),
                          DashboardScope::handler(QStringLiteral("A. Handler")),
                          QStringLiteral("A. Handler"));
        w.resize(1000, 800);
        w.show();
        QSignalSpy refreshed(&w, &DashboardWidget::refreshed);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(w.period(), Period::Today);
        w.setPeriod(Period::ThisMonth);
        QVERIFY(refreshed.wait(20000));
        const qint64 month =
            expectedContacts({}, QStringLiteral("A. Handler"), monthRange(2026, 10));
        QCOMPARE(w.figure(QStringLiteral("contacts"))->text(), QLocale().toString(month));
        QVERIFY(w.figure(QStringLiteral("overdue"))->text().contains(QStringLiteral("OVERDUE")));
        QVERIFY(!w.chart(QStringLiteral("category"))->items().isEmpty());
        QVERIFY(w.chart(QStringLiteral("handler")) == nullptr); // team only

        // Count axes: whole-number ticks from 0, each a different number, past the longest bar
        // (one handler's month has a handful of contacts per reason: 0, 0, 1, 1, 2 before).
        for (const QString &name :
             {QStringLiteral("category"), QStringLiteral("reason"), QStringLiteral("month")}) {
            const ChartView *chart = w.chart(name);
            const QList<double> ticks = chart->valueTicks();
            QVERIFY2(ticks.size() >= 3 && ticks.size() <= 7, qPrintable(name));
            QCOMPARE(chart->valueLabelFormat(), QStringLiteral("%d"));
            QCOMPARE(ticks.first(), 0.0);
            double max = 0;
            for (const ChartItem &i : chart->items())
                max = std::max(max, i.value);
            QVERIFY2(ticks.last() > max, qPrintable(name));
            for (qsizetype i = 0; i < ticks.size(); ++i) {
                QCOMPARE(ticks.at(i), std::round(ticks.at(i)));
                if (i > 0)
                    QVERIFY2(ticks.at(i) >= ticks.at(i - 1) + 1.0, qPrintable(name));
            }
        }
        const QList<double> reasonTicks = w.chart(QStringLiteral("reason"))->valueTicks();
        QVERIFY(reasonTicks.last() <= 12); // small counts keep a step of 1 or 2
        // The pie's legend names every channel whole, with its count.
        const ChartView *channels = w.chart(QStringLiteral("channel"));
        QVERIFY(channels->legend() != nullptr);
        QVERIFY(channels->legend()->wordWrap());
        for (const ChartItem &i : channels->items())
            QVERIFY2(channels->legend()->text().contains(
                         QString(i.label).replace(QLatin1Char(' '), QLatin1String("&nbsp;")) +
                         QStringLiteral("&nbsp;(%1)").arg(i.value)),
                     qPrintable(i.label));

        // A save refreshes the figures without blocking: the widget answers while it loads.
        Contact c = sampleContact(QDateTime(QDate(2026, 10, 31), QTime(11, 0), Qt::UTC));
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(c, QStringLiteral("A. Handler")));
        w.onContactSaved(c);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(w.figure(QStringLiteral("contacts"))->text(), QLocale().toString(month + 1));
        m_data << c;

        // Talk and wrap-up: none of these contacts has the times, so no average (not 0:00).
        QCOMPARE(w.figure(QStringLiteral("talk"))->text(), QStringLiteral("—"));
        QCOMPARE(w.figure(QStringLiteral("wrapup"))->text(), QStringLiteral("—"));
        // Two timed calls: the averages are theirs alone, the others are left out.
        for (int i = 1; i <= 2; ++i) {
            Contact timed =
                sampleContact(QDateTime(QDate(2026, 10, 31), QTime(11 + i, 0), Qt::UTC));
            timed.talkSeconds = 60 * i + 30 * (i - 1); // 60 s, 150 s
            timed.wrapUpSeconds = 20 * i;              // 20 s, 40 s
            CD_VERIFY_OK(ContactStore(*m_profile->db).save(timed, QStringLiteral("A. Handler")));
            w.onContactSaved(timed);
            QVERIFY(refreshed.wait(20000));
            m_data << timed;
        }
        QCOMPARE(w.figure(QStringLiteral("talk"))->text(), QStringLiteral("1:45"));
        QCOMPARE(w.figure(QStringLiteral("wrapup"))->text(), QStringLiteral("0:30"));
        QVERIFY2(w.figure(QStringLiteral("talk"))
                     ->toolTip()
                     .contains(QStringLiteral("over 2 of %1 contacts").arg(month + 3)),
                 qPrintable(w.figure(QStringLiteral("talk"))->toolTip()));
    }

    void teamDashboardAndDrillDown()
    {
        DashboardWidget w(m_profile->dbFile(), DashboardScope::team(QStringLiteral("QoS North")),
                          QStringLiteral("M. Manager"));
        w.resize(1200, 900);
        w.show();
        QSignalSpy refreshed(&w, &DashboardWidget::refreshed);
        w.setPeriod(Period::ThisMonth);
        while (!w.hasData() || w.data().range.first != QDate(2026, 10, 1))
            QVERIFY(refreshed.wait(20000));
        QVERIFY(w.chart(QStringLiteral("handler")) != nullptr);
        QCOMPARE(w.chart(QStringLiteral("handler"))->items().size(), 3);
        // Wide: charts two abreast. Narrow, as in the Desk's side panel: one above the other.
        QVERIFY(w.chart(QStringLiteral("category"))->x() > w.chart(QStringLiteral("channel"))->x());
        w.resize(520, 900);
        QTRY_COMPARE(w.chart(QStringLiteral("category"))->x(),
                     w.chart(QStringLiteral("channel"))->x());
        QCOMPARE(w.chart(QStringLiteral("department"))->x(),
                 w.chart(QStringLiteral("channel"))->x());
        QVERIFY(w.chart(QStringLiteral("category"))->y() > w.chart(QStringLiteral("channel"))->y());
        w.resize(1200, 900);
        QCOMPARE(w.chart(QStringLiteral("month"))->items().size(), 12);
        // Departments by their names, not their codes.
        QStringList departments;
        for (const ChartItem &i : w.chart(QStringLiteral("department"))->items())
            departments << i.label;
        QVERIFY2(departments.contains(QStringLiteral("Local policing area: North")),
                 qPrintable(departments.join(QLatin1String(", "))));
        QVERIFY(!departments.contains(QStringLiteral("lpa_north")));

        // Clicking the dissatisfaction bar for "No update" lists those contacts.
        qint64 noUpdate = 0;
        for (const Contact &c : m_data)
            if (c.team == QLatin1String("QoS North") &&
                monthRange(2026, 10).contains(londonDate(c.startedAt)) &&
                c.reason == QLatin1String("no_update"))
                ++noUpdate;
        QSignalSpy listed(&w, &DashboardWidget::contactsListed);
        w.chart(QStringLiteral("reason"))->activate(QStringLiteral("no_update"));
        QVERIFY(listed.wait(20000));
        QCOMPARE(listed.first().first().toInt(), int(noUpdate));
        QCOMPARE(w.contactList()->rowCount(), int(noUpdate));
        QCOMPARE(w.contactList()->item(0, 4)->text(), QStringLiteral("No update"));

        QSignalSpy open(&w, &DashboardWidget::contactOpenRequested);
        emit w.contactList()->cellActivated(0, 0);
        QCOMPARE(open.size(), 1);
        QVERIFY(!open.first().first().toString().isEmpty());

        // The monthly report, written off the UI thread.
        QSignalSpy written(&w, &DashboardWidget::reportWritten);
        const QString csv = m_profile->dir.filePath(QStringLiteral("gui.csv"));
        w.writeMonthlyReport(monthRange(2026, 10), QStringLiteral("csv"), csv);
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().at(1).toString(), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(
            QStringLiteral("contacts,%1")
                .arg(expectedContacts(QStringLiteral("QoS North"), {}, monthRange(2026, 10)))
                .toUtf8()));
    }

    // The survey on the team dashboard (shares rated 8 or more by a dimension, the comments)
    // and in the contact's view, where a handler marks a comment as needing a reply.
    void surveyOnTheDashboardAndTheContact()
    {
        QList<Contact> north;
        for (const Contact &c : m_data)
            if (c.team == QLatin1String("QoS North") &&
                monthRange(2026, 10).contains(londonDate(c.startedAt)) && north.size() < 3)
                north << c;
        QCOMPARE(north.size(), 3);
        // Ratings 8, 7 and 10 for "polite"; a comment on the second.
        QByteArray csv = "contact_id,answered_at,polite,comment\n";
        const int ratings[] = {8, 7, 10};
        for (int i = 0; i < 3; ++i)
            csv += north.at(i).id.toUtf8() + ",2026-10-30T10:00:00Z," +
                   QByteArray::number(ratings[i]) + (i == 1 ? ",Nobody rang me back\n" : ",\n");
        Result<SurveyDefinition> survey = SurveyDefinition::load();
        CD_VERIFY_OK(survey);
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        Result<SurveyImportCounts> counts =
            SurveyStore(*m_profile->db, survey.value(), rules.value())
                .importCsv(csv, QStringLiteral("M. Manager"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->added, 3);

        DashboardWidget w(m_profile->dbFile(), DashboardScope::team(QStringLiteral("QoS North")),
                          QStringLiteral("M. Manager"));
        w.resize(1200, 900);
        w.show();
        QSignalSpy refreshed(&w, &DashboardWidget::refreshed);
        w.setPeriod(Period::ThisMonth);
        while (!w.hasData() || w.data().range.first != QDate(2026, 10, 1))
            QVERIFY(refreshed.wait(20000));
        w.setSurveyDimension(QStringLiteral("team"));
        QCOMPARE(w.surveyShares()->rowCount(), 1);
        QCOMPARE(w.surveyShares()->item(0, 0)->text(), QStringLiteral("QoS North"));
        QCOMPARE(w.surveyShares()->item(0, 2)->text(), QStringLiteral("3"));
        QCOMPARE(w.surveyShares()->item(0, 3)->text(), QStringLiteral("66.7%"));
        w.setSurveyDimension(QStringLiteral("handler"));
        QVERIFY(w.surveyShares()->rowCount() >= 1);
        QCOMPARE(w.surveyComments()->rowCount(), 1);
        QCOMPARE(w.surveyComments()->item(0, 4)->text(), QStringLiteral("Nobody rang me back"));
        QCOMPARE(w.surveyComments()->item(0, 1)->text(), north.at(1).reference);

        // The contact's view shows the rating and the comment; marking it raises the reply.
        auto taxonomy = TaxonomyStore(*m_profile->db).load();
        CD_VERIFY_OK(taxonomy);
        ContactViewDialog view(north.at(1), taxonomy.value());
        view.showSurvey(*m_profile->db, QStringLiteral("B. Okafor"));
        const QString text = view.findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Nobody rang me back")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("7 of 10 (below 8)")));
        auto *mark = view.findChild<QPushButton *>(QStringLiteral("markReply"));
        QVERIFY(mark && !mark->isHidden());
        mark->click();
        QVERIFY(mark->isHidden());
        QVERIFY(view.findChild<QTextBrowser *>()->toPlainText().contains(
            QStringLiteral("Marked as needing a reply by B. Okafor")));
        Result<EscalationRules> again = EscalationRules::loadShipped();
        EscalationFilter filter;
        filter.type = QStringLiteral("feedback_reply");
        const QList<EscalationSummary> replies =
            EscalationStore(*m_profile->db, again.value()).list(filter);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().contactId, north.at(1).id);
        QCOMPARE(replies.first().dueOn,
                 QDate(2026, 11, 13)); // 10 working days from today, Saturday 31 October
    }

    // Delivery receipts on the team dashboard ("sent, delivered, failed") and in a contact's view.
    void deliveryOnTheDashboardAndTheContact()
    {
        QList<Contact> north;
        for (const Contact &c : m_data)
            if (c.team == QLatin1String("QoS North") &&
                monthRange(2026, 10).contains(londonDate(c.startedAt)) && north.size() < 3)
                north << c;
        QCOMPARE(north.size(), 3);
        MessageStore store(*m_profile->db);
        MessageDecision sms;
        sms.eligible = true;
        sms.channel = QStringLiteral("sms");
        sms.to = QStringLiteral("+447700900123");
        sms.templateKey = QStringLiteral("*/resolved_first_contact");
        const QString statuses[] = {QStringLiteral("delivered"),
                                    QStringLiteral("permanent-failure"), QString()};
        for (int i = 0; i < 3; ++i) {
            CD_VERIFY_OK(store.queue(north.at(i), sms, QStringLiteral("en"),
                                     QStringLiteral("Thank you"), QStringLiteral("A. Handler")));
            OutcomeMessage m = store.forContact(north.at(i).id).value();
            CD_VERIFY_OK(store.markSending(m));
            CD_VERIFY_OK(store.markSent(m.id, QStringLiteral("p-%1").arg(i),
                                        QDateTime(QDate(2026, 10, 30), QTime(10, 0), Qt::UTC)));
            if (statuses[i].isEmpty())
                continue;
            DeliveryReceipt r;
            r.providerId = QStringLiteral("p-%1").arg(i);
            r.providerStatus = statuses[i];
            r.status = i == 0 ? QStringLiteral("delivered") : QStringLiteral("failed");
            CD_VERIFY_OK(store.recordReceipt(r));
        }

        DashboardWidget w(m_profile->dbFile(), DashboardScope::team(QStringLiteral("QoS North")),
                          QStringLiteral("M. Manager"));
        w.resize(1200, 900);
        w.show();
        QSignalSpy refreshed(&w, &DashboardWidget::refreshed);
        w.setPeriod(Period::ThisMonth);
        while (!w.hasData() || w.data().range.first != QDate(2026, 10, 1))
            QVERIFY(refreshed.wait(20000));
        QVERIFY2(w.figure(QStringLiteral("messages"))
                     ->text()
                     .startsWith(QStringLiteral("3 sent, 1 delivered, 1 failed, ")),
                 qPrintable(w.figure(QStringLiteral("messages"))->text()));

        auto taxonomy = TaxonomyStore(*m_profile->db).load();
        CD_VERIFY_OK(taxonomy);
        const QString expected[] = {QStringLiteral("Delivered (sent 30/10/2026"),
                                    QStringLiteral("Failed: receipt: permanent-failure"),
                                    QStringLiteral("no delivery receipt yet")};
        for (int i = 0; i < 3; ++i) {
            ContactViewDialog view(north.at(i), taxonomy.value());
            view.showSurvey(*m_profile->db, QStringLiteral("M. Manager"));
            const QString text = view.findChild<QTextBrowser *>()->toPlainText();
            QVERIFY2(text.contains(QStringLiteral("Outcome message")), qPrintable(text));
            QVERIFY2(text.contains(expected[i]), qPrintable(text));
        }
    }
};

QTEST_MAIN(TstDashboardGui)
#include "tst_dashboardgui.moc"
