// NumPy .npy arrays (docs/data-files.md): the files that tests/data/npy/make_fixtures.py wrote with np.save are
// read with the values stated by hand below; faults give their byte offset; toNpy writes what NumPy writes and
// numpy.load reads it back.

#include "io/matrixfile.h"

#include "../support/writeresultcheck.h"
#include "iotesthelpers.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <ostream>
#include <string>
#include <vector>

using namespace iotest;
using attn::io::MatrixFileError;
using attn::io::NpyArray;
using attn::io::parseNpy;
using attn::io::toNpy;

namespace {

QString npyData(const char* name)
{
    return QStringLiteral(TEST_DATA_DIR "/npy/") + QString::fromUtf8(name);
}

NpyArray readNpy(const char* name)
{
    return parseNpy(readAll(npyData(name)), QString::fromUtf8(name));
}

/// The MatrixFileError message of parsing `bytes` as "a.npy" and taking slice `leading` ("" if both work).
std::string npyError(const QByteArray& bytes, const std::vector<long>& leading = {})
{
    try {
        (void)parseNpy(bytes, QStringLiteral("a.npy")).slice(leading);
    } catch (const MatrixFileError& error) {
        return error.what();
    }
    return {};
}

std::string fileError(const char* name, const std::vector<long>& leading = {})
{
    try {
        (void)readNpy(name).slice(leading);
    } catch (const MatrixFileError& error) {
        return error.what();
    }
    return {};
}

/// A version-1.0 .npy file with `header` as it stands (no padding) and `data` after it.
QByteArray npyWith(const QByteArray& header, const QByteArray& data = {})
{
    QByteArray bytes("\x93NUMPY\x01\x00", 8);
    bytes.append(char(header.size() & 0xFF));
    bytes.append(char(header.size() >> 8));
    return bytes + header + data;
}

/// [[0, 0.25, 0.5], [0.75, 1, 1.25]]: np.arange(6).reshape(2, 3) / 4, written in every variant.
attn::Matrix m23()
{
    attn::Matrix m(2, 3);
    m << 0, 0.25, 0.5, 0.75, 1, 1.25;
    return m;
}

struct VariantCase {
    const char* file;
    NpyArray::Type type;
    bool bigEndian;
    bool fortranOrder;
    const char* dtype;
};

void PrintTo(const VariantCase& c, std::ostream* os)
{
    *os << c.file;
}

class NpyVariants : public testing::TestWithParam<VariantCase> {};

struct HeaderErrorCase {
    const char* header;
    const char* message; ///< The whole message for "a.npy".
};

void PrintTo(const HeaderErrorCase& c, std::ostream* os)
{
    *os << c.header;
}

class NpyHeaderErrors : public testing::TestWithParam<HeaderErrorCase> {};

} // namespace

TEST_P(NpyVariants, ReadsTheValuesNumpySaved)
{
    const VariantCase& c = GetParam();
    const NpyArray array = readNpy(c.file);
    EXPECT_EQ(array.shape(), (std::vector<long>{2, 3}));
    EXPECT_EQ(array.dimensions(), 2);
    EXPECT_EQ(array.type(), c.type);
    EXPECT_EQ(array.bigEndian(), c.bigEndian);
    EXPECT_EQ(array.fortranOrder(), c.fortranOrder);
    EXPECT_EQ(array.dtype(), c.dtype);
    expectBitwiseEqual(array.slice(), m23(), c.file);
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, NpyVariants,
    testing::Values(VariantCase{"f8_c.npy", NpyArray::Type::Float64, false, false, "<f8"},
                    VariantCase{"f8_big.npy", NpyArray::Type::Float64, true, false, ">f8"},
                    VariantCase{"f4_c.npy", NpyArray::Type::Float32, false, false, "<f4"},
                    VariantCase{"f4_big.npy", NpyArray::Type::Float32, true, false, ">f4"},
                    VariantCase{"f8_fortran.npy", NpyArray::Type::Float64, false, true, "<f8"},
                    VariantCase{"f4_big_fortran.npy", NpyArray::Type::Float32, true, true, ">f4"},
                    VariantCase{"f8_v2.npy", NpyArray::Type::Float64, false, false, "<f8"},
                    VariantCase{"f8_v3.npy", NpyArray::Type::Float64, false, false, "<f8"}));

TEST(NpyFile, FourDimensionalAttentionSlices)
{
    // attention[l, h, q, k] = 1000 l + 100 h + 10 q + k, shape (2, 3, 4, 5); in C order (float32) and Fortran
    // order (big-endian float64).
    for (const char* file : {"attention_4d.npy", "attention_4d_fortran.npy"}) {
        SCOPED_TRACE(file);
        const NpyArray array = readNpy(file);
        EXPECT_EQ(array.shape(), (std::vector<long>{2, 3, 4, 5}));
        for (const long l : {0L, 1L}) {
            for (const long h : {0L, 2L}) {
                attn::Matrix expected(4, 5);
                for (int q = 0; q < 4; ++q)
                    for (int k = 0; k < 5; ++k)
                        expected(q, k) = 1000.0 * double(l) + 100.0 * double(h) + 10.0 * q + k;
                expectBitwiseEqual(array.slice({l, h}), expected, file);
            }
        }
    }
}

TEST(NpyFile, ThreeDimensionalBigEndianSlice)
{
    const NpyArray array = readNpy("heads_3d_big.npy"); // heads[h, q, k] = 100 h + 10 q + k, shape (2, 3, 4)
    EXPECT_EQ(array.shape(), (std::vector<long>{2, 3, 4}));
    attn::Matrix expected(3, 4);
    expected << 100, 101, 102, 103, 110, 111, 112, 113, 120, 121, 122, 123;
    expectBitwiseEqual(array.slice({1}), expected, "heads_3d_big.npy [1]");
}

TEST(NpyFile, OneAndZeroDimensionalArrays)
{
    const NpyArray vector = readNpy("vector_1d.npy"); // np.array([1.5, -2.0, 3.25])
    EXPECT_EQ(vector.shape(), (std::vector<long>{3}));
    attn::Matrix row(1, 3);
    row << 1.5, -2.0, 3.25;
    expectBitwiseEqual(vector.slice(), row, "vector_1d.npy");

    const NpyArray scalar = readNpy("scalar_0d.npy"); // np.array(42.5)
    EXPECT_TRUE(scalar.shape().empty());
    EXPECT_EQ(scalar.dimensions(), 0);
    expectBitwiseEqual(scalar.slice(), attn::Matrix::Constant(1, 1, 42.5), "scalar_0d.npy");
}

TEST(NpyFile, UnsupportedDtypesAreNamed)
{
    // The 'descr' string starts at byte 20: 10 bytes before the header, then "{'descr': ".
    EXPECT_EQ(fileError("int64.npy"),
              "int64.npy: byte 20: unsupported dtype '<i8' (64-bit integers); Attention Lab "
              "reads float32 and float64 ('<f4', '>f4', '<f8', '>f8'): convert with "
              "a.astype(numpy.float64)");
    EXPECT_EQ(fileError("complex.npy"),
              "complex.npy: byte 20: unsupported dtype '<c16' (complex numbers); Attention "
              "Lab reads float32 and float64 ('<f4', '>f4', '<f8', '>f8'): convert with "
              "a.astype(numpy.float64)");
    EXPECT_NE(fileError("bool.npy").find("bool.npy: byte 20: unsupported dtype '|b1' (booleans)"),
              std::string::npos);
    EXPECT_NE(fileError("float16.npy").find("float16.npy: byte 20: unsupported dtype '<f2' (16-bit floats)"),
              std::string::npos);
    EXPECT_EQ(fileError("structured.npy"), "structured.npy: byte 20: structured arrays (a list of named fields in "
                                           "'descr') are not supported; save a plain float32 or float64 array");
    EXPECT_EQ(fileError("object.npy"),
              "object.npy: byte 20: the dtype '|O' (Python objects): object arrays hold "
              "pickled Python objects and cannot be read; save a float32 or float64 array");
}

TEST(NpyFile, NonFiniteValuesNameTheirIndexAndByte)
{
    // The data of these small version-1.0 files starts at byte 128 (NumPy pads the header to 64-byte blocks).
    // nan.npy is [[1, 2], [3, nan]] in float64: element [1, 1] is the fourth, at 128 + 3 · 8.
    EXPECT_EQ(fileError("nan.npy"),
              "nan.npy: byte 152: element [1, 1] is NaN; only finite numbers can be imported");
    EXPECT_EQ(fileError("inf_f4.npy"),
              "inf_f4.npy: byte 128: element [0, 0] is -inf; only finite numbers can be imported");
}

TEST(NpyFile, EmptyArrayIsRefused)
{
    EXPECT_EQ(fileError("empty.npy"),
              "empty.npy: byte 10: the array is empty (shape (0, 3)): there is no matrix in it");
}

TEST(NpyFile, SliceIndicesAreChecked)
{
    const NpyArray array = readNpy("attention_4d.npy");
    const auto error = [&array](const std::vector<long>& leading) {
        try {
            (void)array.slice(leading);
        } catch (const MatrixFileError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_EQ(error({}), "attention_4d.npy: a 4-D array of shape (2, 3, 4, 5) needs 2 indices before its last two "
                         "dimensions, got 0");
    EXPECT_EQ(error({1}),
              "attention_4d.npy: a 4-D array of shape (2, 3, 4, 5) needs 2 indices before its last two "
              "dimensions, got 1");
    EXPECT_EQ(error({2, 0}), "attention_4d.npy: index 2 is out of range for dimension 1 of shape (2, 3, 4, 5) "
                             "(0 \u2026 1)");
    EXPECT_EQ(error({0, -1}), "attention_4d.npy: index -1 is out of range for dimension 2 of shape (2, 3, 4, 5) "
                              "(0 \u2026 2)");
    EXPECT_EQ(fileError("f8_c.npy", {0}),
              "f8_c.npy: a 2-D array of shape (2, 3) needs 0 indices before its last two dimensions, got 1");
}

TEST(NpyFile, SliceLargerThanTheMatrixLimit)
{
    // kMaxMatrixSide = 8192: a (1, 8193) float32 array reads, but its slice is refused.
    const QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 8193), }";
    const NpyArray array = parseNpy(npyWith(header, QByteArray(8193 * 4, '\0')), QStringLiteral("a.npy"));
    EXPECT_EQ(array.shape(), (std::vector<long>{1, 8193}));
    EXPECT_EQ(
        npyError(npyWith(header, QByteArray(8193 * 4, '\0'))),
        "a.npy: a slice is 1 \u00d7 8193, more than the limit of 8192 rows and columns (see docs/data-files.md)");
}

TEST(NpyFile, TruncatedFiles)
{
    const QByteArray whole = readAll(npyData("f8_c.npy")); // 128 bytes of header, 48 of data
    ASSERT_EQ(whole.size(), 176);
    EXPECT_EQ(npyError(whole.left(150)), "a.npy: byte 128: the data holds 22 bytes, but shape (2, 3) of float64 "
                                         "needs 48 (the file is cut off?)");
    EXPECT_EQ(npyError(whole.left(128)), "a.npy: byte 128: the data holds 0 bytes, but shape (2, 3) of float64 "
                                         "needs 48 (the file is cut off?)");
    // The header length field says 118 (0x76): 10 + 118 = 128.
    EXPECT_EQ(npyError(whole.left(50)), "a.npy: byte 8: the header length 118 runs past the end of the file (50 "
                                        "bytes)");
    EXPECT_EQ(npyError(whole.left(9)),
              "a.npy: byte 9: the file ends inside the header length (9 bytes; cut off?)");
    EXPECT_EQ(npyError(whole.left(7)), "a.npy: byte 7: the file ends inside the format version (cut off?)");
    EXPECT_EQ(npyError(whole.left(3)), "a.npy: byte 0: not a .npy file (it does not start with the NumPy magic "
                                       "string \\x93NUMPY)");
    // Bytes after the array (a second np.save into the same stream) are not read.
    expectBitwiseEqual(parseNpy(whole + QByteArray(20, 'x'), QStringLiteral("a.npy")).slice(), m23(), "trailing");
}

TEST(NpyFile, UnknownVersion)
{
    QByteArray bytes = readAll(npyData("f8_c.npy"));
    bytes[6] = 4;
    EXPECT_EQ(npyError(bytes), "a.npy: byte 6: unknown .npy format version 4.0 (this reads 1.0, 2.0 and 3.0)");
    bytes[6] = 1;
    bytes[7] = 1;
    EXPECT_EQ(npyError(bytes), "a.npy: byte 6: unknown .npy format version 1.1 (this reads 1.0, 2.0 and 3.0)");
}

TEST(NpyFile, HeaderSpellingsNumpyAccepts)
{
    // Keys in any order, double quotes, Python 2's 3L, no trailing comma, spaces and line breaks.
    const QByteArray data("\x3f\x80\x00\x00\x40\x00\x00\x00", 8); // 1.0f, 2.0f big-endian
    const NpyArray array =
        parseNpy(npyWith("{ \"shape\" : (1L, 2L) , \"fortran_order\":True,'descr':'>f4'}  \n", data),
                 QStringLiteral("a.npy"));
    EXPECT_EQ(array.shape(), (std::vector<long>{1, 2}));
    EXPECT_TRUE(array.fortranOrder());
    attn::Matrix expected(1, 2);
    expected << 1.0, 2.0;
    expectBitwiseEqual(array.slice(), expected, "spellings");
}

TEST_P(NpyHeaderErrors, MessageGivesTheByteOffset)
{
    EXPECT_EQ(npyError(npyWith(GetParam().header, QByteArray(64, '\0'))), GetParam().message);
}

// Byte offsets count from the start of the file; the header starts at byte 10.
INSTANTIATE_TEST_SUITE_P(
    Inline, NpyHeaderErrors,
    testing::Values(
        HeaderErrorCase{"",
                        "a.npy: byte 10: the header is not a Python dict: it must start with '{', got the end of "
                        "the header"},
        HeaderErrorCase{"[1, 2]",
                        "a.npy: byte 10: the header is not a Python dict: it must start with '{', got '['"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'extra': 1}",
                        "a.npy: byte 66: unknown key 'extra' in the header (expected 'descr', 'fortran_order' and "
                        "'shape')"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False}", "a.npy: byte 10: the header has no 'shape'"},
        HeaderErrorCase{"{'descr': '<f8', 'shape': (1,)}", "a.npy: byte 10: the header has no 'fortran_order'"},
        HeaderErrorCase{"{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (1,)}",
                        "a.npy: byte 27: the key 'descr' appears twice in the header"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': (5)}",
                        "a.npy: byte 60: 'shape' (5) is a number in parentheses, not a tuple; a 1-tuple is "
                        "written (5,)"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': [2, 3]}",
                        "a.npy: byte 60: 'shape' must be a tuple such as (3, 4) or (5,), got '['"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': (-1,)}",
                        "a.npy: byte 61: a dimension of 'shape' is negative"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999,)}",
                        "a.npy: byte 61: a dimension of 'shape' is larger than 268435456 (the limit of elements, "
                        "see docs/data-files.md)"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': (65536, 65536)}",
                        "a.npy: byte 60: the shape has more than 268435456 elements (the limit, see "
                        "docs/data-files.md)"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': (2 3)}",
                        "a.npy: byte 63: expected ',' or ')' in 'shape', got '3'"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': 'no', 'shape': (1,)}",
                        "a.npy: byte 44: 'fortran_order' must be True or False, got '''"},
        HeaderErrorCase{"{'descr': '=f8', 'fortran_order': False, 'shape': (1,)}",
                        "a.npy: byte 20: the dtype '=f8' has byte order '='; expected '<' (little-endian) or '>' "
                        "(big-endian)"},
        HeaderErrorCase{"{'descr': 8, 'fortran_order': False, 'shape': (1,)}",
                        "a.npy: byte 20: expected a dtype string such as '<f8' for 'descr', got '8'"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': (1,)} x",
                        "a.npy: byte 66: unexpected 'x' after the header dict"},
        HeaderErrorCase{"{'descr': '<f8' 'fortran_order': False, 'shape': (1,)}",
                        "a.npy: byte 26: expected ',' or '}' in the header dict, got '''"},
        HeaderErrorCase{"{'descr': '<f\xe9', 'fortran_order': False, 'shape': (1,)}",
                        "a.npy: byte 23: unexpected byte 0xe9 in a string of the header"},
        HeaderErrorCase{"{'descr': '<f8', 'fortran_order': False, 'shape': (1,)",
                        "a.npy: byte 64: expected ',' or '}' in the header dict, got the end of the header"}));

TEST(NpyFile, WritesWhatNumpyWrites)
{
    // np.save of the same float64 (2, 3) array in C order: the same 176 bytes, header padding included.
    EXPECT_EQ(toNpy(m23()), readAll(npyData("f8_c.npy")));
}

TEST(NpyFile, RoundTripIsBitwiseExact)
{
    attn::Matrix m(3, 2);
    m << 0.1, -0.0, 5e-324, 1.7976931348623157e308, -112.5000007596124, 3;
    const NpyArray back = parseNpy(toNpy(m), QStringLiteral("a.npy"));
    EXPECT_EQ(back.shape(), (std::vector<long>{3, 2}));
    EXPECT_EQ(back.dtype(), "<f8");
    EXPECT_FALSE(back.fortranOrder());
    expectBitwiseEqual(back.slice(), m, "round trip");
    // Data starts at a multiple of 64 for any shape.
    for (const Eigen::Index rows : {1, 9, 1000}) {
        const QByteArray bytes = toNpy(attn::Matrix::Zero(rows, 7));
        EXPECT_EQ((bytes.size() - rows * 7 * 8) % 64, 0) << rows;
    }
}

TEST(NpyFile, NumpyLoadsWhatWeWrite)
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import numpy")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        GTEST_SKIP() << "/usr/bin/python3 with NumPy is not installed (apt-get install python3-numpy)";

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ours.npy"));
    attn::Matrix m(2, 3);
    m << 0.1, -2.5, 1e300, 5e-324, 3, -0.0;
    ASSERT_TRUE(writecheck::succeeded(attn::io::writeDataFile(path, toNpy(m))));

    // The expected values are written in Python, independently of our reader.
    const QString check =
        QStringLiteral("import sys, numpy\n"
                       "a = numpy.load(sys.argv[1])\n"
                       "assert a.dtype == numpy.float64, a.dtype\n"
                       "assert a.shape == (2, 3), a.shape\n"
                       "assert a.tolist() == [[0.1, -2.5, 1e300], [5e-324, 3.0, 0.0]], a.tolist()\n"
                       "assert numpy.signbit(a[1, 2])\n"
                       "print('ok')\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), check, path});
    ASSERT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().constData();
    EXPECT_EQ(python.readAllStandardOutput().trimmed(), QByteArray("ok"));
}
