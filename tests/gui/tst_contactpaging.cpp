// The Desk's lists are read a page at a time (issue 21): today's list and search results show
// the same contacts in the same order as a plain query of the whole list, scrolling reaches the
// last of them without a duplicate or a gap (also when contacts share a start time, and when
// one comes in while the list is being read), and a contact saved comes in at the top without
// the list being read again from scratch.
#include "core/clock.h"
#include "gui/contactlistmodel.h"
#include "gui/mainwindow.h"
#include "storage/contactstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace cd;

namespace {
const QDateTime kNow(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);
constexpr int kToday = 650;  // more than three pages of today's list
constexpr int kSameTime = 3; // contacts that share each start time

Contact contactAt(const QDateTime &at, const QString &handler, const QString &notes)
{
    Contact c = test::sampleContact(at);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.handler = handler;
    c.notes = notes;
    return c;
}

QStringList ids(QAbstractItemModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data(ContactListModel::IdRole).toString();
    return out;
}

QStringList queryIds(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

// What a view does as it is scrolled to the bottom, until nothing more is there.
void readToTheEnd(QAbstractItemModel *model)
{
    for (int guard = 0; model->canFetchMore({}) && guard < 1000; ++guard)
        model->fetchMore({});
}
} // namespace

class TestContactPaging : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_clock.set(kNow);
        Clock::setInstance(&m_clock);
        // Today's contacts stored in no particular order, three at each start time; others'
        // and yesterday's beside them; one in fifty deleted.
        QList<Contact> contacts;
        for (int i = 0; i < kToday; ++i)
            contacts << contactAt(kNow.addSecs(-60 * (i / kSameTime) - 60),
                                  QStringLiteral("A. Handler"),
                                  QStringLiteral("Pothole on the high street, number %1").arg(i));
        for (int i = 0; i < 20; ++i) {
            contacts << contactAt(kNow.addSecs(-60 * i - 30), QStringLiteral("B. Other"),
                                  QStringLiteral("Pothole reported again"));
            contacts << contactAt(kNow.addDays(-1).addSecs(-60 * i), QStringLiteral("A. Handler"),
                                  QStringLiteral("Yesterday's pothole"));
        }
        QRandomGenerator rng(21);
        for (qsizetype i = contacts.size() - 1; i > 0; --i)
            contacts.swapItemsAt(i, rng.bounded(int(i + 1)));
        CD_VERIFY_OK(
            ContactStore(*m_profile->db).importContacts(contacts, QStringLiteral("A. Handler")));
        CD_VERIFY_OK(m_profile->db->exec(
            QStringLiteral("UPDATE contacts SET deleted = 1 WHERE rowid % 50 = 0")));

        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_list = m_window->findChild<QTableView *>(QStringLiteral("contactsView"));
        QTRY_VERIFY(m_list->model()->rowCount() > 0);
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void todayIsReadAPageAtATimeInTheOrderOfTheWholeList()
    {
        QAbstractItemModel *model = m_list->model();
        const QStringList whole = queryIds(
            *m_profile->db,
            QStringLiteral("SELECT id FROM contacts WHERE handler = 'A. Handler' AND started_at "
                           ">= '2026-11-20' AND started_at < '2026-11-21' AND deleted = 0 ORDER "
                           "BY started_at DESC, rowid DESC"));
        QVERIFY(whole.size() > 2 * ContactListModel::kPageSize);

        // Only the first page is read when the Desk opens; the title counts the whole day.
        QCOMPARE(model->rowCount(), ContactListModel::kPageSize);
        QVERIFY(model->canFetchMore({}));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("listTitle"))
                    ->text()
                    .startsWith(QStringLiteral("Today — %1 contact").arg(whole.size())));

        // Scrolled to the end: every contact once, newest first, those sharing a start time
        // in one order across the pages' edges.
        readToTheEnd(model);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(ids(model), whole);
    }

    void aSavedContactComesInAtTheTopWithoutReadingTheListAgain()
    {
        QAbstractItemModel *model = m_list->model();
        const QStringList before = ids(model);
        m_list->setCurrentIndex(model->index(5, 0));
        const QString selected = before.at(5);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

        m_clock.set(kNow.addSecs(30));
        Contact c = contactAt(kNow.addSecs(10), QStringLiteral("A. Handler"),
                              QStringLiteral("Streetlight out"));
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(c, QStringLiteral("A. Handler")));
        m_window->refreshToday(); // as the Desk does after a save

        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(ids(model), QStringList{c.id} + before);
        // The row the handler was on stays under the cursor.
        QCOMPARE(m_list->currentIndex().data(ContactListModel::IdRole).toString(), selected);
        QCOMPARE(m_list->currentIndex().row(), 6);
    }

    void searchPagesHaveNoDuplicatesOrGaps()
    {
        // The results a search listed before it was paged: its first page is the same.
        QStringList before;
        for (const ContactSummary &s :
             ContactStore(*m_profile->db).search(QStringLiteral("pothole"), QStringLiteral("x")))
            before << s.id;

        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("pothole"));
        QTest::keyClick(search, Qt::Key_Return);
        QAbstractItemModel *model = m_list->model();
        const QStringList whole = queryIds(
            *m_profile->db,
            QStringLiteral("SELECT contacts.id FROM contacts_fts JOIN contacts ON contacts.rowid = "
                           "contacts_fts.rowid WHERE contacts_fts MATCH '\"pothole\"*' AND "
                           "contacts.deleted = 0 ORDER BY contacts.rowid DESC"));
        QVERIFY(whole.size() > 2 * ContactListModel::kPageSize);
        // A page of the index's matches, less the deleted contacts among them, newest first.
        const QStringList firstPage = ids(model);
        QCOMPARE(QSet<QString>(firstPage.begin(), firstPage.end()),
                 QSet<QString>(before.begin(), before.end()));
        QCOMPARE(firstPage.size(), before.size());
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->index(r - 1, 0).data().toString() >=
                    model->index(r, 0).data().toString());
        QVERIFY(model->canFetchMore({}));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("listTitle"))
                    ->text()
                    .contains(QLatin1String("more as you scroll")));

        // A contact that comes in while the results are read moves nothing under them: the
        // next pages follow on from the last row read, not from a count of rows.
        Contact c = contactAt(kNow.addSecs(10), QStringLiteral("A. Handler"),
                              QStringLiteral("Another pothole"));
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(c, QStringLiteral("A. Handler")));
        readToTheEnd(model);
        const QStringList shown = ids(model);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
        QCOMPARE(shown.size(), whole.size());
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                 QSet<QString>(whole.begin(), whole.end()));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("listTitle"))
                    ->text()
                    .endsWith(QStringLiteral("— %1 found").arg(whole.size())));
    }

private:
    std::unique_ptr<test::TempProfile> m_profile;
    ManualClock m_clock;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_list = nullptr;
};

QTEST_MAIN(TestContactPaging)
#include "tst_contactpaging.moc"
