#pragma once
// The programs for the per-frame ribbons of the flow arrows (see Ribbon.hpp): each
// vertex carries its signed distance across the ribbon and the ribbon's half width, and the
// program turns them into edge coverage. One quad per segment instead of three (core and two
// feathered edges): a third of the triangles, which software GL pays for one by one.

#include "render/ArbProgram.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace gb::render {

class RibbonShader {
public:
    //! Throws GlError when the driver cannot run the program.
    RibbonShader();
    //! Draws `triangles` (sf::Triangles: positions in the target's current view, colours, and
    //! texture coordinates as described in RibbonShader.cpp) as ribbons. Our own GL draw: SFML
    //! switches the texture-coordinate array off for a draw with neither texture nor GLSL shader.
    void draw(sf::RenderTarget& target, const sf::VertexArray& triangles) const;

    //! The vertex batches drawn with this program, cleared and refilled every frame. They live
    //! here, with the program's GL context and its one drawing thread, so that their capacity
    //! is kept from frame to frame.
    struct Batches {
        sf::VertexArray casing{sf::Triangles};
        sf::VertexArray body{sf::Triangles};
    };
    [[nodiscard]] Batches& batches() const { return batches_; }

private:
    ArbProgram vertex_;
    ArbProgram fragment_;
    mutable Batches batches_; //!< scratch, not state: nothing is read from a previous frame
};

} // namespace gb::render
