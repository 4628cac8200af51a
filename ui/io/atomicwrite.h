#pragma once

#include "io/writeresult.h"

#include <QByteArray>
#include <QString>

namespace attn::io {

/// Writes `bytes` to `path` atomically through QSaveFile: the old file, if any, is replaced only when every byte
/// has been written. Unbuffered and checked write by write, because Qt 6.4's QSaveFile commits a file cut short
/// when only its final buffered flush fails (disk full, file size limit).
/// @return success with `path` written, or failure whose errorString() is the bare reason
///         (QFileDevice::errorString()), e.g. "File too large": the writers built on it put the path in front in
///         their own words.
WriteResult writeAtomically(const QString& path, const QByteArray& bytes);

} // namespace attn::io
