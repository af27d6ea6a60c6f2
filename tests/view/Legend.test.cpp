#include "story/Date.hpp"
#include "story/StoryLoader.hpp"
#include "view/Legend.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

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
