#pragma once

#include "base/dataexport.h"

#include <QString>

namespace attn::ui {

class HeatmapWidget;

/// Gives `heatmap` its context menu's export actions: "Export as PNG (1×)…", "(2×)…", "(4×)…", "Export as PDF…",
/// "Export as SVG…", a separator, "Export Data as CSV…" and "Export Data as NumPy (.npy)…" (QWidget::actions(),
/// which the heatmap's context menu lists), each running exportHeatmapInteractively() or
/// exportHeatmapDataInteractively(). Call it once per heatmap.
void addExportActions(HeatmapWidget* heatmap);

/// Asks for a file name (starting in the session's or the last heatmap-image folder) and exports `heatmap` in
/// `format` ("png", "pdf", "svg") at `scale`, at its size on screen in its style but without selection outlines
/// or dimming; remembers the folder; reports an unknown format or a failed write in a message box.
void exportHeatmapInteractively(HeatmapWidget* heatmap, const QString& format, int scale);

/// The numbers `heatmap` shows with the row and column labels, named after its spec's id ("heatmap" without one),
/// as the command line's data export writes them (matrixDataFor: rows × columns, NaN in a row without weights).
MatrixData heatmapData(const HeatmapWidget& heatmap);

/// Asks for a file name and writes heatmapData() as CSV or .npy; reports failures (naming the path) in a message
/// box.
void exportHeatmapDataInteractively(HeatmapWidget* heatmap, DataFormat format);

} // namespace attn::ui
