#pragma once
// Place markers as one textured quad each: every marker look (a filled disc, a ring with a dot,
// ...) is drawn once, with the same SFML shapes as before, into a small atlas, and each place
// copies its look from there. A story with 2,000 places drew 4,000 shapes of 72 triangles a
// frame (~32 ms on software GL); as quads it is one draw call of 4,000 triangles. Markers sit on
// whole pixels and their shapes are not antialiased, so a copy is the same pixels as a drawing.

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <memory>
#include <vector>

namespace gb::render {

//! A marker: a disc of `radius` with an outline ring, and optionally a dot in its middle.
struct MarkerLook {
    float radius = 0;
    sf::Color fill, ring;
    float ringWidth = 0; //!< the outline, outwards from the disc
    float dotRadius = 0; //!< 0: no dot
    sf::Color dot;
    bool operator==(const MarkerLook&) const = default;
};

class MarkerSprites {
public:
    MarkerSprites();
    ~MarkerSprites();
    MarkerSprites(const MarkerSprites&) = delete;
    MarkerSprites& operator=(const MarkerSprites&) = delete;

    //! Queues a marker centred on `centre` (whole pixels) for `target`. Returns false when the
    //! look cannot be had as a sprite (no atlas texture, or a marker too large): then the
    //! caller draws it (drawShapes), after flushing.
    bool add(sf::RenderTarget& target, sf::Vector2f centre, const MarkerLook& look);
    //! Draws the queued markers (in the order added) and empties the queue (its capacity stays).
    void flush(sf::RenderTarget& target);
    //! Draws one marker's shapes directly (what the atlas holds for its look).
    static void drawShapes(sf::RenderTarget& target, sf::Vector2f centre, const MarkerLook& look);

private:
    struct Slot {
        MarkerLook look;
        int left = 0, size = 0; //!< in the atlas, which is one row of slots
    };
    const Slot* slotFor(sf::RenderTarget& target, const MarkerLook& look);

    std::unique_ptr<sf::RenderTexture> atlas_; //!< made at the first marker
    bool atlasFailed_ = false;
    std::vector<Slot> slots_;
    int used_ = 0; //!< atlas width taken
    sf::VertexArray quads_{sf::Triangles};
};

} // namespace gb::render
