#include "render/RgbaImage.hpp"

#include "render/GlCheck.hpp"

#include <SFML/OpenGL.hpp>
#include <GL/glext.h>

#include <cstring>

namespace gb::render {

namespace {
//! glReadPixels of the bound framebuffer, flipped to top-first rows.
RgbaImage readBound(unsigned width, unsigned height, RgbaImage image = {});
} // namespace

RgbaImage readPixels(sf::RenderTexture& texture, RgbaImage into) {
    texture.display();
    if (!texture.setActive(true))
        return {};
    return readBound(texture.getSize().x, texture.getSize().y, std::move(into));
}

RgbaImage readWindowPixels(sf::RenderWindow& window) {
    if (!window.setActive(true))
        return {};
    GB_GL(glReadBuffer(GL_BACK));
    return readBound(window.getSize().x, window.getSize().y);
}

namespace {
bool hasPackInvert() {
    const auto* extensions = reinterpret_cast<const char*>(glGetString(GL_EXTENSIONS));
    return extensions && std::strstr(extensions, "GL_MESA_pack_invert");
}

RgbaImage readBound(unsigned width, unsigned height, RgbaImage image) {
    image.width = width;
    image.height = height;
    image.pixels.resize(std::size_t(image.width) * image.height * 4);
    GB_GL(glPixelStorei(GL_PACK_ALIGNMENT, 1));
    // GL's first row is the bottom one. Mesa can return them top first (GL_MESA_pack_invert),
    // which saves a pass over the picture (~10 ms at 4K); elsewhere they are swapped here.
    const bool inverted = hasPackInvert();
    if (inverted)
        GB_GL(glPixelStorei(GL_PACK_INVERT_MESA, GL_TRUE));
    GB_GL(glReadPixels(0, 0, static_cast<GLsizei>(image.width), static_cast<GLsizei>(image.height), GL_RGBA,
                 GL_UNSIGNED_BYTE, image.pixels.data()));
    if (inverted) {
        GB_GL(glPixelStorei(GL_PACK_INVERT_MESA, GL_FALSE));
        return image;
    }
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
} // namespace

} // namespace gb::render
