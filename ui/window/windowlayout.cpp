#include "window/windowlayout.h"

#include "base/settingskeys.h"

#include <QMainWindow>
#include <QSettings>
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
    QSettings settings;
    settings.setValue(settings::kWindowGeometry, layout.geometry);
    settings.setValue(settings::kWindowState, layout.state);
    settings.remove(settings::kSplitterGroup);
    settings.beginGroup(settings::kSplitterGroup);
    for (auto it = layout.splitters.cbegin(); it != layout.splitters.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
}

bool restoreWindowGeometry(QMainWindow& window)
{
    const QSettings settings;
    window.restoreState(settings.value(settings::kWindowState).toByteArray());
    const QByteArray geometry = settings.value(settings::kWindowGeometry).toByteArray();
    return !geometry.isEmpty() && window.restoreGeometry(geometry);
}

int restoreSplitters(QMainWindow& window)
{
    QSettings settings;
    settings.beginGroup(settings::kSplitterGroup);
    int restored = 0;
    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        const QString name = splitter->objectName();
        if (!name.isEmpty() && settings.contains(name) && splitter->restoreState(settings.value(name).toByteArray()))
            ++restored;
    }
    return restored;
}

} // namespace attn::ui
