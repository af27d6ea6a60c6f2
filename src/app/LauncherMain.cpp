// geobrief, the launcher. The program proper, geobrief-app beside this file, loads ~130 shared
// libraries before its main() runs: ~85 ms on one core, GDAL's dependencies most of it. An
// export with no display needs an X server, which takes ~110 ms to start: started here, it
// comes up on the other core while those libraries load. Then this process becomes the program
// (exec: the same process, so the server stays its child and ends with it; EarlyXvfb takes it).
// This file uses nothing but the C and C++ libraries, so it starts in ~1 ms.

#include "app/PictureFlags.hpp"
#include "app/ProcessClock.hpp"
#include "app/XvfbProcess.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

namespace {

std::filesystem::path programBesideThis() {
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return (ec ? std::filesystem::path(".") : self.parent_path()) / "geobrief-app";
}

//! glibc's malloc asks for transparent huge pages for its large blocks (the software renderer's
//! buffers, meshes, the picture): they fault in 2 MB at a time, ~7,000 fewer page faults in a
//! 1080p export (~40 ms). A tunable is read only when a program starts, hence here. A value the
//! user set for it stands.
void askForHugePages() {
    constexpr std::string_view tunable = "glibc.malloc.hugetlb";
    const char* current = std::getenv("GLIBC_TUNABLES");
    std::string value = current ? current : "";
    if (value.find(tunable) != std::string::npos)
        return;
    value.append(value.empty() ? "" : ":").append(tunable).append("=1");
    ::setenv("GLIBC_TUNABLES", value.c_str(), 1);
}

//! With no display, the server an export will draw on, on a number that looks free (the
//! program handles one taken meanwhile, and starts its own when this fails).
std::optional<gb::app::XvfbChild> startServerEarly() {
    const char* display = std::getenv("DISPLAY");
    if (display && *display)
        return std::nullopt;
    const std::string chosen = gb::app::freeDisplay();
    if (chosen.empty())
        return std::nullopt;
    auto server = gb::app::spawnXvfb({chosen, "64x64x24", /*endsWithLastClient=*/true, /*pipeKeptOnExec=*/true});
    if (!server)
        return std::nullopt;
    ::setenv("DISPLAY", chosen.c_str(), 1);
    const std::string handover = std::to_string(server->pid) + " " + std::to_string(server->readyPipe) + " " +
                                 chosen + " " + std::to_string(gb::app::secondsSinceProcessStart());
    ::setenv(gb::app::earlyXvfbVariable, handover.c_str(), 1);
    return server;
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path program = programBesideThis();
    std::optional<gb::app::XvfbChild> server;
    if (gb::app::asksForOffscreenPictures(argc, argv)) {
        server = startServerEarly();
        askForHugePages();
    }
    ::execv(program.c_str(), argv);
    const int error = errno;
    if (server) // not run: no Xvfb is left behind
        gb::app::stopXvfb(*server);
    std::cerr << "geobrief: cannot run " << program.string() << ": " << std::strerror(error)
              << " (geobrief-app belongs beside geobrief)\n";
    return error == ENOENT ? 127 : 126; // as a shell reports a program it cannot find or run
}
