#include "render/MarkerSprites.hpp"

#include <SFML/Graphics/CircleShape.hpp>

#include <cmath>

namespace gb::render {
namespace {

constexpr unsigned atlasWidth = 1024, atlasHeight = 128;

void drawCircle(sf::RenderTarget& target, sf::Vector2f centre, float radius, std::size_t points, sf::Color fill,
                sf::Color outline, float thickness) {
    sf::CircleShape shape(radius, points);
    shape.setOrigin(radius, radius);
    shape.setPosition(centre);
    shape.setFillColor(fill);
    shape.setOutlineColor(outline);
    shape.setOutlineThickness(thickness);
    target.draw(shape);
}

} // namespace

MarkerSprites::MarkerSprites() = default;
MarkerSprites::~MarkerSprites() = default;

void MarkerSprites::drawShapes(sf::RenderTarget& target, sf::Vector2f centre, const MarkerLook& look) {
    drawCircle(target, centre, look.radius, 24, look.fill, look.ring, look.ringWidth);
    if (look.dotRadius > 0)
        drawCircle(target, centre, look.dotRadius, 12, look.dot, look.dot, 0.0f);
}

const MarkerSprites::Slot* MarkerSprites::slotFor(sf::RenderTarget& target, const MarkerLook& look) {
    for (const Slot& slot : slots_)
        if (slot.look == look)
            return &slot;
    // An even size puts the centre on a whole pixel, as on the map; 2 px of air around.
    const int size = 2 * static_cast<int>(std::ceil(look.radius + look.ringWidth)) + 4;
    if (atlasFailed_ || size > static_cast<int>(atlasHeight))
        return nullptr;
    if (!atlas_) {
        atlas_ = std::make_unique<sf::RenderTexture>();
        if (!atlas_->create(atlasWidth, atlasHeight)) {
            atlasFailed_ = true;
            atlas_.reset();
            return nullptr;
        }
        atlas_->clear(sf::Color::Transparent);
    }
    if (used_ + size > static_cast<int>(atlasWidth)) { // full (many scales in one run): start again
        flush(target);
        slots_.clear();
        used_ = 0;
        atlas_->clear(sf::Color::Transparent);
    }
    const int half = size / 2; // size is even: the centre is a whole pixel
    drawShapes(*atlas_, sf::Vector2f(static_cast<float>(used_ + half), static_cast<float>(half)), look);
    atlas_->display();
    target.setActive(true); // drawing into the atlas made its context current
    slots_.push_back({look, used_, size});
    used_ += size;
    return &slots_.back();
}

bool MarkerSprites::add(sf::RenderTarget& target, sf::Vector2f centre, const MarkerLook& look) {
    const Slot* slot = slotFor(target, look);
    if (!slot)
        return false;
    const float half = static_cast<float>(slot->size) / 2;
    const float x = centre.x - half, y = centre.y - half, s = static_cast<float>(slot->size);
    const float u = static_cast<float>(slot->left);
    const sf::Vertex corners[4] = {sf::Vertex({x, y}, sf::Color::White, {u, 0}),
                                   sf::Vertex({x + s, y}, sf::Color::White, {u + s, 0}),
                                   sf::Vertex({x + s, y + s}, sf::Color::White, {u + s, s}),
                                   sf::Vertex({x, y + s}, sf::Color::White, {u, s})};
    for (const int i : {0, 1, 2, 0, 2, 3})
        quads_.append(corners[i]);
    return true;
}

void MarkerSprites::flush(sf::RenderTarget& target) {
    if (quads_.getVertexCount() > 0 && atlas_)
        target.draw(quads_, sf::RenderStates(&atlas_->getTexture()));
    quads_.clear();
}

} // namespace gb::render
