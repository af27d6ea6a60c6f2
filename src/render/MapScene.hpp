#pragma once
// The base map on the GPU: sea, countries coloured by story role, highlighted regions, borders
// and graticule for one projection and level of detail. Uploaded once; drawing only binds
// buffers, so a frame costs no CPU work proportional to the data.

#include "mapdata/SceneGeometry.hpp"
#include "render/FrameOptions.hpp"
#include "render/GpuMesh.hpp"
#include "render/LineShader.hpp"
#include "render/MapStyle.hpp"
#include "story/Story.hpp"
#include "view/Camera.hpp"
#include "view/Legend.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/View.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace gb::render {

//! The SFML view that shows what the camera shows (projected metres, y up).
[[nodiscard]] sf::View mapView(const view::Camera& camera);

class MapScene {
public:
    //! Needs an active GL context (any window or render texture). The line shader is shared by
    //! all scenes of a context: compiling it costs software GL ~20 ms. Uploads the triangles and
    //! lines of `geometry` and frees each as soon as the GPU has it (the 10m level's fills would
    //! otherwise sit in memory next to their GPU copy); ids, points and fill rings stay.
    MapScene(mapdata::SceneGeometry& geometry, const story::Story& story, const MapStyle& style,
             std::shared_ptr<LineShader> lineShader);

    //! Fills the target (or the part of it `viewport` names, as fractions of its size: the
    //! camera's pixels must match that part's; the caller's scissor keeps the clear in it):
    //! clears it to the sea colour, then draws everything else.
    void draw(sf::RenderTarget& target, const view::Camera& camera, const FrameOptions& options,
              const sf::FloatRect& viewport = sf::FloatRect(0.f, 0.f, 1.f, 1.f)) const;

    //! Draws one country's or region's outline on top (the selection's or the hover's highlight).
    void drawCountryOutline(sf::RenderTarget& target, const view::Camera& camera, std::size_t country, sf::Color colour,
                            float widthPx) const;
    void drawRegionOutline(sf::RenderTarget& target, const view::Camera& camera, std::size_t region, sf::Color colour,
                           float widthPx) const;

    [[nodiscard]] const geo::ProjectionSpec& projection() const { return projection_; }
    //! SceneGeometry::userCountriesCredit: empty for our own shapes.
    [[nodiscard]] const std::string& userCountriesCredit() const { return userCountriesCredit_; }
    [[nodiscard]] mapdata::DetailLevel level() const { return level_; }
    [[nodiscard]] std::size_t triangleCount() const;
    //! The centre of a region's area (projected metres), for its label; nullopt when it has none
    //! in this projection and level.
    //! A hatched region's rings (projected metres) and its stripes' colour: the frame draws the
    //! stripes over the base map (HatchOverlay), a fixed number of pixels apart at any zoom.
    struct HatchedArea {
        std::vector<std::vector<geo::MapPoint>> rings;
        geo::MapBox bounds;
        sf::Color colour;
    };
    [[nodiscard]] const std::vector<HatchedArea>& hatchedAreas() const { return hatched_; }
    //! Country and sea names with the spots where they may go (projected metres).
    [[nodiscard]] const std::vector<mapdata::SceneGeometry::MapNameAt>& mapNames() const { return names_; }
    //! The roles of the countries and the regions that reach into `visible` (projected metres,
    //! by their bounds): what a legend of this picture lists.
    [[nodiscard]] view::LegendScope legendScope(const story::Story& story, const geo::MapBox& visible) const;
    [[nodiscard]] std::optional<geo::MapPoint> regionAnchor(std::size_t region) const {
        return region < regionAnchors_.size() ? regionAnchors_[region] : std::nullopt;
    }

private:
    struct Region {
        std::unique_ptr<GpuFill> fill;
        std::unique_ptr<GpuLines> outline;
    };

    geo::ProjectionSpec projection_;
    mapdata::DetailLevel level_;
    MapStyle style_;
    std::shared_ptr<LineShader> lineShader_; // mutable uniforms: set before each layer's draw
    std::unique_ptr<GpuFill> outside_; // background beyond the projection's edge; the sea is the clear colour
    std::unique_ptr<GpuFill> countries_;
    std::unique_ptr<GpuLines> borders_;
    std::unique_ptr<GpuLines> graticule_;
    std::vector<Region> regions_;
    std::vector<std::optional<geo::MapPoint>> regionAnchors_; //!< where a region's label goes
    std::vector<HatchedArea> hatched_;
    std::vector<mapdata::SceneGeometry::MapNameAt> names_;
    std::string userCountriesCredit_;
    std::vector<std::pair<geo::MapBox, std::string>> countryBounds_; //!< bounds, id
    std::vector<geo::MapBox> regionBounds_;
    std::vector<GpuLines::LineRange> countryLines_; //!< per country: its polylines in borders_
    std::vector<GpuLines::LineRange> markedLines_;  //!< those of the story's marked countries
};

} // namespace gb::render
