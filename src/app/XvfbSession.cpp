#include "app/XvfbSession.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <X11/Xlib.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <stdexcept>
#include <vector>

namespace gb::app {

XvfbSession::XvfbSession() {
    begin(); // stopped by the destructor: tests start several in one process
    waitUntilReady();
}

namespace {
//! Whether the X server DISPLAY names accepts us.
bool displayOpens() {
    Display* display = XOpenDisplay(nullptr);
    if (!display)
        return false;
    XCloseDisplay(display);
    return true;
}

//! The display number Xvfb writes once it accepts clients; "" if it ends first or takes longer
//! than half a minute (it starts in ~0.1 s; a server that hangs must not hang us).
std::string readDisplayNumber(int pipe) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    std::string number;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd readable{pipe, POLLIN, 0};
        const int ready = left > 0 ? ::poll(&readable, 1, static_cast<int>(left)) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        char c = 0;
        if (ready <= 0 || ::read(pipe, &c, 1) != 1 || c == '\n')
            return c == '\n' ? number : std::string();
        number += c;
    }
}

//! The X servers' socket names in the abstract namespace ("@/tmp/.X11-unix/X7"): a server in
//! another mount namespace leaves no file in /tmp but still holds its number.
std::set<std::string> abstractXSockets() {
    std::set<std::string> names;
    std::ifstream table("/proc/net/unix");
    for (std::string line; std::getline(table, line);) {
        const auto at = line.find("@/tmp/.X11-unix/X");
        if (at != std::string::npos)
            names.insert(line.substr(at + 1));
    }
    return names;
}

//! ":N" for a display number no server here seems to use, or "" when none of those tried is free.
//! The numbers tried start at a point that differs between processes, so that runs started
//! together rarely try the same one; a clash is still caught (XvfbSession::waitUntilReady).
std::string freeDisplay() {
    const std::set<std::string> abstract = abstractXSockets();
    constexpr int first = 100, count = 800;
    const int start = static_cast<int>(::getpid() % count);
    for (int i = 0; i < count; ++i) {
        const std::string number = std::to_string(first + (start + i) % count);
        const std::string socket = "/tmp/.X11-unix/X" + number;
        std::error_code ec;
        if (!abstract.contains(socket) && !std::filesystem::exists(socket, ec) &&
            !std::filesystem::exists("/tmp/.X" + number + "-lock", ec))
            return std::string(":").append(number);
    }
    return {};
}
} // namespace

XvfbSession::XvfbSession(StartOnly options)
    : endsWithProcess_(true), screen_(options.offscreenOnly ? "64x64x24" : "1920x1080x24") {
    const char* display = std::getenv("DISPLAY");
    if (display && *display && !displayOpens()) {
        const std::string name = display;
        if (options.ifDisplayDead == IfDisplayDead::Fail)
            throw DisplayError("cannot open the X display DISPLAY=" + name +
                               " (is the X server running? unset DISPLAY to draw into a private Xvfb)");
        std::cerr << "geobrief: cannot open the X display DISPLAY=" << name << "; drawing into a private Xvfb\n";
        ::unsetenv("DISPLAY"); // before any thread starts
    }
    begin();
}

void XvfbSession::begin() {
    const char* display = std::getenv("DISPLAY");
    if (display && *display)
        return;
    chosen_ = freeDisplay();
    if (!chosen_.empty())
        ::setenv("DISPLAY", chosen_.c_str(), 1); // now, while no other thread reads the environment
    start(chosen_);
}

void XvfbSession::start(const std::string& display) {
    // Everything the child needs is made before fork: a thread of ours may hold malloc's lock.
    std::vector<const char*> args{"Xvfb"};
    if (!display.empty())
        args.push_back(display.c_str());
    // -terminate: the server stops at its first reset, when its last client disconnects.
    for (const char* arg : {"-displayfd", "3", "-screen", "0", screen_, "-nolisten", "tcp",
                            endsWithProcess_ ? "-terminate" : "-noreset"})
        args.push_back(arg);
    args.push_back(nullptr);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw DisplayError("cannot start Xvfb: pipe failed");
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ < 0)
        throw DisplayError("cannot start Xvfb: fork failed");
    if (pid_ == 0) {
        // Child: Xvfb writes its display number to fd 3 once it accepts clients (the one it was
        // given, or the first free one it finds). It ends with us however we end (even SIGKILL):
        // the kernel sends it SIGTERM when the thread that forked it (main's) is gone. Checked
        // after the call, in case we already were.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(0);
        ::dup2(fds[1], 3);
        const int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull >= 0) {
            ::dup2(devnull, 1);
            ::dup2(devnull, 2);
        }
        ::execvp("Xvfb", const_cast<char* const*>(args.data()));
        ::_exit(127);
    }
    ::close(fds[1]);
    displayPipe_ = fds[0];
}

std::string XvfbSession::readAnswer() {
    std::string number = readDisplayNumber(displayPipe_);
    ::close(displayPipe_);
    displayPipe_ = -1;
    if (number.empty()) {
        ::kill(pid_, SIGKILL); // a server that never answered may not heed SIGTERM
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }
    return number;
}

bool XvfbSession::serverAnswered() {
    const std::lock_guard lock(answerMutex_);
    if (!answer_)
        answer_ = displayPipe_ < 0 || (!chosen_.empty() && chosen_ == std::string(":").append(readAnswer()));
    return *answer_;
}

void XvfbSession::waitUntilReady() {
    if (serverAnswered())
        return;
    const std::lock_guard lock(answerMutex_);
    // Another server took our number meanwhile: one that picks a free number itself. (When
    // none looked free, that is the one already starting.)
    if (displayPipe_ < 0) {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
        start("");
    }
    const std::string number = readAnswer();
    if (number.empty()) {
        ::unsetenv("DISPLAY"); // it named a server that never came
        throw DisplayError("no display: DISPLAY is not set and Xvfb could not be started, or did not answer "
                           "within 30 s (install the Debian package xvfb, or run under an X session)");
    }
    chosen_ = std::string(":").append(number);
    ::setenv("DISPLAY", chosen_.c_str(), 1);
    answer_ = true;
}

XvfbSession::~XvfbSession() {
    if (displayPipe_ >= 0)
        ::close(displayPipe_);
    if (pid_ > 0 && !(endsWithProcess_ && handedOver_)) {
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
        ::unsetenv("DISPLAY"); // it named the server that just ended
    }
}

} // namespace gb::app
