#pragma once

#include <QLabel>
#include <QString>

namespace attn::ui {

class Autosaver;

/// The bar that says the work is not being protected: when an autosave cannot be written it shows
/// "Autosave is off: cannot write to <folder> (<reason>). Save your work with Ctrl+S." and stays, without a
/// dialog and without flashing again at each later attempt, until an autosave succeeds again. Dark text on amber
/// whatever the theme (as the results' notice), in the window's font, so that it is read in dark mode and in
/// presentation mode. Named "autosave-warning".
class AutosaveWarning : public QLabel {
    Q_OBJECT
public:
    /// Follows `autosaver` (autosaveFailed, autosaved); hidden until a failure.
    explicit AutosaveWarning(Autosaver* autosaver, QWidget* parent = nullptr);

    /// The text for a failure to write to `folder` because of `reason` (the Save key in the platform's words).
    static QString message(const QString& folder, const QString& reason);

    /// How many times the bar has appeared (a failure while it is shown does not count): for tests.
    int timesShown() const { return m_timesShown; }

private:
    void showFailure(const QString& folder, const QString& reason);

    int m_timesShown{0};
};

} // namespace attn::ui
