#pragma once
// Timings the benchmarks read, written when --bench-file is given (window and export).
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace gb::app {

struct BenchLog {
    std::vector<std::pair<std::string, double>> marks; //!< milestones, seconds since process start
    double firstFrameSeconds = 0;                      //!< window only
    double fineReadySeconds = 0;                       //!< window only
    std::vector<double> frameMs;                       //!< window only

    //! Records a milestone now.
    void mark(std::string name);
    //! Records a milestone another thread noted (seconds since process start).
    void mark(std::string name, double seconds) { marks.emplace_back(std::move(name), seconds); }
    //! Appends every figure and the process's peak resident memory to the file.
    void write(const std::filesystem::path& file) const;
};

} // namespace gb::app
