// The Desk's tables at the default size (a 1600x1000 window): the columns a handler reads first
// are wholly in sight, long text ends in "…" with the whole text in the tooltip, and the
// escalation type list asks its question and shows every type whole.
#include "core/clock.h"
#include "core/escalation.h"
#include "gui/contactlistmodel.h"
#include "gui/escalationlistmodel.h"
#include "gui/escalationsview.h"
#include "gui/mainwindow.h"
#include "storage/contactstore.h"
#include "storage/escalationstore.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

constexpr QSize kDefaultWindow(1600, 1000);

// The width the text of a column needs (QTableView hides sizeHintForColumn).
int contentWidth(const QTableView *view, int column)
{
    return static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column);
}

// The columns of `view` among `columns` that are not wholly inside its viewport.
QStringList columnsOutOfSight(const QTableView *view, const QList<int> &columns)
{
    QStringList out;
    const QHeaderView *header = view->horizontalHeader();
    const int room = view->viewport()->width();
    for (int c : columns) {
        const int at = header->sectionViewportPosition(c);
        const int width = header->sectionSize(c);
        if (header->isSectionHidden(c) || at < 0 || at + width > room || width <= 0)
            out.append(QStringLiteral("%1 \"%2\" at %3 width %4 in %5")
                           .arg(view->objectName(),
                                view->model()->headerData(c, Qt::Horizontal).toString())
                           .arg(at)
                           .arg(width)
                           .arg(room));
    }
    return out;
}

} // namespace

class TestTablesFit : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 12, 23), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<test::TempProfile>();
        ContactStore store(*m_profile->db);
        // Long names and long labels: what a real day's list holds.
        for (int i = 0; i < 3; ++i) {
            Contact c = test::sampleContact(m_clock.now().addSecs(-3600 * (i + 1)));
            c.callerName = QStringLiteral("Alexandra Montgomery-Fairweather %1").arg(i);
            c.category = QStringLiteral("dissatisfaction");
            c.reason = QStringLiteral("no_update");
            c.outcome = QStringLiteral("referred");
            c.remainedDissatisfied = true;
            CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        }
        m_window = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(m_window->panelsReady()); // the side panels follow the first paint
        m_window->show();
        m_window->resize(kDefaultWindow);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(m_window->size(), kDefaultWindow);
    }

    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void contactListsShowTheKeyColumnsWhole()
    {
        MainWindow &w = *m_window;
        const QList<int> key = {ContactListModel::Time, ContactListModel::Caller,
                                ContactListModel::Category, ContactListModel::Outcome};
        auto *today = w.findChild<QTableView *>(QStringLiteral("contactsView"));
        QTRY_COMPARE(today->model()->rowCount(), 3);
        QApplication::processEvents();
        QVERIFY2(columnsOutOfSight(today, key).isEmpty(),
                 qPrintable(columnsOutOfSight(today, key).join(QLatin1String("; "))));
        // The time is never cut; what is cut has its whole text in the tooltip.
        QVERIFY(today->columnWidth(ContactListModel::Time) >=
                contentWidth(today, ContactListModel::Time));
        const QModelIndex caller = today->model()->index(0, ContactListModel::Caller);
        QVERIFY(caller.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(caller.data(Qt::DisplayRole).toString()));
        QCOMPARE(today->textElideMode(), Qt::ElideRight);

        // Search results span days: the date and time still show whole.
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Montgomery"));
        QTRY_VERIFY(!w.findChild<QLabel *>(QStringLiteral("listTitle"))
                         ->text()
                         .startsWith(QLatin1String("Today")));
        QTRY_COMPARE(today->model()->rowCount(), 3);
        QTRY_VERIFY(today->model()->index(0, 0).data().toString().contains(QLatin1Char('/')));
        QApplication::processEvents();
        QVERIFY2(columnsOutOfSight(today, key).isEmpty(),
                 qPrintable(columnsOutOfSight(today, key).join(QLatin1String("; "))));
        QVERIFY(today->columnWidth(ContactListModel::Time) >=
                contentWidth(today, ContactListModel::Time));

        // The caller's history, found by the number being typed.
        QTest::keyClick(&w, Qt::Key_F2);
        auto *phone = w.findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("07700900123"));
        auto *history = w.findChild<QTableView *>(QStringLiteral("historyView"));
        QTRY_COMPARE(history->model()->rowCount(), 3);
        QApplication::processEvents();
        QVERIFY2(columnsOutOfSight(history, key).isEmpty(),
                 qPrintable(columnsOutOfSight(history, key).join(QLatin1String("; "))));
        QVERIFY(history->columnWidth(ContactListModel::Time) >=
                contentWidth(history, ContactListModel::Time));
    }

    void escalationTableShowsTheKeyColumnsWhole()
    {
        MainWindow &w = *m_window;
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        EscalationStore store(*m_profile->db, rules.value());
        Contact c = test::sampleContact(m_clock.now());
        c.id = QStringLiteral("c-1");
        const QJsonObject fields =
            QJsonDocument::fromJson(
                R"({"complainant_name":"Alexandra Montgomery-Fairweather","complainant_phone":"07700900123",)"
                R"("contact_preference":"phone","complainant_status":"directed_at",)"
                R"("incident_date":"2026-12-01","schedule3_ground":"criminal_or_disciplinary",)"
                R"("views_sought":true,"summary":"Officer pushed him at the front counter"})")
                .object();
        Result<Escalation> e =
            store.createFromContact(c, QStringLiteral("formal_complaint"), m_profile->profile.name,
                                    m_profile->profile.team, fields);
        CD_VERIFY_OK(e);
        CD_VERIFY_OK(store.transition(e->id, EscalationStatus::Submitted, m_profile->profile.name));

        auto *view = w.findChild<EscalationsView *>(QStringLiteral("escalationsView"));
        QVERIFY(view);
        w.showSidePanelTab(view);
        view->refresh();
        auto *table = w.findChild<QTableView *>(QStringLiteral("escalationsTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTRY_VERIFY(table->isVisible());
        QApplication::processEvents();
        const QList<int> key = {EscalationListModel::Due, EscalationListModel::State,
                                EscalationListModel::Status, EscalationListModel::Type,
                                EscalationListModel::For};
        QVERIFY2(columnsOutOfSight(table, key).isEmpty(),
                 qPrintable(columnsOutOfSight(table, key).join(QLatin1String("; "))));
        const QModelIndex type = table->model()->index(0, EscalationListModel::Type);
        QCOMPARE(type.data(Qt::ToolTipRole).toString(), type.data().toString());
    }

    void escalationTypeListAsksAndShowsEveryTypeWhole()
    {
        MainWindow &w = *m_window;
        auto *raise = w.findChild<QAction *>(QStringLiteral("raiseEscalationAction"));
        QVERIFY(raise);
        raise->trigger();
        QDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = w.findChild<QDialog *>(QStringLiteral("escalationTypeChooser"))) &&
                    chooser->isVisible());
        auto *list = chooser->findChild<QListWidget *>(QStringLiteral("escalationTypeList"));
        QVERIFY(list);
        auto *prompt = chooser->findChild<QLabel *>(QStringLiteral("escalationTypePrompt"));
        QVERIFY2(prompt && prompt->isVisible() && !prompt->text().isEmpty(),
                 "the type list has no prompt");
        QCOMPARE(prompt->buddy(), list);
        QVERIFY(list->count() > 0);
        QCOMPARE(list->currentRow(), 0);
        const QFontMetrics fm(list->font());
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            QVERIFY2(fm.horizontalAdvance(item->text()) + 8 <= list->viewport()->width(),
                     qPrintable(QStringLiteral("\"%1\" is cut: %2 px of text in %3 px")
                                    .arg(item->text())
                                    .arg(fm.horizontalAdvance(item->text()))
                                    .arg(list->viewport()->width())));
            QCOMPARE(item->toolTip(), item->text());
        }
        chooser->reject();
    }
};

int main(int argc, char **argv)
{
    // A screen with room for the default window.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the screen configuration");
    file.write(R"({"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    QApplication app(argc, argv);
    TestTablesFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tablesfit.moc"
