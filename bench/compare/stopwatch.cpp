#include "stopwatch.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <stdexcept>

namespace attn::bench {

namespace {

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return 1e3 * static_cast<double>(now.tv_sec) + 1e-6 * static_cast<double>(now.tv_nsec);
}

} // namespace

std::vector<Timing> timeRuns(int repeats, const std::function<void()>& work)
{
    work();
    std::vector<Timing> runs;
    for (int r = 0; r < repeats; ++r) {
        const auto wall0 = std::chrono::steady_clock::now();
        const double cpu0 = processCpuMs();
        work();
        const double cpu1 = processCpuMs();
        const std::chrono::duration<double, std::milli> wall = std::chrono::steady_clock::now() - wall0;
        runs.push_back({wall.count(), cpu1 - cpu0});
    }
    return runs;
}

double medianMs(const std::vector<Timing>& runs, bool cpu)
{
    if (runs.empty())
        throw std::invalid_argument("medianMs: no runs");
    std::vector<double> ms;
    for (const Timing& t : runs)
        ms.push_back(cpu ? t.cpuMs : t.wallMs);
    std::sort(ms.begin(), ms.end());
    const std::size_t mid = ms.size() / 2;
    return ms.size() % 2 == 1 ? ms[mid] : (ms[mid - 1] + ms[mid]) / 2.0;
}

} // namespace attn::bench
