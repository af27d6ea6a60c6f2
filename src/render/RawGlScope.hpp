#pragma once
// Drawing our own vertex layouts (GlBuffer) into an SFML target. SFML caches GL state between
// its draws, so raw GL calls must set up what SFML would (the target active, the viewport and
// projection of its current view, no texture, blending) and hand GL back afterwards. This
// scope does both: set up on construction, reset SFML's state on destruction. (Programs, when a
// draw has them: ArbProgramsInUse, inside this scope.)

#include <SFML/Graphics/RenderTarget.hpp>

namespace gb::render {

class RawGlScope {
public:
    //! blend: alpha blending as sf::BlendAlpha; false writes colours as they are (opaque fills:
    //! software GL then writes pixels without reading them first).
    RawGlScope(sf::RenderTarget& target, bool blend);
    ~RawGlScope();
    RawGlScope(const RawGlScope&) = delete;
    RawGlScope& operator=(const RawGlScope&) = delete;

    [[nodiscard]] bool active() const { return active_; } //!< false: the target could not be activated

private:
    sf::RenderTarget& target_;
    bool active_ = false;
};

} // namespace gb::render
