// MapWindow, recording a video (Ctrl+Shift+V, File > Record video...): the same recording as
// --export-video, advanced a few milliseconds' worth of frames per window frame on the window's
// GL thread, its encoder on a thread of its own, so the map stays usable; Cancel destroys it
// and nothing is left behind.
#include "app/MapWindow.hpp"

#include "app/PictureName.hpp"
#include "render/PngFile.hpp"
#include "view/UiText.hpp"

#include <ctime>
#include <iostream>

namespace gb::app {

void MapWindow::openRecordDialog() {
    recordDialogOpen_ = true;
    exportDialogOpen_ = false; // one dialog at a time
    recordSettings_.wholeStory = !step_;
}

void MapWindow::startRecording(double now) {
    Options options = options_;
    const auto [w, h] = ui::recordSize(recordSettings_);
    options.size = {w, h};
    options.fps = recordSettings_.fps;
    options.step = recordSettings_.wholeStory || !step_ ? std::nullopt : std::optional<int>(static_cast<int>(*step_) + 1);
    options.language = menu_.language;
    options.projection = menu_.projection;
    options.overlays = recordSettings_.overlays;
    options.transparent = false;
    options.scale.reset();
    options.exportFrames.reset();
    std::filesystem::path file = std::filesystem::path(exportSettings_.folder.data()) /
                                 pictureName(exportSettings_.pattern.data(), options.step ? step_ : std::nullopt,
                                             std::time(nullptr));
    options.exportVideo = file.replace_extension(ui::recordExtension(recordSettings_));
    try {
        if (!recordTarget_ || recordTarget_->getSize() != sf::Vector2u(w, h)) {
            recordTarget_ = std::make_unique<sf::RenderTexture>();
            if (!recordTarget_->create(w, h))
                throw render::WriteError("cannot create a " + std::to_string(w) + "x" + std::to_string(h) +
                                         " video frame (above the GL limit?)");
        }
        recording_ = std::make_unique<Recording>(options, story_, style_, *recordTarget_,
                                                 render::FrameTools{*fonts_, style_, *ribbons_, nullptr, recordingScratch_.get()},
                                                 std::make_shared<render::LineShader>());
        recordingStartedAt_ = now;
        status_.recording = "0/" + std::to_string(recording_->framesTotal());
    } catch (const std::exception& e) {
        recording_.reset();
        endRecording(e.what(), true, now);
    }
    (void)window_->setActive(true);
}

void MapWindow::advanceRecording(double now) {
    if (!recording_)
        return;
    try {
        // ~12 ms of recording per window frame (at least one video frame when its map data is
        // ready): the window keeps ~30 frames a second at 720p while recording.
        const bool drawn = recording_->advance(Recording::Clock::now() + std::chrono::milliseconds(12), false);
        status_.recording = std::to_string(recording_->framesDone()) + "/" + std::to_string(recording_->framesTotal());
        if (drawn) {
            const std::vector<std::filesystem::path> written = recording_->finish();
            recording_.reset();
            endRecording(written.empty() ? std::string() : written.front().string(), false, now);
        }
    } catch (const std::exception& e) {
        recording_.reset(); // an unfinished recording removes its file
        endRecording(e.what(), true, now);
    }
    (void)window_->setActive(true);
}

void MapWindow::cancelRecording(double now) {
    if (!recording_)
        return;
    recording_.reset();
    (void)window_->setActive(true);
    toast_ = {view::uiText(view::UiText::RecordingCancelled, menu_.language), false, now + 4.0};
    status_.recording.clear();
    status_.lastVideo = "cancelled";
    ++status_.videos;
    std::cerr << "geobrief: recording cancelled\n";
}

void MapWindow::endRecording(const std::string& message, bool error, double now) {
    toast_ = {error ? message : std::string(view::uiText(view::UiText::Recorded, menu_.language)) + " " + message, error,
              now + (error ? 6.0 : 4.0)};
    status_.recording.clear();
    status_.lastVideo = message;
    ++status_.videos;
    std::cerr << "geobrief: " << (error ? "" : "recorded ") << message << '\n';
}

} // namespace gb::app
