#pragma once

#include <cstdint>
#include <optional>

namespace attn::ui {

/// The memory this machine has available for a new computation, in bytes: the environment variable
/// ATTN_AVAILABLE_MEMORY (a number of bytes; tests set a small one instead of allocating gigabytes), else
/// MemAvailable of /proc/meminfo (Linux). Nothing when neither can be read: the caller then computes unchecked.
std::optional<std::uint64_t> availableMemoryBytes();

} // namespace attn::ui
