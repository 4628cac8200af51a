#pragma once

#include <QString>

namespace attn::ui::settings {

/// QSettings keys of the application, with their meaning; defaults live where each is read.
inline const QString kColourMap = QStringLiteral("view/colourMap");   ///< "viridis", "cividis", "magma", "grey".
inline const QString kDarkTheme = QStringLiteral("view/darkTheme");   ///< bool, default false.
inline const QString kFontScale = QStringLiteral("view/fontScale");   ///< double, default 1.0.

} // namespace attn::ui::settings
