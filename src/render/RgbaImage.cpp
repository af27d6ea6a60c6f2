#include "render/RgbaImage.hpp"

#include <SFML/OpenGL.hpp>

#include <cstring>

namespace gb::render {

RgbaImage readPixels(sf::RenderTexture& texture) {
    texture.display();
    RgbaImage image;
    image.width = texture.getSize().x;
    image.height = texture.getSize().y;
    image.pixels.resize(std::size_t(image.width) * image.height * 4);
    if (!texture.setActive(true))
        return image;
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, static_cast<GLsizei>(image.width), static_cast<GLsizei>(image.height), GL_RGBA,
                 GL_UNSIGNED_BYTE, image.pixels.data());
    // GL's first row is the bottom one.
    const std::size_t stride = std::size_t(image.width) * 4;
    std::vector<std::uint8_t> row(stride);
    for (unsigned y = 0; y < image.height / 2; ++y) {
        std::uint8_t* a = &image.pixels[y * stride];
        std::uint8_t* b = &image.pixels[(image.height - 1 - y) * stride];
        std::memcpy(row.data(), a, stride);
        std::memcpy(a, b, stride);
        std::memcpy(b, row.data(), stride);
    }
    return image;
}

} // namespace gb::render
