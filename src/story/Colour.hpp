#pragma once
// An sRGB colour with alpha, parsed from "#rrggbb" or "#rrggbbaa". No SFML here: render converts.

#include <cstdint>
#include <optional>
#include <string_view>

namespace gb::story {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    friend bool operator==(const Colour&, const Colour&) = default;
};

//! Parses "#rrggbb" or "#rrggbbaa" (hex digits in either case); nullopt for anything else.
[[nodiscard]] std::optional<Colour> parseColour(std::string_view text);

} // namespace gb::story
