#include "app/ProgressLine.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace gb::app {

ProgressLine::ProgressLine(std::string what, std::size_t total, bool quiet)
    : what_(std::move(what)), total_(std::max<std::size_t>(total, 1)), quiet_(quiet), terminal_(::isatty(2) == 1) {}

std::string ProgressLine::text(std::size_t done) const {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double fps = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    char line[160];
    std::snprintf(line, sizeof line, "geobrief: %s: %3zu%% (%zu/%zu frames), %.1f fps", what_.c_str(),
                  done * 100 / total_, done, total_, fps);
    std::string out = line;
    if (fps > 0 && done < total_)
        out += ", " + std::to_string(static_cast<long>(std::ceil(static_cast<double>(total_ - done) / fps))) + " s left";
    return out;
}

void ProgressLine::update(std::size_t done) {
    done_ = done;
    if (quiet_)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (terminal_) {
        if (now - shown_ < std::chrono::milliseconds(250))
            return;
        shown_ = now;
        std::cerr << '\r' << text(done) << "\033[K" << std::flush; // the rest of the old line erased
    } else if (const std::size_t tenth = done * 10 / total_; tenth > lastTenth_) {
        lastTenth_ = tenth;
        std::cerr << text(done) << '\n';
    }
}

void ProgressLine::finish() {
    if (quiet_)
        return;
    if (terminal_)
        std::cerr << '\r' << text(done_) << "\033[K\n";
    else if (lastTenth_ < 10)
        std::cerr << text(done_) << '\n';
}

} // namespace gb::app
