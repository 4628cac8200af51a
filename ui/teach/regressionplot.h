#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QCPAxis;
class QCPItemText;
class QCPTextElement;
class QCustomPlot;
class QWidget;

namespace attn::ui::regressionplot {

// The look of the regression view: viridis accents (van der Walt and Smith, matplotlib), fonts of at least
// 11 pt for projection, and a layout that does not move while a query line is dragged.

inline constexpr QColor kPointColor{0x44, 0x01, 0x54}; ///< keys and values, #440154
inline constexpr QColor kQueryColor{0x3b, 0x52, 0x8b}; ///< query lines, #3b528b
inline constexpr QColor kCurveColor{0x21, 0x90, 0x8c}; ///< f(q), #21908c
inline constexpr QColor kBarColor{0x5d, 0xc8, 0x63};   ///< weights, #5dc863
inline constexpr QColor kMarkColor{0xfd, 0xe7, 0x25};  ///< the estimate being dragged, #fde725
inline constexpr QColor kMaskedColor{0x8c, 0x8c, 0x8c}; ///< masked keys, greyed as the heatmaps' masked cells

inline constexpr double kTickPoints = 12.0;
inline constexpr double kTextPoints = 12.0;
inline constexpr double kLegendPoints = 11.0;

/// `widget`'s font at `points` × the text scale of `widget` (setTextScale(); 1 unless set).
QFont fontOf(const QWidget* widget, double points, bool bold = false);

/// Sets every text of `plot` (axes, legend, notes, text items) to its design size (kTickPoints, kTextPoints,
/// kLegendPoints) × `scale` (> 0): the window's text size and presentation mode, as HeatmapStyle::fontScale does
/// for the heatmaps. Texts made later with makeText() or fontOf(plot, …) follow it.
void setTextScale(QCustomPlot* plot, double scale);

/// Readable tick labels and a bold axis title `label`, light grid.
void styleAxis(QCPAxis* axis, const QString& label);

/// A text item on `plot` in `color`, clipped to the axis rect.
QCPItemText* makeText(QCustomPlot* plot, const QColor& color, double points, bool bold = false);

/// Moves the legend under the axis rect, centred, two entries a row (so that it fits a narrow plot); returns the
/// text element centred under it (for notes such as the curve's gaps).
QCPTextElement* placeLegendBelow(QCustomPlot* plot);

/// Sets the number of ticks `axis` aims at (QCPAxisTicker::setTickCount, at most 5) so that its labels, as wide as
/// `widest` in its tick font, leave a label's width between them along `length` pixels (the axis rect's width or
/// height): at a large text size they ran together ("57.5 6062.5 65"). @return whether the count changed.
bool fitTickCount(QCPAxis* axis, const QString& widest, double length);

/// Keeps a fixed right margin for yAxis2 (the weights), so that showing or hiding its ticks and title
/// (showWeightAxis) does not move the axis rect.
void reserveWeightAxis(QCustomPlot* plot);

/// Scales yAxis2 (the weights) from 0 to `top` with ticks only up to `top`, and headroom above it so that a
/// weight of `top` stays clear of the query labels at the top of the plot.
void setWeightAxisTop(QCustomPlot* plot, double top);

/// Colours `plot` from the application's palette (or the plot's own, if it was given one): Base background, Text
/// axes, ticks, legend and notes, a faint grid; the colours of curves, points, lines and texts stay unless they
/// are unreadable on the background (contrast below 3, texts 4.5: WCAG 2.1), when they are lightened (dark theme)
/// or darkened until readable. The colours first given are kept, so that a theme switched back restores them
/// exactly.
void applyPalette(QCustomPlot* plot);

/// applyPalette() before every replot, and a replot whenever the palette changes (the theme is switched).
void followPalette(QCustomPlot* plot);

/// Shows or hides yAxis2's ticks, tick labels and title (its base line stays).
void showWeightAxis(QCustomPlot* plot, bool show, const QString& label);

} // namespace attn::ui::regressionplot
