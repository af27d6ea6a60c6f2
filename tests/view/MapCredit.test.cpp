// The pictures' credit line names the map data actually drawn.
#include "story/StoryLoader.hpp"
#include "TestFiles.hpp"
#include "view/MapCredit.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace map_credit_test {

using namespace gb;

namespace {
story::Story defaultStory() { return story::loadStory(test::dataDir() / "assets/stories/eu-japan-dprk.json"); }
} // namespace

TEST(MapCredit, OurOwnShapesAreCreditedAsTheStoryCreditsThem) {
    const story::Story s = defaultStory();
    EXPECT_EQ(view::mapCredit(s, "", story::Language::English),
              "Borders: Natural Earth (public domain, via world-atlas 2.0.2), Crimea (outline: Natural Earth) drawn as "
              "Ukraine; regions: Digital Chart of the World (gmt-dcw, LGPL-3+)");
}

TEST(MapCredit, AUsersCountriesFileReplacesNaturalEarthForTheBorders) {
    const story::Story s = defaultStory();
    EXPECT_EQ(view::mapCredit(s, "world.gpkg (LICENSE: CC-BY 4.0)", story::Language::English),
              "Borders: world.gpkg (LICENSE: CC-BY 4.0), Crimea (outline: Natural Earth) drawn as Ukraine; regions: "
              "Digital Chart of the World (gmt-dcw, LGPL-3+)");
    EXPECT_EQ(view::mapCredit(s, "world.gpkg", story::Language::Spanish),
              "Fronteras: world.gpkg, con Crimea (contorno: Natural Earth) como Ucrania; regiones: Digital Chart of the "
              "World (gmt-dcw, LGPL-3+)");
}

TEST(MapCredit, AStoryThatCreditsEverythingAsOneIsReplacedWhole) {
    story::Story s = defaultStory();
    s.otherCredit = {};
    EXPECT_EQ(view::mapCredit(s, "world.gpkg", story::Language::English), "Borders: world.gpkg");
}

} // namespace map_credit_test
