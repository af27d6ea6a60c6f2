#include "render/CountryNames.hpp"

#include <SFML/System/String.hpp>

#include <cmath>

namespace gb::render {

std::string upperCase(const std::string& utf8) {
    sf::String s = sf::String::fromUtf8(utf8.begin(), utf8.end());
    for (std::size_t i = 0; i < s.getSize(); ++i) {
        const sf::Uint32 c = s[i];
        if ((c >= U'a' && c <= U'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7))
            s[i] = c - 0x20;
    }
    const std::basic_string<sf::Uint8> bytes = s.toUtf8();
    return std::string(bytes.begin(), bytes.end());
}

std::vector<AreaLabel> countryNameLabels(const MapScene& scene, const view::Camera& camera, story::Language language) {
    std::vector<AreaLabel> out;
    const double mpp = camera.metresPerPixel();
    const geo::MapBox visible = camera.visibleArea();
    for (const mapdata::SceneGeometry::CountryLabelAt& c : scene.countryLabels()) {
        if (!visible.contains(c.at))
            continue;
        // A country's typical width on screen: the side of a square of its area.
        const double widthPx = std::sqrt(c.areaKm2) * 1000.0 / mpp;
        const std::string& name = language == story::Language::Spanish ? c.es : c.en;
        AreaLabel label;
        label.position = c.at;
        label.colour = sf::Color(105, 105, 105);
        label.fitsWithinPx = 1.3 * widthPx;
        label.spreadPx = 0.35 * widthPx;
        // Two ranks in one type size, so their glyphs (with halo) are made once per picture:
        // large countries widely spaced, middle ones less. Small countries' names are left out:
        // at these scales they crowd the map and cost a glyph set each (measured ~9 ms a 1080p
        // export with a third, mixed-case size).
        if (c.areaKm2 < 1.5e5)
            continue;
        label.text = upperCase(name);
        label.sizeFactor = 0.8f;
        label.letterSpacing = c.areaKm2 >= 1.0e6 ? 2.2f : 1.4f;
        label.priority = c.areaKm2 >= 1.0e6 ? -10 : -20;
        out.push_back(std::move(label));
    }
    return out;
}

} // namespace gb::render
