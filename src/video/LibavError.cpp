#include "video/LibavError.hpp"

extern "C" {
#include <libavutil/error.h>
#include <libavutil/log.h>
}

namespace gb::video {

files::WriteError libavError(const std::string& file, const std::string& doing, int code) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return files::WriteError(file + ": " + doing + " (" + text + ")");
}

void keepLibavToErrors() { av_log_set_level(AV_LOG_ERROR); }

} // namespace gb::video
