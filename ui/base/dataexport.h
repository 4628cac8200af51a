#pragma once

#include "attn/matrix.h"
#include "io/writeresult.h"

#include <QString>

#include <string>
#include <vector>

class QWidget;

namespace attn::ui {

/// A data file format for exporting a matrix.
enum class DataFormat {
    Csv, ///< Comma-separated text with the labels (attn::io::toDelimited): numbers in shortest round-trip form.
    Npy, ///< A NumPy .npy array, float64, C order (attn::io::toNpy); labels are not stored.
};

/// A matrix to export, with its labels (either may be empty) and the file name to propose.
struct MatrixData {
    attn::Matrix values;                   ///< rows × columns.
    std::vector<std::string> rowLabels;    ///< One per row (written as the CSV's first column), or empty.
    std::vector<std::string> columnLabels; ///< One per column (the CSV's header row), or empty.
    QString baseName;                      ///< Proposed file name without suffix, e.g. "weights".
};

/// "csv" or "npy".
QString dataFormatSuffix(DataFormat format);

/// Writes `data` to `path` in `format` atomically (attn::io::writeDataFile, a QSaveFile).
/// @return success with `path` written, or failure with errorString() "Cannot write <path>: <reason>".
io::WriteResult writeMatrixData(const QString& path, DataFormat format, const MatrixData& data);

/// Asks for a file name (proposing data.baseName with the format's suffix in the folder of the last import or
/// export), adds the suffix if none was typed, and writes. A failure is shown in a message box that names the
/// path and the reason. @return success with the path written (nothing written if cancelled), or the failure,
/// which was shown already.
io::WriteResult exportMatrixInteractively(QWidget* parent, DataFormat format, const MatrixData& data);

/// The folder of the last data file imported or exported (Settings::lastFolder(FileKind::Data)), or the
/// documents folder.
QString lastDataDirectory();
/// Remembers the folder of `path` for the next import or export dialog.
void rememberDataDirectory(const QString& path);

} // namespace attn::ui
