// geobrief: an interactive briefing map. Parses the command line and hands over to the export
// or the window; every failure ends here as one message and an exit code.

#include "app/ExitCode.hpp"
#include "app/Export.hpp"
#include "app/MapWindow.hpp"
#include "app/Options.hpp"
#include "app/SoftwareGl.hpp"

#include <cstdlib>
#include <iostream>

namespace {
std::filesystem::path dataDir() {
    // The build tree's source folder by default; an installed copy may point elsewhere.
    if (const char* env = std::getenv("GEOBRIEF_DATA_DIR"); env && *env)
        return env;
    return GEOBRIEF_DATA_DIR;
}
} // namespace

int main(int argc, char** argv) {
    using namespace gb::app;
    tuneSoftwareRenderer();
    std::optional<Options> options;
    try {
        options = parseOptions(argc, argv, dataDir());
    } catch (const UsageError& e) {
        std::cerr << "geobrief: " << e.what() << '\n';
        return UsageFailure;
    }
    if (!options)
        return Ok;
    if (options->exportPath || options->exportSteps)
        return runExport(*options);
    return runWindow(*options);
}
