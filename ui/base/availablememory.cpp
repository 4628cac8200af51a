#include "base/availablememory.h"

#include <QByteArray>
#include <QFile>

namespace attn::ui {

std::optional<std::uint64_t> availableMemoryBytes()
{
    bool ok = false;
    const qulonglong injected = qEnvironmentVariable("ATTN_AVAILABLE_MEMORY").toULongLong(&ok);
    if (ok)
        return injected;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "MemAvailable:    7654321 kB" (Linux 3.14 and later).
    const QByteArray key("MemAvailable:");
    for (const QByteArray& line : meminfo.readAll().split('\n')) {
        if (!line.startsWith(key))
            continue;
        const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
        const qulonglong kibibytes = parts.value(0).toULongLong(&ok);
        if (ok && parts.value(1) == "kB")
            return static_cast<std::uint64_t>(kibibytes) * 1024u;
    }
    return std::nullopt;
}

} // namespace attn::ui
