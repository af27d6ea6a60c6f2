#include "render/AreaNames.hpp"

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

namespace {

using mapdata::NameKind;
using Name = mapdata::SceneGeometry::MapNameAt;

//! How a kind of name looks and ranks.
void styleFor(const Name& name, AreaLabel& label) {
    label.sizeFactor = 0.8f;
    label.halo = false; // no stroked glyphs to make: a country's name is quiet
    switch (name.kind) {
    case NameKind::Ocean:
        label.colour = sf::Color(55, 95, 135);
        label.italic = true;
        label.letterSpacing = 2.6f;
        label.priority = -15;
        break;
    case NameKind::Sea:
        label.colour = sf::Color(55, 95, 135);
        label.italic = true;
        label.letterSpacing = 1.6f;
        label.priority = -25;
        break;
    case NameKind::Country:
        const bool large = name.areaKm2 >= 1.0e6, middle = name.areaKm2 >= 1.5e5;
        label.letterSpacing = large ? 2.2f : middle ? 1.4f : 1.0f;
        label.priority = large ? -10 : middle ? -20 : -30;
        break;
    }
}

//! Where the name may go at this scale, best first. A spot's room is its distance from the
//! area's edges; a country's label point may also use the country's typical width (the side of
//! a square of its area), as a long country's room is more than its narrowest width.
std::vector<AreaSpot> spotsFor(const Name& name, double metresPerPixel) {
    std::vector<AreaSpot> out;
    for (std::size_t i = 0; i < name.spots.size(); ++i) {
        const double roomPx = name.spots[i].km * 1000.0 / metresPerPixel;
        AreaSpot spot{name.spots[i].at, 2.6 * roomPx, 0.5 * roomPx};
        if (i == 0 && name.kind == NameKind::Country) {
            const double widthPx = std::sqrt(name.areaKm2) * 1000.0 / metresPerPixel;
            spot.fitsWithinPx = std::max(spot.fitsWithinPx, 1.3 * widthPx);
            spot.spreadPx = std::max(spot.spreadPx, 0.35 * widthPx);
        }
        out.push_back(spot);
    }
    return out;
}

//! A country's name in a dark shade of its own fill, as news maps write it: readable on Japan's
//! red and North Korea's purple as on the neutral grey, and saying which shape it names.
sf::Color countryNameColour(const story::Story& story, const std::string& id) {
    const auto role = story.countryRoles.find(id);
    const std::string& roleId = role == story.countryRoles.end() ? story.defaultRole : role->second;
    sf::Color fill(205, 200, 190);
    for (const story::Role& r : story.roles)
        if (r.id == roleId)
            fill = sf::Color(r.fill.r, r.fill.g, r.fill.b);
    const auto shade = [](sf::Uint8 c) { return static_cast<sf::Uint8>(c * 0.42); };
    return {shade(fill.r), shade(fill.g), shade(fill.b)};
}

} // namespace

std::vector<AreaLabel> areaNameLabels(const MapScene& scene, const story::Story& story, const view::Camera& camera,
                                      story::Language language) {
    std::vector<AreaLabel> out;
    const double mpp = camera.metresPerPixel();
    const geo::MapBox visible = camera.visibleArea();
    for (const Name& name : scene.mapNames()) {
        AreaLabel label;
        for (const AreaSpot& spot : spotsFor(name, mpp))
            if (visible.contains(spot.position))
                label.spots.push_back(spot);
        if (label.spots.empty())
            continue;
        label.text = upperCase(language == story::Language::Spanish ? name.es : name.en);
        styleFor(name, label);
        if (name.kind == NameKind::Country)
            label.colour = countryNameColour(story, name.id);
        out.push_back(std::move(label));
    }
    return out;
}

} // namespace gb::render
