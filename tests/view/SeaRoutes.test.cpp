// A sea flow follows the sea: no point of a sea leg lies on land (Natural Earth 10m, the finest
// coast) except within a short distance of its ends, where it leaves or reaches a port.
#include "app/SeaLegs.hpp"
#include "mapdata/LayerMesh.hpp"
#include "mapdata/PolygonIndex.hpp"
#include "mapdata/PolygonLoader.hpp"
#include "story/StoryLoader.hpp"
#include "view/FlowGeometry.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <cmath>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace sea_routes_test {

using namespace gb;

namespace {

//! Points of a leg on land, more than `endMetres` (projected) from both of its ends.
std::vector<geo::MapPoint> landPoints(const view::LegPath& leg, const mapdata::PolygonIndex& land, double endMetres) {
    std::vector<geo::MapPoint> out;
    double along = 0;
    for (const auto& piece : leg.pieces)
        for (std::size_t i = 0; i < piece.size(); ++i) {
            if (i > 0)
                along += std::hypot(piece[i].x - piece[i - 1].x, piece[i].y - piece[i - 1].y);
            if (along > endMetres && leg.length - along > endMetres && land.featureAt(piece[i]))
                out.push_back(piece[i]);
        }
    return out;
}

struct Fixture {
    story::Story story = story::loadStory(test::dataDir() / "assets/stories/eu-japan-dprk.json");
    geo::Projection lambert{geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}}};
    mapdata::PolygonIndex land{
        mapdata::buildLayerMesh(mapdata::loadPolygons(test::dataDir() / "shapes/countries-10m.fgb", {{120, 35, 140, 46}}),
                                lambert, {})};
};

} // namespace

TEST(SeaRoutes, TheDefaultStorysSeaLegsStayAtSea) {
    const Fixture f;
    const auto flows = view::buildFlowGeometry(f.story, f.lambert);
    int seaLegs = 0;
    for (const view::FlowGeometry& g : flows) {
        const story::Flow& flow = f.story.flows[g.flow];
        if (flow.style != "troops-sea")
            continue;
        for (const view::LegPath& leg : g.legs) {
            // Hamhung lies 12 km inland from its port, Hungnam: the leg may start on land.
            const auto onLand = landPoints(leg, f.land, 25000.0);
            EXPECT_TRUE(onLand.empty()) << flow.id << ": " << onLand.size() << " points on land";
            ++seaLegs;
        }
    }
    EXPECT_EQ(seaLegs, 3);
}

TEST(SeaRoutes, WithoutItsViaPointsTheHamhungLegWouldCrossLand) {
    // The twin: the same leg without its via points (a geodesic) crosses North Korea.
    Fixture f;
    for (story::Flow& flow : f.story.flows)
        if (flow.id == "sea-hamhung")
            flow.via.clear();
    const auto flows = view::buildFlowGeometry(f.story, f.lambert);
    for (const view::FlowGeometry& g : flows) {
        if (f.story.flows[g.flow].id == "sea-hamhung") {
            EXPECT_FALSE(landPoints(g.legs.at(0), f.land, 25000.0).empty());
        }
    }
}

TEST(SeaRoutes, GeobriefRoutesASeaLegItself) {
    // The three sea legs without their via points, with "path": "sea": geobrief routes them on
    // the 50m land, and the routes stay at sea on the finer 10m coast too.
    Fixture f;
    for (story::Flow& flow : f.story.flows)
        if (flow.style == "troops-sea") {
            flow.via.clear();
            flow.path = story::FlowPath::Sea;
        }
    EXPECT_TRUE(app::routeSeaLegs(f.story, test::dataDir() / "shapes/countries-10m.fgb").empty());
    const auto flows = view::buildFlowGeometry(f.story, f.lambert);
    int routed = 0;
    for (const view::FlowGeometry& g : flows) {
        const story::Flow& flow = f.story.flows[g.flow];
        if (flow.path != story::FlowPath::Sea)
            continue;
        ASSERT_EQ(flow.via.size(), 1u);
        EXPECT_FALSE(flow.via[0].empty()) << flow.id; // each of them needed routing
        const auto onLand = landPoints(g.legs.at(0), f.land, 25000.0);
        EXPECT_TRUE(onLand.empty()) << flow.id << ": " << onLand.size() << " points on land";
        // Along the coast, not around the world: at most twice the straight line.
        const geo::MapPoint a = g.legs[0].pieces.front().front(), b = g.legs[0].pieces.back().back();
        EXPECT_LT(g.legs[0].length, 2.0 * std::hypot(b.x - a.x, b.y - a.y)) << flow.id;
        ++routed;
    }
    EXPECT_EQ(routed, 3);
}

TEST(SeaRoutes, ALegInlandIsLeftAloneWithAWarning) {
    Fixture f;
    story::Flow inland = f.story.flows.front();
    inland.id = "inland";
    inland.route = {"moscow", "kazan"};
    inland.via.clear();
    inland.path = story::FlowPath::Sea;
    f.story.flows.push_back(inland);
    const auto warnings = app::routeSeaLegs(f.story, test::dataDir() / "shapes/countries-10m.fgb");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_NE(warnings[0].find("flows inland: no sea route found from moscow to kazan"), std::string::npos) << warnings[0];
    EXPECT_TRUE(f.story.flows.back().via[0].empty());
}

} // namespace sea_routes_test
