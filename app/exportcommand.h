#pragma once

#include "commandline.h"

#include <QString>

namespace attn::app {

/// `attnlab export SESSION.json [--out DIR] [--handout FILE.pdf] [--handout-png DIR]`: reads and computes the
/// session (attn::evaluate), then, with --out, writes a heatmap of every stage (attn::ui::heatmapsFor with
/// HeatmapSelection::Mode::Everything: e.g. "scores", "weights", "outputs"; "mask", "inputs", "queries" … when
/// the session has them; "head1_weights", …, "concat" in multi-head mode) as `DIR/<id>.<format>`
/// (attn::ui::exportHeatmaps) for every image format of --format, and each stage's matrix as `DIR/<id>.csv` or
/// `DIR/<id>.npy` (attn::ui::exportMatrices: the same ids and matrices, labels in the CSV, NaN rows where a query
/// has no weights) for every data format, and prints each written path on stdout. Rows without weights are drawn
/// empty with a note, not as an error. With --handout it writes the handout PDF (attn::ui::writeHandoutPdf), with
/// --handout-png the handout pages (attn::ui::writeHandoutPngs), printing their paths too. Needs a QApplication
/// (the offscreen platform will do).
/// @return 0, or kExitFailure after printing "attnlab: <message>" on stderr if the session cannot be read,
///         the output directory cannot be created, or a file (image, data file, handout) cannot be written.
int runExport(const QString& sessionPath, const ExportOptions& options);

} // namespace attn::app
