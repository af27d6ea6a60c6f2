// Country and sea names: every spot where a country's name may go lies inside that country
// (Natural Earth 50m), every sea's spot lies in open water, and the Spanish names are CLDR's.
#include "mapdata/DataError.hpp"
#include "mapdata/LayerMesh.hpp"
#include "mapdata/MapNames.hpp"
#include "mapdata/PolygonIndex.hpp"
#include "mapdata/PolygonLoader.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <map>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace map_names_test {

using namespace gb;

namespace {
std::vector<mapdata::MapName> countries() { return mapdata::loadCountryNames(test::dataDir() / "shapes/country-labels.json"); }
std::vector<mapdata::MapName> seas() { return mapdata::loadSeaNames(test::dataDir() / "shapes/sea-names.json"); }

std::map<std::string, mapdata::MapName> byId(const std::vector<mapdata::MapName>& names) {
    std::map<std::string, mapdata::MapName> out;
    for (const auto& n : names)
        out[n.id] = n;
    return out;
}

struct Countries50m {
    geo::Projection plate{geo::ProjectionSpec{geo::ProjectionKind::Equirectangular, {0.0, 0.0}}};
    mapdata::FeatureCollection features = mapdata::loadPolygons(test::dataDir() / "shapes/countries-50m.fgb");
    mapdata::LayerMesh mesh = mapdata::buildLayerMesh(features, plate, {});
    mapdata::PolygonIndex index{mesh};
};
} // namespace

TEST(MapNames, CountryNamesInBothLanguages) {
    const auto names = byId(countries());
    EXPECT_EQ(names.at("643").en, "Russia");
    EXPECT_EQ(names.at("643").es, "Rusia");           // CLDR's short name, not ISO's "Federación de Rusia"
    EXPECT_EQ(names.at("408").es, "Corea del Norte"); // not "República Popular Democrática de Corea"
    EXPECT_EQ(names.at("392").es, "Japón");
    EXPECT_GT(names.at("643").areaKm2, 1.5e7);
    EXPECT_EQ(names.at("643").kind, mapdata::NameKind::Country);
}

TEST(MapNames, ACountryHasSpotsFromTheMostRoomToTheLeast) {
    const auto names = byId(countries());
    const mapdata::MapName& russia = names.at("643");
    ASSERT_GT(russia.spots.size(), 400u); // a 2-degree grid over 17 million km2
    EXPECT_NEAR(russia.spots[0].at.lon, 94.488, 1e-9); // the pole of inaccessibility first
    EXPECT_NEAR(russia.spots[0].at.lat, 63.608, 1e-9);
    for (std::size_t i = 2; i < russia.spots.size(); ++i)
        ASSERT_GE(russia.spots[i - 1].km, russia.spots[i].km) << i;
    // Near Kursk there is a spot a zoomed slide of the oblast can use.
    bool nearKursk = false;
    for (const auto& s : russia.spots)
        nearKursk = nearKursk || (std::abs(s.at.lon - 36.0) <= 2.0 && std::abs(s.at.lat - 52.0) <= 2.0);
    EXPECT_TRUE(nearKursk);
}

TEST(MapNames, EveryCountrySpotLiesInItsCountry) {
    const Countries50m world;
    int checked = 0;
    for (const mapdata::MapName& n : countries())
        for (const mapdata::NameSpot& s : n.spots) {
            const auto feature = world.index.featureAt(*world.plate.forward(s.at));
            ASSERT_TRUE(feature) << n.en << " at " << s.at.lon << ", " << s.at.lat;
            ASSERT_EQ(world.features.features[*feature].name, n.en) << s.at.lon << ", " << s.at.lat;
            ++checked;
        }
    EXPECT_GT(checked, 3500);
}

TEST(MapNames, EverySeaNameLiesInOpenWater) {
    const Countries50m world;
    const auto names = byId(seas());
    ASSERT_EQ(names.size(), 24u);
    for (const auto& [id, n] : names) {
        ASSERT_EQ(n.spots.size(), 1u);
        EXPECT_FALSE(world.index.featureAt(*world.plate.forward(n.spots[0].at))) << n.en << " lies on land";
        EXPECT_GE(n.spots[0].km, 50.0) << n.en;
    }
    EXPECT_EQ(names.at("IHO52").en, "Sea of Japan");
    EXPECT_EQ(names.at("IHO52").es, "Mar de Japón");
    EXPECT_EQ(names.at("IHO57").kind, mapdata::NameKind::Ocean);
    EXPECT_EQ(names.at("IHO30").kind, mapdata::NameKind::Sea);
    // Okhotsk's IHO box reaches into the Pacific; its name stays in the sea (north of 50°N, west of Kamchatka).
    EXPECT_GT(names.at("IHO54").spots[0].at.lat, 50.0);
    EXPECT_LT(names.at("IHO54").spots[0].at.lon, 155.0);
}

TEST(MapNames, ABadFileIsNamed) {
    test::ScratchDir dir;
    const auto file = dir.write("labels.json", R"({"countries": [{"id": "1"}]})");
    try {
        (void)mapdata::loadCountryNames(file);
        FAIL();
    } catch (const mapdata::DataError& e) {
        EXPECT_EQ(std::string(e.what()).rfind(file.string() + ": not a country names file", 0), 0u) << e.what();
    }
    const auto sea = dir.write("seas.json", R"({"seas": [{"id": "IHO1", "en": "Baltic Sea"}]})");
    try {
        (void)mapdata::loadSeaNames(sea);
        FAIL();
    } catch (const mapdata::DataError& e) {
        EXPECT_EQ(std::string(e.what()).rfind(sea.string() + ": not a sea names file", 0), 0u) << e.what();
    }
}

} // namespace map_names_test
