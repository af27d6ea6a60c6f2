#pragma once
// Notices when a file changes on disk (hot reload of the story), by polling its modification
// time and size at most twice a second: portable and cheap, and editors that replace the file
// instead of writing into it are seen too.

#include <filesystem>

namespace gb::app {

class FileWatcher {
public:
    explicit FileWatcher(std::filesystem::path file);
    enum class Event {
        None,
        Changed, //!< written, replaced, or back after it was missing
        Missing, //!< gone for two polls in a row (an editor's replace takes less), reported once
    };
    //! Each event once; now: wall-clock seconds.
    [[nodiscard]] Event poll(double now);
    //! True once after each change.
    [[nodiscard]] bool changed(double now) { return poll(now) == Event::Changed; }
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }

    static constexpr double pollSeconds = 0.5;

private:
    struct Stamp {
        std::filesystem::file_time_type time{};
        std::uintmax_t size = 0;
        bool exists = false;
        friend bool operator==(const Stamp&, const Stamp&) = default;
    };
    [[nodiscard]] Stamp stamp() const;

    std::filesystem::path file_;
    Stamp last_;
    double lastPoll_ = -1e9;
    int missingPolls_ = 0;
};

} // namespace gb::app
