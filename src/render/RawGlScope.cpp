#include "render/RawGlScope.hpp"

#include <SFML/Graphics/Texture.hpp>

#include <SFML/OpenGL.hpp>
#include <GL/glext.h>

namespace gb::render {

RawGlScope::RawGlScope(sf::RenderTarget& target, bool blend) : target_(target) {
    active_ = target.setActive(true);
    if (!active_)
        return;
    // What sf::RenderTarget does before a draw, for its current view and an identity transform.
    const sf::View& view = target.getView();
    const sf::IntRect viewport = target.getViewport(view);
    const int bottom = static_cast<int>(target.getSize().y) - (viewport.top + viewport.height);
    glViewport(viewport.left, bottom, viewport.width, viewport.height);
    glMatrixMode(GL_PROJECTION);
    glLoadMatrixf(view.getTransform().getMatrix());
    glMatrixMode(GL_MODELVIEW);
    glLoadIdentity();
    sf::Texture::bind(nullptr);
    if (blend) {
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        glBlendEquation(GL_FUNC_ADD);
    } else {
        glDisable(GL_BLEND);
    }
}

RawGlScope::~RawGlScope() {
    if (!active_)
        return;
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    // Enables the vertex, colour and texture-coordinate arrays, blending, no texture,
    // and makes SFML apply its view again before its next draw.
    target_.resetGLStates();
}

} // namespace gb::render
