#include "gui/contactlistmodel.h"
#include "gui/contactviewdialog.h"
#include "storage/taxonomystore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cd;

class TestContactModels : public QObject
{
    Q_OBJECT
private slots:
    void contactListModelIsAWellBehavedModel()
    {
        test::TempProfile p;
        ContactListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTaxonomy(TaxonomyStore(*p.db).load().value());
        ContactSummary a;
        a.id = QStringLiteral("a");
        a.startedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 12), Qt::LocalTime);
        a.channel = QStringLiteral("phone");
        a.category = QStringLiteral("dissatisfaction");
        a.reason = QStringLiteral("no_update");
        a.outcome = QStringLiteral("referred");
        a.callerPhone = QStringLiteral("07700900123");
        a.remainedDissatisfied = true;
        ContactSummary b = a;
        b.id = QStringLiteral("b");
        b.callerName = QStringLiteral("Jo Bloggs");
        model.setRows({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ContactListModel::ColumnCount));
        QCOMPARE(model.index(0, ContactListModel::Time).data().toString(), QStringLiteral("09:12"));
        QCOMPARE(model.index(0, ContactListModel::Channel).data().toString(),
                 QStringLiteral("101 phone"));
        QCOMPARE(model.index(0, ContactListModel::Category).data().toString(),
                 QStringLiteral("Dissatisfaction with service · No update"));
        QCOMPARE(model.index(0, ContactListModel::Caller).data().toString(),
                 QStringLiteral("07700900123"));
        QCOMPARE(model.index(1, ContactListModel::Caller).data().toString(),
                 QStringLiteral("Jo Bloggs"));
        QVERIFY(model.index(0, ContactListModel::Outcome)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Referred")));
        QCOMPARE(model.index(1, 0).data(ContactListModel::IdRole).toString(), QStringLiteral("b"));
        model.setShowDates(true);
        model.setRows({b});
        QCOMPARE(model.index(0, ContactListModel::Time).data().toString(),
                 QStringLiteral("21/11/26 09:12"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The contact as a person reads it: labels and titles, never the codes behind them.
    void contactViewShowsNamesNotCodes()
    {
        test::TempProfile p;
        const Taxonomy taxonomy = TaxonomyStore(*p.db).load().value();
        Contact c = test::sampleContact(QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
        c.category = QStringLiteral("dissatisfaction");
        c.reason = QStringLiteral("no_update");
        c.riskPrompts = QStringLiteral(
            R"([{"kind":"suicide_self_harm","phrase":"self harm","shown_at":"2026-01-05T10:15:00Z",)"
            R"("response":"denied","offered_script":"mental_health"},)"
            R"({"kind":"domestic_abuse","phrase":"he hit me","shown_at":"2026-01-05T10:16:00Z",)"
            R"("response":"dismissed","offered_escalation":"safeguarding"}])");
        const QString text = ContactViewDialog::describe(c, taxonomy);
        for (const char *label :
             {"Dissatisfaction with service", "No update", "suicide or self-harm",
              "Mental health: risk to life", "domestic abuse", "Safeguarding referral"})
            QVERIFY2(text.contains(QLatin1String(label)),
                     qPrintable(QString::fromLatin1(label) + QStringLiteral(": ") + text));
        for (const char *code : {">dissatisfaction<", "no_update", "suicide_self_harm",
                                 "mental_health", "domestic_abuse", "safeguarding"})
            QVERIFY2(!text.contains(QLatin1String(code)),
                     qPrintable(QString::fromLatin1(code) + QStringLiteral(": ") + text));
    }
};

QTEST_MAIN(TestContactModels)
#include "tst_contactmodels.moc"
