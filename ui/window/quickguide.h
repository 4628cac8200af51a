#pragma once

#include <QDialog>

class QTextBrowser;

namespace attn::ui {

class MainWindow;

/// Help → Quick Guide (F1): a help page inside the application, not in a browser. A QTextBrowser shows
/// QuickGuideContent for the window: what each panel is, how to explain a number, export a heatmap, present and
/// import a matrix; the contents at the top link to the sections. Non-modal: the window stays usable beside it.
class QuickGuide : public QDialog {
    Q_OBJECT
public:
    /// The guide to `window` (its parent; it must outlive the guide).
    explicit QuickGuide(MainWindow* window);

    /// Rebuilds the text from the window as it is now (its menus, shortcuts and panel titles).
    void refresh();

    /// The text on display, as plain text.
    QString text() const;
    /// The viewer that shows the guide (links to the sections scroll it), owned by this dialog.
    QTextBrowser* browser() const { return m_browser; }

private:
    MainWindow* m_window{nullptr};
    QTextBrowser* m_browser{nullptr};
};

} // namespace attn::ui
