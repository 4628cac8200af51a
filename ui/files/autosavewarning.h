#pragma once

#include <QLabel>
#include <QString>

namespace attn::ui {

class Autosaver;
class SessionFileGuard;

/// The bar that says the work is not being protected: when an autosave cannot be written (or the Autosaver's
/// probe of its folder at start or at the opening of a file fails) it shows
/// "Autosave is off: cannot write to <folder> (<reason>). Save your work with Ctrl+S." and stays, without a
/// dialog and without flashing again at each later attempt, until an autosave succeeds again. When the session
/// file's lock cannot be created (followLock()) it says, on a second line, that other windows are not warned
/// that the file is open here, with the lock folder and the reason, for as long as that lasts. Dark text on amber
/// whatever the theme (as the results' notice), in the window's font, so that it is read in dark mode and in
/// presentation mode. Named "autosave-warning".
class AutosaveWarning : public QLabel {
    Q_OBJECT
public:
    /// Follows `autosaver` (autosaveFailed, autosaved); shown at once if its probe already failed, otherwise
    /// hidden until a failure.
    explicit AutosaveWarning(Autosaver* autosaver, QWidget* parent = nullptr);

    /// Also says when `guard`'s lock cannot be created (SessionFileGuard::lockChanged), from now on.
    void followLock(SessionFileGuard* guard);

    /// The text for a failure to write to `folder` because of `reason` (the Save key in the platform's words).
    static QString message(const QString& folder, const QString& reason);
    /// The text for a session file whose lock cannot be created in `folder` because of `reason`.
    static QString lockMessage(const QString& folder, const QString& reason);

    /// How many times the bar has appeared (a failure while it is shown does not count): for tests.
    int timesShown() const { return m_timesShown; }

private:
    void showFailure(const QString& folder, const QString& reason);
    void hideFailure();
    void showLockState(SessionFileGuard* guard);
    void refresh();

    QString m_autosaveText;
    QString m_lockText;
    int m_timesShown{0};
};

} // namespace attn::ui
