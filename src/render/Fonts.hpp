#pragma once
// The typefaces geobrief draws with: DejaVu from Debian's fonts-dejavu-core.

#include <SFML/Graphics/Font.hpp>

#include <filesystem>
#include <stdexcept>

namespace gb::render {

//! A typeface file is missing or unreadable; the message names it and the package to install.
class FontError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Fonts {
public:
    //! Throws FontError naming the missing file (install fonts-dejavu-core).
    explicit Fonts(const std::filesystem::path& folder = "/usr/share/fonts/truetype/dejavu");
    [[nodiscard]] const sf::Font& regular() const { return regular_; }
    [[nodiscard]] const sf::Font& bold() const { return bold_; }

private:
    sf::Font regular_;
    sf::Font bold_;
};

} // namespace gb::render
