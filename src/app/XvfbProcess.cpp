#include "app/XvfbProcess.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

namespace gb::app {

namespace {
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
} // namespace

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

std::optional<XvfbChild> spawnXvfb(const XvfbArguments& arguments) {
    // Everything the child needs is made before fork: a thread of ours may hold malloc's lock.
    std::vector<const char*> args{"Xvfb"};
    if (!arguments.display.empty())
        args.push_back(arguments.display.c_str());
    for (const char* arg : {"-displayfd", "3", "-screen", "0", arguments.screen, "-nolisten", "tcp",
                            arguments.endsWithLastClient ? "-terminate" : "-noreset"})
        args.push_back(arg);
    args.push_back(nullptr);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return std::nullopt;
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return std::nullopt;
    }
    if (pid == 0) {
        // Child: Xvfb writes its display number to fd 3 once it accepts clients (the one it was
        // given, or the first free one it finds). It ends with us however we end (even SIGKILL):
        // the kernel sends it SIGTERM when the thread that forked it (main's) is gone; an exec
        // of ours keeps that thread. Checked after the call, in case we already were gone.
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
    if (arguments.pipeKeptOnExec)
        ::fcntl(fds[0], F_SETFD, 0);
    return XvfbChild{pid, fds[0]};
}

void stopXvfb(const XvfbChild& child) {
    if (child.readyPipe >= 0)
        ::close(child.readyPipe);
    if (child.pid > 0) {
        ::kill(child.pid, SIGTERM);
        ::waitpid(child.pid, nullptr, 0);
    }
}

EarlyXvfb EarlyXvfb::fromEnvironment() {
    EarlyXvfb early;
    const char* value = std::getenv(earlyXvfbVariable);
    if (!value)
        return early;
    std::istringstream fields(value);
    Server server;
    fields >> server.child.pid >> server.child.readyPipe >> server.display >> server.startedAt;
    ::unsetenv(earlyXvfbVariable);
    // Ours only: a child of this process (running, or ended and not yet reaped: the session
    // that takes it then starts another) with a pipe open here; not a value from elsewhere.
    siginfo_t state{};
    const bool ours = fields && server.child.pid > 0 && server.child.readyPipe > 2 &&
                      ::waitid(P_PID, static_cast<id_t>(server.child.pid), &state, WEXITED | WNOHANG | WNOWAIT) == 0 &&
                      ::fcntl(server.child.readyPipe, F_SETFD, FD_CLOEXEC) == 0;
    if (ours)
        early.server_ = server;
    else if (const char* display = std::getenv("DISPLAY"); display && server.display == display)
        ::unsetenv("DISPLAY"); // the launcher set it for that server
    return early;
}

EarlyXvfb::EarlyXvfb(EarlyXvfb&& other) noexcept : server_(std::move(other.server_)) { other.server_.reset(); }

std::optional<EarlyXvfb::Server> EarlyXvfb::take() {
    std::optional<Server> server = std::move(server_);
    server_.reset();
    return server;
}

EarlyXvfb::~EarlyXvfb() {
    if (server_) {
        stopXvfb(server_->child);
        ::unsetenv("DISPLAY"); // it named the server that just ended
    }
}

} // namespace gb::app
