// `attnlab export --format csv,npy` (docs/data-files.md) and every bad input that reaches the command line: exit
// code 2 and "attnlab: <file>: <fault>" on stderr. Expected values are the waistline example's, by hand:
// scores −(62 − 60)²/2 = −2, −(62 − 64)²/2 = −2, −(62 − 68)²/2 = −18 (DOMAIN.md example 1).

#include "clitesthelpers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

namespace {

/// The i-th little-endian float64 after a .npy header of `headerEnd` bytes.
double npyValue(const QByteArray& npy, qsizetype headerEnd, qsizetype i)
{
    std::uint64_t bits = 0;
    for (int b = 7; b >= 0; --b)
        bits = (bits << 8) | static_cast<quint8>(npy.at(headerEnd + i * 8 + b));
    return std::bit_cast<double>(bits);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    return path;
}

/// Runs `attnlab compute PATH` and `attnlab export PATH --out DIR --format csv`: both must fail with `fault`
/// after "attnlab: <path>: " and write nothing.
void expectBothFail(const QString& path, const char* fault)
{
    const QByteArray expected = ("attnlab: " + QDir::toNativeSeparators(path) + u": "_s).toUtf8() + fault;
    const Outcome compute = attnlab({u"compute"_s, path});
    expectFailure(compute, expected.constData());
    EXPECT_TRUE(compute.out.isEmpty());
    QTemporaryDir out;
    ASSERT_TRUE(out.isValid());
    expectFailure(attnlab({u"export"_s, path, u"--out"_s, out.path(), u"--format"_s, u"csv"_s}),
                  expected.constData());
    EXPECT_TRUE(QDir(out.path()).isEmpty());
}

} // namespace

TEST(CliData, ExportWritesEveryStageAsCsvAndNpy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(u"data"_s); // created by attnlab
    const Outcome run = attnlab({u"export"_s, kWaistline, u"--out"_s, out, u"--format"_s, u"csv,npy"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();

    const QStringList files = QDir(out).entryList(QDir::Files);
    for (const char* id : {"scores", "weights", "outputs"})
        for (const char* suffix : {".csv", ".npy"})
            EXPECT_TRUE(files.contains(QString::fromUtf8(id) + QString::fromUtf8(suffix)))
                << id << suffix << ": " << files.join(u' ').toStdString();
    EXPECT_TRUE(QDir(out).entryList({u"*.png"_s}).isEmpty()) << "only data formats were asked for";
    EXPECT_EQ(run.out.count('\n'), files.size()) << run.out.constData();
    EXPECT_TRUE(run.out.contains((QDir::toNativeSeparators(out) + u"/weights.csv"_s).toUtf8())) << run.out.data();

    // Token labels as the header row and the first column; the scores by hand.
    EXPECT_EQ(readAll(out + u"/scores.csv"_s), QByteArray(",60 cm,64 cm,68 cm\n62 cm,-2,-2,-18\n"));
    const QList<QByteArray> weights = readAll(out + u"/weights.csv"_s).split('\n');
    ASSERT_GE(weights.size(), 2);
    EXPECT_EQ(weights.at(0), QByteArray(",60 cm,64 cm,68 cm"));
    const QList<QByteArray> row = weights.at(1).split(',');
    ASSERT_EQ(row.size(), 4) << weights.at(1).constData();
    EXPECT_EQ(row.at(0), QByteArray("62 cm"));
    EXPECT_NEAR(row.at(1).toDouble(), 0.499999971866208, 1e-15); // DOMAIN.md worked example 1
    EXPECT_NEAR(row.at(3).toDouble(), 5.626758419358835e-08, 1e-20);

    // The .npy: NumPy's header for a (1, 3) float64 array in C order, padded with spaces to 128 bytes (a multiple
    // of 64), then the weights.
    const QByteArray npy = readAll(out + u"/weights.npy"_s);
    ASSERT_EQ(npy.size(), 128 + 3 * 8);
    EXPECT_TRUE(npy.startsWith(QByteArray("\x93NUMPY\x01\x00\x76\x00{'descr': '<f8', 'fortran_order': False, "
                                          "'shape': (1, 3), }",
                                          69)))
        << npy.left(128).constData();
    EXPECT_NEAR(npyValue(npy, 128, 0), 0.499999971866208, 1e-15);
    EXPECT_NEAR(npyValue(npy, 128, 2), 5.626758419358835e-08, 1e-20);
    const QByteArray outputs = readAll(out + u"/outputs.npy"_s);
    ASSERT_EQ(outputs.size(), 128 + 8);
    EXPECT_NEAR(npyValue(outputs, 128, 0), 112.5000007596124, 1e-12);
}

TEST(CliData, ImagesAndDataTogether)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Outcome run = attnlab({u"export"_s, kWaistline, u"--out"_s, dir.path(), u"--format"_s, u"NPY,png"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_GT(pngSize(readAll(dir.filePath(u"weights.png"_s))).first, 0u);
    EXPECT_TRUE(readAll(dir.filePath(u"weights.npy"_s)).startsWith("\x93NUMPY"));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"weights.csv"_s)));
}

TEST(CliData, RowWithoutWeightsIsNaN)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(u"data"_s);
    const Outcome run =
        attnlab({u"export"_s, writeBoxcarSigmaOne(dir), u"--out"_s, out, u"--format"_s, u"csv,npy"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(readAll(out + u"/weights.csv"_s), QByteArray(",60 cm,64 cm,68 cm\n62 cm,nan,nan,nan\n"));
    const QByteArray npy = readAll(out + u"/weights.npy"_s);
    ASSERT_EQ(npy.size(), 128 + 3 * 8);
    EXPECT_TRUE(std::isnan(npyValue(npy, 128, 0)));
}

TEST(CliData, UnknownFormatListsTheKnownOnes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    expectFailure(attnlab({u"export"_s, kWaistline, u"--out"_s, dir.path(), u"--format"_s, u"csv,xlsx"_s}),
                  "unknown export format \"xlsx\" (expected png, pdf, svg, csv or npy)");
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(CliData, MissingFileAndDirectory)
{
    expectBothFail(u"/nonexistent/attnlab-session.json"_s, "no such file");
    expectBothFail(QStringLiteral(TEST_DATA_DIR "/sessions"), "is a directory, not a session file");
}

TEST(CliData, BinaryFiles)
{
    expectBothFail(QStringLiteral(TEST_DATA_DIR "/npy/f8_c.npy"),
                   "binary data at byte 0: this is a NumPy .npy file, not a session file");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    expectBothFail(writeFile(dir, u"nul.json"_s, QByteArray("{\"queries\"\0", 11)),
                   "binary data at byte 10 (line 1, column 11): a session file is JSON text in UTF-8");
}

TEST(CliData, TruncatedJson)
{
    expectBothFail(dataFile("truncated.json"), "malformed JSON at byte offset 83 (line 4, column 31): invalid "
                                               "termination by number; the file ends after 83 bytes, before the "
                                               "JSON is complete (is it cut off?)");
}

TEST(CliData, MatrixOverTheLimit)
{
    QByteArray rows = "[1]";
    for (int i = 1; i < 8193; ++i)
        rows += ", [1]";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeFile(dir, u"huge.json"_s,
                                   "{\"queries\": [[1]], \"keys\": [" + rows + "], \"values\": [" + rows + "]}");
    expectBothFail(path, "\"keys\" has 8193 rows, more than the limit of 8192 (docs/session-format.md)");
}

TEST(CliData, NumberOutOfRange)
{
    // "queries": [[1e400]] on line 2; Qt's parser stops after the number, at byte 22.
    expectBothFail(dataFile("out_of_range.json"),
                   "malformed JSON at byte offset 22 (line 2, column 21): illegal "
                   "number (numbers must be finite and within the range of a double; "
                   "NaN, Infinity and values such as 1e400 are not allowed)");
}

TEST(CliData, UnwritableOutDirectory)
{
    // A folder under a regular file cannot be created, not even by root.
    expectFailure(attnlab({u"export"_s, kWaistline, u"--out"_s, u"/etc/passwd/out"_s, u"--format"_s, u"csv"_s}),
                  "cannot create the output directory /etc/passwd/out");
    expectFailure(attnlab({u"export"_s, kWaistline, u"--out"_s, u"/etc/passwd"_s, u"--format"_s, u"npy"_s}),
                  "--out /etc/passwd is not a directory");
}
