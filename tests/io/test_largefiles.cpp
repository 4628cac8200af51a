// Large data files written by NumPy (issue 6): a 1024 × 1024 float64 .npy, the same as float32 in Fortran order,
// and as CSV from np.savetxt, read back value for value. The values are a formula computed on both sides:
// a[i, j] = i + j / 1024 (exact in float32 and float64) for the arrays, and for the CSV a softmax row whose
// 17-digit text must read back to the double NumPy holds (checked against NumPy's own sum in Python).
#include "io/matrixfile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

using attn::io::parseDelimited;
using attn::io::parseNpy;
using attn::io::readDataFile;

namespace {

constexpr int kSide = 1024;

/// Runs `script` with /usr/bin/python3 (NumPy) and `dir` as its argument; false if NumPy is missing.
bool runPython(const QString& script, const QString& dir, QString* error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, dir});
    if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit) {
        *error = QStringLiteral("python did not finish");
        return false;
    }
    *error = QString::fromUtf8(python.readAllStandardError());
    return python.exitCode() == 0;
}

bool hasNumpy()
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import numpy")});
    return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

} // namespace

TEST(LargeFiles, A1024By1024NpyReadsTheValuesNumpyWrote)
{
    if (!hasNumpy())
        GTEST_SKIP() << "/usr/bin/python3 with NumPy is not installed (apt-get install python3-numpy)";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    ASSERT_TRUE(runPython(QStringLiteral("import sys, numpy as np\n"
                                         "i, j = np.meshgrid(np.arange(1024), np.arange(1024), indexing='ij')\n"
                                         "a = i + j / 1024.0\n"
                                         "np.save(sys.argv[1] + '/c64.npy', a)\n"
                                         "np.save(sys.argv[1] + '/f32.npy', np.asfortranarray(a, dtype='>f4'))\n"),
                          dir.path(), &error))
        << error.toStdString();

    for (const char* name : {"c64.npy", "f32.npy"}) {
        const QString path = QDir(dir.path()).filePath(QString::fromLatin1(name));
        const attn::io::NpyArray array = parseNpy(readDataFile(path), QString::fromLatin1(name));
        ASSERT_EQ(array.shape(), (std::vector<long>{kSide, kSide})) << name;
        const attn::Matrix m = array.slice();
        ASSERT_EQ(m.rows(), kSide);
        ASSERT_EQ(m.cols(), kSide);
        long wrong = 0;
        for (int i = 0; i < kSide; ++i)
            for (int j = 0; j < kSide; ++j)
                wrong += m(i, j) == i + j / 1024.0 ? 0 : 1;
        EXPECT_EQ(wrong, 0) << name;
        EXPECT_EQ(m(1023, 1023), 1023.0 + 1023.0 / 1024.0) << name;
        EXPECT_EQ(m(5, 7), 5.0068359375) << name; // 5 + 7/1024
    }
}

TEST(LargeFiles, A1024By1024CsvFromSavetxtReadsBackExactly)
{
    if (!hasNumpy())
        GTEST_SKIP() << "/usr/bin/python3 with NumPy is not installed (apt-get install python3-numpy)";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    // Row i is the softmax of -(j - i)² / 2048 over the 1024 keys; Python also writes the sum of every row and
    // the value of a few cells in hexadecimal (exact), computed by NumPy from its own array.
    ASSERT_TRUE(runPython(QStringLiteral("import sys, numpy as np\n"
                                         "i, j = np.meshgrid(np.arange(1024), np.arange(1024), indexing='ij')\n"
                                         "s = -((j - i) ** 2) / 2048.0\n"
                                         "e = np.exp(s - s.max(axis=1, keepdims=True))\n"
                                         "a = e / e.sum(axis=1, keepdims=True)\n"
                                         "np.savetxt(sys.argv[1] + '/a.csv', a, delimiter=',', fmt='%.17g')\n"
                                         "with open(sys.argv[1] + '/cells.txt', 'w') as f:\n"
                                         "    for r, c in [(0, 0), (0, 1023), (511, 512), (1023, 0)]:\n"
                                         "        f.write('%d %d %s\\n' % (r, c, float(a[r, c]).hex()))\n"
                                         "    f.write('sum %s\\n' % float(a.sum()).hex())\n"),
                          dir.path(), &error))
        << error.toStdString();

    const attn::io::LabelledMatrix read =
        parseDelimited(readDataFile(QDir(dir.path()).filePath(QStringLiteral("a.csv"))), QStringLiteral("a.csv"));
    ASSERT_EQ(read.values.rows(), kSide);
    ASSERT_EQ(read.values.cols(), kSide);
    EXPECT_TRUE(read.rowLabels.empty());
    EXPECT_TRUE(read.columnLabels.empty());

    const QByteArray cells = readDataFile(QDir(dir.path()).filePath(QStringLiteral("cells.txt")));
    int checked = 0;
    for (const QByteArray& line : cells.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3) {
            const double expected = std::strtod(parts[2].constData(), nullptr); // hexadecimal: exact
            EXPECT_EQ(read.values(parts[0].toInt(), parts[1].toInt()), expected) << line.constData();
            ++checked;
        } else if (parts.size() == 2) {
            // Summed in another order than NumPy's pairwise sum: equal to within rounding, 1024 rows of 1.
            EXPECT_NEAR(read.values.sum(), std::strtod(parts[1].constData(), nullptr), 1e-9);
            EXPECT_NEAR(read.values.sum(), 1024.0, 1e-9);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 5);
    // By hand: row 0's largest weight is its first (the score 0 is the largest), and row 511's at key 511.
    Eigen::Index at = 0;
    read.values.row(511).maxCoeff(&at);
    EXPECT_EQ(at, 511);
    read.values.row(0).maxCoeff(&at);
    EXPECT_EQ(at, 0);
}
