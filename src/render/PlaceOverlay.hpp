#pragma once
// Place markers and their labels, drawn in screen pixels on top of the map. Labels are placed
// every frame (cheap: a handful of places) so they never overlap at any zoom.

#include "render/PlaceScratch.hpp"
#include "render/Fonts.hpp"
#include "render/FrameOptions.hpp"
#include "mapdata/SceneGeometry.hpp"
#include "render/MapStyle.hpp"
#include "story/Story.hpp"
#include "view/Camera.hpp"
#include "view/LabelPlacer.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <SFML/Graphics/Color.hpp>

#include <optional>
#include <string>
#include <vector>

namespace gb::render {

struct PlaceOnMap {
    const story::Place* place = nullptr;
    std::optional<geo::MapPoint> position; //!< nullopt when the projection hides it
};

//! story.places with positions from geometry.points (built from the same story).
[[nodiscard]] std::vector<PlaceOnMap> placesOnMap(const story::Story& story, const mapdata::SceneGeometry& geometry);

//! Where an area's label may go: a point, the widest text that fits there, and how far the
//! label may move left or right to find room.
struct AreaSpot {
    geo::MapPoint position;  //!< projected metres: the label is centred on it
    double fitsWithinPx = 0; //!< shown here only when its text is at most this wide; 0: always
    double spreadPx = 0;
};

//! A label written on an area: a region's status ("Crimea: occupied by Russia since 2014"), a
//! country's or a sea's name. Placed with the place labels so neither hides the other.
struct AreaLabel {
    std::string text;
    std::vector<AreaSpot> spots; //!< tried in order: the first on screen, clear of the overlay boxes, that fits
    sf::Color colour{90, 35, 35};
    float sizeFactor = 1.0f;    //!< of the place labels' size
    float letterSpacing = 1.0f; //!< SFML's factor: 1 normal, 2 spaced capitals
    int priority = 5;           //!< places start at 1; country names rank below them
    bool halo = true;           //!< a white halo around the letters
    bool italic = false;        //!< seas and oceans
    //! Beside its spot rather than on it (a route's label next to its line), this far from it.
    bool beside = false;
    double gapPx = 0;
    //! A small area's status, on its area or on a leader line to it (view::LabelRequest).
    bool leaderWhenMoved = false;
};

//! A label as drawn: its text, where (screen pixels), and what it names.
struct DrawnLabel {
    std::string text;
    view::ScreenRect box;
    bool place = true;   //!< a place's name (else an area's: region, country, sea)
    bool leader = false; //!< hangs on a leader line from its marker
    std::string placeId; //!< the place's id, for a place's name
};

//! What drawPlaces put on the picture: for tests and tools that check the layout.
struct DrawnPlaces {
    std::vector<view::ScreenRect> markers;
    std::vector<std::string> markerIds; //!< the place of each marker
    std::vector<DrawnLabel> labels;
};

//! `obstacles`: what labels keep clear of (overlay boxes, arrowheads, the story's lines).
//! `mustLabel`: ids of places the picture's caption or title names, labelled first.
//! `scratch`: what the window keeps from frame to frame (marker atlas, measured names), or none.
DrawnPlaces drawPlaces(sf::RenderTarget& target, const view::Camera& camera, const std::vector<PlaceOnMap>& places,
                const std::vector<AreaLabel>& areaLabels, const Fonts& fonts, const MapStyle& style,
                const FrameOptions& options, const view::LabelObstacles& obstacles = {},
                const std::vector<std::string>& mustLabel = {}, PlaceScratch* scratch = nullptr);

} // namespace gb::render
