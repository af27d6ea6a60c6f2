#pragma once
// Calendar dates as day numbers, so story time is a plain number: days since 1970-01-01 (UTC),
// fractions are parts of a day.

#include "story/Story.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace gb::story {

//! "2024-11-01" -> day number; nullopt for anything else (including 2024-02-30).
[[nodiscard]] std::optional<int> parseDate(std::string_view text);
//! Day number -> "2024-11-01".
[[nodiscard]] std::string isoDate(int day);
//! Day number -> "1 Nov 2024" (English) or "1 nov. 2024" (Spanish).
[[nodiscard]] std::string displayDate(int day, Language language);

} // namespace gb::story
