#pragma once

#include "commandline.h"

#include <QString>

namespace attn::app {

/// `attnlab export SESSION.json --out DIR`: reads and computes the session (attn::evaluate), then writes a
/// heatmap of every stage (attn::ui::heatmapsFor with HeatmapSelection::Mode::Everything: e.g. "scores",
/// "weights", "outputs"; "mask", "inputs", "queries" … when the session has them; "head1_weights", …, "concat"
/// in multi-head mode) as `DIR/<id>.<format>` (attn::ui::exportHeatmaps) and prints each written path on
/// stdout. Rows without weights are drawn empty with a note, not as an error. Needs a QApplication (the
/// offscreen platform will do).
/// @return 0, or kExitFailure after printing "attnlab: <message>" on stderr if the session cannot be read,
///         the output directory cannot be created, or a file cannot be written.
int runExport(const QString& sessionPath, const ExportOptions& options);

} // namespace attn::app
