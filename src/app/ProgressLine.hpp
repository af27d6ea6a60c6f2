#pragma once
// The progress of a long export on stderr: one line that updates in a terminal (percent, frames,
// speed, time left), a line every tenth otherwise (logs), nothing with --quiet.

#include <chrono>
#include <cstddef>
#include <string>

namespace gb::app {

class ProgressLine {
public:
    //! `what`: "recording clip.mp4"; `total`: the frames to come.
    ProgressLine(std::string what, std::size_t total, bool quiet);
    //! `done` frames are finished.
    void update(std::size_t done);
    //! Ends the line (the last figures stay on screen).
    void finish();

private:
    [[nodiscard]] std::string text(std::size_t done) const;

    std::string what_;
    std::size_t total_;
    bool quiet_;
    bool terminal_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point shown_{};
    std::size_t lastTenth_ = 0;
    std::size_t done_ = 0;
};

} // namespace gb::app
