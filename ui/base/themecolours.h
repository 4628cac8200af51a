#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace attn::ui {

/// WCAG 2.1 relative luminance of `colour` (0 black … 1 white; sRGB channels linearised, alpha ignored).
double relativeLuminance(const QColor& colour);

/// WCAG 2.1 contrast ratio of two colours, 1 … 21 (the order does not matter). Text needs at least 4.5.
double contrastRatio(const QColor& a, const QColor& b);

/// True when `palette`'s window is darker than its window text (a dark theme).
bool isDarkPalette(const QPalette& palette);

/// Red for error messages, readable (contrast ≥ 4.5) on `palette`'s window: #b00020 on a light window,
/// #ff8a80 on a dark one.
QColor errorTextColour(const QPalette& palette);

/// Shows `label`'s text in errorTextColour() of the application's palette, now and whenever the theme
/// (the application palette) changes.
void showAsErrorText(QWidget* label);

} // namespace attn::ui
