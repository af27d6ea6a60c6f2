#pragma once
// Rendering needs an X display even without a window (SFML's GL contexts come from GLX). When
// DISPLAY is not set, this starts a private Xvfb for the life of the process.

#include <string>
#include <sys/types.h>

namespace gb::app {

class XvfbSession {
public:
    //! Does nothing when DISPLAY is set. Otherwise starts Xvfb and sets DISPLAY; throws
    //! std::runtime_error when Xvfb is missing or does not start.
    XvfbSession();
    //! Starts Xvfb (when DISPLAY is not set) without waiting: the caller does other work while
    //! the server starts (~60 ms), then calls waitUntilReady() before opening a GL context.
    //! This server lives as long as the process's X connections, not as this object: SFML
    //! closes its display from a static destructor after main returns, and a server stopped
    //! before that made Xlib end the process with an I/O error and exit code 1.
    struct StartOnly {};
    explicit XvfbSession(StartOnly);
    //! Waits until the server accepts clients and sets DISPLAY (once; later calls return at once).
    //! Throws std::runtime_error when it did not start.
    void waitUntilReady();
    ~XvfbSession();
    XvfbSession(const XvfbSession&) = delete;
    XvfbSession& operator=(const XvfbSession&) = delete;

    [[nodiscard]] bool started() const { return pid_ > 0; }

private:
    void start();

    pid_t pid_ = -1;
    bool endsWithProcess_ = false; //!< Xvfb -terminate: it stops when our last connection closes
    int displayPipe_ = -1; //!< Xvfb writes its display number here once it is ready
};

} // namespace gb::app
