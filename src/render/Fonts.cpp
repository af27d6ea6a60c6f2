#include "render/Fonts.hpp"

#include <stdexcept>

namespace gb::render {
namespace {
void load(sf::Font& font, const std::filesystem::path& file) {
    if (!font.loadFromFile(file.string()))
        throw FontError(file.string() + ": cannot load the font (install the Debian package fonts-dejavu-core)");
}
} // namespace

Fonts::Fonts(const std::filesystem::path& folder) {
    load(regular_, folder / "DejaVuSans.ttf");
    load(bold_, folder / "DejaVuSans-Bold.ttf");
}

} // namespace gb::render
