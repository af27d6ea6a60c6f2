#pragma once
// Everything the base map needs for one projection and one level of detail, built on the CPU
// (in a worker thread when it is slow) and handed to the renderer to upload once.

#include "geo/Projection.hpp"
#include "mapdata/DetailLevel.hpp"
#include "mapdata/LayerMesh.hpp"
#include "mapdata/MapNames.hpp"
#include "mapdata/PolygonIndex.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gb::mapdata {

//! One feature of one polygon file, e.g. {"russia-regions", "RU.KRS"}.
struct RegionRequest {
    std::string shapes;  //!< file stem in the shapes folder, or a path to a file
    std::string feature; //!< feature id in that file
};

//! A countries file read once for several scenes (a user's one file serves every level).
struct CountriesRead {
    FeatureCollection countries;
    std::vector<std::string> warnings; //!< given with each scene built from it
};

struct SceneRequest {
    std::filesystem::path shapes;       //!< folder with countries-LEVEL.fgb, or one polygon file
    std::string shapesCrs;              //!< the countries file's CRS (empty: as the file declares)
    std::filesystem::path regionFolder; //!< where region files (stem-LEVEL.fgb) are looked up
    std::vector<RegionRequest> regions;
    std::vector<geo::LonLat> points;    //!< places to project
    std::filesystem::path countryNames; //!< country-labels.json; empty: no country names
    std::filesystem::path seaNames;     //!< sea-names.json; empty: no sea names
    //! country-codes.json: the countries' ids become ISO numeric codes found from their fields;
    //! empty: the file's `id` field is taken as it is.
    std::filesystem::path countryCodes;
    //! A user's countries (not our shapes/): the warnings also say which fields named the
    //! countries and which of `expectedCountries` (the story's) the file lacks.
    bool userCountries = false;
    std::vector<std::string> expectedCountries;
    //! Set: the countries as already read (readSceneCountries), instead of reading the file.
    std::shared_ptr<const CountriesRead> countriesRead;
    geo::ProjectionSpec projection;
    DetailLevel level = DetailLevel::Medium;
    bool pickIndexes = false; //!< also build countryIndex/regionIndexes (exports do not pick)
    unsigned workers = 0;     //!< threads for the country mesh; 0: two for 10m, one otherwise
    MeshOptions mesh;         //!< for one picture: simplify and leave out what it does not show
};

struct SceneGeometry {
    geo::ProjectionSpec projection;
    DetailLevel level = DetailLevel::Medium;
    std::string countriesFile;
    //! For a user's countries (SceneRequest::userCountries): what pictures credit for them, the
    //! file's name and the licence or source it declares ("world.gpkg (LICENSE: CC-BY 4.0)").
    //! Empty for our own shapes, which the story credits.
    std::string userCountriesCredit;
    std::vector<std::string> countryIds; //!< parallel to countries.features
    std::vector<std::string> countryNames; //!< parallel to countries.features
    LayerMesh countries;
    std::vector<LayerMesh> regions;      //!< parallel to the request's regions (one feature each)
    Polylines graticule;
    std::vector<MeshPoint> outside;      //!< around the projection's domain, tessellated
    std::vector<std::optional<geo::MapPoint>> points; //!< nullopt: not visible in this projection
    //! Country and sea names with their spots, projected (the spots the projection shows).
    struct NameSpotAt {
        geo::MapPoint at;
        double km = 0;
    };
    struct MapNameAt {
        std::string id, en, es;
        NameKind kind = NameKind::Country;
        std::vector<NameSpotAt> spots; //!< the best first, then from the most room to the least
        double areaKm2 = 0;
    };
    std::vector<MapNameAt> names;
    geo::MapBox world;                   //!< the projection's extent
    //! For picking: which country / region covers a projected point (kept after upload).
    std::shared_ptr<const PolygonIndex> countryIndex;
    std::vector<std::shared_ptr<const PolygonIndex>> regionIndexes; //!< parallel to regions
    std::vector<std::string> warnings;   //!< "file: what was worked around"
};

//! Loads and builds. Throws DataError for a countries file that cannot be used. A region that
//! cannot be loaded (missing file, unknown feature) is left out with a warning: the map is
//! still worth showing.
[[nodiscard]] SceneGeometry buildSceneGeometry(const SceneRequest& request);

//! Reads the request's countries file as buildSceneGeometry does (ids made ISO codes, the
//! identity and missing countries reported for a user's file), for several scenes to share.
//! Throws DataError as loadPolygons does.
[[nodiscard]] CountriesRead readSceneCountries(const SceneRequest& request);

} // namespace gb::mapdata
