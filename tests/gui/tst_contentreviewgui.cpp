#include "testsupport.h"

#include "core/clock.h"
#include "core/contentreview.h"
#include "gui/desk.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace cd;

// Trainers and managers see the shipped guidance that is past its review date; handlers do not.
class TestContentReviewGui : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setInstance(nullptr); }

    void managerSeesGuidancePastItsReview()
    {
        // Two years after the review of 2 December 2026, everything shipped is past review.
        installTranslations(*qApp); // en_GB: "1 item", "20 items"
        ManualClock clock(QDateTime(QDate(2028, 12, 5), QTime(9, 0), Qt::UTC));
        Clock::setInstance(&clock);
        test::TempProfile p;
        p.profile.role = Role::Manager;
        MainWindow window(*p.db, p.profile);
        QTRY_VERIFY(window.panelsReady()); // the side panels follow the first paint
        window.show();
        auto *button = window.findChild<QPushButton *>(QStringLiteral("contentReviewButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        const int shipped = int(readContentReview(shippedContentFolders()).size());
        QCOMPARE(button->text(), QStringLiteral("⚠ %1 guidance items past review").arg(shipped));

        int rows = -1;
        QTimer::singleShot(0, [&rows] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("contentReviewDialog") && w->isVisible()) {
                    rows = w->findChild<QTableWidget *>(QStringLiteral("contentReviewTable"))
                               ->rowCount();
                    static_cast<QDialog *>(w)->reject();
                }
            }
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(rows, shipped);
    }

    // A handler sees nothing; when a manager takes over the desk (File > Who is working...)
    // the notice appears at once, and goes again when a handler is back.
    void handlerSeesNothingUntilTheRoleChanges()
    {
        ManualClock clock(QDateTime(QDate(2028, 12, 5), QTime(9, 0), Qt::UTC));
        Clock::setInstance(&clock);
        test::TempProfile p;
        MainWindow window(*p.db, p.profile);
        QTRY_VERIFY(window.panelsReady()); // the side panels follow the first paint
        window.show();
        auto *button = window.findChild<QPushButton *>(QStringLiteral("contentReviewButton"));
        QVERIFY(!button || !button->isVisible());

        HandlerProfile manager = p.profile;
        manager.role = Role::Manager;
        emit window.events().profileChanged(manager);
        button = window.findChild<QPushButton *>(QStringLiteral("contentReviewButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());

        emit window.events().profileChanged(p.profile);
        QVERIFY(!button->isVisible());
    }

    void recentlyReviewedGuidanceIsNotListed()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        Clock::setInstance(&clock);
        test::TempProfile p;
        p.profile.role = Role::Trainer;
        MainWindow window(*p.db, p.profile);
        QTRY_VERIFY(window.panelsReady()); // the side panels follow the first paint
        const QList<ContentReviewItem> past =
            pastReview(readContentReview(shippedContentFolders()), QDate(2026, 12, 3), 12);
        auto *button = window.findChild<QPushButton *>(QStringLiteral("contentReviewButton"));
        window.show();
        if (past.isEmpty()) {
            QVERIFY(!button || !button->isVisible());
        } else {
            QVERIFY(button && button->isVisible());
            QVERIFY2(button->text().contains(QString::number(past.size())),
                     qPrintable(button->text()));
            QVERIFY(past.size() <= 2); // only content without a review date so far
        }
    }
};

QTEST_MAIN(TestContentReviewGui)
#include "tst_contentreviewgui.moc"
