#include "story/Date.hpp"
#include "story/StoryLoader.hpp"
#include "view/PictureSources.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace picture_sources_test {

using namespace gb;

namespace {
story::Story defaultStory() { return story::loadStory(test::dataDir() / "assets/stories/eu-japan-dprk.json"); }

std::vector<std::string> ids(const std::vector<const story::Source*>& sources) {
    std::vector<std::string> out;
    for (const story::Source* s : sources)
        out.push_back(s->id);
    return out;
}
} // namespace

TEST(PictureSources, AStepCitesItsOwnSourcesInOrder) {
    const story::Story s = defaultStory();
    const story::Step* tokyo = nullptr;
    for (const story::Step& step : s.steps)
        if (step.title.en == "Tokyo, 1 November 2024")
            tokyo = &step;
    ASSERT_NE(tokyo, nullptr);
    EXPECT_EQ(ids(view::pictureSources(s, tokyo, tokyo->time.to + 1.0)),
              (std::vector<std::string>{"eeas-pact", "afp-pact", "agence-europe-pact"}));
}

TEST(PictureSources, WithoutAStepWhatIsDrawnByThenIsCited) {
    const story::Story s = defaultStory();
    const double beforeOctober = *story::parseDate("2024-09-01");
    const auto early = ids(view::pictureSources(s, nullptr, beforeOctober));
    // The regions are always drawn; no flow has started, and Sudzha's incursion has.
    EXPECT_NE(std::find(early.begin(), early.end(), "keyt-sudzha"), early.end());
    EXPECT_EQ(std::find(early.begin(), early.end(), "nyt-kursk"), early.end()); // the line to Kursk is not drawn yet
    const auto late = ids(view::pictureSources(s, nullptr, *story::parseDate("2024-11-15")));
    EXPECT_NE(std::find(late.begin(), late.end(), "nyt-kursk"), late.end());
    EXPECT_GT(late.size(), early.size());
}

TEST(PictureSources, TheLineIsNumberedWithAnAsOfDateInEachLanguage) {
    const story::Story s = defaultStory();
    const std::vector<const story::Source*> two{s.findSource("kbs-nis"), s.findSource("politico-rutte")};
    const int day = *story::parseDate("2024-11-05");
    EXPECT_EQ(view::sourceLine(two, day, story::Language::English),
              "Sources (as of 5 Nov 2024): [1] KBS World (Yonhap), 18 Oct 2024; [2] Politico Europe, 28 Oct 2024");
    EXPECT_EQ(view::sourceLine(two, day, story::Language::Spanish),
              "Fuentes (datos a 5 nov. 2024): [1] KBS World (Yonhap), 18 oct. 2024; [2] Politico Europe, 28 oct. 2024");
    EXPECT_EQ(view::sourceLine({}, day, story::Language::English), "");
}

} // namespace picture_sources_test
