#include "reportdata.h"
#include "testsupport.h"

#include "core/escalation.h"
#include "storage/escalationstore.h"

#include "core/clock.h"
#include "reports/monthlyreport.h"
#include "storage/contactstore.h"
#include "storage/settingsstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

#include <sys/stat.h>

using namespace cd;
using namespace cd::test;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QHash<QString, QString> csvMeasures(const QByteArray &text)
{
    QHash<QString, QString> m;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        const QString l = QString::fromUtf8(line).trimmed();
        const qsizetype comma = l.indexOf(QLatin1Char(','));
        if (comma > 0)
            m.insert(l.left(comma), l.mid(comma + 1));
    }
    return m;
}

// The published year: 102,624 contacts, 47,207 resolved at first contact, GBP 142,460.
PerformanceReport publishedYear()
{
    DashboardData d;
    d.scope = DashboardScope::team(QStringLiteral("QoS North"));
    d.range = parseMonthSpan(QStringLiteral("2025-04"), QStringLiteral("2026-03"));
    d.totals.contacts = 102624;
    d.totals.resolved = 47207;
    ValueForMoneySettings s;
    s.annualTeamCost = 142460;
    return makePerformanceReport(d, s); // 15 minutes, GBP 24.50: the defaults
}

// A small month built by hand: the figures the tests below draw.
PerformanceReport smallMonth(qint64 resolved, double annualTeamCost)
{
    DashboardData d;
    d.scope = DashboardScope::team(QStringLiteral("QoS North"));
    d.range = monthRange(2026, 1);
    d.totals.contacts = 40;
    d.totals.resolved = resolved;
    ValueForMoneySettings s;
    s.annualTeamCost = annualTeamCost;
    return makePerformanceReport(d, s); // 15 minutes, GBP 24.50
}

struct PdfWord
{
    QString text;
    QRectF box;
};

// Every word pdftotext finds, with its box, and the size of the (last) page.
QList<PdfWord> pdfWords(const QString &pdf, QSizeF *pageSize)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QList<PdfWord> words;
    QXmlStreamReader xml(p.readAllStandardOutput());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        auto num = [&](const char *name) {
            return a.value(QLatin1String(name)).toDouble();
        };
        if (xml.name() == QLatin1String("page")) {
            *pageSize = QSizeF(num("width"), num("height"));
        } else if (xml.name() == QLatin1String("word")) {
            const QRectF box(QPointF(num("xMin"), num("yMin")), QPointF(num("xMax"), num("yMax")));
            words.append({xml.readElementText(), box});
        }
    }
    return words;
}

} // namespace

class TstPerformanceReport : public QObject
{
    Q_OBJECT
private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<TempProfile> m_profile;
    QList<Contact> m_data;

private slots:
    void initTestCase()
    {
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<TempProfile>();
        m_data = reportDataset();
        CD_VERIFY_OK(ContactStore(*m_profile->db).importContacts(m_data, QStringLiteral("admin")));
        SettingsStore settings(*m_profile->db);
        QVERIFY(settings.setValue(SettingsStore::Key::ForceName, QStringLiteral("Midshire Police"))
                    .ok());
        CD_VERIFY_OK(settings.setValue(SettingsStore::Key::ReportAnnualTeamCost, 120000));
        CD_VERIFY_OK(settings.setValue(SettingsStore::Key::ReportMinutesPerResolution, 20));
        CD_VERIFY_OK(settings.setValue(SettingsStore::Key::ReportHourlyRate, 30));
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

    void settingsDefaults()
    {
        QCOMPARE(
            SettingsStore::defaultValue(SettingsStore::Key::ReportMinutesPerResolution).toDouble(),
            15.0);
        QCOMPARE(SettingsStore::defaultValue(SettingsStore::Key::ReportHourlyRate).toDouble(),
                 24.50);
        QCOMPARE(SettingsStore::keyName(SettingsStore::Key::ReportAnnualTeamCost),
                 QStringLiteral("report.annual_team_cost"));
    }

    void publishedFiguresInCsv()
    {
        const PerformanceReport r = publishedYear();
        QCOMPARE(r.months, 12);
        const auto m = csvMeasures(performanceReportCsv(r));
        QCOMPARE(m.value(QStringLiteral("vfm.team_cost")), QStringLiteral("142460.00"));
        QCOMPARE(m.value(QStringLiteral("vfm.cost_per_contact")), QStringLiteral("1.39"));
        QCOMPARE(m.value(QStringLiteral("vfm.cost_per_contact_quoted")), QStringLiteral("1.40"));
        QCOMPARE(m.value(QStringLiteral("vfm.officer_hours_saved")), QStringLiteral("11801"));
        QCOMPARE(m.value(QStringLiteral("vfm.value")), QStringLiteral("289143"));
        QCOMPARE(m.value(QStringLiteral("first_contact_resolution_percent")),
                 QStringLiteral("46.0"));
        QVERIFY(performanceReportCsv(r).startsWith("measure,value\r\n"));
    }

    void publishedFiguresInPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_profile->dir.filePath(QStringLiteral("year.pdf"));
        const QString csv = m_profile->dir.filePath(QStringLiteral("year.csv"));
        const mode_t oldMask = ::umask(022);
        const Status pdfWritten = writePerformancePdf(publishedYear(), pdf);
        const Status csvWritten = writePerformanceCsv(publishedYear(), csv);
        ::umask(oldMask);
        CD_VERIFY_OK(pdfWritten);
        CD_VERIFY_OK(csvWritten);
        // The figures name handlers: both files are the owner's alone whatever the umask.
        QCOMPARE(int(QFile::permissions(pdf).toInt() & 0x7077),
                 (QFile::ReadOwner | QFile::WriteOwner).toInt());
        QCOMPARE(int(QFile::permissions(csv).toInt() & 0x7077),
                 (QFile::ReadOwner | QFile::WriteOwner).toInt());
        const QString text = pdfText(pdf);
        for (const char *want :
             {"Cost per contact", "£1.39 (quoted as £1.40)", "11,801 h", "£289,143", "£142,460",
              "102,624", "47,207 (46.0%)", "April 2025 to March 2026"})
            QVERIFY2(text.contains(QString::fromUtf8(want)), want);
    }

    void monthFromTheDatabase()
    {
        auto report = buildPerformanceReport(*m_profile->db, QStringLiteral("QoS North"),
                                             monthRange(2026, 10), QStringLiteral("M. Manager"));
        CD_VERIFY_OK(report);
        // Worked out from the dataset directly.
        qint64 contacts = 0, resolved = 0, phone = 0, noUpdate = 0;
        for (const Contact &c : m_data) {
            if (c.team != QLatin1String("QoS North") ||
                !monthRange(2026, 10).contains(londonDate(c.startedAt)))
                continue;
            ++contacts;
            resolved += c.outcome == QLatin1String("resolved_first_contact");
            phone += c.channel == QLatin1String("phone");
            noUpdate += c.reason == QLatin1String("no_update");
        }
        const auto m = csvMeasures(performanceReportCsv(report.value()));
        QCOMPARE(m.value(QStringLiteral("contacts")), QString::number(contacts));
        QCOMPARE(m.value(QStringLiteral("first_contact_resolved")), QString::number(resolved));
        QCOMPARE(m.value(QStringLiteral("contacts.channel.phone")), QString::number(phone));
        QCOMPARE(m.value(QStringLiteral("dissatisfaction.reason.no_update")),
                 QString::number(noUpdate));
        QCOMPARE(m.value(QStringLiteral("escalations.open")), QStringLiteral("1"));
        QCOMPARE(m.value(QStringLiteral("escalations.overdue")), QStringLiteral("1"));
        // One month of GBP 120,000 a year; 20 minutes at GBP 30 an hour.
        QCOMPARE(m.value(QStringLiteral("vfm.team_cost")), QStringLiteral("10000.00"));
        QCOMPARE(m.value(QStringLiteral("vfm.cost_per_contact")),
                 QString::number(10000.0 / double(contacts), 'f', 2));
        QCOMPARE(m.value(QStringLiteral("vfm.officer_hours_saved")),
                 QString::number(resolved * 20 / 60));
        QCOMPARE(m.value(QStringLiteral("vfm.value")),
                 QString::number(qRound64(double(resolved) * 20.0 / 60.0 * 30.0)));
        QCOMPARE(m.value(QStringLiteral("month.2026-10.contacts")), QString::number(contacts));
        QVERIFY(!m.contains(QStringLiteral("month.2026-09.contacts"))); // only the months reported

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_profile->dir.filePath(QStringLiteral("october.pdf"));
        CD_VERIFY_OK(writePerformancePdf(report.value(), pdf));
        const QString text = pdfText(pdf);
        for (const QString &want :
             {QStringLiteral("Midshire Police"), QStringLiteral("October 2026"),
              QStringLiteral("Contacts by channel"), QStringLiteral("101 phone"),
              QStringLiteral("Reasons for dissatisfaction"), QStringLiteral("No update"),
              QStringLiteral("OVERDUE now"), QStringLiteral("Monthly contacts"),
              QStringLiteral("Produced 22 November 2026 by M. Manager"),
              QStringLiteral("Contacts %1").arg(contacts)})
            QVERIFY2(text.contains(want) || text.simplified().contains(want), qPrintable(want));
    }

    void longLabelsStayOnThePageAndWhole()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        PerformanceReport r = smallMonth(10, 120000);
        const QString longest = QStringLiteral(
            "Anti-social behaviour, neighbour disputes and noise nuisance from licensed premises "
            "reported to the safer neighbourhood team");
        const QString wrapped = QStringLiteral("Lost, found and seized property enquiries");
        const QString unbroken = QStringLiteral("safeguarding_referral_from_partner_agency_x");
        r.labels.insert(QStringLiteral("asb"), longest);
        r.labels.insert(QStringLiteral("property"), wrapped);
        r.data.byCategory = {{QStringLiteral("asb"), {25, 5, 0, 0, 0}},
                             {QStringLiteral("property"), {10, 4, 0, 0, 0}},
                             {unbroken, {5, 1, 0, 0, 0}}};
        const QString pdf = m_profile->dir.filePath(QStringLiteral("labels.pdf"));
        CD_VERIFY_OK(writePerformancePdf(r, pdf));
        QSizeF page;
        const QList<PdfWord> words = pdfWords(pdf, &page);
        QVERIFY(!words.isEmpty());
        QVERIFY(page.width() > 0);
        for (const PdfWord &w : words)
            QVERIFY2(w.box.left() >= 0 && w.box.right() <= page.width(), qPrintable(w.text));
        // Each label is there in full: on one line, across lines or in a note.
        const QString text = pdfText(pdf).simplified();
        const QString all = [&] {
            QStringList t;
            for (const PdfWord &w : words)
                t << w.text;
            return t.join(QLatin1Char(' '));
        }();
        for (const QString &label : {longest, wrapped, unbroken})
            QVERIFY2(text.contains(label) || all.contains(label), qPrintable(label));
    }

    void hoursSavedAgreeWithTheirValue()
    {
        // 2 resolved x 15 minutes = 30 minutes, at GBP 24.50 an hour = GBP 12.25.
        PerformanceReport r = smallMonth(2, 120000);
        QCOMPARE(monthlyReportTimeSaved(r.vfm.hoursSaved), QStringLiteral("30 min"));
        QCOMPARE(monthlyReportTimeSaved(2.5), QStringLiteral("2.5 h"));
        QCOMPARE(monthlyReportTimeSaved(0), QStringLiteral("0 min"));
        QCOMPARE(monthlyReportTimeSaved(11801.75), QStringLiteral("11,801 h"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_profile->dir.filePath(QStringLiteral("hours.pdf"));
        CD_VERIFY_OK(writePerformancePdf(r, pdf));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("30 min")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("£12")));
        QVERIFY2(!text.contains(QStringLiteral(" 0 h")), qPrintable(text));

        // 10 resolved: 2.5 hours, GBP 61.25.
        CD_VERIFY_OK(writePerformancePdf(smallMonth(10, 120000), pdf));
        const QString ten = pdfText(pdf).simplified();
        QVERIFY2(ten.contains(QStringLiteral("2.5 h")), qPrintable(ten));
        QVERIFY(ten.contains(QStringLiteral("£61")));
    }

    void teamCostNotSetIsSaidSo()
    {
        const PerformanceReport r = smallMonth(10, 0);
        const auto m = csvMeasures(performanceReportCsv(r));
        QVERIFY(m.contains(QStringLiteral("vfm.cost_per_contact")));
        QCOMPARE(m.value(QStringLiteral("vfm.team_cost")), QString());
        QCOMPARE(m.value(QStringLiteral("vfm.cost_per_contact")), QString());
        QCOMPARE(m.value(QStringLiteral("vfm.cost_per_contact_quoted")), QString());
        QCOMPARE(m.value(QStringLiteral("vfm.value")), QStringLiteral("61")); // not a cost
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_profile->dir.filePath(QStringLiteral("nocost.pdf"));
        CD_VERIFY_OK(writePerformancePdf(r, pdf));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(!text.contains(QStringLiteral("£0.00")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("£0 ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Cost per contact not set")), qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("contactdesk-admin profile setting report.annual_team_cost")),
                 qPrintable(text));
    }

    void monthsAreNamed()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        PerformanceReport r = smallMonth(10, 120000);
        for (int i = 0; i < 12; ++i) {
            const QDate m = QDate(2025, 2, 1).addMonths(i);
            r.data.monthly.append({m.toString(QStringLiteral("yyyy-MM")), {20 + i, 10, 0, 0, 0}});
        }
        const QString pdf = m_profile->dir.filePath(QStringLiteral("months.pdf"));
        CD_VERIFY_OK(writePerformancePdf(r, pdf));
        const QString text = pdfText(pdf);
        for (const char *want : {"Feb 2025", "Dec 2025", "Jan 2026"})
            QVERIFY2(text.contains(QLatin1String(want)), want);
        QVERIFY2(!text.contains(QStringLiteral("26-01")), qPrintable(text));

        // Two years of months: narrower slots, the names still whole.
        r.data.monthly.clear();
        for (int i = 0; i < 24; ++i) {
            const QDate m = QDate(2024, 2, 1).addMonths(i);
            r.data.monthly.append({m.toString(QStringLiteral("yyyy-MM")), {20 + i, 10, 0, 0, 0}});
        }
        CD_VERIFY_OK(writePerformancePdf(r, pdf));
        QSizeF page;
        const QList<PdfWord> words = pdfWords(pdf, &page);
        QStringList seen;
        for (const PdfWord &w : words)
            seen << w.text;
        QVERIFY2(seen.contains(QStringLiteral("Jan")) && seen.contains(QStringLiteral("2026")),
                 qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY(!seen.contains(QStringLiteral("26-01")));
    }

    // Average talk and wrap-up times over the calls that have them: contacts from before the
    // times were kept (or imported without them) are left out, not counted as zero, and the
    // report says how many contacts the averages cover. The same through the bulk import, a
    // save and a rebuild of the summaries.
    void talkAndWrapUpAverageOnlyTimedContacts()
    {
        TempProfile profile;
        const QDateTime start(QDate(2026, 10, 6), QTime(9, 0), Qt::UTC);
        QList<Contact> imported;
        for (int i = 0; i < 4; ++i) {
            Contact c = sampleContact(start.addSecs(3600 * i));
            c.id = QStringLiteral("00000000-0000-4000-8000-00000000010%1").arg(i);
            c.team = QStringLiteral("QoS North");
            if (i < 2) { // two timed calls: 100 s + 20 s, 200 s + 40 s
                c.talkSeconds = 100 * (i + 1);
                c.wrapUpSeconds = 20 * (i + 1);
            }
            imported.append(c);
        }
        CD_VERIFY_OK(ContactStore(*profile.db).importContacts(imported, QStringLiteral("admin")));
        Contact saved = sampleContact(start.addDays(1));
        saved.talkSeconds = 300;
        saved.wrapUpSeconds = 60;
        CD_VERIFY_OK(ContactStore(*profile.db).save(saved, QStringLiteral("A. Handler")));

        for (int pass = 0; pass < 2; ++pass) {
            auto report =
                buildPerformanceReport(*profile.db, QStringLiteral("QoS North"),
                                       monthRange(2026, 10), QStringLiteral("M. Manager"));
            CD_VERIFY_OK(report);
            const auto m = csvMeasures(performanceReportCsv(report.value()));
            QCOMPARE(m.value(QStringLiteral("contacts")), QStringLiteral("5"));
            QCOMPARE(m.value(QStringLiteral("average_talk_seconds")), QStringLiteral("200"));
            QCOMPARE(m.value(QStringLiteral("average_talk_contacts")), QStringLiteral("3"));
            QCOMPARE(m.value(QStringLiteral("average_wrapup_seconds")), QStringLiteral("40"));
            QCOMPARE(m.value(QStringLiteral("average_wrapup_contacts")), QStringLiteral("3"));

            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                CD_SKIP("pdftotext (poppler-utils) is not installed");
            const QString pdf = profile.dir.filePath(QStringLiteral("talk.pdf"));
            CD_VERIFY_OK(writePerformancePdf(report.value(), pdf));
            const QString text = pdfText(pdf).simplified();
            for (const QString &want :
                 {QStringLiteral("Average talk time 3 min 20 s (over 3 of 5 contacts)"),
                  QStringLiteral("Average wrap-up time 0 min 40 s (over 3 of 5 contacts)")})
                QVERIFY2(text.contains(want), qPrintable(want + QStringLiteral("\n") + text));
            // contactdesk-admin report rebuild counts them the same.
            CD_VERIFY_OK(DashboardStore(*profile.db).rebuildSummaries());
        }
    }

    // Two years of months: the counts and rates above the bars never overlap.
    void monthLabelsDoNotOverlapAtTwoYears()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        PerformanceReport r = smallMonth(10, 120000);
        for (int i = 0; i < 24; ++i) {
            const QDate m = QDate(2024, 2, 1).addMonths(i);
            // Thousands of contacts a month with a rate to one decimal: the widest labels.
            r.data.monthly.append(
                {m.toString(QStringLiteral("yyyy-MM")), {4000 + 37 * i, 1900 + 13 * i, 0, 0, 0}});
        }
        const QString pdf = m_profile->dir.filePath(QStringLiteral("two-years.pdf"));
        CD_VERIFY_OK(writePerformancePdf(r, pdf));
        // The words of the page with the chart.
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        QList<QList<PdfWord>> pages;
        QXmlStreamReader xml(p.readAllStandardOutput());
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            auto num = [&](const char *name) {
                return a.value(QLatin1String(name)).toDouble();
            };
            if (xml.name() == QLatin1String("page")) {
                pages.append(QList<PdfWord>());
            } else if (xml.name() == QLatin1String("word") && !pages.isEmpty()) {
                const QRectF box(QPointF(num("xMin"), num("yMin")),
                                 QPointF(num("xMax"), num("yMax")));
                pages.last().append({xml.readElementText(), box});
            }
        }
        QList<PdfWord> page;
        for (const QList<PdfWord> &words : std::as_const(pages))
            for (const PdfWord &w : words)
                if (w.text == QLatin1String("Monthly"))
                    page = words;
        // The labels above the bars: rates ("47.5%") and counts ("4,037").
        QList<PdfWord> chart;
        for (const PdfWord &w : std::as_const(page))
            if (w.text.endsWith(QLatin1Char('%')) ||
                (w.text.contains(QLatin1Char(',')) && w.text.at(0).isDigit()))
                chart.append(w);
        QVERIFY(chart.size() >= 24);
        int rates = 0;
        for (const PdfWord &w : std::as_const(chart))
            rates += w.text.endsWith(QLatin1Char('%'));
        QVERIFY2(rates >= 12, "at least every second month has its rate");
        for (qsizetype i = 0; i < chart.size(); ++i)
            for (qsizetype j = i + 1; j < chart.size(); ++j) {
                const QRectF overlap = chart.at(i).box.intersected(chart.at(j).box);
                QVERIFY2(overlap.width() <= 0.5 || overlap.height() <= 0.5,
                         qPrintable(QStringLiteral("\"%1\" and \"%2\" overlap")
                                        .arg(chart.at(i).text, chart.at(j).text)));
            }
    }

    void noContactsIsSaidSo()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        DashboardData d;
        d.scope = DashboardScope::team(QStringLiteral("QoS Nowhere"));
        d.range = monthRange(2026, 10);
        const PerformanceReport r = makePerformanceReport(d, ValueForMoneySettings{});
        const QString pdf = m_profile->dir.filePath(QStringLiteral("empty.pdf"));
        CD_VERIFY_OK(writePerformancePdf(r, pdf));
        QVERIFY(pdfText(pdf).simplified().contains(QStringLiteral("No contacts in this period")));
    }

    void savedInDocumentsByDefault()
    {
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(!documents.isEmpty());
        QCOMPARE(monthlyReportDefaultPath(QDate(2026, 11, 1), QStringLiteral("pdf")),
                 QDir(documents).filePath(QStringLiteral("monthly-report-2026-11.pdf")));
        QCOMPARE(monthlyReportDefaultPath(QDate(2026, 2, 14), QStringLiteral("csv")),
                 QDir(documents).filePath(QStringLiteral("monthly-report-2026-02.csv")));
    }

    void commandLine()
    {
        const QString admin = QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(admin, QStringList{QStringLiteral("--profile"), m_profile->path()} + args);
            p.waitForFinished(60000);
            return p.exitCode();
        };
        const QString csv = m_profile->dir.filePath(QStringLiteral("cli.csv"));
        QCOMPARE(
            run({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                 QStringLiteral("--team"), QStringLiteral("QoS North"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--out"), csv}),
            0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto m = csvMeasures(file.readAll());
        QCOMPARE(m.value(QStringLiteral("period_from")), QStringLiteral("2026-10-01"));
        QVERIFY(m.value(QStringLiteral("contacts")).toInt() > 0);

        const QString pdf = m_profile->dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-09"),
                      QStringLiteral("--to"), QStringLiteral("2026-11"), QStringLiteral("--team"),
                      QStringLiteral("QoS North"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("--out"), pdf}),
                 0);
        QVERIFY(QFile(pdf).size() > 1000);
        QCOMPARE(
            run({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-13"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv}),
            2);
        QCOMPARE(
            run({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                 QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("--out"), csv}),
            2);
    }

    // `contactdesk-admin contacts import` takes talk_seconds, wrapup_seconds and call_id as
    // optional columns: empty cells are contacts without the times, left out of the averages.
    void importTakesTalkTimesAsOptionalColumns()
    {
        TempProfile profile;
        const QString admin = QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(admin, QStringList{QStringLiteral("--profile"), profile.path()} + args);
            p.waitForFinished(60000);
            return p.exitCode();
        };
        const QString in = profile.dir.filePath(QStringLiteral("in.csv"));
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("started_at,channel,category,outcome,handler,team,call_id,talk_seconds,"
                    "wrapup_seconds\n"
                    "2026-10-06T09:00:00Z,phone,low_level_concern,resolved_first_contact,"
                    "A. Handler,QoS North,C-1,90,30\n"
                    "2026-10-06T10:00:00Z,phone,low_level_concern,resolved_first_contact,"
                    "A. Handler,QoS North,C-2,150,50\n"
                    "2026-10-06T11:00:00Z,email,low_level_concern,resolved_first_contact,"
                    "A. Handler,QoS North,,,\n");
        }
        QCOMPARE(run({QStringLiteral("contacts"), QStringLiteral("import"), in}), 0);
        auto report = buildPerformanceReport(*profile.db, QStringLiteral("QoS North"),
                                             monthRange(2026, 10), QStringLiteral("M. Manager"));
        CD_VERIFY_OK(report);
        const auto m = csvMeasures(performanceReportCsv(report.value()));
        QCOMPARE(m.value(QStringLiteral("contacts")), QStringLiteral("3"));
        QCOMPARE(m.value(QStringLiteral("average_talk_seconds")), QStringLiteral("120"));
        QCOMPARE(m.value(QStringLiteral("average_wrapup_seconds")), QStringLiteral("40"));
        QCOMPARE(m.value(QStringLiteral("average_talk_contacts")), QStringLiteral("2"));

        // A time that is not a number of seconds in a day is refused, with its line.
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("started_at,channel,category,outcome,talk_seconds\n"
                    "2026-10-07T09:00:00Z,phone,low_level_concern,resolved_first_contact,-5\n");
        }
        QVERIFY(run({QStringLiteral("contacts"), QStringLiteral("import"), in}) != 0);
    }

    // A department is named as the forms name it, never by its code.
    void departmentsByName()
    {
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
        auto report = buildPerformanceReport(*m_profile->db, QStringLiteral("QoS North"),
                                             monthRange(2026, 11), QStringLiteral("M. Manager"));
        CD_VERIFY_OK(report);
        QCOMPARE(report->label(QStringLiteral("lpa_north")),
                 QStringLiteral("Local policing area: North"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_profile->dir.filePath(QStringLiteral("november.pdf"));
        CD_VERIFY_OK(writePerformancePdf(report.value(), pdf));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QLatin1String("Departments most complained about")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Local policing area: North")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("lpa_north")), qPrintable(text));
    }
};

QTEST_MAIN(TstPerformanceReport)
#include "tst_performancereport.moc"
