#include "io/textcheck.h"

namespace attn::io::detail {

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

/// The length of the valid UTF-8 sequence at `p` (at most `left` bytes available), or 0 if it is not valid.
qsizetype sequenceLength(const unsigned char* p, qsizetype left)
{
    const unsigned char lead = p[0];
    if (lead < 0x80)
        return lead == 0 ? 0 : 1;
    qsizetype length = 0;
    unsigned char low = 0x80;  // the smallest second byte allowed (excludes overlong forms)
    unsigned char high = 0xBF; // the largest (excludes surrogates and code points above U+10FFFF)
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (left < length || p[1] < low || p[1] > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i)
        if (!isContinuation(p[i]))
            return 0;
    return length;
}

} // namespace

qsizetype firstBinaryByte(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype at = 0;
    while (at < size) {
        if (data[at] >= 0x01 && data[at] < 0x80) { // the common case: ASCII
            ++at;
            continue;
        }
        const qsizetype length = sequenceLength(data + at, size - at);
        if (length == 0)
            return at;
        at += length;
    }
    return -1;
}

bool hasNpyMagic(const QByteArray& bytes)
{
    return bytes.startsWith("\x93NUMPY");
}

} // namespace attn::io::detail
