#pragma once
// The main menu bar and the help windows it opens.

#include "geo/ProjectionKind.hpp"
#include "render/FrameOptions.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gb::ui {

//! What the menu shows and edits (owned by the app).
struct MenuState {
    geo::ProjectionKind projection = geo::ProjectionKind::Lambert;
    render::LayerVisibility layers;
    story::Language language = story::Language::English;
    bool showShortcuts = false;
    bool showLegend = true;
    bool showTimeline = true;
    bool presentation = false;
    bool console = false; //!< the presenter console is open
    bool hasSteps = false;
    bool showAbout = false;
    bool showSources = false;
    bool showStoryNotes = false;
};

//! What the user asked for this frame.
struct MenuActions {
    bool resetView = false;
    bool layersChanged = false;
    bool languageChanged = false;
    bool quit = false;
    bool togglePresentation = false;
    bool toggleConsole = false;
    bool nextStep = false;
    bool previousStep = false;
    bool reloadStory = false;
    bool openSearch = false;
    bool quickExport = false;
    bool exportDialog = false;
    bool recordDialog = false;
    std::optional<geo::ProjectionKind> projection;
};

//! Facts for the About and Data sources windows.
struct AboutInfo {
    std::string projectionDefinition; //!< the PROJ string in use
    std::string countriesFile;
    std::string storyFile;
    std::string detailLevel;          //!< "50m" ...
    std::vector<std::string> warnings;
    std::string storyTitle;
    std::string storyNotes;           //!< the story's editorial notes, for the presenter only
};

MenuActions drawMainMenu(MenuState& state);
void drawHelpWindows(MenuState& state, const AboutInfo& info);

} // namespace gb::ui
