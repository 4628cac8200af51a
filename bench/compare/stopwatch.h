#pragma once

#include <functional>
#include <vector>

namespace attn::bench {

/// Wall-clock and CPU time of one run, in milliseconds.
struct Timing {
    double wallMs{0.0}; ///< steady_clock.
    double cpuMs{0.0};  ///< CPU time of the whole process (CLOCK_PROCESS_CPUTIME_ID), all threads.
};

/// Runs `work` once untimed (warm-up: allocations, fonts, caches), then `repeats` times, timing each run.
std::vector<Timing> timeRuns(int repeats, const std::function<void()>& work);

/// The median of the wall (cpu = false) or CPU (cpu = true) times of `runs`; the mean of the middle two for an
/// even count. @throws std::invalid_argument if `runs` is empty.
double medianMs(const std::vector<Timing>& runs, bool cpu);

} // namespace attn::bench
