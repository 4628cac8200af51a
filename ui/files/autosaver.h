#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace attn::ui {

class SessionDocument;

/// Autosaves a modified session to this instance's own recovery file, so that a crash or a kill loses at most
/// the last minute: every intervalSeconds() (Settings::autosaveIntervalSeconds, default 60 s; 0 turns the
/// timer off) if something changed, and kSignificantDelayMs after the last significant change (rows, columns,
/// modes, fills, imports, loads). The file lives in recoveryDirectory() under a unique name; while it exists
/// this instance holds a QLockFile "<file>.lock" beside it, so a second instance never takes it for an orphan
/// (RecoveryOffer offers only files whose lock is gone or stale).
///
/// The recovery file holds the session as the window holds it, whether it can be computed or not (1e200 in a
/// query under Gaussian scoring, h not dividing d_model): Restore shows it again with its reason. It is removed
/// when the session is saved (or undone back to its saved state), by removeRecoveryFile() (the window closes
/// normally) and when the Autosaver is destroyed, unless autosaveForExit() asked to keep it.
///
/// When an autosave cannot be written (the folder cannot be created, the lock file or the file cannot be
/// written) autosaveFailed() says where and why, and failure() keeps the reason until an autosave succeeds again
/// (AutosaveWarning shows it). The folder is probed at once (in the constructor, so failure() is set before
/// anything was edited) and whenever the document's file changes (a file opened), not only at the first autosave.
class Autosaver : public QObject {
    Q_OBJECT
public:
    /// Delay of the autosave after a significant change, restarted by each one.
    static constexpr int kSignificantDelayMs = 2000;

    /// Autosaves `document` into `directory` (recoveryDirectory() when empty).
    explicit Autosaver(SessionDocument* document, const QString& directory = {}, QObject* parent = nullptr);
    /// Removes this instance's recovery file and releases its lock.
    ~Autosaver() override;

    /// QStandardPaths::AppDataLocation + "/recovery".
    static QString recoveryDirectory();

    SessionDocument* document() const { return m_document; }
    /// This instance's recovery file (it exists only after an autosave).
    QString recoveryFilePath() const { return m_path; }
    /// The autosave interval in seconds (0: no timer).
    int intervalSeconds() const;

    /// The folder the recovery file is written to.
    QString directory() const { return m_directory; }

    /// Autosaves now if the session is modified. Returns true if the recovery file now holds the current
    /// session; false if there was nothing to save (the file is then removed) or the write failed
    /// (autosaveFailed() says why; the previous autosave, if any, stays).
    bool autosave();
    /// For an exit that does not close the window (SIGTERM, SIGHUP; see TerminationAutosave): autosaves now and
    /// keeps the recovery file when this Autosaver is destroyed, its lock released, so that the next start offers
    /// it. Returns autosave()'s result.
    bool autosaveForExit();
    /// Why the last autosave could not be written (the system's words, e.g. "Not a directory"); empty if it was
    /// written or none failed yet.
    QString failure() const { return m_failure; }
    /// Removes this instance's recovery file and its lock, if any.
    void removeRecoveryFile();
    /// Checks that the recovery folder can be written (makes it and creates and removes this instance's lock file
    /// there) without writing a recovery file. Returns true if it can; otherwise autosaveFailed() says why, as a
    /// failed autosave does.
    bool probe();

signals:
    /// The session was written to `path`.
    void autosaved(const QString& path);
    /// An autosave could not be written to `folder` (the recovery folder) because of `reason` (e.g. "Not a
    /// directory", "Permission denied"). Emitted on every failed attempt.
    void autosaveFailed(const QString& folder, const QString& reason);

private:
    bool lock();
    /// Records `reason`, emits autosaveFailed() and returns false.
    bool fail(const QString& reason);

    SessionDocument* m_document{nullptr};
    QString m_directory;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer{nullptr};
    QTimer* m_soon{nullptr};
    QString m_failure;
    bool m_pending{false}; ///< Changed since the last autosave.
    bool m_keep{false};    ///< autosaveForExit(): the recovery file outlives this instance.
};

} // namespace attn::ui
