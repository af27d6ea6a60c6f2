#pragma once
// Ctrl+C, SIGTERM and SIGHUP end geobrief cleanly: the handler only notes the signal; exports
// check between pictures and frames and unwind (temporary files removed, the private Xvfb
// stopped, by their destructors), the window closes after its frame. Exit 128 + the signal.

#include <stdexcept>
#include <string>

namespace gb::app {

//! An export or recording stopped by a signal.
class Interrupted : public std::runtime_error {
public:
    explicit Interrupted(int signal);
    [[nodiscard]] int signal() const { return signal_; }

private:
    int signal_;
};

//! Installs the handlers for the process (main, before any thread starts; a signal the caller
//! ignores stays ignored) and restores the previous ones when destroyed.
class InterruptHandlers {
public:
    InterruptHandlers();
    ~InterruptHandlers();
    InterruptHandlers(const InterruptHandlers&) = delete;
    InterruptHandlers& operator=(const InterruptHandlers&) = delete;
};

//! The signal received since the handlers were installed; 0 if none.
[[nodiscard]] int interruptSignal();
//! Throws Interrupted if a signal came.
void throwIfInterrupted();

} // namespace gb::app
