#include "render/RgbaImage.hpp"

#include "render/GlCheck.hpp"

#include <SFML/OpenGL.hpp>
#include <GL/glext.h>

#include <cstring>

namespace gb::render {

namespace {
//! glReadPixels of the bound framebuffer, flipped to top-first rows.
RgbaImage readBound(unsigned width, unsigned height, RgbaImage image = {});
//! Rows [first, first + count) (from the top) of the bound framebuffer, top first, into `out`.
void readRegion(unsigned width, unsigned height, unsigned first, unsigned count, std::uint8_t* out);
} // namespace

PictureRows rowsOf(sf::RenderTexture& texture) {
    texture.display();
    const unsigned width = texture.getSize().x, height = texture.getSize().y;
    return [&texture, width, height](unsigned first, unsigned count, std::vector<std::uint8_t>& rgba) {
        rgba.resize(std::size_t(width) * count * 4);
        if (!texture.setActive(true))
            throw GlError("cannot make the picture's render target current to read it");
        readRegion(width, height, first, count, rgba.data());
    };
}

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
    readRegion(width, height, 0, height, image.pixels.data());
    return image;
}

void readRegion(unsigned width, unsigned height, unsigned first, unsigned count, std::uint8_t* out) {
    GB_GL(glPixelStorei(GL_PACK_ALIGNMENT, 1));
    // GL's first row is the bottom one. Mesa can return them top first (GL_MESA_pack_invert),
    // which saves a pass over the picture (~10 ms at 4K); elsewhere they are swapped here.
    const bool inverted = hasPackInvert();
    if (inverted)
        GB_GL(glPixelStorei(GL_PACK_INVERT_MESA, GL_TRUE));
    GB_GL(glReadPixels(0, static_cast<GLint>(height - first - count), static_cast<GLsizei>(width),
                       static_cast<GLsizei>(count), GL_RGBA, GL_UNSIGNED_BYTE, out));
    if (inverted) {
        GB_GL(glPixelStorei(GL_PACK_INVERT_MESA, GL_FALSE));
        return;
    }
    const std::size_t stride = std::size_t(width) * 4;
    std::vector<std::uint8_t> row(stride);
    for (unsigned y = 0; y < count / 2; ++y) {
        std::uint8_t* a = out + y * stride;
        std::uint8_t* b = out + (count - 1 - y) * stride;
        std::memcpy(row.data(), a, stride);
        std::memcpy(a, b, stride);
        std::memcpy(b, row.data(), stride);
    }
}
} // namespace

} // namespace gb::render
