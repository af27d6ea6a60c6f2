#pragma once
// Recording a video from the window (Ctrl+Shift+V, File > Record video...): the dialog that
// sets it up, and the progress window with Cancel while it runs.

#include "story/Story.hpp"

#include <cstddef>
#include <string>
#include <utility>

namespace gb::ui {

struct RecordSettings {
    int format = 0;          //!< 0 MP4 (H.264), 1 WebM (VP9), 2 GIF
    int preset = 0;          //!< 0 1280x720, 1 1920x1080, 2 3840x2160
    int fps = 30;            //!< 1 to 60 (GIF: 50)
    bool wholeStory = true;  //!< else the step shown
    bool overlays = true;    //!< the slide's title, caption, legend, sources, date
};

//! ".mp4", ".webm" or ".gif".
[[nodiscard]] const char* recordExtension(const RecordSettings& settings);
[[nodiscard]] std::pair<unsigned, unsigned> recordSize(const RecordSettings& settings);

//! Draws the dialog while open; true when the user pressed Record (or Enter). `inStep`: a step
//! is shown, so "This step" can be chosen.
bool drawRecordDialog(bool& open, RecordSettings& settings, bool inStep, story::Language language);

struct RecordingProgress {
    std::size_t done = 0, total = 1;
    double framesPerSecond = 0.0;
    std::string file;
};

//! The progress window while a recording runs: a bar, frames, speed, time left; true when the
//! user pressed Cancel.
bool drawRecordingProgress(const RecordingProgress& progress, story::Language language);

} // namespace gb::ui
