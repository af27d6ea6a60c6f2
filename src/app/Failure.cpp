#include "app/Failure.hpp"

#include "app/Interrupt.hpp"
#include "app/Options.hpp"
#include "app/XvfbSession.hpp"
#include "geo/Projection.hpp"
#include "mapdata/DataError.hpp"
#include "render/Fonts.hpp"
#include "render/GlCheck.hpp"
#include "render/PngFile.hpp"
#include "story/StoryError.hpp"

#include <iostream>

namespace gb::app {

int exitCodeFor(const std::exception& error) {
    if (const auto* interrupted = dynamic_cast<const Interrupted*>(&error))
        return 128 + interrupted->signal(); // as a shell reports a process ended by the signal
    if (dynamic_cast<const UsageError*>(&error) || dynamic_cast<const geo::ProjectionError*>(&error))
        return UsageFailure;
    if (dynamic_cast<const story::StoryError*>(&error) || dynamic_cast<const mapdata::DataError*>(&error) ||
        dynamic_cast<const render::FontError*>(&error))
        return BadInput;
    // WriteError, GlError, DisplayError, and what nobody foresaw (out of memory, ...): the
    // output could not be made.
    return CannotWrite;
}

std::string oneLine(std::string message) {
    // A 10 MB value echoed back would be a 10 MB line: its start says where, its end what was
    // expected, so the middle goes.
    constexpr std::size_t keep = 240;
    if (message.size() > 2 * keep + 40)
        message = message.substr(0, keep) + " [... " + std::to_string(message.size() - 2 * keep) + " bytes ...] " +
                  message.substr(message.size() - keep);
    return message;
}

int reportFailure(const std::exception& error) {
    std::cerr << "geobrief: " << oneLine(error.what()) << '\n';
    return exitCodeFor(error);
}

} // namespace gb::app
