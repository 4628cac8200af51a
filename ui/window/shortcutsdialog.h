#pragma once

#include "window/shortcutlist.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace attn::ui {

/// Help → Keyboard Shortcuts: every shortcut of the window (ShortcutList: generated from its real QActions and
/// QShortcuts, plus the mouse gestures), grouped by menu, with a search field that keeps the lines whose group,
/// action or keys contain the text typed. Non-modal; refresh() regenerates the list from the window.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    /// Lists the shortcuts of `window` (its parent; it must outlive the dialog).
    explicit ShortcutsDialog(QMainWindow* window);

    /// Regenerates the list from the window's actions as they are now, and applies the search again.
    void refresh();
    /// Keeps only the lines whose group, action or keys contain `text` (case-insensitive); empty shows all.
    void setFilter(const QString& text);

    /// The lines listed (all of them, whatever the search).
    const QList<ShortcutEntry>& entries() const { return m_entries; }
    /// The lines the search leaves visible.
    QList<ShortcutEntry> visibleEntries() const;

    /// The list: one top-level item per menu (path), one child per shortcut (action text, keys); owned here.
    QTreeWidget* tree() const { return m_tree; }
    /// The search field: typing hides the lines whose action and keys do not contain the text; owned here.
    QLineEdit* searchField() const { return m_search; }

private:
    void applyFilter();

    QMainWindow* m_window{nullptr};
    QList<ShortcutEntry> m_entries;
    QLineEdit* m_search{nullptr};
    QTreeWidget* m_tree{nullptr};
    QLabel* m_nothingFound{nullptr};
};

} // namespace attn::ui
