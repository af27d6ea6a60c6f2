#pragma once
// The credit line of a picture: it names the map data actually drawn.

#include "story/Story.hpp"

#include <string>

namespace gb::view {

//! The story's own credit for its map data when the countries are ours (`userCountries` empty);
//! with a user's countries file, "Borders: world.gpkg (LICENSE: ...)" then the story's credit for
//! the rest (its regions), when the story gives that apart (Story::otherCredit), so Natural
//! Earth is named only where it is drawn.
[[nodiscard]] std::string mapCredit(const story::Story& story, const std::string& userCountries,
                                    story::Language language);

} // namespace gb::view
