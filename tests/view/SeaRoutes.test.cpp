// A sea flow follows the sea: no point of a sea leg lies on land (Natural Earth 10m, the finest
// coast) except within a short distance of its ends, where it leaves or reaches a port.
#include "mapdata/LayerMesh.hpp"
#include "mapdata/PolygonIndex.hpp"
#include "mapdata/PolygonLoader.hpp"
#include "story/StoryLoader.hpp"
#include "view/FlowGeometry.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <cmath>

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
