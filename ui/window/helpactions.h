#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace attn::ui {

class AboutDialog;

/// The Help menu: About Attention Lab (the versions of the application, Qt, Eigen and QCustomPlot, see
/// AboutDialog) and About Qt.
class HelpActions : public QObject {
    Q_OBJECT
public:
    /// `parent` (the main window) owns the actions and is the parent of the dialogs.
    explicit HelpActions(QWidget* parent);

    /// Adds "About Attention Lab" and "About Qt" to `menu` (with the About menu roles, for macOS).
    void populate(QMenu* menu);

    /// Opens the About box, window-modal and deleted when closed, and returns it (one at a time: a second call
    /// raises the open one).
    AboutDialog* showAbout();

private:
    QWidget* m_parent{nullptr};
};

} // namespace attn::ui
