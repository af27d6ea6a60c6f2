#include "app/BenchLog.hpp"

#include "app/ProcessClock.hpp"

#include <fstream>
#include <iostream>

namespace gb::app {

void BenchLog::mark(std::string name) { marks.emplace_back(std::move(name), secondsSinceProcessStart()); }

void BenchLog::write(const std::filesystem::path& file) const {
    std::ofstream out(file, std::ios::app);
    if (!out) {
        std::cerr << "geobrief: warning: " << file.string() << ": cannot write the benchmark figures\n";
        return;
    }
    for (const auto& [name, seconds] : marks)
        out << "mark_" << name << "_s " << seconds << '\n';
    if (firstFrameSeconds > 0)
        out << "first_frame_s " << firstFrameSeconds << '\n';
    if (fineReadySeconds > 0)
        out << "fine_ready_s " << fineReadySeconds << '\n';
    for (double ms : frameMs)
        out << "frame_ms " << ms << '\n';
    // Peak resident memory of the whole process so far (kernel's high-water mark), and the
    // private part of what is resident now (without the shared libraries' pages).
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0)
            out << "peak_rss_kb " << std::stol(line.substr(6)) << '\n';
        if (line.rfind("RssAnon:", 0) == 0)
            out << "anon_rss_kb " << std::stol(line.substr(8)) << '\n';
    }
}

} // namespace gb::app
