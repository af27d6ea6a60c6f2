#include "mapdata/LayerMesh.hpp"
#include "mapdata/PolygonLoader.hpp"
#include "mapdata/PolygonIndex.hpp"
#include "story/StoryLoader.hpp"
#include "view/Details.hpp"
#include "view/Picker.hpp"
#include "view/SearchIndex.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace picker_test {

using namespace gb;
using namespace gb::view;

namespace {
//! A 10x10 square (feature 0) with a 4x4 hole, and a separate square (feature 1), in map metres.
mapdata::LayerMesh squares() {
    mapdata::FeatureCollection c;
    c.features.push_back({"A", "A", {{{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{3, 3}, {7, 3}, {7, 7}, {3, 7}}}}}});
    c.features.push_back({"B", "B", {{{{{20, 0}, {30, 0}, {30, 10}, {20, 10}}}}}});
    // Equirectangular with lon0=0 maps these small degree values nearly linearly; exact values
    // do not matter, only inside/outside.
    const geo::Projection eqc(geo::ProjectionSpec{geo::ProjectionKind::Equirectangular, {0.0, 0.0}});
    return mapdata::buildLayerMesh(c, eqc);
}
geo::MapPoint at(double lon, double lat) {
    const geo::Projection eqc(geo::ProjectionSpec{geo::ProjectionKind::Equirectangular, {0.0, 0.0}});
    return *eqc.forward({lon, lat});
}
} // namespace

TEST(PolygonIndex, PointInPolygonWithHoles) {
    const mapdata::PolygonIndex index(squares());
    EXPECT_EQ(index.featureAt(at(1, 1)), 0u);
    EXPECT_EQ(index.featureAt(at(5, 5)), std::nullopt); // in the hole
    EXPECT_EQ(index.featureAt(at(8.5, 5)), 0u);
    EXPECT_EQ(index.featureAt(at(25, 5)), 1u);
    EXPECT_EQ(index.featureAt(at(15, 5)), std::nullopt);
    EXPECT_EQ(index.featureAt(at(-5, 5)), std::nullopt);
}

TEST(PolygonIndex, RussiaOnBothSidesOfTheAntimeridian) {
    const auto countries = mapdata::loadPolygons(test::shapesDir() / "countries-50m.fgb");
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const mapdata::LayerMesh mesh = mapdata::buildLayerMesh(countries, lambert);
    const mapdata::PolygonIndex index(mesh);
    const auto russia = static_cast<std::size_t>(countries.find("643") - countries.features.data());
    EXPECT_EQ(index.featureAt(*lambert.forward({177.0, 66.0})), russia);  // Chukotka, west of 180°
    EXPECT_EQ(index.featureAt(*lambert.forward({-178.0, 66.5})), russia); // and east of it
    const auto japan = static_cast<std::size_t>(countries.find("392") - countries.features.data());
    EXPECT_EQ(index.featureAt(*lambert.forward({138.0, 36.2})), japan);
    EXPECT_EQ(index.featureAt(*lambert.forward({150.0, 30.0})), std::nullopt); // the Pacific
}

TEST(PolygonIndex, AgreesWithTheDrawnTrianglesOnEveryCountryAt50m) {
    // The centre of every drawn triangle (all 88k of them, Lambert) must be picked as the
    // triangle's country. Slivers are left out: their centre may sit within float rounding of
    // an edge.
    const auto countries = mapdata::loadPolygons(test::shapesDir() / "countries-50m.fgb");
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const mapdata::LayerMesh mesh = mapdata::buildLayerMesh(countries, lambert);
    const mapdata::PolygonIndex index(mesh);
    std::size_t checked = 0, wrong = 0;
    for (std::size_t f = 0; f < mesh.features.size(); ++f)
        for (std::uint32_t i = mesh.features[f].fillBegin; i + 3 <= mesh.features[f].fillEnd; i += 3) {
            const mapdata::MeshPoint a = mesh.fill[i], b = mesh.fill[i + 1], c = mesh.fill[i + 2];
            const double area2 = std::abs((double(b.x) - a.x) * (double(c.y) - a.y) - (double(c.x) - a.x) * (double(b.y) - a.y));
            const double longest = std::max({std::hypot(double(b.x) - a.x, double(b.y) - a.y),
                                             std::hypot(double(c.x) - b.x, double(c.y) - b.y),
                                             std::hypot(double(a.x) - c.x, double(a.y) - c.y)});
            if (area2 / longest < 50.0) // the triangle's height under 50 m
                continue;
            const geo::MapPoint centre{(double(a.x) + b.x + c.x) / 3, (double(a.y) + b.y + c.y) / 3};
            ++checked;
            wrong += index.featureAt(centre) != f;
        }
    EXPECT_GT(checked, 80000u);
    EXPECT_EQ(wrong, 0u);
}

TEST(PolygonIndex, KeepsFewerPointsThanHalfTheTriangleCorners) {
    const auto countries = mapdata::loadPolygons(test::shapesDir() / "countries-50m.fgb");
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const mapdata::LayerMesh mesh = mapdata::buildLayerMesh(countries, lambert);
    EXPECT_LT(mesh.fillRings.points.size() * 2, mesh.fill.size()); // rings: < half the triangle corners
}

TEST(Picker, MarkerRadiusIsInScreenPixelsAtEveryZoom) {
    PickScene scene;
    scene.places = {geo::MapPoint{0, 0}};
    for (double mpp : {10000.0, 100.0}) {
        const Camera camera({0, 0}, mpp, 800, 600);
        EXPECT_EQ(pick(scene, camera, {400 + 8, 300}).kind, PickItem::Kind::Place) << mpp;
        EXPECT_EQ(pick(scene, camera, {400 + 11, 300}).kind, PickItem::Kind::None) << mpp;
    }
}

TEST(Picker, FlowBetweenTwoMarkersAndPriority) {
    std::vector<FlowGeometry> flows(1);
    flows[0].flow = 0;
    LegPath leg;
    leg.pieces = {{{-100000, 0}, {100000, 0}}};
    leg.length = 200000;
    leg.dates = {0, 0};
    flows[0].legs.push_back(leg);
    PickScene scene;
    scene.places = {geo::MapPoint{-100000, 0}, geo::MapPoint{100000, 0}};
    scene.flows = &flows;
    scene.storyDay = 10;
    scene.regionAt = [](geo::MapPoint) { return std::optional<std::size_t>(0); };
    scene.countryAt = [](geo::MapPoint) { return std::optional<std::size_t>(7); };
    const Camera camera({0, 0}, 1000, 800, 600); // the markers at x = 300 and 500
    EXPECT_EQ(pick(scene, camera, {300, 300}), (PickItem{PickItem::Kind::Place, 0}));   // marker over flow
    EXPECT_EQ(pick(scene, camera, {400, 304}), (PickItem{PickItem::Kind::Flow, 0}));    // on the line
    EXPECT_EQ(pick(scene, camera, {400, 320}), (PickItem{PickItem::Kind::Region, 0}));  // region over country
    scene.regionAt = nullptr;
    EXPECT_EQ(pick(scene, camera, {400, 320}), (PickItem{PickItem::Kind::Country, 7}));
    // Before its date the flow is not drawn, so it cannot be picked.
    scene.storyDay = -5;
    EXPECT_EQ(pick(scene, camera, {400, 301}).kind, PickItem::Kind::Country);
}

TEST(Search, IgnoresCaseAndAccents) {
    EXPECT_EQ(foldForSearch("Kúrsk"), "kursk");
    EXPECT_EQ(foldForSearch("Jabárovsk ÑANDÚ"), "jabarovsk nandu");
    const story::Story s = story::loadStory(test::dataDir() / "assets/stories/eu-japan-dprk.json");
    for (const char* query : {"kursk", "Kúrsk", "KURSK"}) {
        const auto results = searchStory(s, query, story::Language::English);
        ASSERT_FALSE(results.empty()) << query;
        EXPECT_EQ(results[0].label, "Kursk") << query; // the place first (a name that starts with it)
        EXPECT_EQ(results[0].item.kind, PickItem::Kind::Place);
    }
    const auto spanish = searchStory(s, "jabarovsk", story::Language::Spanish);
    ASSERT_FALSE(spanish.empty());
    EXPECT_EQ(spanish[0].label, "Jabárovsk");
    EXPECT_TRUE(searchStory(s, "", story::Language::English).empty());
}

namespace {
//! The index of the item with this id in a story list (the list's size when there is none).
template <typename T> std::size_t indexOf(const std::vector<T>& items, const std::string& id) {
    std::size_t i = 0;
    while (i < items.size() && items[i].id != id)
        ++i;
    return i;
}
} // namespace

TEST(Details, PlaceAndFlowFromTheDefaultStory) {
    const story::Story s = story::loadStory(test::dataDir() / "assets/stories/eu-japan-dprk.json");
    const std::size_t tokyo = indexOf(s.places, "tokyo"), pact = indexOf(s.flows, "pact");
    const Details place = describe(s, {PickItem::Kind::Place, tokyo}, story::Language::English);
    EXPECT_EQ(place.title, "Tokyo");
    EXPECT_EQ(place.kind, "Place (capital)");
    EXPECT_NE(place.text.find("Takeshi Iwaya"), std::string::npos);
    ASSERT_GE(place.sources.size(), 2u);
    EXPECT_EQ(place.sources[0].date, "1 Nov 2024");
    EXPECT_EQ(place.sources[0].url.rfind("https://", 0), 0u);
    ASSERT_EQ(place.related.size(), 1u); // the pact runs through Tokyo
    EXPECT_EQ(place.related[0].second, (PickItem{PickItem::Kind::Flow, pact}));

    const Details flow = describe(s, {PickItem::Kind::Flow, pact}, story::Language::Spanish);
    EXPECT_EQ(flow.title, "Asociación de Seguridad y Defensa UE-Japón");
    EXPECT_EQ(flow.dates, "1 nov. 2024");
    EXPECT_EQ(flow.confidence, "Confirmado por el SEAE (1 nov. 2024)");
    ASSERT_EQ(flow.related.size(), 2u); // Tokyo and Brussels
    EXPECT_EQ(flow.related[0].first, "Tokio");
    EXPECT_EQ(flow.related[1].first, "Bruselas");

    const Details country = describe(s, {PickItem::Kind::Country, 0}, story::Language::English, "392", "Japan");
    EXPECT_EQ(country.title, "Japan");
    EXPECT_EQ(country.text, "Role in the story: Japan");
}

TEST(Details, SayHowSureTheRecordIsAndWhatALineDoesNotShow) {
    const story::Story s = story::loadStory(test::dataDir() / "assets/stories/eu-japan-dprk.json");
    const std::size_t toKursk = indexOf(s.flows, "to-kursk"), vladivostok = indexOf(s.places, "vladivostok");
    const Details flow = describe(s, {PickItem::Kind::Flow, toKursk}, story::Language::English);
    EXPECT_EQ(flow.confidence, "Reported by Ukrainian officials (NYT, FT) (25 Oct 2024)");
    ASSERT_EQ(flow.caveats.size(), 2u);
    EXPECT_EQ(flow.caveats[0], "Schematic line: it shows a link, not the route taken.");
    EXPECT_EQ(flow.caveats[1], "The sources date it only within 23 Oct 2024 and 4 Nov 2024.");
    const Details place = describe(s, {PickItem::Kind::Place, vladivostok}, story::Language::Spanish);
    EXPECT_EQ(place.confidence, ""); // a city: the report is in its figure
    ASSERT_EQ(place.figures.size(), 1u);
    EXPECT_EQ(place.figures[0].value, "alrededor de 1.500");
    EXPECT_EQ(place.figures[0].attribution, "Según NIS (18 oct. 2024)");
    const Details site = describe(s, {PickItem::Kind::Place, indexOf(s.places, "khabarovsk")}, story::Language::Spanish);
    EXPECT_EQ(site.confidence, "Según el NIS surcoreano (18 oct. 2024)");
}

} // namespace picker_test
