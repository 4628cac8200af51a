#pragma once

// Matrices in plain data files: CSV/TSV text and NumPy .npy arrays (read and write), for importing a table or a
// real model's attention weights and for exporting any matrix. Qt Core only; every reader works on bytes in
// memory (so that the fuzz targets under tests/fuzz/ drive exactly the code the window uses).

#include "attn/matrix.h"
#include "io/writeresult.h"

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
    attn::Matrix values;                   ///< rows × columns, every entry finite.
    std::vector<std::string> rowLabels;    ///< One per row when the file had a first column of labels, else empty.
    std::vector<std::string> columnLabels; ///< One per column when the file had a header row, else empty.
};

/// Parses CSV or TSV text (docs/data-files.md). The delimiter is a tab if the first line with content holds one
/// (outside quotes), otherwise a comma (a semicolon when that line has a semicolon but no comma). Blank lines and
/// lines starting with '#' are skipped (np.savetxt's header); a UTF-8 byte-order mark is allowed; fields may be
/// quoted with "…" (RFC 4180: "" inside is a quote, a quoted field may hold delimiters and line breaks); spaces
/// around a field are dropped.
/// The first line is a header of column labels when a field after its first is not a number, when its first
/// field is empty (the corner above row labels), or when it is a single field that is not a number. The first
/// column holds row labels when every data line's first field is not a number (a quoted "" counts as a label),
/// or when the header's first field is empty (pandas' DataFrame.to_csv with its index).
/// Numbers use '.' as the decimal point and may have a sign and an exponent ("5.6e-08", "+3", ".5", "1E3").
/// @param source the file name used in messages.
/// @return rows × columns values (1 ≤ rows, columns ≤ kMaxMatrixSide), with the labels found.
/// @throws MatrixFileError "<source>: <place>: <fault>" for text without numbers, binary data (a NUL byte or
///         invalid UTF-8, with its byte offset), a line with a different number of fields (naming both lines),
///         an empty cell, a field that is not a number (line, column and the text), NaN or infinity, values out
///         of the range of a double ("1e400", "1e-400"), an unclosed quote, a header without rows, more than
///         kMaxMatrixSide rows or columns, or text larger than kMaxDataFileBytes.
LabelledMatrix parseDelimited(const QByteArray& text, const QString& source);

/// `matrix` as CSV (delimiter ',') or TSV ('\t'), one line per row ending in '\n', numbers in shortest round-trip
/// form (std::to_chars: "0.1", "-0", "1e+21", "5e-324"; parseDelimited reads every finite double back bit for
/// bit; NaN and infinity would be written as "nan" and "inf", which parseDelimited refuses). With `columnLabels` a
/// header line; with `rowLabels` a first column (its header cell empty). Labels that are empty, hold a comma, a
/// semicolon, a tab, a quote or a line break, start with '#' or a byte-order mark, or start or end with a space
/// are quoted. Labels read back as written, except that row labels that look like numbers need column labels too
/// to be read as labels, and column labels that all look like numbers need row labels.
/// @throws std::invalid_argument if a non-empty label list does not have one label per row (column).
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
    QByteArray m_data;     ///< The file's bytes (shared with the caller's, not copied).
    qsizetype m_offset{0}; ///< Where the payload, product(shape) × item size bytes, starts in m_data.
    QString m_source;
};

/// Parses a .npy file's bytes (format versions 1.0, 2.0 and 3.0). The header is read as a Python dict literal with
/// exactly the keys 'descr', 'fortran_order' and 'shape'. Bytes after the array's data are ignored (a second
/// np.save into the same stream). The returned array shares `bytes` (no copy).
/// @throws MatrixFileError "<source>: byte <offset>: <fault>" for a missing magic string, an unknown format
///         version, a header that is cut off, not a Python dict literal, has unknown or repeated keys, or lacks
///         'descr', 'fortran_order' or 'shape'; a dtype other than float32 or float64 (naming it, e.g.
///         "'<i8' (64-bit integers)"), structured and object arrays, a negative dimension, more than 64
///         dimensions, more than kMaxArrayElements elements, an array without elements, or data shorter than the
///         shape needs (giving both byte counts).
NpyArray parseNpy(const QByteArray& bytes, const QString& source);

/// `matrix` as a .npy file (version 1.0, '<f8', C order, shape (rows, columns)) that numpy.load reads.
QByteArray toNpy(const attn::Matrix& matrix);

/// What a data file holds, by its content: .npy if it starts with the NumPy magic string, otherwise text.
enum class DataFileKind { Npy, Delimited };

/// Reads the file at `path` into memory.
/// @throws MatrixFileError if it is missing, a directory, unreadable (naming the reason), empty, or larger
///         than kMaxDataFileBytes.
QByteArray readDataFile(const QString& path);

/// Writes `bytes` atomically (QSaveFile). @return success with `path` written, or failure with errorString()
/// "Cannot write <path>: <fault>" (the old file, if any, is left intact).
WriteResult writeDataFile(const QString& path, const QByteArray& bytes);

/// The kind of `bytes` (see DataFileKind).
DataFileKind dataFileKind(const QByteArray& bytes);

} // namespace attn::io
