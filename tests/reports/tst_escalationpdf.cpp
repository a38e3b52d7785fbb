#include "core/clock.h"
#include "reports/escalationreport.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/escalationstore.h"
#include "storage/settingsstore.h"
#include "verify.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cd;
using S = EscalationStatus;

class TestEscalationPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<EscalationRules> m_rules;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 23), QTime(10, 0), Qt::UTC)};
    QString m_id;

    QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        // NFKC turns the PDF's typographic ligatures (\uFB00 "ff") back into letters.
        return QString::fromUtf8(p.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(m_dir.isValid());
        Clock::setInstance(&m_clock);
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        m_rules = rules.value();
        Database::OpenError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("p.db")), &error);
        QVERIFY2(m_db, qPrintable(error.message));

        SettingsStore settings(*m_db);
        QVERIFY(settings.setValue(SettingsStore::Key::ForceName, QStringLiteral("Midshire Police"))
                    .ok());
        QVERIFY(
            settings
                .setValue(SettingsStore::Key::ForceHeader,
                          QStringLiteral("Quality of Service Team\\nPolice HQ, Midtown MD1 1AA"))
                .ok());

        Contact c;
        c.id = QStringLiteral("c-1");
        c.callerName = QStringLiteral("Zoë Ó Briain");
        c.callerPhone = QStringLiteral("07700900123");
        EscalationStore store(*m_db, *m_rules);
        const QJsonObject fields =
            QJsonDocument::fromJson(
                R"({"complainant_name":"Zoë Ó Briain","complainant_phone":"07700900123",)"
                R"("contact_preference":"phone","complainant_status":"directed_at",)"
                R"("incident_date":"2026-12-01","schedule3_ground":"criminal_or_disciplinary",)"
                R"("views_sought":true,"summary":"Officer pushed him at the front counter"})")
                .object();
        Result<Escalation> e = store.createFromContact(
            c, QStringLiteral("formal_complaint"), QStringLiteral("Sam Handler"),
            QStringLiteral("Quality of Service"), fields);
        CD_VERIFY_OK(e);
        m_id = e->id;
        CD_VERIFY_OK(store.transition(m_id, S::Submitted, QStringLiteral("Sam Handler")));
        QVERIFY(store
                    .addNote(m_id, QStringLiteral("Complainant asked for a written reply"),
                             QStringLiteral("Sam Handler"))
                    .ok());
    }

    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setInstance(nullptr);
    }

    void pdfShowsWhatTheDepartmentNeeds()
    {
        // Due 2026-12-29 (2 working days over Christmas); on 2026-12-30 it is overdue.
        m_clock.set(QDateTime(QDate(2026, 12, 30), QTime(9, 0), Qt::UTC));
        const QString pdf = m_dir.filePath(QStringLiteral("complaint.pdf"));
        const mode_t oldMask = ::umask(022);
        Status s = exportEscalationPdf(*m_db, *m_rules, m_id, QStringLiteral("Sam Handler"), pdf);
        ::umask(oldMask);
        CD_VERIFY_OK(s);
        // It holds the caller's personal data: the owner's alone whatever the umask.
        QCOMPARE(int(QFile::permissions(pdf).toInt() & 0x7077),
                 (QFile::ReadOwner | QFile::WriteOwner).toInt());
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext gave no text");
        const QStringList expected = {
            QStringLiteral("OFFICIAL-SENSITIVE"),
            QStringLiteral("Midshire Police"),
            QStringLiteral("Quality of Service Team"),
            QStringLiteral("Police HQ, Midtown MD1 1AA"),
            QStringLiteral("Formal complaint (Schedule 3)"),
            QStringLiteral("Professional Standards Department"),
            m_id,
            QStringLiteral("Zoë Ó Briain"),
            QStringLiteral("07700900123"),
            QStringLiteral("Conduct that might be a criminal"),
            QStringLiteral("offence or justify disciplinary"),
            QStringLiteral("1 December 2026"),
            QStringLiteral("Officer pushed him at the front counter"),
            QStringLiteral("Tuesday 29 December 2026 (OVERDUE)"),
            QStringLiteral("Draft → Submitted"),
            QStringLiteral("Complainant asked for a written reply"),
            QStringLiteral("Exported by Sam Handler"),
        };
        for (const QString &e : expected)
            QVERIFY2(text.simplified().contains(e),
                     qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text)));
        // The form by its title, not its code.
        QVERIFY2(text.simplified().contains(
                     QLatin1String("Form Formal complaint (Schedule 3), version")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("formal_complaint")), qPrintable(text));

        // The disclosure is audited with its recipient; the view before it too.
        const QList<AuditEntry> audit = AuditStore(*m_db).recent(2, m_id);
        QCOMPARE(audit.at(0).action, QStringLiteral("export"));
        QCOMPARE(audit.at(0).detail, QStringLiteral("pdf to Professional Standards Department"));
        QCOMPARE(audit.at(1).action, QStringLiteral("view"));
    }

    void unwritablePathIsReported()
    {
        const Status s =
            exportEscalationPdf(*m_db, *m_rules, m_id, QStringLiteral("Sam Handler"),
                                m_dir.filePath(QStringLiteral("missing/folder/x.pdf")));
        QVERIFY(!s.ok());
        QVERIFY(s.errorMessage().contains(QLatin1String("x.pdf")));
        QVERIFY(!exportEscalationPdf(*m_db, *m_rules, QStringLiteral("nope"), QStringLiteral("Sam"),
                                     m_dir.filePath(QStringLiteral("y.pdf")))
                     .ok());
    }
};

QTEST_MAIN(TestEscalationPdf)
#include "tst_escalationpdf.moc"
