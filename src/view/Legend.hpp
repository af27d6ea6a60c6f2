#pragma once
// What a legend says, once for the slides and the window: the roles and regions, the styles of
// the flows drawn by a story day, and the confidence levels of what is drawn, each explained
// once ("Reported: intelligence reports, ..."). Pure data; render and ui draw it.

#include "story/Story.hpp"
#include "view/ConfidenceLook.hpp"
#include "view/FlowGeometry.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gb::view {

struct LegendEntry {
    enum class Swatch { Fill, Line, Hatch };
    Swatch swatch = Swatch::Fill;
    story::Colour colour;  //!< the fill, the line, or the hatching's stripes
    DashPattern pattern;   //!< for lines
    story::Colour under;   //!< under the hatching
    bool arrow = false;    //!< a flow style: drawn with an arrowhead
    bool separatorBefore = false; //!< the first line after the areas
    std::string text;
};

//! What a picture shows of the map: the roles of the countries in it and which regions reach
//! into it (parallel to Story::regions). Without one, a legend lists them all.
struct LegendScope {
    std::vector<std::string> roles;
    std::vector<bool> regions; //!< parallel to Story::regions
    std::vector<bool> flows;   //!< parallel to Story::flows: some of it on the picture
    std::vector<bool> places;  //!< parallel to Story::places: on the picture
};

//! Which flows and places of `flows`/`places` reach into `visible` (projected metres); fills a
//! scope's `flows` and `places`.
void addFlowsAndPlaces(LegendScope& scope, const story::Story& story, const std::vector<FlowGeometry>& flows,
                       const std::vector<std::optional<geo::MapPoint>>& places, const geo::MapBox& visible);

[[nodiscard]] std::vector<LegendEntry> legendEntries(const story::Story& story, story::Language language,
                                                     double storyDay, const LegendScope* scope = nullptr);

} // namespace gb::view
