#pragma once

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace attn::ui {

/// Who holds a session file's lock: the process id, its host name and application name (QLockFile::getLockInfo).
struct LockOwner {
    qint64 pid{0};
    QString host;
    QString application;
};

/// Tells other Attention Lab windows that this one has a session file open: a QLockFile in the application's
/// data folder (`<AppDataLocation>/locks/<SHA-1 of the canonical file path>.lock`, not beside the file, whose
/// folder may be read-only), held while the session's file is that file. A lock whose process is gone (a crash,
/// a kill) is stale and is taken over without a word (setStaleLockTime(0): only a dead owner, never its age,
/// makes a lock stale; Qt checks the process id on the same host). Locks only what is a file on disk: an empty
/// or resource path (":/examples/…") holds nothing.
///
/// A lock that could not be taken (another window holds it: the user chose Open Anyway; or the lock folder could
/// not be written) stays wanted: retake() takes it once it is free, so that a third window is warned after the
/// first one has closed. failure() says why a lock could not be created at all (not for another owner).
class SessionFileLock {
public:
    SessionFileLock();
    ~SessionFileLock();
    SessionFileLock(const SessionFileLock&) = delete;
    SessionFileLock& operator=(const SessionFileLock&) = delete;

    /// The lock file for the session file `path` (the same for every spelling of the path that leads to it).
    static QString lockFileFor(const QString& path);

    /// The other process that holds `path`'s lock, if any. Nothing when the lock is free or stale, held by
    /// this object, or cannot be checked (e.g. the lock folder cannot be written: then nobody can lock).
    std::optional<LockOwner> otherOwner(const QString& path) const;
    /// Holds the lock of `path` instead of the current one (the current one is released first; the same path
    /// keeps it). Returns false, holding nothing, when another live process holds it or it cannot be created;
    /// `path` then stays wanted (see retake()).
    bool hold(const QString& path);
    /// Tries again to take the wanted lock that hold() could not take. Returns true if it is held now (also if it
    /// already was); false while another process holds it, it cannot be created, or nothing is wanted.
    bool retake();
    /// Releases the lock (its file is removed) and wants none.
    void release();
    /// The canonical path of the file whose lock is held (empty if none).
    QString heldPath() const { return m_lock ? m_path : QString(); }
    /// True while a lock is wanted but not held (another window has it, or it cannot be created).
    bool isWaiting() const { return !m_lock && !m_path.isEmpty(); }
    /// Why the last attempt could not create the lock file, in the system's words ("Not a directory",
    /// "Permission denied"); empty when it is held, nothing is wanted, or another process holds it.
    QString failure() const { return m_failure; }
    /// The folder the lock files are in: QStandardPaths::AppDataLocation + "/locks".
    static QString lockDirectory();

private:
    bool take();

    std::unique_ptr<QLockFile> m_lock;
    QString m_path; ///< Canonical path of the file whose lock is held or wanted.
    QString m_failure;
};

} // namespace attn::ui
