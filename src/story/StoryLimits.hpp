#pragma once
// What a story file may be, checked before it is parsed: a story is a hand-edited file of a few
// hundred kilobytes, so anything far beyond (a FIFO, a device, 3 GB of zeros, 100,000 nested
// arrays, a 10 MB title) is refused in one line instead of hanging or exhausting memory.

#include "story/JsonLocator.hpp"

#include <cstddef>
#include <filesystem>
#include <string>

namespace gb::story {

inline constexpr std::size_t maxStoryBytes = 32u << 20; //!< 32 MB
inline constexpr int maxNesting = 64;                  //!< arrays and objects inside each other
inline constexpr std::size_t maxStringBytes = 64u << 10; //!< one string (a caption is ~300)

//! The line and column (from 1) of a byte offset in the text.
[[nodiscard]] TextPosition positionOfOffset(const std::string& text, std::size_t offset);

//! Reads a story file: a regular file (not a folder, FIFO or device) of at most maxStoryBytes.
//! Throws StoryError naming the file and what was expected.
[[nodiscard]] std::string readStoryFile(const std::filesystem::path& file);

//! Checks nesting depth and string lengths in one pass over the text (before the JSON parser,
//! which recurses per level). Throws StoryError with the line and column of the breach.
void checkStoryShape(const std::string& text, const std::string& name);

} // namespace gb::story
