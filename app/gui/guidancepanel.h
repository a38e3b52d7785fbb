#pragma once

#include "core/scriptlibrary.h"
#include "core/scriptsession.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cd {

// The Guidance tab: the script for the contact's category, one step at a time. The handler
// answers with the number keys 1-9 (or the mouse) and goes back with Backspace. Each step's
// actions are passed on as signals; the walk is kept as JSON for Contact::scriptPath.
class GuidancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit GuidancePanel(QWidget *parent = nullptr);
    ~GuidancePanel() override;

    // The scripts to offer (ScriptStore::library() gives shipped plus imported versions).
    void setLibrary(const ScriptLibrary &library);
    const ScriptLibrary &library() const { return m_library; }

    const ScriptSession *session() const { return m_session.get(); }
    // Every walk of this contact, as saved in Contact::scriptPath.
    QString pathJson() const;

public slots:
    // Shows the script for a category; no script (or an empty code) clears the panel, and a
    // category without a script says so (by `label`, its name on the form).
    void showCategory(const QString &category, const QString &label = QString());
    // Opens a script by id (from the risk banner); false when there is no such script.
    bool openScript(const QString &scriptId);
    bool answer(int choice);
    bool back();
    // A new contact: forgets every walk.
    void reset();
    // A recovered draft: keeps its walks, and resumes the walk of the script on show.
    void restorePath(const QString &scriptPathJson);
    void showOutline();

signals:
    void outcomeRequested(const QString &outcomeCode);
    void escalationRequested(const QString &type);
    void vehicleLookupRequested();
    void pathChanged(const QString &json);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void start(const Script &script);
    void keepCurrentWalk();
    void render();
    void runActions(const ScriptStep &step);

    ScriptLibrary m_library;
    std::unique_ptr<ScriptSession> m_session;
    QString m_otherWalks; // JSON array of walks of other scripts in this contact

    QLabel *m_warning = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_contacts = nullptr;
    QLabel *m_told = nullptr;
    QWidget *m_answers = nullptr;
    QVBoxLayout *m_answersLayout = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_outline = nullptr;
    QLabel *m_sources = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace cd
