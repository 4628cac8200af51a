#include "window/shortcutlist.h"

#include "window/menupath.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialog>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

namespace {

QString keysText(const QList<QKeySequence>& sequences)
{
    QStringList texts;
    for (const QKeySequence& sequence : sequences)
        if (!sequence.isEmpty())
            texts << sequence.toString(QKeySequence::NativeText);
    return texts.join(u", "_s);
}

/// True if `object` lives inside a dialog (the shortcuts of a dialog are not the window's).
bool insideDialog(const QObject* object)
{
    for (; object != nullptr; object = object->parent())
        if (qobject_cast<const QDialog*>(object) != nullptr)
            return true;
    return false;
}

/// Where an action outside the menu bar applies: "Tables" for a table's own actions, its menu's path, or the
/// window.
QString groupOf(const QAction* action)
{
    const QList<QObject*> objects = action->associatedObjects();
    for (QObject* object : objects) {
        if (qobject_cast<QAbstractItemView*>(object) != nullptr)
            return ShortcutList::tr("Tables");
    }
    for (QObject* object : objects) {
        if (auto* menu = qobject_cast<QMenu*>(object)) {
            const QString path = joinMenuPath(menuTitlePath(menu));
            if (!path.isEmpty()) // a context menu has no title
                return path;
        }
    }
    return ShortcutList::tr("Window");
}

/// The actions of `menu`, reached from the menu bar through `path`, and of its submenus.
void collectMenu(const QMenu* menu, const QStringList& path, QList<ShortcutEntry>& entries,
                 QSet<const QAction*>& seen)
{
    const QString group = joinMenuPath(path);
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu* sub = action->menu(); sub != nullptr) {
            collectMenu(sub, path + QStringList{plainMenuText(sub->title())}, entries, seen);
            continue;
        }
        seen.insert(action);
        const QString keys = keysText(action->shortcuts());
        if (!keys.isEmpty())
            entries.append({group, plainMenuText(action->text()), keys});
    }
}

/// True if `window` has a QShortcut (outside its dialogs) for `key`.
bool hasShortcut(const QMainWindow& window, const QKeySequence& key)
{
    const QList<QShortcut*> shortcuts = window.findChildren<QShortcut*>();
    for (const QShortcut* shortcut : shortcuts)
        if (!insideDialog(shortcut) && shortcut->keys().contains(key))
            return true;
    return false;
}

} // namespace

QList<ShortcutEntry> ShortcutList::actions(const QMainWindow& window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction*> seen;
    if (const auto* bar = qobject_cast<const QMenuBar*>(window.menuWidget())) {
        for (QAction* action : bar->actions())
            if (const QMenu* menu = action->menu(); menu != nullptr)
                collectMenu(menu, {plainMenuText(menu->title())}, entries, seen);
    }
    const QList<QAction*> all = window.findChildren<QAction*>();
    for (const QAction* action : all) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || insideDialog(action))
            continue;
        const ShortcutEntry entry{groupOf(action), plainMenuText(action->text()), keysText(action->shortcuts())};
        const bool duplicate = std::any_of(entries.cbegin(), entries.cend(), [&entry](const ShortcutEntry& e) {
            return e.group == entry.group && e.action == entry.action && e.keys == entry.keys;
        });
        if (!duplicate)
            entries.append(entry);
    }
    return entries;
}

QList<ShortcutEntry> ShortcutList::otherInput(const QMainWindow& window)
{
    QList<ShortcutEntry> entries;
    const QString heatmaps = tr("Heatmaps");
    const auto key = [](Qt::Key k) { return QKeySequence(k).toString(QKeySequence::NativeText); };
    if (hasShortcut(window, QKeySequence(Qt::Key_Right)))
        entries.append({heatmaps, tr("Next stage (while a heatmap has the focus)"), key(Qt::Key_Right)});
    if (hasShortcut(window, QKeySequence(Qt::Key_Left)))
        entries.append({heatmaps, tr("Previous stage (while a heatmap has the focus)"), key(Qt::Key_Left)});
    if (hasShortcut(window, QKeySequence(Qt::Key_Escape)))
        entries.append({tr("Presentation"), tr("Leave presentation mode"), key(Qt::Key_Escape)});
    entries.append({heatmaps, tr("Explain the number in a cell"), tr("Click")});
    entries.append({heatmaps, tr("Show a cell's exact value"), tr("Hover")});
    entries.append({heatmaps, tr("Zoom in or out about the cursor"), tr("Mouse wheel")});
    entries.append({heatmaps, tr("Move the zoomed view"), tr("Drag")});
    entries.append({heatmaps, tr("Show the whole matrix again"), tr("Double-click")});
    entries.append({heatmaps, tr("Export the heatmap or its numbers"), tr("Right-click")});
    entries.append({tr("Tables"), tr("Edit a number"), tr("Double-click or type")});
    entries.append({tr("Tables"), tr("Import, export, copy or paste"), tr("Right-click")});
    entries.append({tr("Kernel regression view"), tr("Move a query"), tr("Drag its line")});
    return entries;
}

QList<ShortcutEntry> ShortcutList::all(const QMainWindow& window)
{
    return actions(window) + otherInput(window);
}

} // namespace attn::ui
