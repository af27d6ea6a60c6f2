#pragma once
// The one place where an error becomes an exit code: every failure of the command line, an
// export or the window travels here as an exception and leaves as one line on stderr.

#include "app/ExitCode.hpp"

#include <exception>
#include <string>

namespace gb::app {

//! The exit code for an exception, by its type (the table is in the README):
//! UsageError, geo::ProjectionError -> 2; story::StoryError, mapdata::DataError,
//! render::FontError -> 3; render::WriteError, render::GlError, DisplayError and anything
//! else -> 4; Interrupted -> 128 + the signal (130 for Ctrl+C).
[[nodiscard]] int exitCodeFor(const std::exception& error);

//! The message, its middle cut when it is over ~500 bytes (a huge value echoed back).
[[nodiscard]] std::string oneLine(std::string message);

//! Prints "geobrief: <message>" (oneLine) on stderr and returns exitCodeFor(error).
[[nodiscard]] int reportFailure(const std::exception& error);

} // namespace gb::app
