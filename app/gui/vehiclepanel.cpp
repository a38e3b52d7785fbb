#include "gui/vehiclepanel.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/londonday.h"
#include "core/vehiclecharges.h"
#include "core/vrm.h"
#include "storage/database.h"
#include "storage/vehiclestore.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

namespace {

QString localTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return uk.toString(inLondon(t), QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QString localDate(const QDate &d)
{
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return uk.toString(d, QStringLiteral("ddd d MMM yyyy"));
}

QString describe(const Vehicle &v)
{
    QStringList parts;
    for (const QString &s : {v.colour.toLower(), v.make, v.model})
        if (!s.isEmpty())
            parts.append(s);
    return parts.join(QLatin1Char(' '));
}

// A warning is shown when the disposal date has passed or is this close, or when more than
// this is owed.
constexpr int kDisposalWarningDays = 2;
constexpr qint64 kLargeAmountPence = 1000 * 100;

} // namespace

VehiclePanel::VehiclePanel(Database &db, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_store(std::make_unique<VehicleStore>(db))
{
    setObjectName(QStringLiteral("vehiclePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *searchLabel = new QLabel(tr("Registration mark"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("vehicleSearch"));
    m_search->setPlaceholderText(tr("e.g. YC19 SON, or part of a mark"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_search->installEventFilter(this);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("vehicleMatches"));
    m_list->setAccessibleName(tr("Matching vehicles"));
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() + 4 + 2 * m_list->frameWidth());
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("vehicleWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #664d03; font-weight: bold; padding: 4px; }"));
    m_warning->setVisible(false);
    layout->addWidget(m_warning);

    m_record = new QTextBrowser(this);
    m_record->setObjectName(QStringLiteral("vehicleRecord"));
    m_record->setAccessibleName(tr("Vehicle record"));
    m_record->setOpenLinks(false);
    layout->addWidget(m_record, 1);

    m_addButton = new QPushButton(tr("Add summary to contact notes (Ctrl+Shift+V)"), this);
    m_addButton->setObjectName(QStringLiteral("vehicleAddSummary"));
    m_addButton->setEnabled(false);
    layout->addWidget(m_addButton);

    auto *importRow = new QHBoxLayout;
    m_importButton = new QPushButton(tr("Import operator file…"), this);
    m_importButton->setObjectName(QStringLiteral("vehicleImport"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("vehicleImportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel import"), this);
    m_cancelButton->setObjectName(QStringLiteral("vehicleImportCancel"));
    m_cancelButton->setVisible(false);
    importRow->addWidget(m_importButton);
    importRow->addWidget(m_progress, 1);
    importRow->addWidget(m_cancelButton);
    layout->addLayout(importRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("vehicleStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &VehiclePanel::lookUp);
    connect(m_list, &QListWidget::currentRowChanged, this, &VehiclePanel::showMatch);
    connect(m_addButton, &QPushButton::clicked, this, &VehiclePanel::addSummaryToContact);
    connect(m_importButton, &QPushButton::clicked, this, &VehiclePanel::chooseImportFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &VehiclePanel::cancelImport);
    connect(this, &VehiclePanel::importProgress, this, &VehiclePanel::onImportProgress,
            Qt::QueuedConnection);

    auto *summaryKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    summaryKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(summaryKey, &QShortcut::activated, this, &VehiclePanel::addSummaryToContact);
}

VehiclePanel::~VehiclePanel()
{
    if (m_importThread) {
        m_cancel = true;
        m_importThread->wait();
        delete m_importThread;
    }
}

QString VehiclePanel::currentVrm() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_matches.size() ? m_matches.at(row).vrm : QString();
}

void VehiclePanel::lookUp(const QString &text)
{
    const QList<VehicleMatch> matches = m_store->find(text, 20);
    m_matches.clear();
    m_list->clear();
    for (const VehicleMatch &m : matches) {
        m_matches.append(m.vehicle);
        const QString line = tr("%1  %2 — %3, seized %4")
                                 .arg(vrm::display(m.vehicle.vrm), describe(m.vehicle),
                                      vehicles::statusLabel(m.vehicle.status),
                                      localDate(londonDay(m.vehicle.seizedAt)));
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, m.score);
        item->setToolTip(tr("closeness %1 of 100").arg(m.score));
    }
    // As tall as its matches (up to five): the record below gets the room that is left.
    const int rows = std::clamp(int(m_list->count()), 1, 5);
    const int rowHeight =
        m_list->count() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().lineSpacing() + 2;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    if (m_matches.isEmpty()) {
        m_record->setHtml(text.trimmed().isEmpty()
                              ? QString()
                              : tr("<p>No vehicle in the recovery list matches <b>%1</b>. Check "
                                   "the mark with the "
                                   "caller, or with the PNC.</p>")
                                    .arg(vrm::display(text).toHtmlEscaped()));
        m_warning->clear();
        m_warning->setVisible(false);
        m_summary.clear();
        m_shownId.clear();
        m_addButton->setEnabled(false);
        return;
    }
    m_list->setCurrentRow(0);
}

void VehiclePanel::lookUpMark(const QString &mark)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(vrm::display(mark));
    }
    lookUp(m_search->text());
}

void VehiclePanel::clear()
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_matches.clear();
    m_list->clear();
    m_record->clear();
    m_warning->clear();
    m_warning->setVisible(false);
    m_summary.clear();
    m_shownId.clear();
    m_addButton->setEnabled(false);
    if (!m_importThread)
        m_status->clear();
}

QString VehiclePanel::markForContact(const QString &contactVrm, const QString &notes)
{
    if (const QString typed = vrm::normalise(contactVrm); !typed.isEmpty())
        return typed;
    // A mark in the current format (two letters, two digits, three letters) in the notes.
    static const QRegularExpression mark(QStringLiteral("\\b([A-Z]{2}[0-9]{2}) ?([A-Z]{3})\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = mark.match(notes);
    return m.hasMatch() ? vrm::normalise(m.captured(1) + m.captured(2)) : QString();
}

QStringList VehiclePanel::warningsFor(const Vehicle &v, const QDateTime &at)
{
    QStringList warnings;
    if (v.status != u"held")
        return warnings;
    const vehicles::ChargeTables &tables = vehicles::ChargeTables::shipped();
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    if (const std::optional<QDate> d = tables.mayDisposeAfter(v)) {
        const QDate today = londonDay(at);
        const QString day = uk.toString(*d, QStringLiteral("d MMMM"));
        if (today > *d)
            warnings << tr("Past its disposal date (%1): it may already have been disposed of — "
                           "check with the recovery operator before the caller travels.")
                            .arg(day);
        else if (today.daysTo(*d) <= kDisposalWarningDays)
            warnings << tr("Disposal date close (%1): it may be disposed of soon — check with the "
                           "recovery operator before the caller travels.")
                            .arg(day);
    }
    if (Result<vehicles::Charges> c = tables.charges(v, at); c && c->totalPence > kLargeAmountPence)
        warnings << tr("Large amount owed (%1): make sure the caller knows the full amount and "
                       "can pay it before they travel.")
                        .arg(vehicles::formatPence(c->totalPence));
    return warnings;
}

bool VehiclePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search box move through the matches without leaving it.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        if (key->key() == Qt::Key_Down && row + 1 < m_list->count()) {
            m_list->setCurrentRow(row + 1);
            return true;
        }
        if (key->key() == Qt::Key_Up && row > 0) {
            m_list->setCurrentRow(row - 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VehiclePanel::showMatch(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    showRecord(m_matches.at(row));
}

QString VehiclePanel::summaryFor(const Vehicle &v, const QDateTime &at)
{
    const vehicles::ChargeTables &tables = vehicles::ChargeTables::shipped();
    QStringList s;
    s << tr("Vehicle %1 (%2, operator ref %3): %4 on %5 under %6; at %7.")
             .arg(vrm::display(v.vrm), describe(v), v.reference,
                  v.power == u"stolen_recovered" ? tr("recovered") : tr("seized"),
                  localTime(v.seizedAt), vehicles::powerLabel(v.power), v.location);
    if (v.status == u"released")
        s << tr("Released %1.").arg(localTime(v.releasedAt));
    else if (v.status == u"disposed")
        s << tr("Disposed of %1.").arg(localTime(v.disposedAt));
    else
        s << (v.policeHold ? tr("Held, on police hold.") : tr("Held."));
    if (Result<vehicles::Charges> c = tables.charges(v, at)) {
        QString line = tr("Charges as of %1: %2 (removal %3")
                           .arg(localTime(at), vehicles::formatPence(c->totalPence),
                                vehicles::formatPence(c->removalPence));
        if (c->storageSuspended)
            line += tr(", no storage while on police hold");
        else
            line +=
                (c->storageDays == 1 ? tr(", storage %1 day at %2") : tr(", storage %1 days at %2"))
                    .arg(c->storageDays)
                    .arg(vehicles::formatPence(c->storagePer24hPence));
        if (c->disposalPence > 0)
            line += tr(", disposal %1").arg(vehicles::formatPence(c->disposalPence));
        line += tr("; %1).").arg(c->schedule);
        if (!c->unverified.isEmpty())
            line += tr(" Some figures are still to be confirmed by the force.");
        s << line;
    }
    if (const std::optional<QDate> d = tables.mayDisposeAfter(v))
        s << tr("May be disposed of after %1 if not collected.").arg(localDate(*d));
    if (v.status == u"held") {
        const vehicles::ReleaseGuidance g = vehicles::ReleaseGuidance::forPower(v.power);
        if (!g.documents.isEmpty())
            s << tr("Owner to bring: %1.").arg(g.documents.join(QStringLiteral("; ")));
    }
    // What the panel warns of goes into the notes too: the record shows what the caller was
    // (or should have been) told.
    for (const QString &w : warningsFor(v, at))
        s << tr("Warning: ") + w;
    return s.join(QLatin1Char(' '));
}

void VehiclePanel::showRecord(const Vehicle &v)
{
    const QDateTime at = Clock::instance().now();
    const vehicles::ChargeTables &tables = vehicles::ChargeTables::shipped();
    if (m_shownId != v.id) {
        m_shownId = v.id;
        if (Status s = m_store->recordView(m_actor, v.id); !s)
            qCWarning(lcGui) << "the vehicle view could not be audited:" << s.errorMessage();
    }
    auto esc = [](const QString &t) {
        return t.toHtmlEscaped();
    };
    // What the caller asks first comes first, so it is in sight without scrolling on a small
    // screen: where it is, what it costs today, and what gets it back. The details follow.
    QString html;
    html += QStringLiteral("<p style='margin-top:0'><b style='font-size:large'>%1</b> %2</p>")
                .arg(esc(vrm::display(v.vrm)), esc(describe(v)));
    if (v.vrmUnusual)
        html += tr("<p><i>Unusual mark (%1): check it with the PNC or DVLA.</i></p>")
                    .arg(esc(vrm::recognise(v.vrm).reason));
    QString status = vehicles::statusLabel(v.status);
    if (v.status == u"released")
        status += QLatin1Char(' ') + localTime(v.releasedAt);
    else if (v.status == u"disposed")
        status += QLatin1Char(' ') + localTime(v.disposedAt);
    if (v.policeHold)
        status += tr(" (police hold)");
    html += QStringLiteral("<p>");
    html += tr("<b>Where:</b> %1<br>").arg(esc(v.location));
    html += tr("<b>Status:</b> %1").arg(esc(status));
    Result<vehicles::Charges> c = tables.charges(v, at);
    if (c)
        html += tr("<br><b>Owed now: %1</b>").arg(vehicles::formatPence(c->totalPence));
    html += QStringLiteral("</p>");
    const std::optional<QDate> disposal = tables.mayDisposeAfter(v);
    const vehicles::ReleaseGuidance g = vehicles::ReleaseGuidance::forPower(v.power);
    if (v.status == u"held") {
        html += tr("<p style='margin-bottom:0'><b>To get it back</b></p><ol "
                   "style='margin-top:0'>");
        for (const QString &step : g.steps)
            html += QStringLiteral("<li>%1</li>").arg(esc(step));
        html += tr("</ol><p style='margin-bottom:0'><b>Documents to bring</b></p><ul "
                   "style='margin-top:0'>");
        for (const QString &doc : g.documents)
            html += QStringLiteral("<li>%1</li>").arg(esc(doc));
        html += QStringLiteral("</ul>");
    }
    if (disposal)
        html += tr("<p><b>May be disposed of after %1</b> if not collected.</p>")
                    .arg(esc(localDate(*disposal)));

    html += QStringLiteral("<hr><p>");
    html += tr("<b>%1</b> %2 under %3<br>")
                .arg(v.power == u"stolen_recovered" ? tr("Recovered") : tr("Seized"),
                     esc(localTime(v.seizedAt)), esc(vehicles::powerLabel(v.power)));
    html += tr("<b>Operator reference:</b> %1</p>").arg(esc(v.reference));
    if (c) {
        html +=
            tr("<p><b>The charges</b><br>removal %1").arg(vehicles::formatPence(c->removalPence));
        if (c->storageSuspended)
            html += tr("<br>no storage charged while on police hold (check local policy)");
        else
            html += (c->storageDays == 1 ? tr("<br>storage %1 period of 24 hours at %2 from %3")
                                         : tr("<br>storage %1 periods of 24 hours at %2 from %3"))
                        .arg(c->storageDays)
                        .arg(vehicles::formatPence(c->storagePer24hPence),
                             esc(localTime(c->storageFrom)));
        if (c->disposalPence > 0)
            html += tr("<br>disposal %1").arg(vehicles::formatPence(c->disposalPence));
        html += tr("<br><small>%1 rates</small>").arg(esc(c->schedule));
        if (!c->unverified.isEmpty())
            html += tr("<br><small>Not yet confirmed against the regulations: %1.</small>")
                        .arg(esc(c->unverified.join(QStringLiteral(", "))));
        html += QStringLiteral("</p>");
    } else {
        html += tr("<p>Charges cannot be worked out: %1</p>").arg(esc(c.errorMessage()));
    }
    m_record->setHtml(html);
    QStringList warnings = warningsFor(v, at);
    for (QString &w : warnings)
        w.prepend(tr("Warning: "));
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    m_summary = summaryFor(v, at);
    m_addButton->setEnabled(true);
}

void VehiclePanel::addSummaryToContact()
{
    if (m_summary.isEmpty())
        return;
    emit summaryRequested(m_summary, currentVrm());
    m_status->setText(tr("Summary added to the contact's notes."));
}

void VehiclePanel::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import the recovery operator's file"), QString(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void VehiclePanel::importFile(const QString &path)
{
    if (m_importThread)
        return;
    m_cancel = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_importButton->setEnabled(false);
    m_status->setText(tr("Importing %1…").arg(path));
    const QString dbPath = m_db.path();
    const QString actor = m_actor;
    m_importThread = QThread::create([this, path, dbPath, actor] {
        // Its own connection: the Desk's stays free for lookups while the import writes.
        Database::OpenError error;
        std::unique_ptr<Database> db = Database::open(dbPath, &error);
        bool ok = false;
        QString message;
        if (!db) {
            message = error.message;
        } else {
            VehicleStore store(*db);
            Result<VehicleImportReport> r = store.importFile(
                path, actor,
                [this](const VehicleImportProgress &p) {
                    const int percent =
                        p.bytesTotal > 0 ? static_cast<int>(100 * p.bytesRead / p.bytesTotal) : 0;
                    emit importProgress(percent, p.rows);
                    return !m_cancel.load();
                },
                &m_cancel);
            if (!r) {
                message = r.errorMessage();
            } else if (r->cancelled) {
                message = tr("Import cancelled: nothing was changed.");
            } else {
                ok = true;
                message = tr("Imported %1 of %2 vehicles: %3 added, %4 updated, %5 unchanged, %6 "
                             "rejected.")
                              .arg(r->rows - r->bad)
                              .arg(r->rows)
                              .arg(r->added)
                              .arg(r->updated)
                              .arg(r->unchanged)
                              .arg(r->bad);
                for (int i = 0; i < r->errors.size() && i < 5; ++i)
                    message +=
                        tr("\nLine %1: %2").arg(r->errors.at(i).line).arg(r->errors.at(i).reason);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, ok, message] { onImportDone(ok, message); }, Qt::QueuedConnection);
    });
    m_importThread->start();
}

void VehiclePanel::cancelImport()
{
    m_cancel = true;
    m_status->setText(tr("Cancelling the import…"));
}

void VehiclePanel::onImportProgress(int percent, int rows)
{
    if (!m_importThread)
        return;
    m_progress->setValue(percent);
    m_status->setText(tr("Importing: %1 rows read…").arg(rows));
}

void VehiclePanel::onImportDone(bool ok, const QString &message)
{
    if (m_importThread) {
        m_importThread->wait();
        delete m_importThread;
        m_importThread = nullptr;
    }
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_importButton->setEnabled(true);
    m_status->setText(message);
    if (ok)
        lookUp(m_search->text());
    emit importFinished(ok, message);
}

} // namespace cd
