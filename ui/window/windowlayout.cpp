#include "window/windowlayout.h"

#include "base/settings.h"

#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace attn::ui {

WindowLayout captureWindowLayout(const QMainWindow& window)
{
    WindowLayout layout;
    layout.geometry = window.saveGeometry();
    layout.state = window.saveState();
    for (const QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            layout.splitters.insert(splitter->objectName(), splitter->saveState());
    }
    return layout;
}

void saveWindowLayout(const WindowLayout& layout)
{
    Settings::instance().setWindowLayout(layout.geometry, layout.state, layout.splitters);
}

QSize fittedWindowSize(const QWidget& window, QSize preferred)
{
    const QScreen* screen = window.screen();
    const QSize available = screen ? screen->availableGeometry().size() : preferred;
    return preferred.boundedTo(available).expandedTo(window.minimumSizeHint());
}

bool restoreWindowGeometry(QMainWindow& window)
{
    const Settings& settings = Settings::instance();
    window.restoreState(settings.windowState());
    const QByteArray geometry = settings.windowGeometry();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry))
        return false;
    // Never larger than the screen: a window once widened beyond it (a long heading made it 32 767 px wide) would
    // otherwise come back so at every start.
    if (const QScreen* screen = window.screen()) {
        const QSize available = screen->availableGeometry().size();
        if (window.width() > available.width() || window.height() > available.height())
            window.resize(window.size().boundedTo(available));
    }
    return true;
}

int restoreSplitters(QMainWindow& window)
{
    const QMap<QString, QByteArray> states = Settings::instance().splitterStates();
    int restored = 0;
    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        const QString name = splitter->objectName();
        if (!name.isEmpty() && states.contains(name) && splitter->restoreState(states.value(name)))
            ++restored;
    }
    return restored;
}

} // namespace attn::ui
