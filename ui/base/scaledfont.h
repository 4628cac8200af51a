#pragma once

#include <QFont>

namespace attn::ui {

/// `font` with its size multiplied by `factor` (> 0): its point size when it has one, else its pixel size (a font
/// set by pixels has pointSizeF() = −1, which QFont::setPointSizeF refuses). Used for the texts that presentation
/// mode and the text size enlarge beside the application font (explanation, stage description).
QFont scaledFont(const QFont& font, double factor);

} // namespace attn::ui
