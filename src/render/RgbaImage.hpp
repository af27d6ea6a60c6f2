#pragma once
// Pixels read back from a render target: RGBA, 8 bits per channel, rows from the top.

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>

#include <cstdint>
#include <functional>
#include <vector>

namespace gb::render {

struct RgbaImage {
    unsigned width = 0;
    unsigned height = 0;
    std::vector<std::uint8_t> pixels; //!< width * height * 4 bytes, top row first

    [[nodiscard]] const std::uint8_t* at(unsigned x, unsigned y) const { return &pixels[(std::size_t(y) * width + x) * 4]; }
};

//! A picture's rows, top first: `count` rows from row `first`, as RGBA, into `rgba` (resized).
using PictureRows = std::function<void(unsigned first, unsigned count, std::vector<std::uint8_t>& rgba)>;

//! The render texture's rows as a PictureRows, read with glReadPixels on the calling thread
//! (the one the texture's context is current on): for a PNG written band by band, without the
//! whole picture in memory (33 MB and ~70 ms of page faults at 4K). Call after drawing;
//! display() is called here. The texture must outlive the result.
[[nodiscard]] PictureRows rowsOf(sf::RenderTexture& texture);

//! Reads the render texture with glReadPixels (sf::Texture::copyToImage is ~70x slower on
//! software GL at 4K). Call after drawing; display() is called here. `into`'s memory is reused
//! when it has the right size (a fresh 33 MB buffer costs ~20 ms of page faults at 4K).
[[nodiscard]] RgbaImage readPixels(sf::RenderTexture& texture, RgbaImage into = {});

//! Reads what has been drawn into a window's back buffer (call before display()).
[[nodiscard]] RgbaImage readWindowPixels(sf::RenderWindow& window);

} // namespace gb::render
