#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

class QCPAxis;
class QCustomPlot;

namespace attn::ui::heatmapaxes {

constexpr double kTickFontPoints = 12.0;  ///< Token labels, before they shrink to fit (× the font scale).
constexpr double kAxisTitlePoints = 12.0; ///< "Queries", "Keys" (× the font scale).
constexpr double kMinTickPoints = 7.0;    ///< Token labels never shrink below this (× the font scale).
constexpr double kLegibleTickPoints =
    10.0; ///< Token labels of a map of at most 12 × 12 cells get room for this size
          ///< at least (× the font scale): a class reads them from the back.
constexpr double kThinnedTickPoints = 10.0; ///< Token labels when only every n-th is shown (× the font scale).
constexpr double kMaxLabelEms = 9.0; ///< Longer token labels are elided to this many widths of "M" (the tooltip
                                     ///< of the cells shows them whole).

/// `plot`'s font at `points` points.
QFont fontOf(const QCustomPlot* plot, double points, bool bold = false);

/// Styles a cell axis of a heatmap: no grid or sub-ticks, fonts at `fontScale` × the defaults, tick labels and
/// title in `text`, axis line and ticks in `line`.
void styleAxis(QCPAxis* axis, double fontScale, const QColor& text, const QColor& line);

/// Puts `labels` (one per cell, `count` cells; longer than kMaxLabelEms elided) and `title` on `axis` through a
/// ticker that keeps the labels legible when cells get small: rather than let neighbours overlap, the labels of a
/// horizontal axis turn (45°, then 90°) and the font shrinks down to kMinTickPoints × `fontScale`; when even that
/// does not fit, only every n-th label is shown (n = 1, 2, 5, 10, 20, 25, 50, …; "1", "2", … or "t1", "t2", … are
/// thinned to 10, 20, …) at kThinnedTickPoints × `fontScale`, with room between them (a horizontal axis turns them
/// by 90° when that shows more than twice as many). The cell size is the axis length over the axis range: after a
/// zoom more labels show, all of them once they fit. Sets the axis range to all `count` cells.
void setLabels(QCPAxis* axis, const QStringList& labels, int count, const QString& title, double fontScale);

/// True when `axis` (set up by setLabels) showed every label, none overlapping, at its last tick generation.
bool labelsFit(const QCPAxis* axis);

/// Every how many cells `axis` (set up by setLabels) shows a label at its last tick generation: 1 when every
/// label is shown.
int labelStep(const QCPAxis* axis);

} // namespace attn::ui::heatmapaxes
