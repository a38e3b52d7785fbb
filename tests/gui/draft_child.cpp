// Opens the Desk on a profile, types part of a contact by keyboard, waits until the draft is
// in the database, prints READY and then runs until it is killed.
#include "gui/contactform.h"
#include "gui/mainwindow.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/profile.h"

#include <QApplication>
#include <QTest>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto db =
        cd::Database::open(cd::Database::fileNameIn(QString::fromLocal8Bit(argv[1])), nullptr);
    if (!db)
        return 3;
    cd::MainWindow window(*db, cd::ProfileStore(*db).load());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 4;
    QTest::keyClick(&window, Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("07700 900123"));
    QWidget *notes = window.contactForm()->fieldWidget(QStringLiteral("notes"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Caller says the car was taken from outside her house"));
    cd::DraftStore drafts(*db);
    for (int i = 0; i < 200; ++i) {
        const auto draft = drafts.load(cd::DraftStore::contactSlot());
        if (draft && draft->payload.value(QLatin1String("notes"))
                         .toString()
                         .endsWith(QLatin1String("her house"))) {
            std::puts("READY");
            std::fflush(stdout);
            return app.exec();
        }
        QTest::qWait(25);
    }
    return 5;
}
