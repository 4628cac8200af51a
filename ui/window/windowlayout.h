#pragma once

#include <QByteArray>
#include <QMap>
#include <QSize>
#include <QString>

class QMainWindow;
class QWidget;

namespace attn::ui {

/// How a main window was left: its geometry and state and the sizes of its splitters.
struct WindowLayout {
    QByteArray geometry;                 ///< QMainWindow::saveGeometry().
    QByteArray state;                    ///< QMainWindow::saveState().
    QMap<QString, QByteArray> splitters; ///< QSplitter::saveState() by objectName, for each named splitter.
};

/// The layout of `window` now: every QSplitter inside it with an objectName (unnamed ones are left out).
WindowLayout captureWindowLayout(const QMainWindow& window);

/// Writes `layout` to Settings (Settings::setWindowLayout), replacing the last.
void saveWindowLayout(const WindowLayout& layout);

/// The size a window first opens at (nothing saved): `preferred`, but no larger than the available area of
/// `window`'s screen (a 1280 × 720 projector, a 1366 × 768 laptop) and no smaller than its minimum size hint.
QSize fittedWindowSize(const QWidget& window, QSize preferred);

/// Restores the geometry and state saved by saveWindowLayout() into `window` (Qt ignores a geometry that no
/// longer fits any screen, and data it cannot read), never larger than the window's screen's available area.
/// Call before the window is shown.
/// @return whether a saved geometry was restored.
bool restoreWindowGeometry(QMainWindow& window);

/// Restores the sizes saved by saveWindowLayout() into each QSplitter inside `window`, found by its objectName;
/// splitters not saved, or whose saved data Qt cannot read, keep their sizes. Call once the window is shown and
/// laid out (its first showEvent), when each splitter has its final size to divide.
/// @return how many splitters were restored.
int restoreSplitters(QMainWindow& window);

} // namespace attn::ui
