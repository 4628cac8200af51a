#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace attn::ui {

class AboutDialog;
class MainWindow;
class QuickGuide;
class ShortcutsDialog;

/// The Help menu: Quick Guide (F1, QKeySequence::HelpContents; see QuickGuide), Keyboard Shortcuts (see
/// ShortcutsDialog), About Attention Lab (the versions of the application, Qt, Eigen and QCustomPlot, see
/// AboutDialog) and About Qt. Each window opens one of each at a time: asking again raises the open one.
class HelpActions : public QObject {
    Q_OBJECT
public:
    /// `window` owns the actions and is the parent of the dialogs.
    explicit HelpActions(MainWindow* window);

    /// Adds "Quick Guide", "Keyboard Shortcuts", a separator, "About Attention Lab" and "About Qt" (with the About
    /// menu roles, for macOS) to `menu`.
    void populate(QMenu* menu);

    /// Shows the quick guide, non-modal and deleted when closed, with its text rebuilt from the window; returns
    /// it.
    QuickGuide* showQuickGuide();
    /// Shows the keyboard shortcuts, non-modal and deleted when closed, listed from the window's actions as they
    /// are now; returns the dialog.
    ShortcutsDialog* showShortcuts();
    /// Opens the About box, window-modal and deleted when closed, and returns it.
    AboutDialog* showAbout();

    /// Help → Quick Guide (null before populate()).
    QAction* quickGuideAction() const { return m_quickGuide; }
    /// Help → Keyboard Shortcuts (null before populate()).
    QAction* shortcutsAction() const { return m_shortcuts; }

private:
    MainWindow* m_window{nullptr};
    QAction* m_quickGuide{nullptr};
    QAction* m_shortcuts{nullptr};
};

} // namespace attn::ui
