#pragma once

#include "commandline.h"

#include <QString>

namespace attn::app {

/// `attnlab export SESSION.json --out DIR`: reads and computes the session, then writes the scores, weights
/// and outputs heatmaps as `DIR/<id>.<format>` (attn::ui::exportHeatmaps) and prints each written path on
/// stdout. Needs a QApplication (the offscreen platform will do).
/// @return 0, or kExitFailure after printing "attnlab: <message>" on stderr if the session cannot be read,
///         the output directory cannot be created, or a file cannot be written.
int runExport(const QString& sessionPath, const ExportOptions& options);

} // namespace attn::app
