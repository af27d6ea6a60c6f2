#pragma once
// Rendering needs an X display even without a window (SFML's GL contexts come from GLX). When
// DISPLAY is not set, this starts a private Xvfb for the life of the process.

#include <stdexcept>
#include <string>
#include <sys/types.h>

namespace gb::app {

//! No X display could be had for GL (Xvfb missing or failing, or a DISPLAY that cannot be opened).
class DisplayError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class XvfbSession {
public:
    //! Does nothing when DISPLAY is set. Otherwise starts Xvfb and sets DISPLAY; throws
    //! DisplayError when Xvfb is missing or does not start.
    XvfbSession();
    //! Starts Xvfb (when DISPLAY is not set) without waiting: the caller does other work while
    //! the server starts (~60 ms), then calls waitUntilReady() before opening a GL context.
    //! This server lives as long as the process's X connections, not as this object: SFML
    //! closes its display from a static destructor after main returns, and a server stopped
    //! before that made Xlib end the process with an I/O error and exit code 1.
    //! A DISPLAY that is set but cannot be opened (a dead server, a typo): with
    //! `ifDisplayDead == UsePrivate` a private Xvfb is started instead (and a line says so);
    //! with `Fail` DisplayError is thrown (SFML would abort).
    enum class IfDisplayDead { UsePrivate, Fail };
    struct StartOnly {
        IfDisplayDead ifDisplayDead = IfDisplayDead::Fail;
    };
    explicit XvfbSession(StartOnly options);
    //! Waits until the server accepts clients and sets DISPLAY (once; later calls return at once).
    //! Throws DisplayError when it did not start.
    void waitUntilReady();
    ~XvfbSession();
    XvfbSession(const XvfbSession&) = delete;
    XvfbSession& operator=(const XvfbSession&) = delete;

    [[nodiscard]] bool started() const { return pid_ > 0; }
    //! StartOnly: X clients (SFML's display, GL contexts) now use the server, so it must outlive
    //! this object and end with the process's last X connection. Until this is called, the
    //! destructor stops the server: a run that fails before drawing leaves no Xvfb behind.
    void keepForProcess() { handedOver_ = true; }

private:
    void start();

    pid_t pid_ = -1;
    bool endsWithProcess_ = false; //!< Xvfb -terminate: it stops when our last connection closes
    bool handedOver_ = false;      //!< keepForProcess() was called
    int displayPipe_ = -1; //!< Xvfb writes its display number here once it is ready
};

} // namespace gb::app
