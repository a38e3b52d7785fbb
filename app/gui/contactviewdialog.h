#pragma once

#include "core/contact.h"
#include "core/profile.h"
#include "core/result.h"
#include "core/taxonomy.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cd {

class Database;
struct SurveyAnswerRow;
struct SurveyComment;
struct SurveyDefinition;
struct OutcomeMessage;

// A saved contact, read-only: everything that was recorded, including the script path.
class ContactViewDialog : public QDialog
{
    Q_OBJECT
public:
    ContactViewDialog(const Contact &contact, const Taxonomy &taxonomy, QWidget *parent = nullptr);
    static QString describe(const Contact &contact, const Taxonomy &taxonomy); // as HTML
    // Caller matching (issue 22): the repeat-victim check as the contact view says it, and the
    // shipped label of a kind of risk ("domestic" is "Domestic abuse").
    static QString describeVictimCheck(const Contact &contact);
    static QString riskKindLabel(const QString &kind);

    // --- Risk grade of a saved contact: changed here (a lower grade waits for a manager) and
    // signed off here by a manager (the profile's role; there is no other role system yet).
    // Each callback saves and returns the contact as it now stands. ---
    using GradeChangeFn = std::function<Result<Contact>(const QString &grade)>;
    using SignOffFn = std::function<Result<Contact>()>;
    void offerGradeChange(const HandlerProfile &who, GradeChangeFn change, SignOffFn signOff);

    // The caller's survey answers and comments, as HTML ("" when there are none).
    static QString describeSurvey(const QList<SurveyAnswerRow> &answers,
                                  const QList<SurveyComment> &comments,
                                  const SurveyDefinition &survey);

    // The contact's outcome message and how its delivery stands (the gateway's receipt), as
    // HTML ("" when it has none).
    static QString describeMessage(const OutcomeMessage &message);

    // Adds the contact's outcome message and survey returns from `db`, and a button to mark a
    // comment as needing a reply (a feedback_reply escalation owned by the contact's team, `actor`
    // watching it).
    void showSurvey(Database &db, const QString &actor);

    // Lists the escalations raised from the contact (type, reference, status, due), each opened
    // by Enter or a double-click; nothing shows when there are none.
    void showEscalations(Database &db, const QString &actor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContact(const Contact &contact);
    void loadEscalations();
    void openEscalation(const QModelIndex &index);
    void loadSurvey();

    Contact m_contact;
    Taxonomy m_taxonomy;
    QTextBrowser *m_browser = nullptr;
    QWidget *m_gradeRow = nullptr;
    QComboBox *m_gradeCombo = nullptr;
    QPushButton *m_changeGrade = nullptr;
    QPushButton *m_signOff = nullptr;
    QLabel *m_gradeMessage = nullptr;
    GradeChangeFn m_change;
    SignOffFn m_signOffFn;
    QPushButton *m_replyButton = nullptr;
    Database *m_db = nullptr;
    QString m_actor;
    QString m_commentToMark; // the latest comment without a reply request
    QLabel *m_escalationsTitle = nullptr;
    QTableWidget *m_escalations = nullptr;
    Database *m_escalationsDb = nullptr;
    QString m_escalationsActor;
};

} // namespace cd
