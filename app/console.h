#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace attn::app {

/// The exit code of every failed command (usage errors, unreadable sessions, failed exports).
inline constexpr int kExitFailure = 2;

/// Writes `data` to `stream` and flushes it. @return false if the stream could not take it all.
inline bool writeTo(std::FILE* stream, const QByteArray& data)
{
    const bool written = std::fwrite(data.constData(), 1, static_cast<std::size_t>(data.size()), stream) ==
                         static_cast<std::size_t>(data.size());
    return std::fflush(stream) == 0 && written;
}

/// Prints "attnlab: <message>" on stderr. @return kExitFailure, for `return fail(…);`.
inline int fail(const QString& message)
{
    writeTo(stderr, (QStringLiteral("attnlab: ") + message + QLatin1Char('\n')).toUtf8());
    return kExitFailure;
}

} // namespace attn::app
