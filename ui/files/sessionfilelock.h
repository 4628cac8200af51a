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
    /// keeps it). Returns false, holding nothing, when another live process holds it or it cannot be created.
    bool hold(const QString& path);
    /// Releases the lock (its file is removed).
    void release();
    /// The canonical path of the file whose lock is held (empty if none).
    QString heldPath() const { return m_path; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

} // namespace attn::ui
