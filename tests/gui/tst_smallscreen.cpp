// Every window and dialog on a 1280x720 screen (a small laptop, or 1920x1080 at 150%): nothing
// a handler needs is off the screen, and the fields do not jump when the risk banner or the
// repeat-caller notice appears while they type.
#include "core/escalation.h"
#include "gui/auditdialog.h"
#include "gui/connectdialog.h"
#include "gui/contactform.h"
#include "gui/contactlistmodel.h"
#include "gui/contactviewdialog.h"
#include "gui/escalationdialog.h"
#include "gui/mainwindow.h"
#include "gui/profiledialog.h"
#include "gui/qareviewdialog.h"
#include "gui/riskbanner.h"
#include "gui/screenfit.h"
#include "gui/scriptoutlinedialog.h"
#include "gui/signin.h"
#include "gui/thrivedialog.h"
#include "storage/contactstore.h"
#include "storage/scriptstore.h"
#include "storage/taxonomystore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

constexpr QSize kScreen(1280, 720);

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(w->objectName(),
                                         QLatin1String(w->metaObject()->className()));
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractScrollArea *>(w) ||
           qobject_cast<const QTabBar *>(w) || (w->focusPolicy() & Qt::TabFocus);
}

// The nearest scroll area viewport that holds `w`, if any: what is inside one is reached by
// scrolling, so only the scroll area itself has to be on the window.
const QWidget *scrollViewportOf(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()))
            if (area->viewport() == p)
                return p;
    return nullptr;
}

// Every visible control of the window lies inside it (or inside a scroll area that does), and
// the window inside the screen's available geometry.
QStringList controlsOutside(QWidget *window)
{
    QStringList outside;
    const QRect screen = window->screen()->availableGeometry();
    if (!screen.contains(window->frameGeometry()))
        outside.append(QStringLiteral("the window %1 at %2,%3 %4x%5")
                           .arg(describe(window))
                           .arg(window->frameGeometry().x())
                           .arg(window->frameGeometry().y())
                           .arg(window->frameGeometry().width())
                           .arg(window->frameGeometry().height()));
    const QSize room = availableWindowSize(window); // with the window manager's frame around
    if (window->width() > room.width() || window->height() > room.height())
        outside.append(QStringLiteral("the window %1 is %2x%3, no room for its frame")
                           .arg(describe(window))
                           .arg(window->width())
                           .arg(window->height()));
    const QRect inside = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window || !isInteractive(w))
            continue;
        if (scrollViewportOf(w, window))
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!inside.contains(r))
            outside.append(QStringLiteral("%1 at %2,%3 %4x%5")
                               .arg(describe(w))
                               .arg(r.x())
                               .arg(r.y())
                               .arg(r.width())
                               .arg(r.height()));
    }
    return outside;
}

QRect geometryIn(const QWidget *w, const QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

void showAndWait(QWidget *w)
{
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QApplication::processEvents();
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        // The caller has rung before: the repeat-caller notice shows once the number is typed.
        ContactStore store(*m_profile->db);
        for (int days : {2, 6}) {
            Contact c = test::sampleContact(QDateTime::currentDateTimeUtc().addDays(-days));
            CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        }
    }
    void cleanup() { m_profile.reset(); }

    void theScreenIsSmall()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), kScreen);
    }

    void mainWindowFitsWithTheBannerAndRepeatNotice()
    {
        MainWindow w(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(w.panelsReady()); // the side panels follow the first paint
        QVERIFY2(w.minimumSizeHint().width() <= availableWindowSize(&w).width() &&
                     w.minimumSizeHint().height() <= availableWindowSize(&w).height(),
                 qPrintable(QStringLiteral("minimum %1x%2")
                                .arg(w.minimumSizeHint().width())
                                .arg(w.minimumSizeHint().height())));
        QVERIFY(w.minimumSize().width() <= availableWindowSize(&w).width());
        QVERIFY(w.minimumSize().height() <= availableWindowSize(&w).height());
        showAndWait(&w);

        ContactForm *form = w.contactForm();
        auto *phone = form->findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("07700 900123"));
        QTRY_VERIFY(form->findChild<QLabel *>(QStringLiteral("repeatLabel"))->isVisible());
        auto *notes = form->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        notes->setFocus();
        QTest::keyClicks(
            notes, QStringLiteral("caller says her ex-p put his hands round her throat again "));
        QTRY_VERIFY(w.riskBanner()->isVisible());

        const QStringList outside = controlsOutside(&w);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QStringLiteral("; "))));

        // The whole contact form, Save included, is on the screen without scrolling.
        auto *scroll = w.findChild<QScrollArea *>(QStringLiteral("contactFormScroll"));
        QVERIFY(scroll);
        const QRect viewport = geometryIn(scroll->viewport(), &w);
        for (const char *name : {"channelCombo", "callerPhoneEdit", "notesEdit", "outcomeCombo",
                                 "remainedDissatisfiedCheck", "saveButton", "formMessage"}) {
            auto *field = form->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(viewport.contains(geometryIn(field, &w)), name);
        }
        // The banner's text fits its slot at this width.
        auto *text = w.riskBanner()->findChild<QLabel *>(QStringLiteral("riskBannerText"));
        QVERIFY2(text->heightForWidth(text->width()) <= text->height(),
                 qPrintable(QStringLiteral("%1 needs %2 px, has %3")
                                .arg(text->text())
                                .arg(text->heightForWidth(text->width()))
                                .arg(text->height())));
    }

    // The outcome message proposed for a saved contact, in front on the side panel: the text,
    // Send later, the reason and Withhold all on the screen.
    void outcomeMessageFits()
    {
        Contact c = test::sampleContact(QDateTime::currentDateTimeUtc().addSecs(-3600));
        c.category = QStringLiteral("vehicle_recovery");
        c.reason.clear();
        c.outcome = QStringLiteral("resolved_first_contact");
        c.consentToOutcome = true;
        c.callerPhone = QStringLiteral("07700900123");
        c.riskPrompts.clear();
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(c, QStringLiteral("A. Handler")));
        MainWindow w(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(w.panelsReady()); // the side panels follow the first paint
        showAndWait(&w);
        auto *panel = w.findChild<QWidget *>(QStringLiteral("messagePanel"));
        QVERIFY(panel);
        w.sidePanel()->setCurrentWidget(panel);
        QApplication::processEvents();
        const QStringList outside = controlsOutside(&w);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QStringLiteral("; "))));
        for (const char *name : {"messageTextEdit", "messageQueueButton", "messageReasonEdit",
                                 "messageWithholdButton", "messageLanguageCombo"}) {
            auto *field = panel->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(field && field->isVisible() && field->isEnabled(), name);
            QVERIFY2(w.rect().contains(geometryIn(field, &w)), name);
        }
    }

    // Today's list and the caller's history: every column shown inside the list, and no
    // horizontal scroll bar.
    void contactListsFitWithoutScrolling()
    {
        ContactStore store(*m_profile->db);
        for (int i = 0; i < 3; ++i) { // today's, with long names and labels
            Contact c = test::sampleContact(QDateTime::currentDateTimeUtc().addSecs(-60 * (i + 1)));
            c.callerName = QStringLiteral("Alexandra Montgomery-Fairweather %1").arg(i);
            c.category = QStringLiteral("dissatisfaction");
            c.reason = QStringLiteral("no_update");
            c.outcome = QStringLiteral("escalated_complaint");
            c.channel = QStringLiteral("social_media");
            CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
        }
        MainWindow w(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(w.panelsReady()); // the side panels follow the first paint
        showAndWait(&w);
        auto *today = w.findChild<QTableView *>(QStringLiteral("contactsView"));
        QTRY_VERIFY(today->model()->rowCount() >= 3);
        ContactForm *form = w.contactForm();
        auto *phone = form->findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("07700 900123"));
        auto *history = w.findChild<QTableView *>(QStringLiteral("historyView"));
        QTRY_VERIFY(history->model()->rowCount() >= 5);
        QApplication::processEvents();
        for (QTableView *view : {today, history}) {
            const QHeaderView *header = view->horizontalHeader();
            const int room = view->viewport()->width();
            QStringList sections;
            for (int c = 0; c < view->model()->columnCount(); ++c)
                sections << QString::number(header->sectionSize(c));
            // The view lays its scroll bars out after the columns (on its own timer).
            QTRY_VERIFY2(!view->horizontalScrollBar()->isVisible(),
                         qPrintable(QStringLiteral("%1: columns %2 in %3")
                                        .arg(view->objectName(), sections.join(QLatin1Char(' ')))
                                        .arg(room)));
            // The time and the caller shown; the last columns may leave a narrow list (no width;
            // the row's tooltip has them).
            QVERIFY(header->sectionSize(ContactListModel::Time) > 0);
            QVERIFY(header->sectionSize(ContactListModel::Caller) > 0);
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                if (header->sectionSize(c) == 0)
                    continue;
                const int at = header->sectionViewportPosition(c);
                QVERIFY2(at >= 0 && at + header->sectionSize(c) <= room &&
                             header->sectionSize(c) > 0,
                         qPrintable(QStringLiteral("%1 column %2 at %3 width %4 in %5")
                                        .arg(view->objectName())
                                        .arg(c)
                                        .arg(at)
                                        .arg(header->sectionSize(c))
                                        .arg(room)));
            }
            // The time is never cut.
            QVERIFY(view->columnWidth(ContactListModel::Time) >=
                    static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(
                        ContactListModel::Time));
        }
    }

    void fieldsStayPutWhileTheHandlerTypes()
    {
        MainWindow w(*m_profile->db, m_profile->profile);
        QTRY_VERIFY(w.panelsReady()); // the side panels follow the first paint
        showAndWait(&w);
        ContactForm *form = w.contactForm();
        const QStringList names{QStringLiteral("callerPhoneEdit"), QStringLiteral("notesEdit"),
                                QStringLiteral("outcomeCombo"), QStringLiteral("saveButton")};
        auto geometries = [&] {
            QList<QRect> g;
            for (const QString &name : names)
                g.append(geometryIn(form->findChild<QWidget *>(name), &w));
            return g;
        };
        const QList<QRect> before = geometries();

        // The number brings up the repeat-caller notice...
        auto *phone = form->findChild<QLineEdit *>(QStringLiteral("callerPhoneEdit"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("07700 900123"));
        QTRY_VERIFY(form->findChild<QLabel *>(QStringLiteral("repeatLabel"))->isVisible());
        QApplication::processEvents();
        QCOMPARE(geometries(), before);

        // ...and the notes the risk banner, typed a key at a time.
        auto *notes = form->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        notes->setFocus();
        QVERIFY(!w.riskBanner()->isVisible());
        QTest::keyClicks(
            notes, QStringLiteral("caller says her ex-p put his hands round her throat again "));
        QTRY_VERIFY(w.riskBanner()->isVisible());
        QApplication::processEvents();
        QCOMPARE(geometries(), before);
        QCOMPARE(QApplication::focusWidget(), notes);

        // Dismissed: still nothing moves.
        QTest::keyClick(notes, Qt::Key_F9, Qt::ShiftModifier);
        QTRY_VERIFY(!w.riskBanner()->isVisible());
        QApplication::processEvents();
        QCOMPARE(geometries(), before);

        // The caller hangs up (F4): "Wrap-up" takes the timer's place beside the notice, and
        // the fields stay where they were.
        w.endCall();
        auto *timer = form->findChild<QLabel *>(QStringLiteral("timerLabel"));
        QTRY_VERIFY(timer->text().contains(QStringLiteral("Wrap-up")));
        QApplication::processEvents();
        QCOMPARE(geometries(), before);
        QCOMPARE(QApplication::focusWidget(), notes);
    }

    void escalationDialogsFit()
    {
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        QVERIFY(!rules.value().forms.forms().isEmpty());
        Contact contact = test::sampleContact(QDateTime::currentDateTimeUtc());
        contact.id = QStringLiteral("contact-1");
        for (const FormDefinition &form : rules.value().forms.forms()) {
            EscalationDialog dialog(*m_profile->db, rules.value(), form, contact,
                                    QStringLiteral("A. Handler"), QStringLiteral("QoS North"));
            showAndWait(&dialog);
            const QStringList outside = controlsOutside(&dialog);
            QVERIFY2(outside.isEmpty(), qPrintable(form.type + QStringLiteral(": ") +
                                                   outside.join(QStringLiteral("; "))));
            QVERIFY2(dialog.minimumSizeHint().height() <= availableWindowSize(&dialog).height(),
                     qPrintable(form.type));
        }
    }

    void smallDialogsFit()
    {
        const Taxonomy taxonomy = TaxonomyStore(*m_profile->db).load().value();
        Contact contact = test::sampleContact(QDateTime::currentDateTimeUtc());
        contact.notes = QString(40, QLatin1Char('x')).repeated(60); // a long note
        // A lower grade waiting: the grade row and the sign-off button show.
        contact.thriveRequired = true;
        contact.riskGrade = QStringLiteral("high");
        contact.gradeRequested = QStringLiteral("low");
        auto *view = new ContactViewDialog(contact, taxonomy);
        view->offerGradeChange(
            m_profile->profile, [](const QString &) { return Result<Contact>::failure({}); },
            [] { return Result<Contact>::failure({}); });
        QList<QDialog *> dialogs{
            new ConnectDialog(sync::ConnectionSettings{}),
            new ProfileDialog(m_profile->profile),
            new SignInDialog(*m_profile->db, QStringLiteral("ahandler")),
            view,
            new ScriptOutlineDialog(ScriptStore(*m_profile->db).library(&taxonomy)),
            new AuditDialog(*m_profile->db, QStringLiteral("M. Manager")),
            new QaReviewDialog(*m_profile->db,
                               HandlerProfile{QStringLiteral("M. Manager"), Role::Manager,
                                              QStringLiteral("QoS North")}),
        };
        // THRIVE (with a force's extra element) and "what happens next".
        const ThriveDefinition thrive = ThriveDefinition::loadShipped().value();
        dialogs << new ThriveDialog(thrive, ThriveAnswers(), QString(), QString(), true)
                << new NextStepsDialog(thrive, NextSteps(), QStringLiteral("CAD-1/26"));
        for (QDialog *dialog : std::as_const(dialogs)) {
            showAndWait(dialog);
            const QStringList outside = controlsOutside(dialog);
            QVERIFY2(outside.isEmpty(), qPrintable(describe(dialog) + QStringLiteral(": ") +
                                                   outside.join(QStringLiteral("; "))));
        }
        qDeleteAll(dialogs);
    }

private:
    std::unique_ptr<test::TempProfile> m_profile;
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
    TestSmallScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smallscreen.moc"
