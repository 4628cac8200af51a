#pragma once

#include "attn/matrix.h"
#include "io/matrixfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attn::ui {

/// A data file read for import or viewing: a CSV/TSV matrix with its labels, or a NumPy array with any number of
/// dimensions (float32 or float64, either byte order, C or Fortran order), from which one 2-D slice is taken.
/// Slice indices are 0-based, as in NumPy: `leading` {3, 5} of a [layer, head, query, key] array is
/// `a[3, 5]`.
class ImportedFile {
    Q_DECLARE_TR_FUNCTIONS(ImportedFile)

public:
    /// Reads and parses the file at `path` (attn::io::readDataFile, then parseNpy or parseDelimited by content).
    /// @throws attn::io::MatrixFileError naming the file, the place (line and column, or byte offset) and the
    ///         fault.
    static ImportedFile read(const QString& path);

    /// The same from bytes already in memory; `path` names the file in messages and titles.
    /// @throws attn::io::MatrixFileError as read() does.
    static ImportedFile fromBytes(const QByteArray& bytes, const QString& path);

    QString path() const { return m_path; }
    /// The file name without its folder, e.g. "attn.npy".
    QString fileName() const;
    /// True for a NumPy array, false for CSV/TSV text.
    bool isArray() const { return m_array.has_value(); }

    /// The shape, outermost first: {rows, columns} for CSV/TSV text, the array's shape for .npy.
    std::vector<long> shape() const;
    /// The number of leading dimensions to choose an index in (dimensions − 2; 0 for 2-D, 1-D and 0-d arrays).
    int leadingDimensions() const;
    /// The name of leading dimension `i` (0-based): "Layer", "Head" for a 4-D array, "Head" for a 3-D array,
    /// otherwise "Dimension 1", "Dimension 2", … (translated).
    QString dimensionName(int i) const;
    /// Rows × columns of every slice: the last two dimensions (1 × n for a 1-D array, 1 × 1 for a 0-d one).
    std::pair<long, long> sliceShape() const;

    /// What the file holds, e.g. "NumPy array float32, shape 12 × 8 × 64 × 64, C order" or "CSV, 5 rows ×
    /// 3 columns, header row of labels".
    QString description() const;

    /// The 2-D matrix at `leading` (one 0-based index per leading dimension; empty for 2-D data), rows × columns
    /// as sliceShape().
    /// @throws attn::io::MatrixFileError if `leading` has the wrong length or an index is out of range, or a
    ///         value of the slice is NaN or infinite (naming its index).
    attn::Matrix matrix(const std::vector<long>& leading = {}) const;

    /// The row labels of a CSV/TSV file's first column, or empty (always empty for .npy).
    const std::vector<std::string>& rowLabels() const { return m_text.rowLabels; }
    /// The column labels of a CSV/TSV file's header row, or empty (always empty for .npy).
    const std::vector<std::string>& columnLabels() const { return m_text.columnLabels; }

    /// The title of a slice: the file name, then the leading indices by name when there are any, e.g.
    /// "attn.npy [layer 3, head 5]" or "weights.csv".
    QString sliceTitle(const std::vector<long>& leading = {}) const;

private:
    QString m_path;
    attn::io::LabelledMatrix m_text;           ///< For CSV/TSV text.
    std::optional<attn::io::NpyArray> m_array; ///< For .npy.
    bool m_tabs{false};                        ///< CSV/TSV text used tabs between its fields.
};

/// One label per row, as the viewer shows them: `labels` as text when there is one per row, otherwise 1, 2, 3 ….
QStringList labelsOrNumbers(const std::vector<std::string>& labels, long count);

} // namespace attn::ui
