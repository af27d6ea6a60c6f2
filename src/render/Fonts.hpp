#pragma once
// The typefaces geobrief draws with: DejaVu from Debian's fonts-dejavu-core.

#include <SFML/Graphics/Font.hpp>

#include <filesystem>

namespace gb::render {

class Fonts {
public:
    //! Throws std::runtime_error naming the missing file (install fonts-dejavu-core).
    explicit Fonts(const std::filesystem::path& folder = "/usr/share/fonts/truetype/dejavu");
    [[nodiscard]] const sf::Font& regular() const { return regular_; }
    [[nodiscard]] const sf::Font& bold() const { return bold_; }

private:
    sf::Font regular_;
    sf::Font bold_;
};

} // namespace gb::render
