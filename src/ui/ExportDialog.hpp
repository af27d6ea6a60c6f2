#pragma once
// The screenshot dialog (Ctrl+Shift+S) and the toast that reports where a picture went.

#include "render/SlideOverlay.hpp"

#include <array>
#include <optional>
#include <string>

namespace gb::ui {

struct ExportSettings {
    int preset = 0;              //!< 0 current window, 1 1280x720, 2 1920x1080, 3 3840x2160, 4 custom
    int customWidth = 2560;
    int customHeight = 1440;
    float scale = 1.0f;          //!< extra factor for lines and text on top of the size's own
    bool includePanels = false;  //!< only at the window's size: a screenshot of what is on screen
    bool transparent = false;
    render::SlideOverlays overlays;
    std::array<char, 512> folder{"."};
    std::array<char, 128> pattern{"geobrief-{date}-{time}.png"};
    bool recordVideo = false; //!< "Record video..." was pressed: the window opens the record dialog
};

//! The size a preset stands for (the window's own size for preset 0).
[[nodiscard]] std::pair<unsigned, unsigned> exportSize(const ExportSettings& s, unsigned windowWidth,
                                                       unsigned windowHeight);

//! Draws the dialog while open; true when the user pressed Save.
bool drawExportDialog(bool& open, ExportSettings& settings, story::Language language);

struct Toast {
    std::string text;
    bool error = false;
    double until = 0; //!< wall-clock seconds
};

void drawToast(const Toast& toast, double now);

} // namespace gb::ui
