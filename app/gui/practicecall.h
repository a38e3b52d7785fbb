#pragma once

#include "core/contact.h"
#include "core/practicescenario.h"
#include "core/rubric.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {

class MainWindow;

// Practice calls in training mode: Training > Practice call… lets the trainer pick a scenario;
// the Caller tab shows the made-up caller's opening line and the topics the trainee can ask
// about (Enter on one reveals the caller's answer); F2 takes the call as a screen pop with the
// caller's number; the trainee logs it on the real contact form. On save, or End practice, the
// contact is scored against the rubric and the result shown point by point.
class PracticePanel : public QWidget
{
    Q_OBJECT
public:
    PracticePanel(MainWindow &window, Rubric rubric, QList<PracticeScenario> scenarios);

    const QList<PracticeScenario> &scenarios() const { return m_scenarios; }
    // Starts a practice call: the Caller tab shows the caller; F2 takes the call.
    void start(const PracticeScenario &scenario);
    // Scores the practice contact (saved, or as typed) and shows the result; ends the practice.
    void end();
    bool isActive() const { return m_state != State::Idle; }

public slots:
    // Training > Practice call…: the trainer picks a scenario.
    void choose();

private:
    enum class State { Idle, Ringing, OnCall };
    void reveal(QListWidgetItem *item);
    void contactSaved(const Contact &contact);
    void showScore(const Contact &contact);
    void render();

    MainWindow &m_window;
    Rubric m_rubric;
    QList<PracticeScenario> m_scenarios;
    PracticeScenario m_scenario;
    State m_state = State::Idle;
    QString m_callId;
    int m_calls = 0;

    QLabel *m_title = nullptr;
    QLabel *m_caller = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_opening = nullptr;
    QListWidget *m_topics = nullptr;
    QPushButton *m_ask = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QPushButton *m_end = nullptr;
};

// The result of a practice call: each criterion with its points and what was missed; the
// criteria a person judges are ticked here by the trainer, and the total follows.
class PracticeScoreDialog : public QDialog
{
    Q_OBJECT
public:
    PracticeScoreDialog(const QString &scenarioTitle, RubricScore score, QWidget *parent);
    const RubricScore &score() const { return m_score; }

signals:
    // A tick changed the score (the practice result kept follows it).
    void scoreChanged(const cd::RubricScore &score);

private:
    void itemChanged(QTreeWidgetItem *item, int column);
    void showTotal();

    RubricScore m_score;
    QLabel *m_total = nullptr;
    QTreeWidget *m_tree = nullptr;
};

// Adds Training > Practice call… and the Caller tab to a training Desk. Returns the panel,
// or nullptr (with a status message) when the rubric or scenarios cannot be loaded.
PracticePanel *installPractice(MainWindow &window);

} // namespace cd
