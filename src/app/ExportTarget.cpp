#include "app/ExportTarget.hpp"

#include "render/GlCheck.hpp"
#include "render/WarmUp.hpp"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>

namespace gb::app {

std::future<ExportTarget> openExportTarget(unsigned width, unsigned height, const render::MapStyle& style) {
    return std::async(std::launch::async, [width, height, &style] {
        // The worker's own context, current here only and destroyed (released) before the
        // worker returns. What is made in it (texture, shaders, glyphs, buffers) belongs to
        // SFML's share group, so the drawing thread uses it from its own context; the render
        // texture's framebuffer object, which is per context, is made again there. A context
        // current on two threads, or taken over while current, is what GLX forbids.
        const sf::Context context;
        render::requireGlCapabilities();
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
        glFinish(); // the other context sees finished work only
        (void)gl.target->setActive(false);
        return gl;
    });
}

} // namespace gb::app
