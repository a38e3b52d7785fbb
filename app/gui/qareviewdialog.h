#pragma once

#include "core/profile.h"
#include "core/rubric.h"
#include "core/taxonomy.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace cd {

class Database;
class PanelHost;

// Quality review (File > Quality review…, managers): draws a month's dip sample of the team's
// contacts, shows each sampled contact read-only (each opening is an audited view) and scores
// it criterion by criterion against the rubric practice calls use, with feedback the handler
// sees on their dashboard. What is typed is kept as a draft at each change, so a killed Desk
// loses nothing.
class QaReviewDialog : public QDialog
{
    Q_OBJECT
public:
    QaReviewDialog(Database &db, const HandlerProfile &reviewer, QWidget *parent = nullptr);

    // Draws the sample of the month in the Month field (the settings' share and minimum, the
    // month as the seed, as `qa sample` does).
    bool drawSample();
    // Shows the sample kept for the month in the Month field.
    void showSample();
    // Opens the sampled contact in `row` (an audited view) with its draft or review.
    bool openRow(int row);
    bool saveReview();
    int total() const;

    QTableWidget *sampleTable() const { return m_sample; }
    QTextBrowser *contactView() const { return m_contact; }
    QString openContactId() const { return m_contactId; }

private:
    void keepDraft();
    void setScores(const QHash<QString, int> &points, const QString &feedback);
    void updateTotal();
    void setEditable(bool editable);
    static QString draftSlotFor(const QString &contactId);

    Database &m_db;
    HandlerProfile m_reviewer;
    Rubric m_rubric;
    Taxonomy m_taxonomy;
    QString m_contactId;
    bool m_loading = false;
    QLineEdit *m_month = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_sample = nullptr;
    QTextBrowser *m_contact = nullptr;
    QHash<QString, QSpinBox *> m_spins;  // automatic criteria: 0..weight
    QHash<QString, QCheckBox *> m_ticks; // manual criteria: ticked or not
    QPlainTextEdit *m_feedback = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_save = nullptr;
};

// Adds File > Quality review… for managers (and administrators).
void installQaReview(PanelHost &host);

} // namespace cd
