#include "app/GlInfo.hpp"

#include "render/GlCheck.hpp"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>

namespace gb::app {
namespace {
std::string glString(GLenum name) {
    const auto* text = reinterpret_cast<const char*>(glGetString(name));
    return text ? text : "";
}
} // namespace

std::string glRendererDescription() {
    sf::Context context; // current on this thread only, released when it goes
    const std::string renderer = glString(GL_RENDERER);
    if (renderer.empty())
        throw render::GlError("no OpenGL context: glGetString(GL_RENDERER) returned nothing");
    return renderer + " | " + glString(GL_VERSION);
}

} // namespace gb::app
