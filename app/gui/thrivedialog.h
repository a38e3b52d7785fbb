#pragma once

#include "core/thrive.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace cd {

// THRIVE at first contact: a short note for each element of the force's definition (the help
// text in each field's tooltip), the kinds of vulnerability and the risk grade. The Yes/No answer
// stays on the contact form, where it is checked before a save.
class ThriveDialog : public QDialog
{
    Q_OBJECT
public:
    ThriveDialog(const ThriveDefinition &definition, const ThriveAnswers &answers,
                 const QString &kinds, const QString &grade, bool reassessing,
                 QWidget *parent = nullptr);

    QJsonObject notes() const;
    QString kinds() const; // comma separated codes
    QString grade() const; // "" when not graded

private:
    QComboBox *m_grade = nullptr;
    QHash<QString, QLineEdit *> m_notes;
    QHash<QString, QCheckBox *> m_kinds;
};

// "What happens next", as told to the caller before the contact is closed: whether police will
// attend and why not (the Right Care, Right Person threshold among the reasons), the reference
// and the timescale given, the advice given and "call back if nothing happens".
class NextStepsDialog : public QDialog
{
    Q_OBJECT
public:
    NextStepsDialog(const ThriveDefinition &definition, const NextSteps &steps,
                    const QString &reference, QWidget *parent = nullptr);

    NextSteps steps() const;
    void accept() override; // refuses, with a message, what is incomplete

private:
    void updateEnabled();

    QComboBox *m_attend = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_why = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_timescale = nullptr;
    QHash<QString, QCheckBox *> m_advice;
    QCheckBox *m_callBack = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cd
