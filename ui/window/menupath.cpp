#include "window/menupath.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

namespace {

/// True if `text` (plain) is `wanted`, or `wanted` followed by a space and more (an undo action's step name).
bool matches(const QString& text, const QString& wanted, bool allowLonger)
{
    return text == wanted || (allowLonger && text.startsWith(wanted + u' '));
}

} // namespace

QString plainMenuText(const QString& text)
{
    // A translation's mnemonic after the text, as Chinese and Japanese menus write it: "文件(&F)", "导出(&E)…".
    static const QRegularExpression appendedMnemonic(u"\\s*\\(&[^&\\s]\\)"_s);
    QString result;
    result.reserve(text.size());
    const QString visible = text.section(u'\t', 0, 0).remove(appendedMnemonic);
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (visible.at(i) == u'&') {
            if (i + 1 < visible.size() && visible.at(i + 1) == u'&') {
                result.append(u'&');
                ++i;
            }
            continue;
        }
        result.append(visible.at(i));
    }
    return result;
}

QStringList menuTitlePath(const QMenu* menu)
{
    QStringList titles;
    // Menus nest a few levels at most; the bound guards against a menu added to itself.
    for (int depth = 0; menu != nullptr && depth < 16; ++depth) {
        titles.prepend(plainMenuText(menu->title()));
        const QMenu* parent = nullptr;
        for (QObject* object : menu->menuAction()->associatedObjects()) {
            // Not QMenuBar's untitled overflow menu, which borrows the actions that do not fit.
            if (auto* candidate = qobject_cast<QMenu*>(object);
                candidate != nullptr && candidate != menu && !candidate->title().isEmpty()) {
                parent = candidate;
                break;
            }
        }
        menu = parent;
    }
    return titles;
}

QAction* findMenuAction(const QMenuBar* bar, const QStringList& path)
{
    if (bar == nullptr || path.isEmpty())
        return nullptr;
    QList<QAction*> actions = bar->actions();
    QAction* found = nullptr;
    for (qsizetype level = 0; level < path.size(); ++level) {
        const bool last = level + 1 == path.size();
        found = nullptr;
        for (QAction* action : actions) {
            if (!action->isSeparator() && matches(plainMenuText(action->text()), path.at(level), last)) {
                found = action;
                break;
            }
        }
        if (found == nullptr)
            return nullptr;
        if (!last) {
            if (found->menu() == nullptr)
                return nullptr;
            actions = found->menu()->actions();
        }
    }
    return found;
}

QString joinMenuPath(const QStringList& path)
{
    return path.join(u" \u2192 "_s);
}

} // namespace attn::ui
