#include "story/Date.hpp"
#include "story/StoryLoader.hpp"
#include "view/Legend.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace legend_test {

using namespace gb;

namespace {
story::Story defaultStory() { return story::loadStory(test::dataDir() / "assets/stories/eu-japan-dprk.json"); }

std::vector<std::string> texts(const std::vector<view::LegendEntry>& entries, view::LegendEntry::Swatch swatch) {
    std::vector<std::string> out;
    for (const view::LegendEntry& e : entries)
        if (e.swatch == swatch)
            out.push_back(e.text);
    return out;
}
} // namespace

TEST(Legend, ShowsTheLinesDrawnByTheDayAndExplainsTheirLevels) {
    const story::Story s = defaultStory();
    // 19 June: the treaty; no line is drawn yet, only the treaty's confirmed place.
    const auto june = view::legendEntries(s, story::Language::English, *story::parseDate("2024-06-19"));
    EXPECT_EQ(texts(june, view::LegendEntry::Swatch::Line),
              (std::vector<std::string>{"Confirmed: on the record, or shown by evidence"}));
    // 15 November: every line, each style once, then the levels.
    const auto november = view::legendEntries(s, story::Language::English, *story::parseDate("2024-11-15"));
    EXPECT_EQ(texts(november, view::LegendEntry::Swatch::Line),
              (std::vector<std::string>{"EU-Japan partnership (two-way)",
                                        "North Korean troops by sea, reported (schematic line)",
                                        "North Korean troops to Kursk Oblast, reported (schematic line)",
                                        "Russian transport flights, reported (schematic line)",
                                        "Confirmed: on the record, or shown by evidence",
                                        "Assessed: a government's or NATO's stated assessment",
                                        "Reported: intelligence reports, not confirmed by Russia or North Korea"}));
    EXPECT_EQ(texts(november, view::LegendEntry::Swatch::Hatch),
              (std::vector<std::string>{"Crimea and Sevastopol: Ukraine, occupied by Russia since 2014"}));
}

TEST(Legend, EachLevelHasItsOwnPattern) {
    using story::Confidence;
    const auto confirmed = view::dashPatternFor(Confidence::Confirmed), assessed = view::dashPatternFor(Confidence::Assessed),
               reported = view::dashPatternFor(Confidence::Reported), claimed = view::dashPatternFor(Confidence::Claimed);
    EXPECT_TRUE(confirmed.solid);
    EXPECT_FALSE(assessed.solid);
    EXPECT_GT(assessed.dash, 2 * reported.dash);   // long dashes against short ones
    EXPECT_GT(reported.dash, 2 * claimed.dash);    // short dashes against dots
    EXPECT_GT(claimed.lighten, 0.3f);              // and lighter
    EXPECT_EQ(view::markerLookFor(std::nullopt), view::MarkerLook::Filled);
    EXPECT_EQ(view::markerLookFor(story::Attribution{Confidence::Reported, {}, {}}), view::MarkerLook::Ring);
}

TEST(Legend, ListsOnlyWhatThePictureShows) {
    const story::Story s = defaultStory();
    view::LegendScope scope;
    scope.roles = {"russia", "ukraine"};
    scope.regions.assign(s.regions.size(), false);
    scope.regions[2] = true; // Kursk Oblast
    scope.flows.assign(s.flows.size(), false);
    scope.places.assign(s.places.size(), false);
    for (std::size_t i = 0; i < s.flows.size(); ++i)
        scope.flows[i] = s.flows[i].id == "to-kursk";
    const auto entries = view::legendEntries(s, story::Language::Spanish, *story::parseDate("2024-11-13"), &scope);
    std::vector<std::string> all;
    for (const view::LegendEntry& e : entries)
        all.push_back(e.text);
    EXPECT_EQ(all, (std::vector<std::string>{
                       "Rusia", "Ucrania", "Óblast de Kursk",
                       "Tropas norcoreanas hacia el óblast de Kursk, según informes (línea esquemática)",
                       "Según informes: informes de inteligencia, sin confirmar por Rusia ni Corea del Norte"}));
    EXPECT_TRUE(entries[3].separatorBefore);
}

TEST(Legend, AFlowIsOnThePictureWhenAnyOfItsPointsIs) {
    const story::Story s = defaultStory();
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const auto flows = view::buildFlowGeometry(s, lambert);
    const geo::MapPoint kursk = *lambert.forward({36.18, 51.72});
    const geo::MapBox aroundKursk{kursk.x - 3e5, kursk.y - 3e5, kursk.x + 3e5, kursk.y + 3e5};
    view::LegendScope scope;
    view::addFlowsAndPlaces(scope, s, flows, {}, aroundKursk);
    for (std::size_t i = 0; i < s.flows.size(); ++i)
        EXPECT_EQ(scope.flows[i], s.flows[i].id == "to-kursk") << s.flows[i].id;
}

} // namespace legend_test
