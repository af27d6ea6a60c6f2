#pragma once
// Rendering needs an X display even without a window (SFML's GL contexts come from GLX). When
// DISPLAY is not set, this starts a private Xvfb for the life of the process.

#include "app/XvfbProcess.hpp"

#include <atomic>
#include <mutex>
#include <optional>
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
    //! Starts Xvfb (when DISPLAY is not set) without waiting, on a display number that looks free,
    //! and sets DISPLAY to it at once (call before any thread starts): a worker may open a GL
    //! context as soon as serverAnswered(), while the caller does other work. The caller then
    //! calls waitUntilReady() before any other thread that reads the environment starts.
    //! This server lives as long as the process's X connections, not as this object: SFML
    //! closes its display from a static destructor after main returns, and a server stopped
    //! before that made Xlib end the process with an I/O error and exit code 1.
    //! A DISPLAY that is set but cannot be opened (a dead server, a typo) or has no visual GL
    //! can draw on (an 8-bit server): with `ifDisplayDead == UsePrivate` a private Xvfb is
    //! started instead (and a line says so); with `Fail` DisplayError is thrown (SFML would abort
    //! or crash).
    enum class IfDisplayDead { UsePrivate, Fail };
    struct StartOnly {
        IfDisplayDead ifDisplayDead = IfDisplayDead::Fail;
        //! Only off-screen targets are drawn (exports): the server's screen can be tiny, which
        //! spares it clearing 8 MB of screen it would never show (~25 ms of its start).
        bool offscreenOnly = false;
        //! The server geobrief's launcher started for an export (offscreenOnly), taken instead of
        //! starting one; null or empty: none.
        EarlyXvfb* early = nullptr;
    };
    explicit XvfbSession(StartOnly options);
    //! Waits until the server started on the number chosen accepts clients (true) or has ended
    //! (false: say, another server took that number meanwhile). True at once when no server was
    //! started. Safe from any thread; the first caller waits, later ones get its answer.
    [[nodiscard]] bool serverAnswered();
    //! Returns once DISPLAY names a server that accepts clients: when the first one ended, starts
    //! another on whatever number is free and sets DISPLAY again, so no other thread that reads
    //! the environment may run then. Throws DisplayError when no server starts.
    void waitUntilReady();
    ~XvfbSession();
    XvfbSession(const XvfbSession&) = delete;
    XvfbSession& operator=(const XvfbSession&) = delete;

    [[nodiscard]] bool started() const { return pid_ > 0; }
    //! When the server was started (by this object or the launcher), seconds since the process
    //! started; 0 when none was.
    [[nodiscard]] double startedAt() const { return startedAt_; }
    //! StartOnly: X clients (SFML's display, GL contexts) now use the server, so it must outlive
    //! this object and end with the process's last X connection. Until this is called, the
    //! destructor stops the server: a run that fails before drawing leaves no Xvfb behind.
    void keepForProcess() { handedOver_ = true; }

private:
    //! Unless DISPLAY is set: chooses a free number, sets DISPLAY to it and starts Xvfb there.
    void begin();
    //! Starts Xvfb on `display` (":N"), or on a free number it picks and writes back when "".
    void start(const std::string& display);
    //! The display number the server started last wrote once ready; "" (and the server gone)
    //! if it ended first or took over 30 s.
    std::string readAnswer();

    pid_t pid_ = -1;
    bool endsWithProcess_ = false; //!< Xvfb -terminate: it stops when our last connection closes
    const char* screen_ = "1920x1080x24"; //!< its screen: a window's room, or a token one
    std::atomic<bool> handedOver_ = false; //!< keepForProcess() was called (perhaps by a GL worker)
    int displayPipe_ = -1; //!< Xvfb writes its display number here once it is ready
    std::mutex answerMutex_; //!< serverAnswered() from the GL worker and the main thread
    std::optional<bool> answer_;
    std::string chosen_; //!< ":N", the display DISPLAY was set to for this server; "" if none yet
    double startedAt_ = 0;
};

} // namespace gb::app
