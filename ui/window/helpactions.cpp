#include "window/helpactions.h"

#include "window/aboutdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QMenu>

namespace attn::ui {

HelpActions::HelpActions(QWidget* parent) : QObject(parent), m_parent(parent) {}

void HelpActions::populate(QMenu* menu)
{
    QAction* about = menu->addAction(tr("&About Attention Lab"), this, [this] { showAbout(); });
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = menu->addAction(tr("About &Qt"), this, [this] { QMessageBox::aboutQt(m_parent); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

AboutDialog* HelpActions::showAbout()
{
    auto* dialog = m_parent->findChild<AboutDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (dialog == nullptr) {
        dialog = new AboutDialog(m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace attn::ui
