#pragma once

// Private to attn::io: the header of a .npy file, a Python dict literal such as
// "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }" (numpy.lib.format).

#include <QByteArray>
#include <QString>

#include <vector>

namespace attn::io::detail {

/// What a .npy header says about the array that follows it.
struct NpyHeader {
    std::vector<long> shape; ///< Outermost first; {} for a 0-d array.
    int itemSize{8};         ///< 4 (float32) or 8 (float64).
    bool bigEndian{false};   ///< '>' in 'descr'.
    bool fortranOrder{false};
};

/// Parses the header text bytes[begin, end): exactly the keys 'descr', 'fortran_order' and 'shape' once each, in
/// any order, with any spacing and an optional trailing comma, followed only by spaces and line breaks. 'descr'
/// must be '<f4', '>f4', '<f8' or '>f8'; 'shape' a tuple of whole numbers ("()", "(5,)", "(2, 3)"), at most 64
/// of them, each and their product at most kMaxArrayElements.
/// @throws MatrixFileError "<source>: byte <offset>: <fault>" (offsets from the start of the file), naming an
///         unsupported dtype in words, e.g. "'<i8' (64-bit integers)".
NpyHeader parseNpyHeader(const QByteArray& bytes, qsizetype begin, qsizetype end, const QString& source);

} // namespace attn::io::detail
