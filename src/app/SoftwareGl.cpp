#include "app/SoftwareGl.hpp"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <thread>

namespace gb::app {

void tuneSoftwareRenderer() {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    ::setenv("LP_NUM_THREADS", std::to_string(cores + 1).c_str(), /*overwrite=*/0);
}

void compileShadersForStillPictures() {
    ::setenv("GALLIVM_PERF", "nopt", /*overwrite=*/0);
}

PreloadedGlDriver PreloadedGlDriver::load() {
    PreloadedGlDriver driver;
    // Where Mesa looks: LIBGL_DRIVERS_PATH when it names one folder (a user's choice), else its
    // build's folder. A list of folders is left to Mesa: then nothing is loaded early.
    const char* chosen = std::getenv("LIBGL_DRIVERS_PATH");
    const std::string folder = chosen && *chosen ? chosen : GEOBRIEF_DRI_DIR;
    const std::string driverFile = folder.find(':') == std::string::npos ? folder + "/swrast_dri.so" : "";
    for (const std::string& file : {std::string("libGLX_mesa.so.0"), driverFile})
        if (void* handle = file.empty() ? nullptr : ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL))
            driver.handles_.push_back(handle);
    return driver;
}

PreloadedGlDriver::~PreloadedGlDriver() {
    for (void* handle : handles_)
        ::dlclose(handle);
}

} // namespace gb::app
