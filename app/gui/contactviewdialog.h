#pragma once

#include "core/contact.h"
#include "core/taxonomy.h"

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace cd {

class Database;
struct SurveyAnswerRow;
struct SurveyComment;
struct SurveyDefinition;

// A saved contact, read-only: everything that was recorded, including the script path.
class ContactViewDialog : public QDialog
{
    Q_OBJECT
public:
    ContactViewDialog(const Contact &contact, const Taxonomy &taxonomy, QWidget *parent = nullptr);
    static QString describe(const Contact &contact, const Taxonomy &taxonomy); // as HTML
    // The caller's survey answers and comments, as HTML ("" when there are none).
    static QString describeSurvey(const QList<SurveyAnswerRow> &answers,
                                  const QList<SurveyComment> &comments,
                                  const SurveyDefinition &survey);

    // Adds the contact's survey returns from `db`, and a button to mark a comment as needing a
    // reply (a feedback_reply escalation owned by the contact's team, `actor` watching it).
    void showSurvey(Database &db, const QString &actor);

private:
    void loadSurvey();

    Contact m_contact;
    Taxonomy m_taxonomy;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_replyButton = nullptr;
    Database *m_db = nullptr;
    QString m_actor;
    QString m_commentToMark; // the latest comment without a reply request
};

} // namespace cd
