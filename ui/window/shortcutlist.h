#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QMainWindow;

namespace attn::ui {

/// One line of Help → Keyboard Shortcuts.
struct ShortcutEntry {
    QString group;  ///< The menu path ("File → Export"), or where the input applies ("Heatmaps", "Tables").
    QString action; ///< What it does: the action's text without '&' ("Export All Heatmaps…").
    QString keys;   ///< QKeySequence::NativeText ("Ctrl+E"; several joined with ", "), or a mouse gesture.
};

/// The keyboard shortcuts and mouse gestures of a window, generated from what the window really has, never a
/// hand-kept list that could drift.
class ShortcutList {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::ShortcutList)
public:
    /// Every QAction of `window` with a shortcut: first those in the menu bar, in menu order, grouped by their
    /// menu path; then the others found by findChildren() (for example the Copy and Paste of the tables), grouped
    /// by where they apply. Actions inside dialogs are left out; duplicates (one per table) are listed once.
    static QList<ShortcutEntry> actions(const QMainWindow& window);

    /// The input that is not an action: keys of QShortcut objects the window really has (the arrow keys that
    /// step through the stages while a heatmap has the focus, Esc that leaves presentation mode; each listed only
    /// when the window has a QShortcut for it) and the mouse on heatmaps, tables and the regression view.
    static QList<ShortcutEntry> otherInput(const QMainWindow& window);

    /// actions() followed by otherInput().
    static QList<ShortcutEntry> all(const QMainWindow& window);
};

} // namespace attn::ui
