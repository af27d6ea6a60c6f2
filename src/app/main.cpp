// geobrief-app, the program geobrief's launcher becomes (LauncherMain.cpp): an interactive
// briefing map. Parses the command line and hands over to the export or the window; every
// failure ends here as one message and an exit code.

#include "app/ExitCode.hpp"
#include "app/Export.hpp"
#include "app/Failure.hpp"
#include "app/GlInfo.hpp"
#include "app/Interrupt.hpp"
#include "app/MapWindow.hpp"
#include "app/Options.hpp"
#include "app/SoftwareGl.hpp"
#include "app/VideoExport.hpp"
#include "app/XvfbSession.hpp"

#include <X11/Xlib.h>
#include <malloc.h>

#include <cstdlib>
#include <iostream>

namespace {
std::filesystem::path dataDir() {
    // The build tree's source folder by default; an installed copy may point elsewhere.
    if (const char* env = std::getenv("GEOBRIEF_DATA_DIR"); env && *env)
        return env;
    return GEOBRIEF_DATA_DIR;
}
//! Large blocks (meshes, vertex buffers: software GL keeps those in main memory too) are
//! mapped from the kernel and returned to it when freed. By default glibc raises that threshold
//! after the first large free and keeps later blocks in its heaps, where freed space stays
//! resident: the 10m level's build left ~15 MB behind and raised the peak by as much.
void returnLargeBlocksToTheKernel() { mallopt(M_MMAP_THRESHOLD, 256 * 1024); }

int printGlInfo() {
    gb::app::XvfbSession display;
    std::cout << gb::app::glRendererDescription() << '\n';
    return gb::app::Ok;
}

int run(int argc, char** argv, gb::app::EarlyXvfb& early) {
    using namespace gb::app;
    const std::optional<Options> options = parseOptions(argc, argv, dataDir());
    if (!options)
        return Ok; // --help or --version
    if (options->glInfo)
        return printGlInfo();
    if (recordsVideo(*options))
        return runVideoExport(*options, early);
    if (options->exportPath || options->exportSteps)
        return runExport(*options, early);
    const int code = runWindow(*options);
    return interruptSignal() != 0 ? 128 + interruptSignal() : code; // closed by a signal
}
} // namespace

int main(int argc, char** argv) {
    // The X server the launcher started for an export, taken from the environment before any
    // thread starts; stopped at the end if no export took it.
    gb::app::EarlyXvfb early = gb::app::EarlyXvfb::fromEnvironment();
    // Xlib is used from more than one thread (an export's GL target is made on a worker while
    // the story loads; the window's threads): its locks must exist before its first call.
    XInitThreads();
    returnLargeBlocksToTheKernel();
    gb::app::tuneSoftwareRenderer();
    const gb::app::InterruptHandlers interrupts; // before any thread starts
    try {
        return run(argc, argv, early);
    } catch (const std::exception& e) {
        return gb::app::reportFailure(e);
    }
}
