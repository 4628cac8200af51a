// Reading and writing data files (docs/data-files.md): missing files, directories, empty and unreadable files,
// unwritable places, and the kind of a file by its content.

#include "io/matrixfile.h"

#include "../support/writeresultcheck.h"
#include "iotesthelpers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <string>

#include <unistd.h>

using namespace iotest;
using attn::io::DataFileKind;
using attn::io::MatrixFileError;

namespace {

std::string readDataError(const QString& path)
{
    try {
        (void)attn::io::readDataFile(path);
    } catch (const MatrixFileError& error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST(DataFile, MissingFileDirectoryAndEmptyFile)
{
    EXPECT_EQ(readDataError(QStringLiteral("/nonexistent/w.csv")), "/nonexistent/w.csv: no such file");
    const QString dir = QStringLiteral(TEST_DATA_DIR "/csv");
    EXPECT_EQ(readDataError(dir), dir.toStdString() + ": is a directory, not a data file");
    const QString empty = QStringLiteral(TEST_DATA_DIR "/csv/empty.csv");
    EXPECT_EQ(readDataError(empty), empty.toStdString() + ": the file is empty");
    EXPECT_EQ(readDataError(QString()), "no data file given");
}

TEST(DataFile, DeviceIsRefusedBeforeReading)
{
    // /dev/zero has no size and never ends: it must be refused by what it is, not read up to the limit.
    EXPECT_EQ(readDataError(QStringLiteral("/dev/zero")),
              "/dev/zero: is not a regular file (a device, pipe or socket cannot be imported)");
}

TEST(DataFile, FileAboveTheSizeLimitIsRefusedBeforeReading)
{
    // A sparse file of kMaxDataFileBytes + 1 = 2³¹ + 1 bytes: its size alone is refused, nothing is read.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.npy"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    if (!file.resize(2147483649LL))
        GTEST_SKIP() << "this file system cannot make a 2 GiB sparse file: " << file.errorString().toStdString();
    file.close();
    EXPECT_EQ(readDataError(path), path.toStdString() +
                                       ": is too large (2147483649 bytes; a data file has at most "
                                       "2147483648, see docs/data-files.md)");
}

TEST(DataFile, UnreadableFileNamesTheReason)
{
    if (::getuid() == 0)
        GTEST_SKIP() << "running as root, which can read a file without read permission";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("secret.csv"));
    ASSERT_TRUE(writeAll(path, "1,2\n"));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::WriteOwner));
    EXPECT_EQ(readDataError(path), path.toStdString() + ": cannot be read: Permission denied");
}

TEST(DataFile, WritesAtomicallyAndReadsBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("m.csv"));
    EXPECT_TRUE(writecheck::succeeded(attn::io::writeDataFile(path, "1,2\n")));
    EXPECT_EQ(attn::io::readDataFile(path), QByteArray("1,2\n"));
    EXPECT_TRUE(writecheck::succeeded(attn::io::writeDataFile(path, "3\n")));
    EXPECT_EQ(attn::io::readDataFile(path), QByteArray("3\n"));
}

TEST(DataFile, UnwritablePlaceIsReportedAndTheOldFileKept)
{
    // A path under a regular file cannot be created, not even by root.
    const QString message =
        writecheck::errorOf(attn::io::writeDataFile(QStringLiteral("/etc/passwd/m.csv"), "1\n"));
    EXPECT_TRUE(message.startsWith(QStringLiteral("Cannot write /etc/passwd/m.csv: "))) << message.toStdString();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.csv"));
    ASSERT_TRUE(writeAll(path, "old\n"));
    // A directory in the way of the file: the write fails and nothing else changes.
    const QString blocked = dir.filePath(QStringLiteral("sub"));
    ASSERT_TRUE(QDir().mkpath(blocked));
    EXPECT_TRUE(writecheck::errorOf(attn::io::writeDataFile(blocked, "new\n"))
                    .startsWith(QStringLiteral("Cannot write ")));
    EXPECT_EQ(readAll(path), QByteArray("old\n"));
}

TEST(DataFile, KindFollowsTheContent)
{
    EXPECT_EQ(attn::io::dataFileKind(readAll(QStringLiteral(TEST_DATA_DIR "/npy/f8_c.npy"))), DataFileKind::Npy);
    // binary.csv is that .npy file under a .csv name: the content decides.
    EXPECT_EQ(attn::io::dataFileKind(readAll(QStringLiteral(TEST_DATA_DIR "/csv/binary.csv"))), DataFileKind::Npy);
    EXPECT_EQ(attn::io::dataFileKind("1,2\n"), DataFileKind::Delimited);
    EXPECT_EQ(attn::io::dataFileKind(QByteArray("\x93NUMP", 5)), DataFileKind::Delimited);
}
