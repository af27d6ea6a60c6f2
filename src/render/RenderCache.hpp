#pragma once
// Keeps the static base map in an offscreen texture a margin larger than the window, so panning
// only shifts a picture (~10 ms on software GL) instead of redrawing 100k triangles (~55 ms).
// While a zoom animates, the cached picture is scaled; the map is redrawn sharp when the scale
// settles, when a pan leaves the margin, or when the content changes.

#include "view/Camera.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <functional>
#include <optional>

namespace gb::render {

class RenderCache {
public:
    using DrawBase = std::function<void(sf::RenderTarget&, const view::Camera&)>;

    static constexpr unsigned defaultMarginPx = 384; //!< drawn beyond the window on every side

    explicit RenderCache(unsigned marginPx = defaultMarginPx) : margin_(marginPx) {}

    //! Draws the base map for `camera` into `target`, covering all of it (no need to clear it
    //! first). `settled`: no zoom or pan is in progress, so a sharp, exactly aligned picture is
    //! worth a redraw. Returns true if it redrew.
    bool draw(sf::RenderTarget& target, const view::Camera& camera, bool settled, const DrawBase& drawBase);
    //! The content changed (projection, level of detail, layers, story): redraw next time.
    void invalidate() { cached_.reset(); }

private:
    bool render(const view::Camera& camera, const DrawBase& drawBase);

    unsigned margin_;
    sf::RenderTexture texture_;
    sf::Vector2u textureSize_{0, 0};
    std::optional<view::Camera> cached_; //!< the camera the texture was drawn with (its full size)
    bool blitChecked_ = false;
    bool canBlit_ = false; //!< the GL version has framebuffer blits
};

} // namespace gb::render
