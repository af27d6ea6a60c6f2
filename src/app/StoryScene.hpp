#pragma once
// Wiring between a story and the map data: which regions and points to build.

#include "mapdata/SceneGeometry.hpp"
#include "story/Story.hpp"

namespace gb::app {

//! shapes: the --shapes folder or file. Region files come from that folder, or from
//! defaultShapes when --shapes names a single file.
[[nodiscard]] mapdata::SceneRequest sceneRequest(const story::Story& story, const std::filesystem::path& shapes, const std::string& shapesCrs,
                                                 const std::filesystem::path& defaultShapes,
                                                 const geo::ProjectionSpec& projection, mapdata::DetailLevel level);

} // namespace gb::app
