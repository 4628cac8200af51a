#include "files/autosavewarning.h"

#include "files/autosaver.h"
#include "files/sessionfileguard.h"

#include <QColor>
#include <QDir>
#include <QKeySequence>
#include <QPalette>
#include <QStringList>

namespace attn::ui {

AutosaveWarning::AutosaveWarning(Autosaver* autosaver, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("autosave-warning"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse); // the folder can be copied
    // The colours of the results' notice, fixed so that dark text stays on a light bar in the dark theme too. A
    // palette, not a style sheet: a style sheet would keep the font the bar had when it was polished, and the
    // bar must grow with the window's text in presentation mode.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x5c, 0x44, 0x00));
    setPalette(colours);
    setAutoFillBackground(true);
    setMargin(6);
    hide();
    connect(autosaver, &Autosaver::autosaveFailed, this, &AutosaveWarning::showFailure);
    connect(autosaver, &Autosaver::autosaved, this, &AutosaveWarning::hideFailure);
    if (!autosaver->failure().isEmpty()) // its probe at start: said at once, not at the first autosave
        showFailure(autosaver->directory(), autosaver->failure());
}

void AutosaveWarning::followLock(SessionFileGuard* guard)
{
    connect(guard, &SessionFileGuard::lockChanged, this, [this, guard] { showLockState(guard); });
    showLockState(guard);
}

QString AutosaveWarning::lockMessage(const QString& folder, const QString& reason)
{
    return tr("Other Attention Lab windows are not warned that this file is open here: its lock cannot be "
              "written to %1 (%2).")
        .arg(QDir::toNativeSeparators(folder), reason);
}

void AutosaveWarning::showLockState(SessionFileGuard* guard)
{
    const QString reason = guard->lock().failure();
    m_lockText = reason.isEmpty() ? QString() : lockMessage(SessionFileLock::lockDirectory(), reason);
    refresh();
}

QString AutosaveWarning::message(const QString& folder, const QString& reason)
{
    return tr("Autosave is off: cannot write to %1 (%2). Save your work with %3.")
        .arg(QDir::toNativeSeparators(folder), reason,
             QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
}

void AutosaveWarning::showFailure(const QString& folder, const QString& reason)
{
    m_autosaveText = message(folder, reason);
    refresh();
}

void AutosaveWarning::hideFailure()
{
    m_autosaveText.clear();
    refresh();
}

void AutosaveWarning::refresh()
{
    QStringList lines;
    for (const QString& line : {m_autosaveText, m_lockText})
        if (!line.isEmpty())
            lines << line;
    setText(lines.join(QLatin1Char('\n')));
    if (lines.isEmpty()) {
        hide();
    } else if (isHidden()) {
        ++m_timesShown;
        show();
    }
}

} // namespace attn::ui
