#pragma once

#include "export/plotexport.h"
#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapstyle.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCustomPlot;
class QSize;

namespace attn::ui {

/// Lays `plot` out offscreen at `size` (logical pixels), twice, because the token tickers adapt to the first
/// layout's cell size. Used before measuring margins or painting a plot that is never shown.
void layOutOffscreen(QCustomPlot& plot, const QSize& size);

/// Renders each spec on its own offscreen QCustomPlot (no window is shown; a QApplication must exist) and
/// writes `<dir>/<spec.id>.<suffix>` for every format, drawn in `style` (colour map, font scale, light or dark).
/// The image size follows the matrix shape and the font scale so that cells and labels stay legible. Creates
/// `dir` if needed. Stops at the first failure, which leaves the files written so far.
/// @return success with the files written, in order, or failure whose errorString() names the file or folder
///         and the fault (written() then lists the files written before it).
io::WriteResult exportHeatmaps(const QList<HeatmapSpec>& specs, const QString& dir,
                               const QList<ImageFormat>& formats, int scale, const HeatmapStyle& style = {});

} // namespace attn::ui
