#include "video/VideoCodecs.hpp"

#include "files/PartFile.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <mutex>

namespace gb::video {
namespace {

//! GEOBRIEF_VIDEO_MODULE overrides where the module is (an installed copy); by default the one
//! built beside this program.
std::string modulePath() {
    if (const char* env = std::getenv("GEOBRIEF_VIDEO_MODULE"); env && *env)
        return env;
    return GEOBRIEF_VIDEO_MODULE;
}

} // namespace

const VideoCodecs& videoCodecs() {
    // Loaded once for the process and never unloaded (its code runs on encoder threads until the
    // process ends): a function-local static, initialised under the language's lock.
    static const VideoCodecs* const codecs = []() -> const VideoCodecs* {
        const std::string path = modulePath();
        void* module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module)
            return nullptr;
        using Entry = const VideoCodecs* (*)();
        const auto entry = reinterpret_cast<Entry>(::dlsym(module, "geobrief_video_codecs"));
        return entry ? entry() : nullptr;
    }();
    if (!codecs) {
        const char* why = ::dlerror();
        throw files::WriteError(modulePath() + ": cannot load the video encoders (" + (why ? why : "no entry point") + ")");
    }
    return *codecs;
}

} // namespace gb::video
