// NumPy .npy arrays (docs/data-files.md): parseNpy, NpyArray::slice and toNpy. The format:
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html

#include "io/matrixfile.h"

#include "io/jsonhelpers.h"
#include "io/npyheader.h"
#include "io/textcheck.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

using detail::format;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::MatrixFile)
};

[[noreturn]] void fail(const QString& source, qsizetype byte, const QString& fault)
{
    throw MatrixFileError(format(Tr::tr("%1: byte %2: %3"), source, byte, fault).toStdString());
}

QString shapeText(const std::vector<long>& shape)
{
    QStringList sides;
    for (const long side : shape)
        sides << QString::number(side);
    return u'(' + sides.join(u", "_s) + (shape.size() == 1 ? u",)"_s : u")"_s);
}

QString indexText(const std::vector<long>& index)
{
    QStringList parts;
    for (const long i : index)
        parts << QString::number(i);
    return u'[' + parts.join(u", "_s) + u']';
}

/// The version's header length field: its offset and size in bytes (1.0: two bytes at 8; 2.0, 3.0: four).
constexpr qsizetype kLengthAt = 8;

quint32 headerLength(const QByteArray& bytes, int major)
{
    const char* p = bytes.constData() + kLengthAt;
    return major == 1 ? qFromLittleEndian<quint16>(p) : qFromLittleEndian<quint32>(p);
}

} // namespace

std::string NpyArray::dtype() const
{
    return std::string(m_bigEndian ? ">" : "<") + (m_type == Type::Float32 ? "f4" : "f8");
}

NpyArray parseNpy(const QByteArray& bytes, const QString& source)
{
    const qsizetype size = bytes.size();
    if (!detail::hasNpyMagic(bytes))
        fail(source, 0, Tr::tr("not a .npy file (it does not start with the NumPy magic string \\x93NUMPY)"));
    if (size < kLengthAt)
        fail(source, size, Tr::tr("the file ends inside the format version (cut off?)"));
    const int major = static_cast<unsigned char>(bytes.at(6));
    const int minor = static_cast<unsigned char>(bytes.at(7));
    if (major < 1 || major > 3 || minor != 0)
        fail(source, 6,
             format(Tr::tr("unknown .npy format version %1.%2 (this reads 1.0, 2.0 and 3.0)"), major, minor));
    const qsizetype headerAt = major == 1 ? 10 : 12;
    if (size < headerAt)
        fail(source, size, format(Tr::tr("the file ends inside the header length (%1 bytes; cut off?)"), size));
    const qint64 length = headerLength(bytes, major);
    if (headerAt + length > size)
        fail(source, kLengthAt,
             format(Tr::tr("the header length %1 runs past the end of the file (%2 bytes)"), length, size));

    const detail::NpyHeader header = detail::parseNpyHeader(bytes, headerAt, headerAt + qsizetype(length), source);
    NpyArray array;
    array.m_source = source;
    array.m_shape = header.shape;
    array.m_type = header.itemSize == 4 ? NpyArray::Type::Float32 : NpyArray::Type::Float64;
    array.m_bigEndian = header.bigEndian;
    array.m_fortranOrder = header.fortranOrder;

    // parseNpyHeader has checked every side and the product against kMaxArrayElements: no overflow here.
    qint64 elements = 1;
    for (const long side : header.shape)
        elements *= side;
    if (elements == 0)
        fail(source, headerAt,
             format(Tr::tr("the array is empty (shape %1): there is no matrix in it"), shapeText(header.shape)));
    const qint64 dataAt = headerAt + length;
    const qint64 needed = elements * header.itemSize;
    if (size - dataAt < needed)
        fail(source, dataAt,
             format(Tr::tr("the data holds %1 bytes, but shape %2 of %3 needs %4 (the file is cut off?)"),
                    size - dataAt, shapeText(header.shape), header.itemSize == 4 ? u"float32"_s : u"float64"_s,
                    needed));
    array.m_data =
        bytes; // shared, not copied; bytes after the array (another np.save into the stream) are ignored
    array.m_offset = qsizetype(dataAt);
    return array;
}

attn::Matrix NpyArray::slice(const std::vector<long>& leading) const
{
    const auto count = static_cast<std::size_t>(m_shape.size());
    const std::size_t leadingCount = count > 2 ? count - 2 : 0;
    const auto failHere = [this](const QString& fault) {
        throw MatrixFileError((m_source + u": "_s + fault).toStdString());
    };
    if (leading.size() != leadingCount)
        failHere(format(Tr::tr("a %1-D array of shape %2 needs %3 before its last two dimensions, got %4"), count,
                        shapeText(m_shape),
                        detail::counted(qsizetype(leadingCount), Tr::tr("index"), Tr::tr("indices")),
                        leading.size()));
    for (std::size_t k = 0; k < leadingCount; ++k)
        if (leading[k] < 0 || leading[k] >= m_shape[k])
            failHere(format(Tr::tr("index %1 is out of range for dimension %2 of shape %3 (0 \u2026 %4)"),
                            leading[k], k + 1, shapeText(m_shape), m_shape[k] - 1));
    const long rows = count >= 2 ? m_shape[count - 2] : 1;
    const long columns = count >= 1 ? m_shape[count - 1] : 1;
    if (rows > kMaxMatrixSide || columns > kMaxMatrixSide)
        failHere(format(Tr::tr("a slice is %1 \u00d7 %2, more than the limit of %3 rows and columns (see "
                               "docs/data-files.md)"),
                        rows, columns, kMaxMatrixSide));

    // Strides in elements: the last index varies fastest in C order, the first in Fortran order.
    std::vector<qint64> stride(count, 1);
    if (m_fortranOrder) {
        for (std::size_t k = 1; k < count; ++k)
            stride[k] = stride[k - 1] * m_shape[k - 1];
    } else {
        for (std::size_t k = count; k-- > 1;)
            stride[k - 1] = stride[k] * m_shape[k];
    }
    qint64 base = 0;
    for (std::size_t k = 0; k < leadingCount; ++k)
        base += leading[k] * stride[k];
    const qint64 rowStride = count >= 2 ? stride[count - 2] : 0;
    const qint64 columnStride = count >= 1 ? stride[count - 1] : 0;
    const qint64 itemSize = m_type == Type::Float32 ? 4 : 8;

    attn::Matrix matrix(rows, columns);
    for (long i = 0; i < rows; ++i) {
        for (long j = 0; j < columns; ++j) {
            const qint64 at = m_offset + (base + i * rowStride + j * columnStride) * itemSize;
            const char* p = m_data.constData() + at;
            double value = 0.0;
            if (m_type == Type::Float32)
                value =
                    std::bit_cast<float>(m_bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p));
            else
                value = std::bit_cast<double>(m_bigEndian ? qFromBigEndian<quint64>(p)
                                                          : qFromLittleEndian<quint64>(p));
            if (!std::isfinite(value)) {
                std::vector<long> index(leading);
                if (count >= 2)
                    index.push_back(i);
                if (count >= 1)
                    index.push_back(j);
                fail(m_source, qsizetype(at),
                     format(Tr::tr("element %1 is %2; only finite numbers can be imported"), indexText(index),
                            std::isnan(value) ? u"NaN"_s : (value > 0 ? u"inf"_s : u"-inf"_s)));
            }
            matrix(i, j) = value;
        }
    }
    return matrix;
}

QByteArray toNpy(const attn::Matrix& matrix)
{
    QByteArray header = format(u"{'descr': '<f8', 'fortran_order': False, 'shape': (%1, %2), }"_s,
                               qint64(matrix.rows()), qint64(matrix.cols()))
                            .toLatin1();
    // NumPy pads the header with spaces and ends it with '\n' so that the data starts at a multiple of 64.
    const qsizetype unpadded = 10 + header.size() + 1;
    header.append(QByteArray((64 - unpadded % 64) % 64, ' '));
    header.append('\n');

    QByteArray out("\x93NUMPY\x01\x00", 8);
    char length[2];
    qToLittleEndian<quint16>(quint16(header.size()), length);
    out.append(length, 2);
    out.append(header);
    out.reserve(out.size() + qsizetype(matrix.size()) * 8);
    for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
        for (Eigen::Index j = 0; j < matrix.cols(); ++j) {
            char bytes[8];
            qToLittleEndian<quint64>(std::bit_cast<quint64>(matrix(i, j)), bytes);
            out.append(bytes, 8);
        }
    }
    return out;
}

} // namespace attn::io
