#include "app/FileWatcher.hpp"

namespace gb::app {

FileWatcher::FileWatcher(std::filesystem::path file) : file_(std::move(file)), last_(stamp()) {}

FileWatcher::Stamp FileWatcher::stamp() const {
    std::error_code ec;
    Stamp s;
    s.time = std::filesystem::last_write_time(file_, ec);
    if (ec)
        return {};
    s.size = std::filesystem::file_size(file_, ec);
    s.exists = !ec;
    return s;
}

FileWatcher::Event FileWatcher::poll(double now) {
    if (now - lastPoll_ < pollSeconds)
        return Event::None;
    lastPoll_ = now;
    const Stamp current = stamp();
    if (!current.exists) // a file being replaced may vanish for a moment
        return ++missingPolls_ == 2 ? Event::Missing : Event::None;
    missingPolls_ = 0;
    if (current == last_)
        return Event::None;
    last_ = current;
    return Event::Changed;
}

} // namespace gb::app
