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
    ~XvfbSession();
    XvfbSession(const XvfbSession&) = delete;
    XvfbSession& operator=(const XvfbSession&) = delete;

    [[nodiscard]] bool started() const { return pid_ > 0; }

private:
    pid_t pid_ = -1;
};

} // namespace gb::app
