// The Desk read on a 1280x720 screen (a small laptop, or 1920x1080 at 150%), as a handler reads
// it all day: no label cut short, the columns that matter whole in every list (the rest end in
// "…" with the whole text in the tooltip), status messages in their own space, the vehicle's
// answer in sight, and the escalations of a contact where the contact is. Also what Ctrl+E does
// right after a save, where the cursor goes when a form closes, and the smaller points of the
// new users' walk.
#include "core/clock.h"
#include "core/escalation.h"
#include "core/metrics.h"
#include "core/thrive.h"
#include "gui/auditdialog.h"
#include "gui/connectdialog.h"
#include "gui/contactform.h"
#include "gui/contactlistmodel.h"
#include "gui/contactviewdialog.h"
#include "gui/dashboardwidget.h"
#include "gui/escalationdesk.h"
#include "gui/escalationdetaildialog.h"
#include "gui/escalationdialog.h"
#include "gui/escalationlistmodel.h"
#include "gui/guidancepanel.h"
#include "gui/mainwindow.h"
#include "gui/profiledialog.h"
#include "gui/scriptoutlinedialog.h"
#include "gui/statusmessage.h"
#include "gui/thrivedialog.h"
#include "gui/vehiclepanel.h"
#include "storage/contactstore.h"
#include "storage/escalationstore.h"
#include "storage/scriptstore.h"
#include "storage/taxonomystore.h"
#include "storage/vehiclestore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>

using namespace cd;

namespace {

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2) in %3")
        .arg(w->objectName(), QLatin1String(w->metaObject()->className()),
             w->window()->objectName());
}

// The text a label draws: the "&" of its mnemonic is not drawn.
QString drawnText(const QLabel *label)
{
    QString text = label->text();
    if (label->buddy()) {
        text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    }
    return text;
}

// Every visible label and button of `window` whose text does not fit it. A label that ends in
// "…" with its whole text in the tooltip is shortened on purpose.
QStringList clippedText(QWidget *window)
{
    QStringList out;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->window() != window || label->text().isEmpty())
            continue;
        if (label->text().endsWith(QChar(0x2026)) && !label->toolTip().isEmpty())
            continue;
        const QSize room = label->contentsRect().size();
        if (label->wordWrap()) {
            const int need = label->heightForWidth(label->width());
            if (need > label->height() + 1)
                out.append(QStringLiteral("%1 \"%2\" needs %3 px high, has %4")
                               .arg(describe(label), drawnText(label).left(60))
                               .arg(need)
                               .arg(label->height()));
            continue;
        }
        const QSize need = label->sizeHint();
        if (need.width() > label->width() + 1 || need.height() > label->height() + 1)
            out.append(QStringLiteral("%1 \"%2\" needs %3x%4, has %5x%6 (%7 wide inside)")
                           .arg(describe(label), drawnText(label).left(60))
                           .arg(need.width())
                           .arg(need.height())
                           .arg(label->width())
                           .arg(label->height())
                           .arg(room.width()));
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->window() != window || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            out.append(QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                           .arg(describe(button), button->text())
                           .arg(button->sizeHint().width())
                           .arg(button->width()));
    }
    return out;
}

// The cells of every visible table and list of `window` cut short without their whole text in
// the tooltip, and the cells of the columns that matter (`whole`, by object name) cut at all.
QStringList cutCells(QWidget *window, const QHash<QString, QList<int>> &whole = {})
{
    QStringList out;
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || view->window() != window || !view->model())
            continue;
        QAbstractItemModel *model = view->model();
        const int rows = std::min(model->rowCount(view->rootIndex()), 40);
        auto *table = qobject_cast<QTableView *>(view);
        auto *tree = qobject_cast<QTreeView *>(view);
        for (int c = 0; c < model->columnCount(view->rootIndex()); ++c) {
            if (table && table->isColumnHidden(c))
                continue;
            for (int r = 0; r < rows; ++r) {
                const QModelIndex index = model->index(r, c, view->rootIndex());
                const QString text = index.data().toString();
                if (text.isEmpty())
                    continue;
                const QRect cell = view->visualRect(index);
                const int need = view->sizeHintForIndex(index).width();
                // A tree wraps its lines: each must be as tall as its wrapped text.
                if (tree && tree->wordWrap()) {
                    const QRect wrapped = view->fontMetrics().boundingRect(
                        QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, text);
                    if (wrapped.height() > cell.height())
                        out.append(QStringLiteral("%1 \"%2\": %3 px of text in %4 px")
                                       .arg(describe(view), text.left(60))
                                       .arg(wrapped.height())
                                       .arg(cell.height()));
                    continue;
                }
                const int width = table ? table->columnWidth(c) : view->viewport()->width();
                if (need <= width)
                    continue;
                const bool mustBeWhole = whole.value(view->objectName()).contains(c);
                const bool tooltip = index.data(Qt::ToolTipRole).toString().contains(text);
                if (mustBeWhole || !tooltip)
                    out.append(QStringLiteral("%1 row %2 column %3 \"%4\": %5 px in %6%7")
                                   .arg(describe(view))
                                   .arg(r)
                                   .arg(c)
                                   .arg(text.left(60))
                                   .arg(need)
                                   .arg(width)
                                   .arg(mustBeWhole ? QStringLiteral(" (must be whole)")
                                                    : QStringLiteral(" (no tooltip)")));
            }
        }
    }
    return out;
}

void showAndWait(QWidget *w)
{
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QApplication::processEvents();
}

const QByteArray kVehicles =
    "reference,vrm,make,model,colour,seized_at,power,location,status,weight_class,"
    "condition,position,laden,police_hold,notice_served_at,released_at,disposed_at\n"
    "R1,YC19SON,Ford,Fiesta,Blue,2026-11-25T14:30:00Z,s165a,Basildon pound,held,upto_3_5t,"
    "upright_undamaged,on_road,false,false,2026-11-25T16:00:00Z,,\n"
    "R2,YC19SOM,Vauxhall,Corsa,Red,2026-11-20T10:00:00Z,s59,Chelmsford pound,held,"
    "upto_3_5t,upright_undamaged,on_road,false,false,,,\n"
    "R3,YC19SOK,Ford,Ka,Red,2026-11-05T14:30:00Z,abandoned,Pound,held,upto_3_5t,"
    "upright_undamaged,on_road,false,false,,,\n";

// Names and labels as a real day has them.
const QStringList kNames = {
    QStringLiteral("Ella Richardson-Hughes"), QStringLiteral("Mohammed Al-Rashid"),
    QStringLiteral("Bartholomew Whitfield"), QStringLiteral("Siobhan O'Callaghan")};

// Marks every message of the monthly report, to see it went through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "cd::MonthlyReport") != 0)
            return {};
        return QStringLiteral("Cy:") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestReadableGui : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<test::TempProfile> m_profile;
    std::optional<EscalationRules> m_rules;

    std::unique_ptr<MainWindow> openDesk()
    {
        auto w = std::make_unique<MainWindow>(*m_profile->db, m_profile->profile);
        w->show();
        // The side panels follow the first paint.
        for (int i = 0; i < 1000 && !w->panelsReady(); ++i)
            QTest::qWait(10);
        QApplication::setActiveWindow(w.get());
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        QApplication::processEvents();
        return w;
    }

    Contact saved(int minutesAgo, const QString &name)
    {
        Contact c = test::sampleContact(m_clock.now().addSecs(-60 * minutesAgo));
        c.callerName = name;
        c.category = QStringLiteral("dissatisfaction");
        c.reason = QStringLiteral("delay_in_attendance");
        c.outcome = QStringLiteral("escalated_complaint");
        c.remainedDissatisfied = true;
        if (Status s = ContactStore(*m_profile->db).save(c, QStringLiteral("A. Handler")); !s)
            qWarning("not saved: %s", qPrintable(s.errorMessage()));
        return c;
    }

    Escalation raise(const Contact &c, const QString &type, const QJsonObject &fields)
    {
        EscalationStore store(*m_profile->db, *m_rules);
        Result<Escalation> e = store.createFromContact(c, type, QStringLiteral("A. Handler"),
                                                       QStringLiteral("QoS North"), fields);
        if (!e)
            qWarning("not raised: %s", qPrintable(e.errorMessage()));
        return e ? e.value() : Escalation();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1280, 720));
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        m_rules = rules.value();
    }

    void init()
    {
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<test::TempProfile>();
    }

    void cleanup()
    {
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    // Item 1: the Desk and each of its tabs at 1280x720 with a day's contacts: every label
    // whole, the time and the caller's name whole in Today's list, the caller history and the
    // search results, and the escalation queue's due date and state; what else is cut ends in
    // "…" with the whole text in the tooltip.
    void deskTextIsWholeAtTheSmallSize()
    {
        m_profile->profile.role = Role::Manager; // the team figures too
        for (int i = 0; i < kNames.size(); ++i) {
            const Contact c = saved(10 * (i + 1), kNames.at(i));
            if (i == 0)
                raise(c, QStringLiteral("callback"),
                      QJsonDocument::fromJson(R"({"caller_name":"Ella Richardson-Hughes",)"
                                              R"("callback_phone":"07700900123",)"
                                              R"("callback_by":"2026-12-03","purpose":"x"})")
                          .object());
        }
        std::unique_ptr<MainWindow> w = openDesk();
        QVERIFY(w);
        QByteArray data = kVehicles;
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CD_VERIFY_OK(VehicleStore(*m_profile->db).importCsv(buffer, QStringLiteral("tester")));

        auto *today = w->findChild<QTableView *>(QStringLiteral("contactsView"));
        QTRY_COMPARE(today->model()->rowCount(), kNames.size());
        // The caller's history too (the number of every contact above).
        ContactForm *form = w->contactForm();
        auto *phone = form->findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("07700 900123"));
        auto *history = w->findChild<QTableView *>(QStringLiteral("historyView"));
        QTRY_COMPARE(history->model()->rowCount(), kNames.size());
        QApplication::processEvents();

        const QHash<QString, QList<int>> whole = {
            {QStringLiteral("contactsView"), {ContactListModel::Time, ContactListModel::Caller}},
            {QStringLiteral("historyView"), {ContactListModel::Time, ContactListModel::Caller}},
            {QStringLiteral("escalationsTable"),
             {EscalationListModel::Due, EscalationListModel::State}},
            {QStringLiteral("contactsBehind"), {0}},
        };
        QTabWidget *side = w->sidePanel();
        QStringList problems;
        for (int t = 0; t < side->count(); ++t) {
            side->setCurrentIndex(t);
            if (auto *vehicles = qobject_cast<VehiclePanel *>(side->widget(t)))
                vehicles->lookUpMark(QStringLiteral("YC19SO"));
            QApplication::processEvents();
            QTest::qWait(50); // the dashboards load on their worker
            QApplication::processEvents();
            for (const QString &p : clippedText(w.get()) + cutCells(w.get(), whole))
                problems.append(side->tabText(t) + QStringLiteral(": ") + p);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The side panel (the team figures' heading and buttons) leaves the form its width:
        // it never scrolls sideways.
        auto *scroll = w->findChild<QScrollArea *>(QStringLiteral("contactFormScroll"));
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("the form is %1 px wide in %2")
                                .arg(form->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));

        // Search results (Ctrl+F) read the same.
        w->focusSearch();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("delay"));
        QTRY_VERIFY(today->model()->rowCount() > 0);
        QApplication::processEvents();
        const QStringList search = cutCells(w.get(), whole);
        QVERIFY2(search.isEmpty(), qPrintable(search.join(QLatin1Char('\n'))));
    }

    // Item 1: the dialogs at 1280x720, each form's labels ("Preferred time" on the call-back)
    // whole, the script outline's lines whole.
    void dialogTextIsWholeAtTheSmallSize()
    {
        const Taxonomy taxonomy = TaxonomyStore(*m_profile->db).load().value();
        const Contact contact = saved(5, kNames.at(0));
        const Escalation e = raise(contact, QStringLiteral("callback"),
                                   QJsonDocument::fromJson(R"({"caller_name":"Ella",)"
                                                           R"("callback_phone":"07700900123",)"
                                                           R"("callback_by":"2026-12-03",)"
                                                           R"("purpose":"x"})")
                                       .object());
        QList<QDialog *> dialogs;
        for (const FormDefinition &form : m_rules->forms.forms())
            dialogs << new EscalationDialog(*m_profile->db, *m_rules, form, contact,
                                            QStringLiteral("A. Handler"),
                                            QStringLiteral("QoS North"));
        auto *view = new ContactViewDialog(contact, taxonomy);
        view->showEscalations(*m_profile->db, QStringLiteral("A. Handler"));
        auto *outline = new ScriptOutlineDialog(ScriptStore(*m_profile->db).library(&taxonomy));
        const ThriveDefinition thrive = ThriveDefinition::loadShipped().value();
        dialogs << view << outline
                << new EscalationDetailDialog(*m_profile->db, *m_rules, e.id,
                                              QStringLiteral("A. Handler"))
                << new ConnectDialog(sync::ConnectionSettings{})
                << new ProfileDialog(m_profile->profile)
                << new AuditDialog(*m_profile->db, QStringLiteral("M. Manager"))
                << new ThriveDialog(thrive, ThriveAnswers(), QString(), QString(), true)
                << new NextStepsDialog(thrive, NextSteps(), QStringLiteral("CAD-1/26"));
        QStringList problems;
        for (QDialog *dialog : std::as_const(dialogs)) {
            if (dialog->objectName().isEmpty())
                dialog->setObjectName(QLatin1String(dialog->metaObject()->className()));
            showAndWait(dialog);
            if (dialog == outline) {
                // Every script's lines.
                auto *scripts = outline->findChild<QComboBox *>(QStringLiteral("outlineScript"));
                for (int i = 0; i < scripts->count(); ++i) {
                    scripts->setCurrentIndex(i);
                    QApplication::processEvents();
                    problems += cutCells(dialog);
                }
            }
            problems += clippedText(dialog) + cutCells(dialog);
            dialog->hide();
        }
        qDeleteAll(dialogs);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Item 3: a status message has its own slot left of the sync state and the other kept
    // widgets; a long one ends in "…" with the whole message in the tooltip.
    void statusMessagesHaveTheirOwnSpace()
    {
        std::unique_ptr<MainWindow> w = openDesk();
        QVERIFY(w);
        const QString text = QStringLiteral(
            "Call-back for Ella Richardson-Hughes submitted; due Wed 16 Dec, and the caller "
            "has been told when to expect it; the team has been sent a reminder as well");
        w->showStatusMessage(text, 0);
        QApplication::processEvents();
        auto *message = w->statusBar()->findChild<StatusMessage *>(QStringLiteral("statusMessage"));
        QVERIFY2(message && message->isVisible(), "no slot of its own for messages");
        const QRect slot(message->mapTo(w->statusBar(), QPoint(0, 0)), message->size());
        for (QWidget *other : w->statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (other == message || !other->isVisible())
                continue;
            QVERIFY2(!slot.intersects(other->geometry()),
                     qPrintable(QStringLiteral("the message overlaps %1").arg(describe(other))));
        }
        // Readable: a good part of the bar, and what is cut is in the tooltip.
        QVERIFY2(message->width() >= 400, qPrintable(QString::number(message->width())));
        const QString shown = message->text();
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QVERIFY(text.startsWith(shown.chopped(1)));
        QCOMPARE(message->toolTip(), text);
        QVERIFY(message->fontMetrics().horizontalAdvance(shown) <= message->contentsRect().width());
        // A short one is whole, with no tooltip; a timed one goes.
        w->showStatusMessage(QStringLiteral("Saved"), 50);
        QCOMPARE(message->text(), QStringLiteral("Saved"));
        QVERIFY(message->toolTip().isEmpty());
        QTRY_VERIFY(message->text().isEmpty());
    }

    // Item 2: Ctrl+E right after a save raises from the contact just saved and says so; with
    // no contact at all the chooser says there is none.
    void ctrlEAfterASaveCarriesTheSavedContact()
    {
        std::unique_ptr<MainWindow> w = openDesk();
        QVERIFY(w);
        // Nothing typed, nothing saved: said plainly.
        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
        QDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = w->findChild<QDialog *>(QStringLiteral("escalationTypeChooser"))) &&
                    chooser->isVisible());
        auto *said = chooser->findChild<QLabel *>(QStringLiteral("escalationContactLabel"));
        QVERIFY2(said && said->isVisible(), "the chooser does not say which contact");
        QVERIFY2(said->text().startsWith(QStringLiteral("No contact")), qPrintable(said->text()));
        chooser->reject();
        QTRY_VERIFY(!w->findChild<QDialog *>(QStringLiteral("escalationTypeChooser")));

        // A contact typed and saved.
        ContactForm *form = w->contactForm();
        form->setChannel(QStringLiteral("phone"));
        form->findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"))
            ->setText(QStringLiteral("07700900123"));
        form->findChild<QLineEdit *>(QStringLiteral("callerNameEdit"))
            ->setText(QStringLiteral("Ella Richardson-Hughes"));
        auto *category = form->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findData(QStringLiteral("low_level_concern")));
        form->appendNotes(QStringLiteral("Asked about a neighbour's car."));
        form->setOutcome(QStringLiteral("resolved_first_contact"));
        QVERIFY(w->saveContact());
        QVERIFY(!form->hasTypedContent());
        auto *today = w->findChild<QTableView *>(QStringLiteral("contactsView"));
        QTRY_COMPARE(today->model()->rowCount(), 1);
        const QString savedId =
            today->model()->index(0, 0).data(ContactListModel::IdRole).toString();
        QVERIFY(!savedId.isEmpty());

        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((chooser = w->findChild<QDialog *>(QStringLiteral("escalationTypeChooser"))) &&
                    chooser->isVisible());
        said = chooser->findChild<QLabel *>(QStringLiteral("escalationContactLabel"));
        QVERIFY2(said->text().contains(QStringLiteral("Ella Richardson-Hughes")),
                 qPrintable(said->text()));
        auto *types = chooser->findChild<QListWidget *>(QStringLiteral("escalationTypeList"));
        for (int i = 0; i < types->count(); ++i)
            if (types->item(i)->data(Qt::UserRole).toString() == QLatin1String("callback"))
                types->setCurrentRow(i);
        QTest::keyClick(types, Qt::Key_Return);
        EscalationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<EscalationDialog *>()) && dialog->isVisible());
        // Filled in from the contact just saved, and linked to it.
        QCOMPARE(dialog->values().value(QLatin1String("caller_name")).toString(),
                 QStringLiteral("Ella Richardson-Hughes"));
        QCOMPARE(dialog->values().value(QLatin1String("callback_phone")).toString(),
                 QStringLiteral("07700900123"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("escalationContactLabel"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("just saved")), qPrintable(note->text()));
        auto *by = qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("callback_by")));
        by->setText(QStringLiteral("2026-12-03"));
        QVERIFY(dialog->submit());
        EscalationFilter filter;
        filter.contactId = savedId;
        QCOMPARE(EscalationStore(*m_profile->db, *m_rules).list(filter).size(), 1);

        // F2 for the next caller: the saved contact is no longer offered.
        QTest::keyClick(w.get(), Qt::Key_F2);
        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((chooser = w->findChild<QDialog *>(QStringLiteral("escalationTypeChooser"))) &&
                    chooser->isVisible());
        said = chooser->findChild<QLabel *>(QStringLiteral("escalationContactLabel"));
        QVERIFY2(said->text().startsWith(QStringLiteral("No contact")), qPrintable(said->text()));
        chooser->reject();
    }

    // Item 5: the contact record lists the escalations raised from it, and Enter opens one.
    void contactRecordListsItsEscalations()
    {
        const Contact c = saved(5, kNames.at(1));
        const Escalation e = raise(c, QStringLiteral("callback"),
                                   QJsonDocument::fromJson(R"({"caller_name":"Mohammed",)"
                                                           R"("callback_phone":"07700900123",)"
                                                           R"("callback_by":"2026-12-03",)"
                                                           R"("purpose":"x"})")
                                       .object());
        QVERIFY(!e.id.isEmpty());
        std::unique_ptr<MainWindow> w = openDesk();
        QVERIFY(w);
        auto *today = w->findChild<QTableView *>(QStringLiteral("contactsView"));
        QTRY_COMPARE(today->model()->rowCount(), 1);
        today->setFocus();
        today->setCurrentIndex(today->model()->index(0, 0));
        QTest::keyClick(today, Qt::Key_Return);
        ContactViewDialog *view = nullptr;
        QTRY_VERIFY((view = w->findChild<ContactViewDialog *>()) && view->isVisible());
        auto *list = view->findChild<QTableWidget *>(QStringLiteral("contactEscalations"));
        QVERIFY2(list && list->isVisible(), "the contact does not list its escalations");
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 0)->text(), QStringLiteral("Call-back"));
        QCOMPARE(list->item(0, 1)->text(), escalationStatusLabel(e.status));
        QCOMPARE(list->item(0, 2)->text(), e.dueOn.toString(QStringLiteral("ddd d MMM yyyy")));
        QCOMPARE(list->item(0, 3)->text(), e.id);
        // By keyboard: Alt+E to the list, Enter opens it.
        QVERIFY(QTest::qWaitForWindowActive(view));
        QTRY_VERIFY(view->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(list, Qt::Key_Return);
        EscalationDetailDialog *detail = nullptr;
        QTRY_VERIFY((detail = view->findChild<EscalationDetailDialog *>()) && detail->isVisible());
        QVERIFY(detail->isLoaded());
        detail->reject();
        view->reject();
    }

    // Item 6: the vehicle record answers the caller (where, what it costs today, what gets it
    // back) without scrolling at 1280x720.
    void vehicleAnswerInSightWithoutScrolling()
    {
        QByteArray data = kVehicles;
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CD_VERIFY_OK(VehicleStore(*m_profile->db).importCsv(buffer, QStringLiteral("tester")));
        std::unique_ptr<MainWindow> w = openDesk();
        QVERIFY(w);
        auto *panel = w->findChild<VehiclePanel *>(QStringLiteral("vehiclePanel"));
        w->sidePanel()->setCurrentWidget(panel);
        panel->lookUpMark(QStringLiteral("YC19SON"));
        QApplication::processEvents();
        auto *record = panel->findChild<QTextBrowser *>(QStringLiteral("vehicleRecord"));
        QVERIFY(record->toPlainText().contains(QStringLiteral("To get it back")));
        QCOMPARE(record->verticalScrollBar()->value(), 0);
        // Each part of the answer lies inside the visible part of the record.
        QTextDocument *doc = record->document();
        const int visible = record->viewport()->height();
        const QStringList answer = {QStringLiteral("Where:"), QStringLiteral("Owed now"),
                                    QStringLiteral("To get it back")};
        QTextBlock last;
        for (const QString &part : answer) {
            const QTextCursor found = doc->find(part);
            QVERIFY2(!found.isNull(), qPrintable(part));
            const QRectF box = doc->documentLayout()->blockBoundingRect(found.block());
            QVERIFY2(box.bottom() <= visible,
                     qPrintable(QStringLiteral("\"%1\" ends at %2 px, %3 px in sight")
                                    .arg(part)
                                    .arg(box.bottom())
                                    .arg(visible)));
            last = found.block();
        }
        // The steps under "To get it back", all of them.
        int steps = 0;
        for (QTextBlock b = last.next(); b.isValid() && b.textList(); b = b.next()) {
            const QRectF box = doc->documentLayout()->blockBoundingRect(b);
            QVERIFY2(box.bottom() <= visible,
                     qPrintable(QStringLiteral("step \"%1\" ends at %2 px, %3 px in sight")
                                    .arg(b.text())
                                    .arg(box.bottom())
                                    .arg(visible)));
            ++steps;
        }
        QVERIFY(steps > 0);
    }

    // Item 7: guidance for a category without a script says there is none.
    void guidanceSaysWhenACategoryHasNone()
    {
        std::unique_ptr<MainWindow> w = openDesk();
        QVERIFY(w);
        auto *category = w->contactForm()->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        const int index = category->findData(QStringLiteral("low_level_concern"));
        QVERIFY(index > 0);
        category->setCurrentIndex(index);
        QApplication::processEvents();
        auto *empty = w->guidancePanel()->findChild<QLabel *>(QStringLiteral("guidanceEmpty"));
        QVERIFY(empty->isVisibleTo(w->guidancePanel()));
        QCOMPARE(empty->text(),
                 QStringLiteral("There is no guidance for “Low-level concern”: carry on with the "
                                "contact."));
        category->setCurrentIndex(0);
        QApplication::processEvents();
        QCOMPARE(empty->text(), QStringLiteral("Choose a category to see its guidance."));
    }

    // Item 7: the escalation queue shows whose each escalation is.
    void escalationQueueShowsTheCaller()
    {
        const Contact c = saved(5, kNames.at(2));
        raise(c, QStringLiteral("callback"),
              QJsonDocument::fromJson(R"({"caller_name":"Bartholomew",)"
                                      R"("callback_phone":"07700900123",)"
                                      R"("callback_by":"2026-12-03","purpose":"x"})")
                  .object());
        std::unique_ptr<MainWindow> w = openDesk();
        QVERIFY(w);
        auto *table = w->findChild<QTableView *>(QStringLiteral("escalationsTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        int callerColumn = -1;
        for (int col = 0; col < table->model()->columnCount(); ++col)
            if (table->model()->headerData(col, Qt::Horizontal).toString() ==
                QLatin1String("Caller"))
                callerColumn = col;
        QVERIFY2(callerColumn >= 0, "no Caller column");
        QCOMPARE(table->model()->index(0, callerColumn).data().toString(), kNames.at(2));
    }

    // Item 7: a team with no contacts shows "—" for every average, not "0:00".
    void emptyTeamDashboardShowsDashes()
    {
        DashboardWidget d(m_profile->dbFile(), DashboardScope::team(QStringLiteral("QoS North")),
                          QStringLiteral("M. Manager"));
        QSignalSpy refreshed(&d, &DashboardWidget::refreshed);
        d.resize(500, 700);
        d.show();
        d.refresh();
        while (!d.hasData())
            QVERIFY(refreshed.wait(20000));
        QCOMPARE(d.figure(QStringLiteral("contacts"))->text(), QStringLiteral("0"));
        for (const char *name : {"aht", "talk", "wrapup", "fcr"})
            QVERIFY2(
                d.figure(QLatin1String(name))->text() == QStringLiteral("—"),
                qPrintable(QStringLiteral("%1 shows %2")
                               .arg(QLatin1String(name), d.figure(QLatin1String(name))->text())));
    }

    // Item 7: when the safeguarding form (from the notes) or an escalation form (Ctrl+E from
    // the caller's name) closes, the cursor is back where it was.
    void focusReturnsWhenTheFormsClose()
    {
        std::unique_ptr<MainWindow> w = openDesk();
        QVERIFY(w);
        EscalationDesk *desk = w->findChild<EscalationDesk *>(QStringLiteral("escalationDesk"));
        QVERIFY(desk);
        ContactForm *form = w->contactForm();
        auto *notes = form->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Caller worried about her neighbour"));
        QTRY_COMPARE(QApplication::focusWidget(), notes);

        // The safeguarding form, as the risk banner and the guidance open it.
        desk->raiseFromContact(QStringLiteral("safeguarding"));
        EscalationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<EscalationDialog *>()) && dialog->isVisible());
        QPointer<EscalationDialog> guard(dialog);
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), notes);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" again"));
        QVERIFY(notes->toPlainText().endsWith(QStringLiteral("neighbour again")));

        // Ctrl+E from the caller's name: the chooser, then the form, then back.
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("callerNameEdit"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Ella"));
        QTest::keyClick(name, Qt::Key_E, Qt::ControlModifier);
        QDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = w->findChild<QDialog *>(QStringLiteral("escalationTypeChooser"))) &&
                    chooser->isVisible());
        QTRY_VERIFY(chooser->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY((dialog = w->findChild<EscalationDialog *>()) && dialog->isVisible());
        guard = dialog;
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), name);
        // And a chooser closed with Escape gives it back too.
        QTest::keyClick(name, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((chooser = w->findChild<QDialog *>(QStringLiteral("escalationTypeChooser"))) &&
                    chooser->isVisible());
        QTRY_VERIFY(chooser->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), name);
    }

    // Item 4: the monthly report (written from the team figures) says everything through
    // tr(): with a translation loaded, the PDF is in it.
    void monthlyReportIsTranslated()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            CD_SKIP("pdftotext (poppler-utils) is not installed");
        saved(60 * 24, kNames.at(3));
        MarkingTranslator marks;
        QVERIFY(QCoreApplication::installTranslator(&marks));
        DashboardWidget d(m_profile->dbFile(), DashboardScope::team(QStringLiteral("QoS North")),
                          QStringLiteral("M. Manager"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy written(&d, &DashboardWidget::reportWritten);
        d.writeMonthlyReport(monthRange(2026, 12), QStringLiteral("pdf"), pdf);
        QVERIFY(written.wait(30000));
        QCoreApplication::removeTranslator(&marks);
        QVERIFY2(written.at(0).at(1).toString().isEmpty(),
                 qPrintable(written.at(0).at(1).toString()));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        text.replace(QChar(0xFB01), QLatin1String("fi")); // the "fi" ligature
        for (const char *heading :
             {"Cy:Public contact performance report", "Cy:Key figures", "Cy:Average handling time",
              "Cy:Value for money", "Cy:Escalations and their timeliness", "Cy:Contacts by channel",
              "Cy:Monthly contacts and first-contact resolution"})
            QVERIFY2(
                text.contains(QLatin1String(heading)),
                qPrintable(QStringLiteral("%1 not in:\n%2").arg(QLatin1String(heading), text)));
    }
};

int main(int argc, char **argv)
{
    // An offscreen screen of 1280x720.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the screen configuration");
    file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1280, "height": 720,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    QApplication app(argc, argv);
    TestReadableGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readablegui.moc"
