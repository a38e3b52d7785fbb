#include "gui/combotypeahead.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QToolTip>

namespace cd {

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

bool matches(const QStringList &itemWords, const QStringList &typed)
{
    qsizetype next = 0;
    for (const QString &t : typed) {
        while (next < itemWords.size() && !itemWords.at(next).startsWith(t))
            ++next;
        if (next == itemWords.size())
            return false;
        ++next;
    }
    return true;
}

} // namespace

ComboTypeAhead::ComboTypeAhead(QComboBox *combo)
    : QObject(combo)
    , m_combo(combo)
{
    combo->installEventFilter(this);
}

void ComboTypeAhead::install(QComboBox *combo)
{
    if (!combo || combo->isEditable() || combo->findChild<ComboTypeAhead *>())
        return;
    new ComboTypeAhead(combo);
}

void ComboTypeAhead::installAll(QWidget *root)
{
    if (!root)
        return;
    if (auto *combo = qobject_cast<QComboBox *>(root))
        install(combo);
    const QList<QComboBox *> combos = root->findChildren<QComboBox *>();
    for (QComboBox *combo : combos)
        install(combo);
}

namespace {
// A "— choose —" line: an item whose code is an empty string.
bool isPrompt(const QComboBox *combo, int index)
{
    const QVariant code = combo->itemData(index);
    return code.typeId() == QMetaType::QString && code.toString().isEmpty();
}
} // namespace

int ComboTypeAhead::findItem(const QComboBox *combo, const QString &text)
{
    const QStringList typed = words(text);
    if (typed.isEmpty())
        return -1;
    int anywhere = -1;
    for (int i = 0; i < combo->count(); ++i) {
        if (isPrompt(combo, i))
            continue;
        const QStringList itemWords = words(combo->itemText(i));
        if (itemWords.isEmpty() || !matches(itemWords, typed))
            continue;
        // The first word typed beginning the item's first word wins over a match further in.
        if (itemWords.constFirst().startsWith(typed.constFirst()))
            return i;
        if (anywhere < 0)
            anywhere = i;
    }
    return anywhere;
}

bool ComboTypeAhead::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_combo || event->type() != QEvent::KeyPress || m_combo->isEditable())
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (mods != Qt::NoModifier)
        return QObject::eventFilter(watched, event);
    const bool fresh = !m_sinceLastKey.isValid() ||
                       m_sinceLastKey.elapsed() > QApplication::keyboardInputInterval();
    if (key->key() == Qt::Key_Backspace) {
        if (fresh || m_typed.isEmpty())
            return QObject::eventFilter(watched, event);
        m_typed.chop(1);
        m_sinceLastKey.start();
        const int index = findItem(m_combo, m_typed);
        if (index >= 0)
            m_combo->setCurrentIndex(index);
        return true;
    }
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint())
        return QObject::eventFilter(watched, event);
    if (fresh)
        m_typed.clear();
    m_sinceLastKey.start();
    // Leading spaces start nothing; a space otherwise ends a word. Never opens the popup.
    if (text.trimmed().isEmpty() && m_typed.isEmpty())
        return true;
    const QString candidate = m_typed + text;
    const int index = findItem(m_combo, candidate);
    m_typed = candidate;
    if (index >= 0) {
        if (index != m_combo->currentIndex())
            m_combo->setCurrentIndex(index);
        QToolTip::hideText();
    } else if (!text.trimmed().isEmpty()) {
        // What is typed matches nothing: an earlier partial match ("Compl" for "Compliment")
        // must not stay chosen for "Complaint". Back to the prompt, if the box has one, and say so.
        const int prompt = promptIndex(m_combo);
        if (prompt >= 0 && prompt != m_combo->currentIndex())
            m_combo->setCurrentIndex(prompt);
        QToolTip::showText(m_combo->mapToGlobal(QPoint(0, m_combo->height())),
                           tr("Nothing matches “%1”").arg(m_typed.trimmed()), m_combo);
    }
    return true; // the key is the box's, matched or not
}

int ComboTypeAhead::promptIndex(const QComboBox *combo)
{
    for (int i = 0; i < combo->count(); ++i)
        if (isPrompt(combo, i))
            return i;
    return -1;
}

} // namespace cd
