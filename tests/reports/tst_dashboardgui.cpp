#include "reportdata.h"
#include "testsupport.h"

#include "core/clock.h"
#include "gui/chartview.h"
#include "gui/dashboardwidget.h"
#include "storage/contactstore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

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
        QVERIFY(ContactStore(*m_profile->db).importContacts(m_data, QStringLiteral("admin")).ok());
        QVERIFY(insertEscalation(*m_profile->db, {QStringLiteral("e1"),
                                                  m_data.at(0).id,
                                                  QStringLiteral("in_progress"),
                                                  QStringLiteral("QoS North"),
                                                  QStringLiteral("A. Handler"),
                                                  QStringLiteral("roads_policing"),
                                                  QDate(2026, 10, 1),
                                                  QDate(2026, 10, 15),
                                                  {}}));
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

        // A save refreshes the figures without blocking: the widget answers while it loads.
        Contact c = sampleContact(QDateTime(QDate(2026, 10, 31), QTime(11, 0), Qt::UTC));
        QVERIFY(ContactStore(*m_profile->db).save(c, QStringLiteral("A. Handler")).ok());
        w.onContactSaved(c);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(w.figure(QStringLiteral("contacts"))->text(), QLocale().toString(month + 1));
        m_data << c;
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
        QCOMPARE(w.chart(QStringLiteral("month"))->items().size(), 12);

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
};

QTEST_MAIN(TstDashboardGui)
#include "tst_dashboardgui.moc"
