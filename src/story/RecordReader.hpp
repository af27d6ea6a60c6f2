#pragma once
// Reading how sure the record is: the story's words for the confidence levels, an item's
// attribution ("confidence": level, by whom, when) and figures with their qualified numbers.

#include "story/JsonReader.hpp"
#include "story/Story.hpp"

#include <array>
#include <optional>
#include <set>
#include <string>

namespace gb::story {

//! The "confidenceLevels" object: level word -> {name, meaning, phrase}.
[[nodiscard]] std::array<std::optional<ConfidenceWords>, confidenceCount> readConfidenceWords(const JsonReader& r);

//! parent.confidence when present. Fails for an unknown or undefined level, and for a
//! "confirmed" item that cites no source (`sourceCount` is how many the item cites).
[[nodiscard]] std::optional<Attribution> readAttribution(const JsonReader& parent, const Story& story,
                                                         std::size_t sourceCount);

//! One entry of a place's "figures".
[[nodiscard]] Figure readFigure(const JsonReader& r, const Story& story, const std::set<std::string>& sources);

} // namespace gb::story
