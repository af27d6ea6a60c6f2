#include "mapdata/SceneGeometry.hpp"

#include "geo/GeoClip.hpp"
#include "mapdata/CountryCodes.hpp"
#include "mapdata/DataError.hpp"
#include "mapdata/MapNames.hpp"
#include "mapdata/PolygonLoader.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <map>

namespace gb::mapdata {
namespace {

constexpr double graticuleStepDegrees = 10.0;

std::filesystem::path resolve(const std::filesystem::path& folderOrFile, const std::string& stem, DetailLevel level) {
    const ShapeSource source(folderOrFile, stem);
    if (auto file = source.fileFor(level))
        return *file;
    throw DataError((folderOrFile / (stem + "-" + std::string(suffix(level)) + ".fgb")).string(),
                    "no such file (expected " + stem + "-110m.fgb, -50m.fgb or -10m.fgb in " +
                        folderOrFile.string() + ")");
}

void addWarnings(const FeatureCollection& c, std::vector<std::string>& out) {
    for (const std::string& w : c.warnings)
        out.push_back(c.source + ": " + w);
}

//! Whether a name may go at `p`: in the projection's domain and, on a globe, within 60 degrees
//! of the centre (nearer the horizon a name is squeezed and runs off the disc).
bool nameSpotShows(geo::LonLat p, const geo::ProjectionDomain& domain) {
    if (!geo::isInDomain(p, domain))
        return false;
    if (!domain.hemisphereCentre)
        return true;
    constexpr double degree = 3.14159265358979323846 / 180.0;
    const geo::LonLat c = *domain.hemisphereCentre;
    const double cosAngle = std::sin(p.lat * degree) * std::sin(c.lat * degree) +
                            std::cos(p.lat * degree) * std::cos(c.lat * degree) * std::cos((p.lon - c.lon) * degree);
    return cosAngle >= std::cos(60.0 * degree);
}

//! The names in `file` with the spots this projection shows; a name without any is left out.
void addNames(SceneGeometry& scene, const std::filesystem::path& file,
              std::vector<MapName> (*load)(const std::filesystem::path&), const geo::Projection& projection) {
    if (file.empty())
        return;
    try {
        for (const MapName& name : load(file)) {
            SceneGeometry::MapNameAt projected{name.id, name.en, name.es, name.kind, {}, name.areaKm2};
            for (const NameSpot& spot : name.spots)
                if (nameSpotShows(spot.at, projection.domain()))
                    if (const auto at = projection.forward(spot.at))
                        projected.spots.push_back({*at, spot.km});
            if (!projected.spots.empty())
                scene.names.push_back(std::move(projected));
        }
    } catch (const DataError& e) {
        scene.warnings.push_back(e.what()); // the map is still worth showing without names
    }
}

//! The story's countries `countries` lacks, in one line (a whole-world read only: a read
//! around a view lacks most of the world by design).
void reportMissingCountries(const FeatureCollection& countries, const SceneRequest& request,
                            const CountryCodes& codes, std::vector<std::string>& warnings) {
    std::string missing;
    int count = 0;
    for (const std::string& id : request.expectedCountries)
        if (!countries.find(id))
            missing += (count++ == 0 ? "" : ", ") + codes.nameOf(id) + " (" + id + ")";
    if (count > 0)
        warnings.push_back(countries.source + ": " + std::to_string(count) + " of the story's " +
                           std::to_string(request.expectedCountries.size()) +
                           " countries are not in it, so their roles are not drawn: " + missing);
}

//! The countries, with ids made ISO numeric codes when the request has the codes to match.
FeatureCollection loadCountries(const std::filesystem::path& file, const SceneRequest& request,
                                std::vector<std::string>& warnings) {
    std::optional<CountryCodes> codes;
    if (!request.countryCodes.empty()) {
        try {
            codes = CountryCodes::load(request.countryCodes);
        } catch (const DataError& e) {
            warnings.push_back(e.what()); // ids are then taken as the file writes them
        }
    }
    FeatureCollection countries =
        loadPolygons(file, LoadRequest{request.mesh.clipTo, request.shapesCrs, codes ? &*codes : nullptr});
    addWarnings(countries, warnings);
    if (request.userCountries && !countries.identity.empty())
        warnings.push_back(countries.source + ": " + countries.identity);
    if (request.userCountries && codes && request.mesh.clipTo.empty())
        reportMissingCountries(countries, request, *codes, warnings);
    return countries;
}

} // namespace

SceneGeometry buildSceneGeometry(const SceneRequest& request) {
    SceneGeometry scene;
    scene.projection = request.projection;
    scene.level = request.level;
    const geo::Projection projection(request.projection);

    // The regions (a few small features) are built on their own thread meanwhile.
    struct Regions {
        std::vector<LayerMesh> meshes; //!< parallel to the request's regions (empty if left out)
        std::vector<std::string> warnings;
    };
    auto regions = std::async(std::launch::async, [&request] {
        const geo::Projection projection(request.projection);
        Regions out;
        // Regions usually share a file (the Far East and Kursk both come from russia-regions):
        // each file is loaded, and its warnings given, once.
        std::map<std::filesystem::path, FeatureCollection> loaded;
        for (const RegionRequest& region : request.regions) {
            try {
                const std::filesystem::path file = std::filesystem::path(region.shapes).has_extension()
                                                       ? std::filesystem::path(region.shapes)
                                                       : resolve(request.regionFolder, region.shapes, request.level);
                auto known = loaded.find(file);
                if (known == loaded.end()) {
                    known = loaded.emplace(file, loadPolygons(file, request.mesh.clipTo)).first;
                    addWarnings(known->second, out.warnings);
                }
                const FeatureCollection& all = known->second;
                const GeoFeature* feature = all.find(region.feature);
                if (!feature && !request.mesh.clipTo.empty()) {
                    // Read for an area only: the region lies elsewhere, which is no fault. A
                    // wrong id is still reported by the world levels, which read every feature.
                    out.meshes.emplace_back();
                    continue;
                }
                if (!feature)
                    throw DataError(file.string(), "has no feature with id \"" + region.feature + "\"; region left out");
                FeatureCollection one;
                one.source = all.source;
                one.features.push_back(*feature);
                out.meshes.push_back(buildLayerMesh(one, projection, request.mesh));
            } catch (const DataError& e) {
                out.warnings.push_back(e.what());
                out.meshes.emplace_back(); // keeps regions parallel to the request
            }
        }
        return out;
    });

    const std::filesystem::path countriesFile = resolve(request.shapes, "countries", request.level);
    FeatureCollection own;
    if (request.countriesRead)
        scene.warnings.insert(scene.warnings.end(), request.countriesRead->warnings.begin(),
                              request.countriesRead->warnings.end());
    else
        own = loadCountries(countriesFile, request, scene.warnings);
    const FeatureCollection& countries = request.countriesRead ? request.countriesRead->countries : own;
    scene.countriesFile = countriesFile.string();
    if (request.userCountries)
        scene.userCountriesCredit = countriesFile.filename().string() +
                                    (countries.credit.empty() ? "" : " (" + countries.credit + ")");
    for (const GeoFeature& f : countries.features) {
        scene.countryIds.push_back(f.id);
        scene.countryNames.push_back(f.name);
    }
    // 10m is the big one (~0.5 s on one core): it uses both. An export waits for its one level
    // and asks for two threads at every level.
    const unsigned workers = request.workers ? request.workers : (request.level == DetailLevel::Fine ? 2u : 1u);
    scene.countries = workers > 1 ? buildLayerMeshParallel(countries, request.projection, workers, request.mesh)
                                  : buildLayerMesh(countries, projection, request.mesh);

    Regions built = regions.get();
    scene.regions = std::move(built.meshes);
    scene.warnings.insert(scene.warnings.end(), built.warnings.begin(), built.warnings.end());

    if (request.pickIndexes) {
        scene.countryIndex = std::make_shared<const PolygonIndex>(scene.countries);
        for (const LayerMesh& region : scene.regions)
            scene.regionIndexes.push_back(std::make_shared<const PolygonIndex>(region));
    }
    // Sampled every degree so it curves with the projection, the graticule is ~12k points; most
    // of them lie on straight meridians. 10 m is invisible at the closest zoom (~20 m a pixel).
    scene.graticule =
        projectLines(geo::graticule(graticuleStepDegrees), projection, std::max(request.mesh.simplifyMetres, 10.0));
    scene.outside = buildOutsideDomainFill(projection);
    scene.world = projection.worldBounds();
    for (const geo::LonLat& p : request.points) {
        scene.points.push_back(geo::isInDomain(p, projection.domain()) ? projection.forward(p) : std::nullopt);
    }
    addNames(scene, request.countryNames, loadCountryNames, projection);
    addNames(scene, request.seaNames, loadSeaNames, projection);
    return scene;
}

CountriesRead readSceneCountries(const SceneRequest& request) {
    CountriesRead read;
    read.countries = loadCountries(resolve(request.shapes, "countries", request.level), request, read.warnings);
    return read;
}

} // namespace gb::mapdata
