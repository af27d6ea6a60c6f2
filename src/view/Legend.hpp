#pragma once
// What a legend says, once for the slides and the window: the roles and regions, the styles of
// the flows drawn by a story day, and the confidence levels of what is drawn, each explained
// once ("Reported: intelligence reports, ..."). Pure data; render and ui draw it.

#include "story/Story.hpp"
#include "view/ConfidenceLook.hpp"

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

[[nodiscard]] std::vector<LegendEntry> legendEntries(const story::Story& story, story::Language language,
                                                     double storyDay);

} // namespace gb::view
