#pragma once
// Flows whose path is "sea" get their legs routed over water (mapdata::SeaRouter) once, when the
// story is loaded: each leg without via points of its own gets the router's. A story without
// sea flows costs nothing.

#include "story/Story.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gb::app {

//! Fills the via points of the sea legs of `story` from the land of `countries` (a polygon file,
//! e.g. shapes/countries-10m.fgb; only the part around the legs is read). Returns one warning line per leg it could not route (the leg
//! then keeps the geodesic). Throws mapdata::DataError when the file cannot be read.
std::vector<std::string> routeSeaLegs(story::Story& story, const std::filesystem::path& countries);

//! story::loadStory, then its sea legs routed on `shapesFolder`'s 10m land; warnings go to stderr.
story::Story loadRoutedStory(const std::filesystem::path& file, const std::filesystem::path& shapesFolder);

} // namespace gb::app
