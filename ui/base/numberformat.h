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

} // namespace attn::ui
