#pragma once
// Keeps the static base map in an offscreen texture a margin larger than the window, so panning
// only copies a picture (~6 ms on software GL) instead of redrawing 100k triangles (~55 ms).
// The texture wraps around: when a pan leaves the margin, only the newly uncovered strip is
// drawn, into the texels the far side no longer needs, so the content need not move. While a
// zoom animates, the cached picture is scaled; the map is redrawn sharp when the scale settles
// or the content changes.

#include "view/Camera.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace gb::render {

class RenderCache {
public:
    //! Draws the base map for the camera into the part of the target `viewport` names
    //! (fractions of its size), covering it.
    using DrawBase = std::function<void(sf::RenderTarget&, const view::Camera&, const sf::FloatRect& viewport)>;

    static constexpr unsigned defaultMarginPx = 256; //!< drawn beyond the window on every side

    explicit RenderCache(unsigned marginPx = defaultMarginPx) : margin_(marginPx) {}

    //! Draws the base map for `camera` into `target`, covering all of it (no need to clear it
    //! first). `settled`: no zoom or pan is in progress, so a sharp, exactly aligned picture is
    //! worth a redraw. Returns true if it drew any of the map anew.
    bool draw(sf::RenderTarget& target, const view::Camera& camera, bool settled, const DrawBase& drawBase);
    //! The content changed (projection, level of detail, layers, story): redraw next time.
    void invalidate() { anchor_.reset(); }

    //! A rectangle of whole pixels of the anchor camera's screen, [x0, x1) x [y0, y1).
    struct PixelRect {
        long x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        [[nodiscard]] long width() const { return x1 - x0; }
        [[nodiscard]] long height() const { return y1 - y0; }
        [[nodiscard]] bool contains(const PixelRect& r) const {
            return r.x0 >= x0 && r.y0 >= y0 && r.x1 <= x1 && r.y1 <= y1;
        }
    };

private:
    bool renderAll(const view::Camera& camera, const DrawBase& drawBase);
    void renderStrip(const PixelRect& strip, const DrawBase& drawBase);
    void blitToWindow(sf::RenderTarget& target, const PixelRect& window);
    void drawScaled(sf::RenderTarget& target, const view::Camera& camera);

    unsigned margin_;
    sf::RenderTexture texture_;
    sf::Vector2u textureSize_{0, 0};
    //! The camera of the last full redraw, at the texture's size. Its screen pixel (x, y) is
    //! kept in texel (x mod width, y mod height): pans move what is valid, not the texels.
    std::optional<view::Camera> anchor_;
    PixelRect valid_; //!< the anchor's pixels the texture holds now
    bool blitChecked_ = false;
    bool canBlit_ = false; //!< the GL version has framebuffer blits
};

//! The pieces of `rect` as they lie in a texture of `size` that wraps around: calls
//! visit(piece, textureX, textureY) for each (at most four), piece in the rect's coordinates.
void forEachWrappedPiece(const RenderCache::PixelRect& rect, sf::Vector2u size,
                         const std::function<void(const RenderCache::PixelRect&, long, long)>& visit);

//! What of `next` is not in `previous` (two rectangles of the same size), as at most two
//! rectangles: a band on the side it moved to across the whole height, then the rest.
[[nodiscard]] std::vector<RenderCache::PixelRect> uncovered(const RenderCache::PixelRect& previous,
                                                            const RenderCache::PixelRect& next);

} // namespace gb::render
