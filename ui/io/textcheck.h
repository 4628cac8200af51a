#pragma once

// Private to attn::io: telling text from binary data before parsing it as CSV/TSV or JSON.

#include <QByteArray>

namespace attn::io::detail {

/// The byte offset (from 0) of the first byte that cannot be in UTF-8 text: a NUL byte, or the first byte of a
/// sequence that is not valid UTF-8 (a stray continuation byte, a truncated sequence, an overlong form, a
/// surrogate or a code point above U+10FFFF; RFC 3629). -1 if `bytes` is valid UTF-8 without NUL bytes.
qsizetype firstBinaryByte(const QByteArray& bytes);

/// True if `bytes` starts with the magic string of a NumPy .npy file ("\x93NUMPY").
bool hasNpyMagic(const QByteArray& bytes);

} // namespace attn::io::detail
