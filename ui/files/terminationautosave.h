#pragma once

#include <QObject>

class QSocketNotifier;

namespace attn::ui {

class Autosaver;

/// Autosaves before the application ends on SIGTERM, SIGHUP or SIGINT (a logout, `kill`, a closed terminal,
/// Ctrl+C), so that the modified session is offered at the next start. The signal handler only writes the
/// signal's number into a socket pair (the self-pipe trick, as Qt's documentation "Calling Qt Functions From
/// Unix Signal Handlers" describes); a QSocketNotifier reads it in the event loop, which calls
/// Autosaver::autosaveForExit() (the recovery file stays, its lock released) and then QCoreApplication::exit(0)
/// (no unsaved-changes question: nobody may be there to answer it). An unmodified session leaves no file.
///
/// One instance at a time (the handlers are process-wide); its destructor puts the previous handlers back.
class TerminationAutosave : public QObject {
    Q_OBJECT
public:
    /// Installs the handlers for `autosaver`'s session. If the socket pair cannot be made, no handler is installed
    /// (the signals end the application as before) and isActive() is false.
    explicit TerminationAutosave(Autosaver* autosaver, QObject* parent = nullptr);
    ~TerminationAutosave() override;

    /// Whether the handlers are installed.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    /// `signal` (SIGTERM, SIGHUP or SIGINT) arrived; emitted after the autosave, before the exit.
    void terminating(int signal);

private:
    void onSignal();

    Autosaver* m_autosaver{nullptr};
    QSocketNotifier* m_notifier{nullptr};
    bool m_exiting{false};
};

} // namespace attn::ui
