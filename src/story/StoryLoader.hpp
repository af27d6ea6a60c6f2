#pragma once
// Reads and validates a story file (JSON; see docs/story-format.md).

#include "story/Story.hpp"

#include <filesystem>
#include <string>

namespace gb::story {

//! Throws StoryError naming the file and the field for anything missing, mistyped or unknown.
[[nodiscard]] Story loadStory(const std::filesystem::path& file);
//! The same from text already in memory (name is used in messages).
[[nodiscard]] Story parseStory(const std::string& text, const std::string& name);

} // namespace gb::story
