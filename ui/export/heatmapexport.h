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

/// The style of an exported image of heatmaps drawn in `shown` (the window's style): its colour map, font scale
/// and cell digits, but always the light colours (white background, dark text), whatever the window's theme:
/// exports go on slides and handouts.
HeatmapStyle exportStyle(HeatmapStyle shown);

/// Renders each spec on its own offscreen QCustomPlot (no window is shown; a QApplication must exist) and
/// writes `<dir>/<spec.id>.<suffix>` for every format, drawn in exportStyle(`style`) (the colour map, font scale
/// and digits of `style`, always light).
/// The image size follows the matrix shape and the font scale so that cells and labels stay legible. Creates
/// `dir` if needed. Stops at the first failure, which leaves the files written so far.
/// @return success with the files written, in order, or failure whose errorString() names the file or folder
///         and the fault (written() then lists the files written before it).
io::WriteResult exportHeatmaps(const QList<HeatmapSpec>& specs, const QString& dir,
                               const QList<ImageFormat>& formats, int scale, const HeatmapStyle& style = {});

} // namespace attn::ui
