#pragma once

#include "files/recoveryfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace attn::ui {

class Autosaver;
class SessionFileGuard;

/// What to do with an orphaned recovery file.
enum class RecoveryChoice {
    Restore, ///< Load it into the window (modified, with its original file path).
    Discard, ///< Delete it.
    Later,   ///< Keep it; it is offered again at the next start.
};

/// After a crash or a kill: finds the recovery files in a folder whose instance is gone (their lock file is
/// missing or stale: its process no longer runs; a lock file that names no process, as a kill while it was being
/// written leaves it, is stale once it is ten seconds old and nobody holds its flock) and offers each at
/// start-up. A live instance's file is never offered. While a file is being offered its lock is held, so two
/// instances starting together do not both offer it.
class RecoveryOffer {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::RecoveryOffer)
public:
    /// Asks what to do with a readable recovery file.
    using Ask = std::function<RecoveryChoice(const RecoveryFile& file)>;
    /// Shows why a recovery file cannot be read; returns true to delete the file (Discard), false to keep it for
    /// the next start.
    using Report = std::function<bool(const QString& message)>;

    /// Looks in `directory` (Autosaver::recoveryDirectory() when empty).
    explicit RecoveryOffer(const QString& directory = {});

    /// The orphaned recovery files, by name.
    QStringList orphanedFiles() const;

    /// Offers each orphaned file through `ask`. Restore loads it into `autosaver`'s document as one undo step,
    /// modified, with its original file path; autosaves it at once under the autosaver's own file; then
    /// removes the orphan (it stays if that autosave failed). Discard removes the file; Later keeps it. An
    /// unreadable file is reported through `report` (the message names it and the fault): deleted if it answers
    /// true, else left in place. Stops after the first restore (the window holds one session; the others wait for
    /// the next start).
    ///
    /// With the window's `guard` (the document's), Restore of a session that has a file on disk goes as File →
    /// Open does: first SessionFileGuard::mayOpen() (another window holds the file: "file-in-use"; Cancel keeps
    /// the autosave for the next start, as Later), then SessionFileGuard::opened() (the file is watched and
    /// locked). A file saved after the autosave (fileSavedAfter()) counts as changed on disk since it was read
    /// (DiskStamp::unknownContent()), so that Save asks before it writes over the newer version.
    /// @return true if a session was restored.
    bool offer(Autosaver* autosaver, const Ask& ask, const Report& report,
               SessionFileGuard* guard = nullptr) const;

    /// offer() with the dialogs a user answers at start-up: askWithDialog() and reportWithDialog(), on `parent`.
    /// @return true if a session was restored.
    bool offerWithDialogs(Autosaver* autosaver, QWidget* parent, SessionFileGuard* guard = nullptr) const;

    /// True if the session file of `file` exists and was written after the autosave (more than 2 s after
    /// RecoveryFile::savedAt, the slack of a file system's time stamps): it holds newer work than the autosave.
    static bool fileSavedAfter(const RecoveryFile& file);

    /// The question as a dialog (a QMessageBox named "recovery-offer"): the session's title, its file (or that it
    /// was never saved) and when it was autosaved, with Restore (default), Discard and Later (Escape).
    static RecoveryChoice askWithDialog(QWidget* parent, const RecoveryFile& file);
    /// Why a recovery file cannot be restored, as a warning (a QMessageBox named "unreadable-recovery-file") with
    /// Discard and Keep for Later (default, Escape). Returns true for Discard (delete the file).
    static bool reportWithDialog(QWidget* parent, const QString& message);

private:
    QString m_directory;
};

} // namespace attn::ui
