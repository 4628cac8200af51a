#pragma once

#include <QString>

namespace attn::ui::settings {

/// Every QSettings key of the application (user scope, organisation "Attention Lab", application "attnlab"),
/// with its type and meaning. The defaults of the Preferences keys are those of attn::ui::Preferences; the others
/// are named here and live where each is read.

// View and Preferences (Preferences::load, ViewActions).

/// QString, the colour map of sequential heatmaps: "viridis" (default), "cividis", "magma" or "grey"
/// (sequentialMapId); an unknown id reads as the default.
inline const QString kColourMap = QStringLiteral("view/colourMap");
/// bool, the dark theme (window palette and heatmaps), default false.
inline const QString kDarkTheme = QStringLiteral("view/darkTheme");
/// QString, the user-interface language chosen in Preferences: "" (the system's), "en" or "zh_CN"; applies at
/// the next start (i18n::installTranslations).
inline const QString kLanguage = QStringLiteral("view/language");
/// double, the factor on every font (tables, labels, heatmaps), 0.6 … 3, default 1.0.
inline const QString kFontScale = QStringLiteral("view/fontScale");
/// int, significant digits of the numbers printed in heatmap cells (HeatmapStyle::cellDigits), 1 … 10,
/// default 4.
inline const QString kCellDigits = QStringLiteral("view/cellDigits");

// Export (Preferences::load, ExportActions).

/// QString, the format first offered by Export All Heatmaps and Export Heatmap: "png" (default), "pdf" or "svg".
inline const QString kExportFormat = QStringLiteral("export/defaultFormat");
/// int, the PNG scale first offered by the exports: 1, 2 (default) or 4 (pixels per logical pixel).
inline const QString kExportScale = QStringLiteral("export/defaultScale");

// Files.

/// int, seconds between autosaves of a modified session, default 60 (Autosaver); 0 turns the timer off.
inline const QString kAutosaveInterval = QStringLiteral("files/autosaveIntervalSeconds");
/// QStringList, File → Open Recent: absolute paths, most recent first, at most 10 (RecentFiles).
inline const QString kRecentFiles = QStringLiteral("files/recent");

// The main window as it was left (saveWindowLayout, restoreWindowLayout), written when it closes.

/// QByteArray, QMainWindow::saveGeometry() (position, size, maximised or not); Qt ignores a restore that no
/// longer fits any screen.
inline const QString kWindowGeometry = QStringLiteral("window/geometry");
/// QByteArray, QMainWindow::saveState() (tool bars and dock widgets).
inline const QString kWindowState = QStringLiteral("window/state");
/// Group of QByteArray values, QSplitter::saveState() of each named splitter in the window, keyed by the
/// splitter's objectName (e.g. "window/splitters/main-splitter").
inline const QString kSplitterGroup = QStringLiteral("window/splitters");

} // namespace attn::ui::settings
