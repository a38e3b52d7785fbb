#include "verify.h"

#include "core/contentreview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestContentReview : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDateAndTitleOfEachFile()
    {
        QTemporaryDir dir;
        auto write = [&dir](const char *name, const QByteArray &text) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("a.json", R"({"title": "Complaints", "reviewed_on": "2026-12-02"})");
        write("b.json", R"({"name": "Calendar", "reviewed_on": "2025-11-30"})");
        write("c.json", R"({"title": "No date"})");
        write("d.json", "{ not json");
        write("e.txt", R"({"title": "not a json file"})");
        const QList<ContentReviewItem> items = readContentReview({dir.path()});
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[0].title, QStringLiteral("Complaints"));
        QCOMPARE(items[0].reviewedOn, QDate(2026, 12, 2));
        QCOMPARE(items[1].title, QStringLiteral("Calendar"));
        QVERIFY(!items[2].reviewedOn.isValid());
        QCOMPARE(items[3].title, QStringLiteral("d")); // unreadable: its file name, no date
        QVERIFY(!items[3].reviewedOn.isValid());

        // 12 months before 2 December 2026 is 2 December 2025: the calendar (30 November 2025)
        // is past, complaints are not; the undated ones come first.
        const QList<ContentReviewItem> past = pastReview(items, QDate(2026, 12, 2), 12);
        QCOMPARE(past.size(), 3);
        QVERIFY(!past[0].reviewedOn.isValid());
        QVERIFY(!past[1].reviewedOn.isValid());
        QCOMPARE(past[2].title, QStringLiteral("Calendar"));
        QCOMPARE(pastReview(items, QDate(2026, 11, 29), 12).size(), 2);
    }

    // Every shipped script, form, charge table, calendar, taxonomy, release-guidance and risk file
    // says when it was last checked against its sources.
    void shippedGuidanceCarriesItsReviewDate()
    {
        const QList<ContentReviewItem> items = readContentReview(shippedContentFolders());
        QVERIFY(items.size() >= 19);
        for (const ContentReviewItem &item : items)
            QVERIFY2(item.reviewedOn.isValid(), qPrintable(item.file));
    }
};

QTEST_GUILESS_MAIN(TestContentReview)
#include "tst_contentreview.moc"
