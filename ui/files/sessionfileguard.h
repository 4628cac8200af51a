#pragma once

#include "files/sessionfilelock.h"
#include "files/sessionfilewatch.h"

#include <QObject>
#include <QString>

#include <functional>

class QFileSystemWatcher;
class QTimer;
class QWidget;

namespace attn::ui {

class SessionDocument;

/// Keeps two windows from overwriting each other's work on one session file. It follows the document's file
/// (SessionDocument::filePathChanged: Open, Save As, New, and their undo) with a SessionFileWatch and a
/// SessionFileLock, and asks the user:
/// - when the file changed on disk (another window or program saved it): "changed-on-disk", Reload (an undo step,
///   so the user's session stays in Edit → Undo) / Keep Mine (the session is kept and marked modified, as it
///   differs from the file) / Save As…. Asked once per change, only while the application is active (a window
///   in the background asks when it is activated) and no other dialog is open;
/// - before Save writes over a file that changed since it was read or saved: "overwrite-changed-file", Overwrite
///   / Save As… / Cancel;
/// - before opening a file that another live Attention Lab process holds: "file-in-use", naming the file and
///   the process (id and host), Open Anyway / Cancel. A window that opened it anyway takes the lock over as soon
///   as it is free (the lock folder changes: the other window closed the file; or, for a lock left by a crash, at
///   the application's activation and at Save), so that a third window is warned in turn.
/// - the "file-gone" notice when the file was deleted, moved or renamed (OK).
/// The message boxes carry those object names; their buttons are named "reload", "keep-mine", "save-as",
/// "overwrite", "open-anyway", "cancel" and "ok". When the lock cannot be created at all (the data folder cannot
/// be written) lockChanged() is emitted and lock().failure() says why (AutosaveWarning shows it).
class SessionFileGuard : public QObject {
    Q_OBJECT
public:
    /// What Save does after confirmOverwrite().
    enum class SaveChoice { Overwrite, SaveAs, Cancel };

    /// `saveAs` is File → Save As… (returns success); `parent` is the window the questions belong to.
    SessionFileGuard(SessionDocument* document, QWidget* parent, std::function<bool()> saveAs);

    /// Before `path` is opened: if another process holds its lock, asks whether to open it anyway. Returns true
    /// to go on (also for a free, stale or unlockable file).
    bool mayOpen(const QString& path);
    /// After the session was read from `path`: `stamp` is the file as it was just before it was read.
    void opened(const QString& path, const DiskStamp& stamp);
    /// Before Save writes to the document's own file: Overwrite when the file is as it was read or saved (no
    /// question), otherwise the user's answer.
    SaveChoice confirmOverwrite();
    /// After the session was saved to `path`.
    void saved(const QString& path);

    /// If the document's file changed on disk since it was read, saved or last asked about, asks Reload / Keep
    /// Mine / Save As… and does it. Returns true if it asked. (The watch, activation of the application and
    /// tests call it.)
    bool askAboutDiskChange();
    /// askAboutDiskChange() when the application is active and no dialog is open; otherwise later (on
    /// activation, or when the dialog has closed).
    void checkWhenActive();

    /// Takes the lock of the document's file if it is wanted and now free (see SessionFileLock::retake()).
    /// Returns true if the lock is held. (The lock folder's watch and activation of the application call it.)
    bool retakeLock();

    SessionFileWatch* watch() const { return m_watch; }
    const SessionFileLock& lock() const { return m_lock; }

signals:
    /// The lock was taken, released, or could not be created (lock().failure()), or that changed.
    void lockChanged();

private:
    void follow(const QString& path);
    void holdLock(const QString& path);
    void updateLockWatch();
    void keepMine();
    void reload();

    SessionDocument* m_document{nullptr};
    QWidget* m_parent{nullptr};
    std::function<bool()> m_saveAs;
    SessionFileWatch* m_watch{nullptr};
    QTimer* m_retry{nullptr}; // asks again when the dialog that was open has closed
    QFileSystemWatcher* m_lockFolder{nullptr}; // the lock folder, while another window holds the wanted lock
    SessionFileLock m_lock;
    bool m_asking{false};
};

} // namespace attn::ui
