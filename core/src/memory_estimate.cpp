#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/translate.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace attn {

namespace {

/// Bytes of `entries` doubles.
double doubles(double entries)
{
    return 8.0 * entries;
}

} // namespace

std::uint64_t evaluationBytes(const Session& session)
{
    const auto nq = static_cast<double>(queryCount(session));
    const auto nk = static_cast<double>(keyCount(session));
    const double heads = session.multi_head ? static_cast<double>(std::max(1L, session.multi_head->heads)) : 1.0;
    const double cells = nq * nk;
    // raw scores, scores and weights (8 bytes each) and the mask (1 byte) of every head, one temporary matrix.
    double bytes = heads * (doubles(3.0 * cells) + cells) + doubles(cells);
    // The n × d matrices: the inputs, queries, keys, values (and per head their projections), concat and outputs.
    const double width =
        static_cast<double>(std::max({session.queries.cols(), session.keys.cols(), session.values.cols(),
                                      session.self_attention ? session.self_attention->X.cols() : 0L}));
    bytes += doubles((nq + nk) * width * (session.multi_head ? 8.0 : 5.0));
    constexpr auto most = static_cast<double>(std::numeric_limits<std::uint64_t>::max() / 2);
    return bytes >= most ? static_cast<std::uint64_t>(most) : static_cast<std::uint64_t>(bytes);
}

std::string memoryText(std::uint64_t bytes)
{
    const auto b = static_cast<double>(bytes);
    if (bytes < 1000)
        //: A number of bytes, e.g. "512 bytes".
        return substitute(ATTN_TR("attn::Errors", "%1 bytes"), {std::to_string(bytes)});
    const char* units[] = {"kB", "MB", "GB", "TB", "PB", "EB"};
    int unit = 0;
    double value = b / 1000.0;
    while (value >= 999.95 && unit < 5) {
        value /= 1000.0;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, value < 99.95 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    return text;
}

void requireMemory(const Session& session, std::uint64_t neededBytes, std::uint64_t availableBytes)
{
    if (neededBytes <= availableBytes)
        return;
    //: %1: the size, e.g. "8192 × 8192" (queries × keys); %2: the memory it needs, e.g. "11.3 GB"; %3: the memory
    //: available, e.g. "7.6 GB".
    throw ResourceError(substitute(
        ATTN_TR("attn::Errors", "%1 needs about %2 of memory; this machine has %3 available"),
        {shapeText(queryCount(session), keyCount(session)), memoryText(neededBytes), memoryText(availableBytes)}));
}

} // namespace attn
