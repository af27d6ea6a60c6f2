#pragma once
// Country names on the map, ranked like a news-graphics map: large countries in widely spaced
// capitals, middle ones less spaced, each only where the name fits inside; small countries are
// left unnamed. They rank below every story label, so the story's places always win.

#include "render/MapScene.hpp"
#include "render/PlaceOverlay.hpp"
#include "view/Camera.hpp"

#include <string>
#include <vector>

namespace gb::render {

//! The names of the countries at their label points, in `language`, as area labels for
//! drawPlaces; each shown only when it fits its country at this scale.
[[nodiscard]] std::vector<AreaLabel> countryNameLabels(const MapScene& scene, const view::Camera& camera,
                                                       story::Language language);

//! Upper case for the Latin letters country names use (ASCII and Latin-1: "Japón" -> "JAPÓN").
[[nodiscard]] std::string upperCase(const std::string& utf8);

} // namespace gb::render
