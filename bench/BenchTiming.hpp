#pragma once
// Timing helpers shared by the benchmark programs: run a piece of work, print median and p95.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace gb::bench {

inline double millis(const std::function<void()>& work) {
    const auto t0 = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

inline void report(const std::string& name, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(ms.size() * 0.95))];
    std::printf("%-40s median %8.2f ms   p95 %8.2f ms   (n=%zu)\n", name.c_str(), median, p95, ms.size());
}

} // namespace gb::bench
