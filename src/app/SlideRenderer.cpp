#include "app/SlideRenderer.hpp"

#include "app/StoryScene.hpp"
#include "render/PlaceOverlay.hpp"
#include "render/PngFile.hpp"

#include <fstream>

namespace gb::app {

render::RgbaImage renderSlide(sf::RenderTexture& target, const SlideContent& c, const view::Camera& camera,
                              const render::FrameOptions& frame, const std::optional<render::SlideOverlays>& overlays,
                              render::RgbaImage canvas) {
    c.scene.draw(target, camera, frame);
    render::drawFlows(target, camera, c.flows, c.story, frame, c.ribbons);
    render::drawPlaces(target, camera, placesOnMap(c.story, c.geometry), c.fonts, c.style, frame);
    if (overlays)
        render::drawSlideOverlays(target, camera, c.projection, c.story, c.step, c.fonts, frame, *overlays);
    return render::readPixels(target, std::move(canvas));
}

void writeTextAtomically(const std::filesystem::path& file, const std::string& text) {
    const std::filesystem::path temp = file.string() + ".part";
    {
        std::ofstream out(temp, std::ios::binary);
        out << text;
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            throw render::WriteError(file.string() + ": cannot write the file");
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        throw render::WriteError(file.string() + ": cannot write the file (" + ec.message() + ")");
    }
}

} // namespace gb::app
