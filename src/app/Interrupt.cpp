#include "app/Interrupt.hpp"

#include <csignal>
#include <cstring>

namespace gb::app {
namespace {

// A signal handler can only set a lock-free atomic flag: this is the one piece of process-wide
// mutable state, written by the handler, read by the loops.
volatile std::sig_atomic_t received = 0;

extern "C" void noteSignal(int signal) { received = signal; }

constexpr int handled[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction previous[3];

} // namespace

Interrupted::Interrupted(int signal)
    : std::runtime_error(std::string("stopped by ") + (signal == SIGINT ? "SIGINT (Ctrl+C)" : signal == SIGTERM ? "SIGTERM" : "SIGHUP") +
                         "; nothing was left half-written"),
      signal_(signal) {}

InterruptHandlers::InterruptHandlers() {
    struct sigaction action {};
    action.sa_handler = noteSignal;
    // One signal asks to stop at the next picture or frame; a second one (the first went
    // unanswered: a long load) ends the process the default way.
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i) {
        sigaction(handled[i], nullptr, &previous[i]);
        if (previous[i].sa_handler != SIG_IGN) // nohup, or a background job: the caller's choice stands
            sigaction(handled[i], &action, nullptr);
    }
}

InterruptHandlers::~InterruptHandlers() {
    for (int i = 0; i < 3; ++i)
        sigaction(handled[i], &previous[i], nullptr);
}

int interruptSignal() { return received; }

void throwIfInterrupted() {
    if (const int signal = received)
        throw Interrupted(signal);
}

} // namespace gb::app
