#include "gui/contentreviewnotice.h"

#include "core/clock.h"
#include "core/contentreview.h"
#include "core/londonday.h"
#include "gui/panelhost.h"
#include "storage/settingsstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace cd {

namespace {

class ContentReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ContentReviewDialog(const QList<ContentReviewItem> &items, int months, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("contentReviewDialog"));
        setWindowTitle(tr("Guidance past its review date"));
        auto *layout = new QVBoxLayout(this);
        auto *intro = new QLabel(
            tr("Not checked against its sources in the last %n month(s), or never:", nullptr,
               months),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto *table = new QTableWidget(int(items.size()), 3, this);
        table->setObjectName(QStringLiteral("contentReviewTable"));
        table->setHorizontalHeaderLabels({tr("Content"), tr("Reviewed on"), tr("File")});
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        const QLocale locale;
        for (int row = 0; row < items.size(); ++row) {
            const ContentReviewItem &item = items.at(row);
            table->setItem(row, 0, new QTableWidgetItem(item.title));
            table->setItem(
                row, 1,
                new QTableWidgetItem(item.reviewedOn.isValid()
                                         ? locale.toString(item.reviewedOn, QLocale::ShortFormat)
                                         : tr("never")));
            table->setItem(row, 2, new QTableWidgetItem(item.file.section(QLatin1Char('/'), -2)));
        }
        table->resizeColumnsToContents();
        table->horizontalHeader()->setStretchLastSection(true);
        layout->addWidget(table);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }
};

} // namespace

void installContentReviewNotice(PanelHost &host)
{
    QWidget *window = host.hostWidget();
    auto *button = new QPushButton(window);
    button->setObjectName(QStringLiteral("contentReviewButton"));
    button->setFlat(true);
    auto past = std::make_shared<QList<ContentReviewItem>>();
    auto months = std::make_shared<int>(12);
    // Shown to trainers, managers and administrators when something is past review; read
    // again when the person at the desk changes (File > Who is working...).
    auto update = [&host, button, past, months](const HandlerProfile &profile) {
        *months = SettingsStore(host.database()).intValue(SettingsStore::Key::ContentReviewMonths);
        *past = profile.role == Role::Handler
                    ? QList<ContentReviewItem>()
                    : pastReview(readContentReview(shippedContentFolders()),
                                 londonDay(Clock::instance().now()), *months);
        button->setText(ContentReviewDialog::tr("⚠ %n guidance item(s) past review", nullptr,
                                                int(past->size())));
        button->setToolTip(ContentReviewDialog::tr(
            "Shipped guidance not checked against its sources in the last %n month(s): open "
            "the list",
            nullptr, *months));
        button->setVisible(!past->isEmpty());
    };
    update(host.profile());
    QObject::connect(&host.events(), &PanelHostEvents::profileChanged, button, update);
    QObject::connect(button, &QPushButton::clicked, window, [past, months, window] {
        ContentReviewDialog dialog(*past, *months, window);
        dialog.resize(640, 360);
        dialog.exec();
    });
    host.addStatusWidget(button);
}

} // namespace cd

#include "contentreviewnotice.moc"
