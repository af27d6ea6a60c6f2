#pragma once
// Which places a step's title or caption names: their labels must show on its picture (with a
// leader line if need be). A caption names a place by its full name ("Vladivostok") or by the
// proper name inside a longer one ("Sergeevka" for "Sergeevka training ground", "Serguéyevka"
// for "Polígono de Serguéyevka").

#include "story/Story.hpp"

#include <string>
#include <vector>

namespace gb::view {

//! Ids of the places `step` names in `language`, in the story's order; none without a step.
[[nodiscard]] std::vector<std::string> placesNamedBy(const story::Story& story, const story::Step* step,
                                                     story::Language language);

} // namespace gb::view
