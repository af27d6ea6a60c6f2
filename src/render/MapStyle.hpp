#pragma once
// The look of the base map: colours and line widths that are not part of a story.

#include <SFML/Graphics/Color.hpp>

namespace gb::render {

struct MapStyle {
    sf::Color background{222, 228, 233};   //!< outside the projection's domain
    sf::Color sea{170, 203, 226};
    sf::Color border{88, 88, 88, 230};     //!< country borders and coasts
    sf::Color markedBorder{30, 30, 30};    //!< countries the story marks (Belgium)
    sf::Color graticule{255, 255, 255, 110};
    sf::Color markerFill{33, 33, 33};
    sf::Color markerRing{255, 255, 255};
    sf::Color labelText{25, 25, 25};
    sf::Color labelHalo{255, 255, 255, 220};
    float borderWidth = 1.0f;              //!< pixels at scale 1
    float markedBorderWidth = 2.0f;
    float regionOutlineWidth = 2.0f;
    float graticuleWidth = 1.0f;
    float markerRadius = 4.5f;
    unsigned labelSize = 15;               //!< character size in pixels at scale 1
    //! The smallest labels get whatever the scale (pixels): places, and names of areas (countries,
    //! seas, regions), so a small-scale export still reads from the back row.
    float labelFloor = 12.0f;
    float areaLabelFloor = 10.0f;
};

} // namespace gb::render
