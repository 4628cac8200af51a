#pragma once

#include "base/dataexport.h"
#include "io/writeresult.h"

#include <QString>

#include <functional>

namespace attn::ui {

class HeatmapWidget;

/// Receives the line for a status bar after an interactive export of a heatmap (exportReport()): what was
/// written and where, or why nothing was. Not called when the file dialog is cancelled.
using ExportReporter = std::function<void(const QString& message)>;

/// Gives `heatmap` its context menu's export actions: "Export as PNG (1×)…", "(2×)…", "(4×)…", "Export as PDF…",
/// "Export as SVG…", a separator, "Export Data as CSV…" and "Export Data as NumPy (.npy)…" (QWidget::actions(),
/// which the heatmap's context menu lists), each running exportHeatmapInteractively() or
/// exportHeatmapDataInteractively() and then `report` (when given) with exportReport() of the outcome. Call it
/// once per heatmap.
void addExportActions(HeatmapWidget* heatmap, ExportReporter report = {});

/// Asks for a file name (starting in the session's or the last heatmap-image folder) and exports `heatmap` in
/// `format` ("png", "pdf", "svg") at `scale`, at its size on screen in exportStyle() of its style (the light
/// colours, whatever the window's theme) without selection outlines or dimming; remembers the folder; shows an
/// unknown format or a failed write in a message box.
/// @return success with the file written (nothing written when cancelled), or the failure (shown already).
io::WriteResult exportHeatmapInteractively(HeatmapWidget* heatmap, const QString& format, int scale);

/// The status bar's line after an export of `heatmap` (named by its title, as the board shows it): "Exported
/// “Attention weights” to /path/weights.png", or "“Attention weights” was not exported: <reason naming the
/// file>". Empty for a success that wrote nothing (a cancelled dialog).
QString exportReport(const HeatmapWidget& heatmap, const io::WriteResult& result);

/// The numbers `heatmap` shows with the row and column labels, named after its spec's id ("heatmap" without one),
/// as the command line's data export writes them (matrixDataFor: rows × columns, NaN in a row without weights).
MatrixData heatmapData(const HeatmapWidget& heatmap);

/// Asks for a file name and writes heatmapData() as CSV or .npy; shows failures (naming the path) in a message
/// box. @return success with the file written (nothing written when cancelled), or the failure (shown already).
io::WriteResult exportHeatmapDataInteractively(HeatmapWidget* heatmap, DataFormat format);

} // namespace attn::ui
