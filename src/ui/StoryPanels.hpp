#pragma once
// The story's ImGui panels: timeline, step caption, legend and the story-file error banner.

#include "story/Story.hpp"
#include "view/Legend.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gb::ui {

struct TimelineState {
    double day = 0;            //!< story day shown
    double firstDay = 0;
    double lastDay = 0;
    bool playing = false;
    double speed = 10;         //!< days per second
    bool loop = false;
    std::vector<int> eventDays; //!< marks on the scrubber
};

//! Where a panel sits on the window, in pixels (what a step's framing keeps its subject clear of).
struct PanelBox {
    float left = 0, top = 0, width = 0, height = 0;
};

struct TimelineActions {
    bool togglePlay = false;
    std::optional<double> seek;
    std::optional<double> speed;
    std::optional<bool> loop;
    PanelBox box; //!< where the timeline was drawn
};

TimelineActions drawTimeline(const TimelineState& state, story::Language language);

struct CaptionActions {
    bool next = false;
    bool previous = false;
    PanelBox box; //!< where the caption was drawn
};

//! The step's title and caption at the bottom of the screen, with step buttons.
CaptionActions drawCaption(const story::Step& step, std::size_t index, std::size_t count, story::Language language,
                           bool presentation);

//! Country roles and flow styles, with their colours.
//! The legend of what the window shows (`scope`; everything when null), for the day shown.
//! Returns where the legend was drawn.
PanelBox drawLegend(const story::Story& story, story::Language language, double storyDay, const view::LegendScope* scope);

//! A red banner with the story file's error while the last good story stays on screen.
void drawStoryError(const std::string& headline, const std::string& message);

} // namespace gb::ui
