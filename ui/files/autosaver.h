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
/// A session that does not validate right now (e.g. h not dividing d_model) is not autosaved: the last good
/// autosave stays. The recovery file is removed when the session is saved (or undone back to its saved state),
/// by removeRecoveryFile() (the window closes normally) and when the Autosaver is destroyed.
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

    /// Autosaves now if the session is modified and valid. Returns true if the recovery file now holds the
    /// current session; false if there was nothing to save (the file is then removed), the session does not
    /// validate (the last autosave stays), or the write failed (autosaveFailed() says why).
    bool autosave();
    /// Removes this instance's recovery file and its lock, if any.
    void removeRecoveryFile();

signals:
    /// The session was written to `path`.
    void autosaved(const QString& path);
    /// An autosave could not be written; `message` names the file and the fault.
    void autosaveFailed(const QString& message);

private:
    bool lock();

    SessionDocument* m_document{nullptr};
    QString m_directory;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer{nullptr};
    QTimer* m_soon{nullptr};
    bool m_pending{false}; ///< Changed since the last autosave.
};

} // namespace attn::ui
