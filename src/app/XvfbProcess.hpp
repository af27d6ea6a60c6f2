#pragma once
// Starting an Xvfb process: a display number to ask for, and the child itself. Plain POSIX, no
// Xlib: geobrief's launcher (LauncherMain.cpp) starts the server with this before the program's
// libraries are loaded, and hands it over through the environment (EarlyXvfb).

#include <optional>
#include <string>
#include <sys/types.h>

namespace gb::app {

//! ":N" for a display number no server here seems to use, or "" when none of those tried is free.
//! The numbers tried start at a point that differs between processes, so that runs started
//! together rarely try the same one; a clash is still caught (XvfbSession::waitUntilReady).
[[nodiscard]] std::string freeDisplay();

//! A started Xvfb: it writes its display number and a newline to `readyPipe` once it accepts
//! clients, or ends first.
struct XvfbChild {
    pid_t pid = -1;
    int readyPipe = -1;
};

struct XvfbArguments {
    std::string display;       //!< ":N", or "" for a number the server picks itself
    const char* screen = "64x64x24";
    bool endsWithLastClient = true; //!< -terminate: it stops when its last client disconnects
    bool pipeKeptOnExec = false;    //!< the launcher's: the program it becomes reads the pipe
};

//! Forks and execs Xvfb from PATH; the server gets SIGTERM when the calling thread ends (even by
//! SIGKILL). nullopt when the pipe or the fork fails (a missing Xvfb shows as a server that ends).
[[nodiscard]] std::optional<XvfbChild> spawnXvfb(const XvfbArguments& arguments);

//! Stops a server and reaps it.
void stopXvfb(const XvfbChild& child);

//! The environment variable by which the launcher hands its server to the program:
//! "PID FD :N SECONDS" (SECONDS: when it was started, since the process started).
inline constexpr const char* earlyXvfbVariable = "GEOBRIEF_EARLY_XVFB";

//! The server the launcher started for this process, taken from the environment (and removed
//! from it, so no child of ours sees it): construct before any thread starts. Only a child of
//! this process with an open pipe is taken. A server nobody took is stopped by the destructor
//! (a run that fails before it draws leaves no Xvfb behind).
class EarlyXvfb {
public:
    EarlyXvfb() = default;
    [[nodiscard]] static EarlyXvfb fromEnvironment();
    ~EarlyXvfb();
    EarlyXvfb(EarlyXvfb&& other) noexcept;
    EarlyXvfb& operator=(EarlyXvfb&&) = delete;
    EarlyXvfb(const EarlyXvfb&) = delete;
    EarlyXvfb& operator=(const EarlyXvfb&) = delete;

    struct Server {
        XvfbChild child;
        std::string display; //!< ":N", what DISPLAY was set to
        double startedAt = 0; //!< seconds since the process started
    };
    //! The server, once: its owner now stops it.
    [[nodiscard]] std::optional<Server> take();

private:
    std::optional<Server> server_;
};

} // namespace gb::app
