#pragma once

// Matrices in plain data files: CSV/TSV text and NumPy .npy arrays (read and write), for importing a table or a
// real model's attention weights and for exporting any matrix. Qt Core only; every reader works on bytes in
// memory (so that the fuzz targets under tests/fuzz/ drive exactly the code the window uses).

#include "attn/matrix.h"

#include <QByteArray>
#include <QString>

#include <stdexcept>
#include <string>
#include <vector>

namespace attn::io {

/// A data file that cannot be read or written. The message names the file, the place (line and column for
/// text, byte offset for .npy) and the fault, e.g. `w.csv: line 3 has 4 values, line 1 has 3` or
/// `a.npy: byte 8: the header length 65535 runs past the end of the file (120 bytes)`.
class MatrixFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The documented limits (docs/data-files.md and docs/session-format.md): a matrix has at most
/// kMaxMatrixSide rows and columns; an imported array at most kMaxArrayElements elements (any number of
/// dimensions) and a data file at most kMaxDataFileBytes bytes.
inline constexpr long kMaxMatrixSide = 8192;
inline constexpr long long kMaxArrayElements = 1LL << 28;
inline constexpr long long kMaxDataFileBytes = 1LL << 31;

/// A matrix with optional labels, as read from a CSV/TSV file.
struct LabelledMatrix {
    attn::Matrix values;                    ///< rows × columns, every entry finite.
    std::vector<std::string> rowLabels;     ///< One per row when the file had a first column of labels, else empty.
    std::vector<std::string> columnLabels;  ///< One per column when the file had a header row, else empty.
};

/// Parses CSV or TSV text. The delimiter is a tab if the first non-empty line holds one, otherwise a comma
/// (semicolons are accepted too when a line has neither). Blank lines and lines starting with '#' are skipped;
/// fields may be quoted with "…" (RFC 4180). The first line is a header of column labels when any of its fields
/// is not a number; the first column holds row labels when every data line's first field is not a number.
/// Numbers use '.' as the decimal point and may have an exponent ("5.6e-08").
/// @param source the file name used in messages.
/// @throws MatrixFileError for empty input, binary data, a line with a different number of fields (naming
///         both lines), a field that is not a number (line, column and the text), NaN or infinity, values out of
///         the range of a double, or more than kMaxMatrixSide rows or columns.
LabelledMatrix parseDelimited(const QByteArray& text, const QString& source);

/// `matrix` as CSV (delimiter ',') or TSV ('\t'), one line per row, numbers in shortest round-trip form
/// ("%.17g"-exact, '.' as decimal point). With `columnLabels` a header line; with `rowLabels` a first column
/// (its header cell empty). Labels that hold the delimiter, a quote or a line break are quoted.
QByteArray toDelimited(const attn::Matrix& matrix, const std::vector<std::string>& rowLabels = {},
                       const std::vector<std::string>& columnLabels = {}, char delimiter = ',');

/// A NumPy array read from a .npy file (format versions 1.0, 2.0 and 3.0).
/// See https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
class NpyArray {
public:
    enum class Type { Float32, Float64 };

    /// The shape, outermost first, e.g. {12, 8, 64, 64} for [layer, head, query, key]. A 0-d array has
    /// shape {}; a 1-D array of n numbers {n}.
    const std::vector<long>& shape() const { return m_shape; }
    long dimensions() const { return static_cast<long>(m_shape.size()); }
    Type type() const { return m_type; }
    bool bigEndian() const { return m_bigEndian; }
    bool fortranOrder() const { return m_fortranOrder; }
    /// The dtype as NumPy writes it, e.g. "<f4", ">f8".
    std::string dtype() const;

    /// The 2-D matrix at `leading` (one index per dimension before the last two; empty for a 2-D array).
    /// A 1-D array of n numbers is a 1 × n matrix; a 0-d array 1 × 1.
    /// @throws MatrixFileError if `leading` has the wrong length or an index is out of range, a value is NaN
    ///         or infinite (naming its index), or the slice has more than kMaxMatrixSide rows or columns.
    attn::Matrix slice(const std::vector<long>& leading = {}) const;

private:
    friend NpyArray parseNpy(const QByteArray& bytes, const QString& source);
    std::vector<long> m_shape;
    Type m_type{Type::Float64};
    bool m_bigEndian{false};
    bool m_fortranOrder{false};
    QByteArray m_data; ///< The raw payload, product(shape) × item size bytes.
    QString m_source;
};

/// Parses a .npy file's bytes.
/// @throws MatrixFileError for a missing magic string, an unknown format version, a header that is cut off, not
///         a Python dict literal, or lacks 'descr', 'fortran_order' or 'shape'; a dtype other than float32 or
///         float64 (naming it, e.g. "'<i8' (64-bit integers)"), object arrays, a negative or overflowing shape,
///         more than kMaxArrayElements elements, or data shorter than the shape needs (giving both byte counts).
NpyArray parseNpy(const QByteArray& bytes, const QString& source);

/// `matrix` as a .npy file (version 1.0, '<f8', C order, shape (rows, columns)) that numpy.load reads.
QByteArray toNpy(const attn::Matrix& matrix);

/// What a data file holds, by its content: .npy if it starts with the NumPy magic string, otherwise text.
enum class DataFileKind { Npy, Delimited };

/// Reads the file at `path` into memory.
/// @throws MatrixFileError if it is missing, a directory, unreadable (naming the reason), empty, or larger
///         than kMaxDataFileBytes.
QByteArray readDataFile(const QString& path);

/// Writes `bytes` atomically (QSaveFile). @return an empty string on success, otherwise
/// "Cannot write <path>: <fault>" (the old file, if any, is left intact).
QString writeDataFile(const QString& path, const QByteArray& bytes);

/// The kind of `bytes` (see DataFileKind).
DataFileKind dataFileKind(const QByteArray& bytes);

} // namespace attn::io
