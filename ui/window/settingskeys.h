#pragma once

#include <QString>

namespace attn::ui::settings {

/// QSettings keys of the application, with their meaning; defaults live where each is read.
inline const QString kColourMap = QStringLiteral("view/colourMap");   ///< "viridis", "cividis", "magma", "grey".
inline const QString kDarkTheme = QStringLiteral("view/darkTheme");   ///< bool, default false.
/// QString, the user-interface language chosen in Preferences: "" (the system's), "en" or "zh_CN"; applies at
/// the next start (i18n::installTranslations).
inline const QString kLanguage = QStringLiteral("view/language");
inline const QString kFontScale = QStringLiteral("view/fontScale");   ///< double, default 1.0.
/// int, seconds between autosaves of a modified session, default 60 (Autosaver); 0 turns the timer off.
inline const QString kAutosaveInterval = QStringLiteral("files/autosaveIntervalSeconds");
/// QStringList, File → Open Recent: absolute paths, most recent first, at most 10 (RecentFiles).
inline const QString kRecentFiles = QStringLiteral("files/recent");

} // namespace attn::ui::settings
