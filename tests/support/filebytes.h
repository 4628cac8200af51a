#pragma once

// Reading and writing a whole file in tests (the io, ui and command-line tests share these).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace testfiles {

/// The bytes of the file at `path`; empty if it cannot be read.
inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Writes `bytes` as the whole file at `path`; false if it cannot be opened or written in full.
inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace testfiles
