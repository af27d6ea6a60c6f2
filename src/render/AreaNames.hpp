#pragma once
// Names of countries and seas on the map, ranked like a news-graphics map: oceans and large
// countries in widely spaced capitals, middle ones less spaced, small ones only where the name
// fits inside; seas and oceans in italics, in a sea colour. They rank below every story label,
// so the story's places always win. One type size for all of them, so their glyphs are made
// once per picture.

#include "render/MapScene.hpp"
#include "render/PlaceOverlay.hpp"
#include "view/Camera.hpp"

#include <string>
#include <vector>

namespace gb::render {

//! The names of the countries and seas that reach into the picture, in `language`, as area
//! labels for drawPlaces: each with its spots in order (the best point first), so a zoomed
//! picture names a country in the part it shows.
[[nodiscard]] std::vector<AreaLabel> areaNameLabels(const MapScene& scene, const story::Story& story,
                                                    const view::Camera& camera, story::Language language);

//! Upper case for the Latin letters country names use (ASCII and Latin-1: "Japón" -> "JAPÓN").
[[nodiscard]] std::string upperCase(const std::string& utf8);

} // namespace gb::render
