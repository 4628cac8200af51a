#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QMenu;

namespace attn::ui {

/// File → Open Recent: the last kMaxFiles session files opened or saved, most recent first, kept by Settings
/// (Settings::recentFiles) so that every instance and the next start share them. The menu lists them by file
/// name (the full path in the status tip); a file that no longer exists is listed greyed out. "Clear Menu"
/// empties the list.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 10;

    explicit RecentFiles(QObject* parent = nullptr);

    /// The list, most recent first (absolute paths).
    QStringList files() const;
    /// Puts `path` first (made absolute; a copy further down goes; the list is cut to kMaxFiles). Resource paths
    /// (":/examples/…") are not files and are ignored.
    void add(const QString& path);
    /// Removes `path` from the list.
    void remove(const QString& path);
    /// Empties the list.
    void clear();

    /// Fills `menu` with the list and keeps it up to date (each time it is about to show, and soon after each
    /// change).
    void attach(QMenu* menu);
    /// Rebuilds the attached menu now.
    void updateMenu();

signals:
    /// A file was chosen from the menu (it may have disappeared since the menu was built).
    void openRequested(const QString& path);
    /// The list changed.
    void changed();

private:
    void store(const QStringList& files);

    QPointer<QMenu> m_menu;
};

} // namespace attn::ui
