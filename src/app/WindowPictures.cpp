// MapWindow, pictures (F12, Ctrl+S, the export dialog): the window as it is, or the same area
// re-rendered at the picture's size through render::renderPicture, the path every export takes.
#include "app/MapWindow.hpp"

#include "app/PictureName.hpp"
#include "render/PngFile.hpp"
#include "view/UiText.hpp"

#include <ctime>
#include <iostream>

namespace gb::app {

void MapWindow::savePicture(const view::Camera& camera, const render::FrameOptions& options,
                            const render::MapScene& scene, double now) {
    // Saved pictures never overwrite, never leave half a file; a failure is a toast.
    const std::filesystem::path file = std::filesystem::path(exportSettings_.folder.data()) /
                                       pictureName(exportSettings_.pattern.data(), step_, std::time(nullptr));
    try {
        render::RgbaImage picture;
        if (exportSettings_.includePanels) {
            picture = render::readWindowPixels(*window_);
        } else {
            const auto [ew, eh] = ui::exportSize(exportSettings_, window_->getSize().x, window_->getSize().y);
            if (!pictureTarget_ || pictureTarget_->getSize() != sf::Vector2u(ew, eh)) {
                pictureTarget_ = std::make_unique<sf::RenderTexture>();
                if (!pictureTarget_->create(ew, eh))
                    throw render::WriteError("cannot create a " + std::to_string(ew) + "x" + std::to_string(eh) +
                                             " picture (above the GL limit?)");
            }
            // The same area as on screen, re-rendered at the picture's size: lines and text
            // scale with it, so the picture looks the same, only finer.
            const double factor = static_cast<double>(ew) / camera.width();
            view::Camera pictureCamera(camera.centre(), camera.metresPerPixel() / factor, ew, eh);
            pictureCamera.setRotation(camera.rotation());
            render::Frame frame{pictureCamera, options,
                                step_ ? &story_.steps[*step_] : nullptr, {}, exportSettings_.overlays};
            frame.options.pixelScale = static_cast<float>(factor * exportSettings_.scale);
            frame.options.transparent = exportSettings_.transparent;
            frame.options.hovered.clear();
            const mapdata::SceneGeometry& geometry = *scenes_->geometry(scene.level());
            const auto places = render::placesOnMap(story_, geometry);
            render::FrameContent content{scene, places, flows_, story_, *projection_};
            content.countries = geometry.countryIndex.get();
            picture = render::renderPicture(*pictureTarget_, content, frame, {*fonts_, style_, *ribbons_});
            (void)window_->setActive(true);
        }
        const auto written = render::writePngNoOverwrite(picture, file);
        toast_ = {std::string(view::uiText(view::UiText::Saved, menu_.language)) + " " + written.string(), false, now + 4.0};
        status_.lastPicture = written.string();
        std::cerr << "geobrief: saved " << written.string() << '\n';
    } catch (const render::WriteError& e) {
        toast_ = {e.what(), true, now + 6.0};
        status_.lastPicture = e.what();
        std::cerr << "geobrief: " << e.what() << '\n';
    }
    ++status_.pictures;
}

} // namespace gb::app
