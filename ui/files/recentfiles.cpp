#include "files/recentfiles.h"

#include "base/settings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace attn::ui {

RecentFiles::RecentFiles(QObject* parent) : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return Settings::instance().recentFiles();
}

void RecentFiles::add(const QString& path)
{
    if (path.isEmpty() || path.startsWith(u':'))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxFiles));
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) + list.removeAll(path) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files)
{
    Settings::instance().setRecentFiles(files);
    emit changed();
    // Rebuilt later: the change may come from one of the menu's own actions, which must outlive its signal.
    if (m_menu)
        QMetaObject::invokeMethod(this, &RecentFiles::updateMenu, Qt::QueuedConnection);
}

void RecentFiles::attach(QMenu* menu)
{
    m_menu = menu;
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::updateMenu);
    updateMenu();
}

void RecentFiles::updateMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        const QFileInfo info(path);
        const bool exists = info.isFile();
        // &1 … &9, then 1&0: the number is the keyboard accelerator.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QString text = tr("%1  %2").arg(number, info.fileName());
        if (!exists)
            text = tr("%1  %2 (not found)").arg(number, info.fileName());
        QAction* action = m_menu->addAction(text, this, [this, path] { emit openRequested(path); });
        action->setData(path);
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(exists);
    }
    if (list.isEmpty())
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
    m_menu->addSeparator();
    QAction* clearAction = m_menu->addAction(tr("&Clear Menu"), this, &RecentFiles::clear);
    clearAction->setObjectName(QStringLiteral("clear-recent-files"));
    clearAction->setEnabled(!list.isEmpty());
}

} // namespace attn::ui
