#pragma once
// The views of an exported slide, shared by the still export (--export, --export-steps) and the
// recording (--export-video): the frame options of a picture of this size, and where a step's
// area, or the story's overview, is framed clear of the slide's title, legend and caption.

#include "app/Options.hpp"
#include "geo/Projection.hpp"
#include "render/FrameOptions.hpp"
#include "story/Story.hpp"
#include "view/Camera.hpp"

#include <SFML/Graphics/Rect.hpp>

#include <vector>

namespace gb::app {

//! Language, transparency and the pixel scale (--scale, else height / 720, at least 1).
[[nodiscard]] render::FrameOptions baseFrameOptions(const Options& options);

//! The parts of a picture of --size that the slide's overlays for `step` (none: the overview)
//! leave free.
[[nodiscard]] std::vector<sf::FloatRect> slideFreeAreas(const Options& options, const story::Story& story,
                                                        const story::Step* step);

//! The camera of a picture of no step: what the flags ask for; the story's overview, on a slide,
//! framed where the title and legend leave the map free (as a step's area is), so the legend
//! does not cover the Far East.
[[nodiscard]] view::Camera overviewCamera(const Options& options, const story::Story& story,
                                          const geo::Projection& projection);

} // namespace gb::app
