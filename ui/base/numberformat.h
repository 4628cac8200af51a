#pragma once

#include <QString>

namespace attn::ui {

/// Text for a heatmap cell: at most `significantDigits` significant digits (integer digits are never dropped),
/// trailing zeros dropped, scientific notation for magnitudes below 1e-3 or at/above 1e6 after rounding; the
/// mantissa then has one significant digit fewer, since the exponent takes room (5.626758e-08 → "5.63e-08",
/// 0.49999997 → "0.5", 112.50000076 → "112.5", 0 → "0"). NaN (a row without weights) gives an empty text.
/// Always uses '.' as the decimal point, whatever the locale.
QString formatCellValue(double value, int significantDigits = 4);

/// Full precision for tooltips and explanations: the shortest text that reads back to exactly `value`
/// (at most 17 significant digits), '.' as the decimal point; "nan", "inf" or "-inf" for those values.
QString formatExact(double value);

/// `text` with a WORD JOINER (U+2060, invisible) after each decimal point that sits between two digits, so that
/// line wrapping never splits a number: Qt's line breaker (Qt 6.4, QTextBoundaryFinder::Line) allows a break in
/// "exp(6.4429086)" after "6." when one digit follows an opening parenthesis. For text that is only shown or
/// printed (word-wrapped labels, handout pages), not for text read back as numbers.
QString keepNumbersWhole(const QString& text);

} // namespace attn::ui
