// Country names: every label point lies inside its own country (Natural Earth 50m), and the
// Spanish names come from iso-codes.
#include "mapdata/CountryLabels.hpp"
#include "mapdata/DataError.hpp"
#include "mapdata/LayerMesh.hpp"
#include "mapdata/PolygonIndex.hpp"
#include "mapdata/PolygonLoader.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace gb;

namespace {
std::vector<mapdata::CountryLabel> labels() { return mapdata::loadCountryLabels(test::dataDir() / "shapes/country-labels.json"); }
} // namespace

TEST(CountryLabels, NamesInBothLanguages) {
    std::map<std::string, mapdata::CountryLabel> byId;
    for (const auto& l : labels())
        byId[l.id] = l;
    EXPECT_EQ(byId.at("643").en, "Russia");
    EXPECT_EQ(byId.at("643").es, "Federación Rusa");
    EXPECT_EQ(byId.at("392").es, "Japón");
    EXPECT_EQ(byId.at("410").es, "República de Corea"); // ISO's "Corea, República de", in reading order
    EXPECT_GT(byId.at("643").areaKm2, 1.5e7);
}

TEST(CountryLabels, EveryLabelPointLiesInItsCountry) {
    const geo::Projection plate(geo::ProjectionSpec{geo::ProjectionKind::Equirectangular, {0.0, 0.0}});
    const mapdata::FeatureCollection countries = mapdata::loadPolygons(test::dataDir() / "shapes/countries-50m.fgb");
    const mapdata::LayerMesh mesh = mapdata::buildLayerMesh(countries, plate, {});
    const mapdata::PolygonIndex index(mesh);
    int checked = 0;
    for (const mapdata::CountryLabel& l : labels()) {
        const auto feature = index.featureAt(*plate.forward(l.at));
        ASSERT_TRUE(feature) << l.en << " at " << l.at.lon << ", " << l.at.lat;
        EXPECT_EQ(countries.features[*feature].name, l.en);
        ++checked;
    }
    EXPECT_GT(checked, 230);
}

TEST(CountryLabels, ABadFileIsNamed) {
    test::ScratchDir dir;
    const auto file = dir.write("labels.json", R"({"countries": [{"id": "1"}]})");
    try {
        (void)mapdata::loadCountryLabels(file);
        FAIL();
    } catch (const mapdata::DataError& e) {
        EXPECT_EQ(std::string(e.what()).rfind(file.string() + ": not a country names file", 0), 0u) << e.what();
    }
}
