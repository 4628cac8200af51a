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

/// `plot`'s font at `points` points.
QFont fontOf(const QCustomPlot* plot, double points, bool bold = false);

/// Styles a cell axis of a heatmap: no grid or sub-ticks, fonts at `fontScale` × the defaults, tick labels and
/// title in `text`, axis line and ticks in `line`.
void styleAxis(QCPAxis* axis, double fontScale, const QColor& text, const QColor& line);

/// Puts `labels` (one per cell, `count` cells) and `title` on `axis` through a ticker that keeps the labels
/// legible when cells get small: rather than let neighbours overlap, the labels of a horizontal axis turn (45°,
/// then 90°), the font shrinks down to kMinTickPoints × `fontScale`, and as a last resort only every n-th label
/// is shown.
void setLabels(QCPAxis* axis, const QStringList& labels, int count, const QString& title, double fontScale);

} // namespace attn::ui::heatmapaxes
