// Reading and writing data files (docs/data-files.md): readDataFile, writeDataFile and dataFileKind.

#include "io/atomicwrite.h"
#include "io/matrixfile.h"

#include "io/jsonhelpers.h"
#include "io/textcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

using detail::format;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::MatrixFile)
};

} // namespace

QByteArray readDataFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto fail = [&name](const QString& fault) {
        throw MatrixFileError((name + u": "_s + fault).toStdString());
    };
    if (path.isEmpty())
        throw MatrixFileError(Tr::tr("no data file given").toStdString());
    const QFileInfo info(path);
    if (!info.exists())
        fail(Tr::tr("no such file"));
    if (info.isDir())
        fail(Tr::tr("is a directory, not a data file"));
    if (!info.isFile())
        fail(Tr::tr("is not a regular file (a device, pipe or socket cannot be imported)"));
    if (info.size() > kMaxDataFileBytes)
        fail(format(Tr::tr("is too large (%1 bytes; a data file has at most %2, see docs/data-files.md)"),
                    info.size(), kMaxDataFileBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(Tr::tr("cannot be read: %1").arg(file.errorString()));
    // In pieces, so that a device without a size (a pipe, /dev/zero) cannot make it read without end.
    // Straight into one buffer of the file's size (one piece more, to see the end), without a copy per piece.
    QByteArray bytes;
    bytes.reserve(qsizetype(info.size()) + 1);
    constexpr qint64 kPiece = 1 << 20;
    for (;;) {
        const qsizetype size = bytes.size();
        const qint64 wanted = std::max<qint64>(1, std::min<qint64>(kPiece, qint64(bytes.capacity()) - size));
        bytes.resize(size + qsizetype(wanted));
        const qint64 got = file.read(bytes.data() + size, wanted);
        if (got < 0 || file.error() != QFileDevice::NoError)
            fail(Tr::tr("cannot be read: %1").arg(file.errorString()));
        bytes.resize(size + qsizetype(got));
        if (got == 0)
            break;
        if (bytes.size() > kMaxDataFileBytes)
            fail(format(Tr::tr("is too large (a data file has at most %1 bytes, see docs/data-files.md)"),
                        kMaxDataFileBytes));
    }
    if (bytes.isEmpty())
        fail(Tr::tr("the file is empty"));
    return bytes;
}

WriteResult writeDataFile(const QString& path, const QByteArray& bytes)
{
    const WriteResult result = writeAtomically(path, bytes);
    if (!result)
        return WriteResult::failure(
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), result.errorString()));
    return result;
}

DataFileKind dataFileKind(const QByteArray& bytes)
{
    return detail::hasNpyMagic(bytes) ? DataFileKind::Npy : DataFileKind::Delimited;
}

} // namespace attn::io
