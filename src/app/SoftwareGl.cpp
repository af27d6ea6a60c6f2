#include "app/SoftwareGl.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <thread>

namespace gb::app {

void tuneSoftwareRenderer() {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    ::setenv("LP_NUM_THREADS", std::to_string(cores + 1).c_str(), /*overwrite=*/0);
}

} // namespace gb::app
