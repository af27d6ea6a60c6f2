#include "render/LocatorInset.hpp"

#include "render/GlCheck.hpp"
#include "view/Locator.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/OpenGL.hpp>

#include <algorithm>

namespace gb::render {
namespace {

//! The map part: the scene drawn through a viewport, with a scissor so its clear stays inside.
void drawInsetMap(sf::RenderTarget& target, const MapScene& scene, const view::Camera& inset, const sf::FloatRect& box,
                  const FrameOptions& options) {
    const sf::Vector2u size = target.getSize();
    if (!target.setActive(true))
        return;
    GB_GL(glScissor(static_cast<GLint>(box.left), static_cast<GLint>(static_cast<float>(size.y) - box.top - box.height),
                    static_cast<GLsizei>(box.width), static_cast<GLsizei>(box.height)));
    GB_GL(glEnable(GL_SCISSOR_TEST));
    FrameOptions quiet = options;
    quiet.layers.graticule = false;
    quiet.layers.markedBorders = false;
    quiet.transparent = false;
    quiet.pixelScale = 0.6f * options.pixelScale; // finer borders: a small map
    const float w = static_cast<float>(size.x), h = static_cast<float>(size.y);
    scene.draw(target, inset, quiet, sf::FloatRect(box.left / w, box.top / h, box.width / w, box.height / h));
    if (target.setActive(true))
        GB_GL(glDisable(GL_SCISSOR_TEST));
}

//! The picture's frame on the inset: its four corners through the inset's camera (a very small
//! frame becomes a square big enough to see).
sf::FloatRect pictureFrame(const view::Camera& picture, const view::Camera& inset, const sf::FloatRect& box, float s) {
    // Turned alike, the two cameras keep the frame upright: its corners are the picture's.
    const view::ScreenPoint a = inset.toScreen(picture.toMap({0, 0}));
    const view::ScreenPoint b = inset.toScreen(picture.toMap({picture.width(), picture.height()}));
    sf::FloatRect frame(box.left + static_cast<float>(a.x), box.top + static_cast<float>(a.y),
                        static_cast<float>(b.x - a.x), static_cast<float>(b.y - a.y));
    const float least = 8.0f * s;
    if (frame.width < least || frame.height < least) {
        const sf::Vector2f centre(frame.left + frame.width / 2, frame.top + frame.height / 2);
        frame = {centre.x - least / 2, centre.y - least / 2, least, least};
    }
    return frame;
}

void outline(sf::RenderTarget& target, const sf::FloatRect& r, sf::Color colour, float thickness) {
    sf::RectangleShape shape({r.width, r.height});
    shape.setPosition(r.left, r.top);
    shape.setFillColor(sf::Color::Transparent);
    shape.setOutlineColor(colour);
    shape.setOutlineThickness(thickness);
    target.draw(shape);
}

} // namespace

void drawLocatorInset(sf::RenderTarget& target, const MapScene& scene, const view::Camera& picture,
                      const sf::FloatRect& box, const FrameOptions& options) {
    if (box.width < 8 || box.height < 8)
        return;
    const float s = options.pixelScale;
    const view::Camera inset = view::locatorCamera(picture, box.width, box.height);
    drawInsetMap(target, scene, inset, box, options);
    const sf::View previous = target.getView();
    const sf::Vector2u size = target.getSize();
    target.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
    // A white edge under the red keeps the frame readable on any fill.
    const sf::FloatRect frame = pictureFrame(picture, inset, box, s);
    outline(target, frame, sf::Color(255, 255, 255, 230), 3.5f * s);
    outline(target, frame, sf::Color(200, 30, 30), 2.0f * s);
    outline(target, box, sf::Color(60, 60, 60), 1.0f * s);
    target.setView(previous);
}

} // namespace gb::render
