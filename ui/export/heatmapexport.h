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

/// What exportHeatmaps() wrote, or why it stopped.
struct HeatmapExportResult {
    QStringList written; ///< Paths of the files written, in order.
    QString error;       ///< Empty on success; otherwise names the file and the fault.
};

/// Renders each spec on its own offscreen QCustomPlot (no window is shown; a QApplication must exist) and
/// writes `<dir>/<spec.id>.<suffix>` for every format, drawn in `style` (colour map, font scale, light or dark).
/// The image size follows the matrix shape and the font scale so that cells and labels stay legible. Creates
/// `dir` if needed.
HeatmapExportResult exportHeatmaps(const QList<HeatmapSpec>& specs, const QString& dir,
                                   const QList<ImageFormat>& formats, int scale, const HeatmapStyle& style = {});

} // namespace attn::ui
