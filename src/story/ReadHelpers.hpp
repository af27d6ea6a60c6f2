#pragma once
// Small readers shared by the story loader's parts: text in both languages, colours, ids, date
// ranges and id lists, each failing with the field's place in the file.

#include "story/JsonReader.hpp"
#include "story/Story.hpp"

#include <set>
#include <string>
#include <vector>

namespace gb::story {

[[nodiscard]] LocalText readText(const JsonReader& r);
//! The member `key` as text, or empty text when it is absent.
[[nodiscard]] LocalText optionalText(const JsonReader& parent, const char* key);
[[nodiscard]] Colour readColour(const JsonReader& r);
//! A string id not in `seen` yet (added to it).
[[nodiscard]] std::string readId(const JsonReader& r, std::set<std::string>& seen);
[[nodiscard]] DateRange readRange(const JsonReader& r);
//! The array parent.key of strings (empty when absent).
[[nodiscard]] std::vector<std::string> readIdList(const JsonReader& parent, const char* key);
//! Checks that every id in parent.key names a known item.
void checkRefs(const JsonReader& parent, const char* key, const std::set<std::string>& known, const char* what);

} // namespace gb::story
