#include "app/ExportTarget.hpp"

#include "render/WarmUp.hpp"

namespace gb::app {

std::future<ExportTarget> openExportTarget(unsigned width, unsigned height, const render::MapStyle& style) {
    return std::async(std::launch::async, [width, height, &style] {
        ExportTarget gl;
        gl.target = std::make_unique<sf::RenderTexture>();
        if (!gl.target->create(width, height) || !gl.target->setActive(true))
            return ExportTarget{};
        // The first clear touches every page of the target (33 MB at 4K, ~20 ms of page faults
        // on software GL): here, rather than on the way to the picture.
        gl.target->clear();
        gl.lineShader = std::make_shared<render::LineShader>();
        gl.ribbons = std::make_unique<render::RibbonShader>();
        gl.fonts = std::make_unique<render::Fonts>();
        render::warmUpRenderer(*gl.target, style, *gl.lineShader, *gl.ribbons, *gl.fonts);
        gl.canvas.pixels.resize(std::size_t(width) * height * 4); // zero-filled: every page touched
        (void)gl.target->setActive(false);
        return gl;
    });
}

} // namespace gb::app
