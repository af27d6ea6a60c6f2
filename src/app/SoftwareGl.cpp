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

PreloadedGlDriver PreloadedGlDriver::load() {
    PreloadedGlDriver driver;
    // Where Mesa looks: LIBGL_DRIVERS_PATH when set (a user's choice), else its build's folder.
    const char* folder = std::getenv("LIBGL_DRIVERS_PATH");
    const std::string driverFile =
        std::string(folder && *folder && std::string(folder).find(':') == std::string::npos ? folder : GEOBRIEF_DRI_DIR) + "/swrast_dri.so";
    for (const std::string& file : {std::string("libGLX_mesa.so.0"), driverFile})
        if (void* handle = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL))
            driver.handles_.push_back(handle);
    return driver;
}

PreloadedGlDriver::~PreloadedGlDriver() {
    for (void* handle : handles_)
        ::dlclose(handle);
}

} // namespace gb::app
