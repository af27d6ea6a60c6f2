// A seeded mutation fuzzer for a user's map data (--shapes): the countries file is whatever a
// user found, so every mutation of a real GeoJSON must end in map geometry or a DataError, never
// in another exception, a crash, a sanitizer report or a long load. Each case goes the way an
// export's does: our fast GeoJSON reader (or GDAL's, when it declines), the countries
// identified by their fields, the rings made safe (antimeridian, poles), then clipped,
// projected and tessellated, in a regional and in a globe projection.
//
//   geobrief_shapes_fuzz [--seconds S] [--seed N] [--save FAILING_CASE] SEED_FILE...

#include "MutationFuzz.hpp"
#include "TestFiles.hpp"
#include "geo/Projection.hpp"
#include "mapdata/CountryCodes.hpp"
#include "mapdata/DataError.hpp"
#include "mapdata/LayerMesh.hpp"
#include "mapdata/PolygonLoader.hpp"

#include <filesystem>

namespace {
using namespace gb;

//! Values a polygon file is made of, beside those that break any parser.
std::vector<std::string> shapeTokens() {
    std::vector<std::string> tokens = fuzz::parserBreakers;
    tokens.insert(tokens.end(), {"180.0", "-180.0", "180.0000001", "90.0", "-90.0", "[0.0, 0.0]", "[[0, 0], [0, 0]]",
                                 "[[[0, 0], [1, 0], [0, 0]]]", "[[[]]]", "\"Polygon\"", "\"MultiPolygon\"",
                                 "\"Point\"", "\"GeometryCollection\"", "\"Feature\"", "\"392\"", "392", "\"JPN\"",
                                 "\"name\": \"x\"", "{\"type\": \"name\", \"properties\": {\"name\": \"EPSG:3857\"}}"});
    return tokens;
}

//! Loads one case and meshes it. Returns whether the file was accepted.
bool exercise(const std::string& text, const std::filesystem::path& file, const mapdata::CountryCodes& codes,
              const geo::Projection& regional, const geo::Projection& globe) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    try {
        mapdata::LoadRequest request;
        request.identifyWith = &codes;
        const mapdata::FeatureCollection features = mapdata::loadPolygons(file, request);
        (void)mapdata::buildLayerMesh(features, regional);
        (void)mapdata::buildLayerMesh(features, globe);
        return true;
    } catch (const mapdata::DataError&) {
        return false; // the expected way to refuse a file
    }
}

} // namespace

int main(int argc, char** argv) {
    const fuzz::Settings settings = fuzz::settingsFrom(argc, argv, "shapes-fuzz-failure.geojson");
    const mapdata::CountryCodes codes =
        mapdata::CountryCodes::load(test::shapesDir() / "country-codes.json");
    const geo::Projection regional(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const geo::Projection globe(geo::ProjectionSpec{geo::ProjectionKind::Orthographic, {170.0, 60.0}});
    const test::ScratchDir folder; // the case's file, removed at the end
    const std::filesystem::path file = folder.path() / "countries.geojson";
    // The loader's warnings (rings skipped, countries not identified) are its normal answer to
    // a damaged file; thousands of them would bury the summary.
    std::ostringstream warnings;
    std::streambuf* const shown = std::cerr.rdbuf(warnings.rdbuf());
    const int result = fuzz::runMutationFuzz("shapes", settings, shapeTokens(), [&](const std::string& text) {
        warnings.str({});
        return exercise(text, file, codes, regional, globe);
    });
    std::cerr.rdbuf(shown);
    return result;
}
