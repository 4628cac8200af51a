#pragma once

#include "base/dataexport.h"
#include "heatmap/heatmapspec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace attn::ui {

/// "csv" or "npy" (case-insensitive) → the format; anything else → nothing.
std::optional<DataFormat> dataFormatFromName(const QString& name);

/// The matrix of `spec` as exportMatrices() writes it: spec.values, with every entry of a row that has a note
/// (a query without weights, drawn empty in the heatmap) set to NaN instead of a misleading 0; the spec's row and
/// column labels (token labels, "v1", … for dimensions) when there is one per row and column; spec.id as the base
/// name.
MatrixData matrixDataFor(const HeatmapSpec& spec);

/// Writes the matrix of every spec (matrixDataFor) as `<dir>/<spec.id>.csv` (comma-separated, numbers in
/// shortest round-trip form, the row labels as the first column and the column labels as a header row; rows
/// without weights as "nan") and/or `<dir>/<spec.id>.npy` (float64, C order, rows × columns, NaN rows without
/// weights), in the order of `formats` for each spec. Each file is written atomically (QSaveFile). Creates `dir`
/// if needed. Stops at the first failure, which leaves the files written so far. Needs no QApplication.
/// @return success with the files written, in order, or failure whose errorString() names the file or folder
///         and the fault (written() then lists the files written before it).
io::WriteResult exportMatrices(const QList<HeatmapSpec>& specs, const QString& dir,
                               const QList<DataFormat>& formats);

} // namespace attn::ui
