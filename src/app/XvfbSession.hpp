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
    pid_t pid_ = -1;
    int displayPipe_ = -1; //!< Xvfb writes its display number here once it is ready
};

} // namespace gb::app
