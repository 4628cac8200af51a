#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace attn::ui {

class RecentFiles;
class SessionDocument;
class SessionFileGuard;

/// File → New, Open, Open Recent, Save and Save As for session files: dialogs, atomic saves
/// (attn::io::writeSessionFile: a failed save leaves the old file intact), messages that name the file and the
/// fault, and the unsaved-changes question before the session is replaced. The document keeps the path and the
/// modified mark; New and Open are undo steps. Open and Save As put the file first in the recent files. A
/// SessionFileGuard watches and locks the document's file, so that two windows do not overwrite each other.
class SessionFileActions : public QObject {
    Q_OBJECT
public:
    SessionFileActions(SessionDocument* document, QWidget* parent);

    /// Adds New, Open, Open Recent, Save and Save As to `menu`.
    void populate(QMenu* menu);

    /// File → New: after maybeSave(), a fresh SessionDocument::untitledSession() without a file (one undo step
    /// "New Session"). Returns false if the user cancelled.
    bool newSession();
    /// Opens `path` (one undo step "Open <name>"); asks first only if another Attention Lab window holds the file
    /// (SessionFileGuard::mayOpen). On failure shows the message naming the file and the fault and keeps the
    /// current session. Returns success.
    bool open(const QString& path);
    /// File → Open Recent: a file that is gone is reported and removed from the list; otherwise maybeSave(),
    /// then open(). Returns true if the file was opened.
    bool openRecent(const QString& path);
    /// Saves to the document's file, or asks for one. If the file changed on disk since it was read or saved,
    /// asks first (SessionFileGuard::confirmOverwrite). Returns success.
    bool save();
    /// Asks for a file name and saves there. Returns false if cancelled or failed.
    bool saveAs();
    /// Saves to `path`; on failure shows the message (naming the path and the reason) and keeps the session,
    /// its file and its modified mark. Returns success.
    bool saveTo(const QString& path);
    /// Before the session is replaced or the window closes: first asks about a change of its file on disk not
    /// asked about yet (SessionFileGuard::askAboutDiskChange), then with unsaved changes asks Save / Discard /
    /// Cancel (a QMessageBox named "unsaved-changes"). Returns true if it is fine to go on (saved, discarded,
    /// or nothing to save).
    bool maybeSave();

    RecentFiles* recentFiles() const { return m_recent; }
    /// The watch and lock of the document's file and the questions about them.
    SessionFileGuard* guard() const { return m_guard; }
    QAction* newAction() const { return m_new; }
    QMenu* recentMenu() const { return m_recentMenu; }

private:
    QString lastDirectory() const;

    SessionDocument* m_document{nullptr};
    QWidget* m_parent{nullptr};
    RecentFiles* m_recent{nullptr};
    SessionFileGuard* m_guard{nullptr};
    QAction* m_new{nullptr};
    QMenu* m_recentMenu{nullptr};
};

} // namespace attn::ui
