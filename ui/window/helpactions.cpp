#include "window/helpactions.h"

#include "window/aboutdialog.h"
#include "window/mainwindow.h"
#include "window/quickguide.h"
#include "window/shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace attn::ui {

namespace {

/// The window's open dialog of type T, or a new one (deleted when closed) made by `create`; shown and raised.
template <typename T, typename Create> T* showOnce(MainWindow* window, Create create, bool modal)
{
    auto* dialog = window->findChild<T*>(QString(), Qt::FindDirectChildrenOnly);
    if (dialog == nullptr) {
        dialog = create();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (modal)
            dialog->open();
        else
            dialog->show();
    }
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace

HelpActions::HelpActions(MainWindow* window) : QObject(window), m_window(window)
{
}

void HelpActions::populate(QMenu* menu)
{
    m_quickGuide =
        menu->addAction(tr("&Quick Guide"), QKeySequence::HelpContents, this, [this] { showQuickGuide(); });
    m_quickGuide->setStatusTip(tr("What each part of the window is, and how to explain a number"));
    m_shortcuts = menu->addAction(tr("&Keyboard Shortcuts"), this, [this] { showShortcuts(); });
    m_shortcuts->setStatusTip(tr("Every key and mouse action of the window"));
    menu->addSeparator();
    QAction* about = menu->addAction(tr("&About Attention Lab"), this, [this] { showAbout(); });
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = menu->addAction(tr("About Q&t"), this, [this] { QMessageBox::aboutQt(m_window); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QuickGuide* HelpActions::showQuickGuide()
{
    auto* guide = showOnce<QuickGuide>(
        m_window, [this] { return new QuickGuide(m_window); }, false);
    guide->refresh();
    return guide;
}

ShortcutsDialog* HelpActions::showShortcuts()
{
    auto* dialog = showOnce<ShortcutsDialog>(
        m_window, [this] { return new ShortcutsDialog(m_window); }, false);
    dialog->refresh();
    return dialog;
}

AboutDialog* HelpActions::showAbout()
{
    return showOnce<AboutDialog>(
        m_window, [this] { return new AboutDialog(m_window); }, true);
}

} // namespace attn::ui
