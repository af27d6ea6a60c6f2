#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

using namespace gb::story;

namespace {
std::string errorOf(const std::string& json) {
    try {
        (void)parseStory(json, "s.json");
    } catch (const StoryError& e) {
        return e.what();
    }
    return "no error";
}
const char* minimal = R"({"title":{"en":"T","es":"T"},"attribution":{"en":"A","es":"A"},
  "roles":[{"id":"n","fill":"#112233","legend":{"en":"Other","es":"Otros"}}],"defaultRole":"n",
  "countries":{},"regions":[],"places":[PLACES]})";
std::string withPlaces(const std::string& places) {
    std::string s = minimal;
    s.replace(s.find("PLACES"), 6, places);
    return s;
}
} // namespace

TEST(Colour, ParsesHexWithAndWithoutAlpha) {
    EXPECT_EQ(parseColour("#ff8000"), (Colour{255, 128, 0, 255}));
    EXPECT_EQ(parseColour("#C0392B80"), (Colour{192, 57, 43, 128}));
    EXPECT_FALSE(parseColour("ff8000"));
    EXPECT_FALSE(parseColour("#ff80zz"));
    EXPECT_FALSE(parseColour("#fff"));
}

TEST(StoryLoader, TheDefaultStoryLoads) {
    const Story s = loadStory(gb::test::dataDir() / "assets/stories/eu-japan-dprk.json");
    EXPECT_EQ(s.places.size(), 9u);
    EXPECT_EQ(s.roleOfCountry("392").id, "japan");
    EXPECT_EQ(s.roleOfCountry("056").id, "eu");
    EXPECT_EQ(s.roleOfCountry("643").id, "russia");
    EXPECT_EQ(s.roleOfCountry("408").id, "dprk");
    EXPECT_EQ(s.roleOfCountry("804").id, "ukraine");
    EXPECT_EQ(s.roleOfCountry("156").id, "neutral"); // China is not part of the story
    int eu = 0;
    for (const auto& [country, role] : s.countryRoles)
        eu += role == "eu";
    EXPECT_EQ(eu, 27);
    ASSERT_EQ(s.regions.size(), 2u);
    EXPECT_EQ(s.regions[1].feature, "RU.KRS");
    EXPECT_EQ(s.places[0].name.in(Language::Spanish), "Tokio");
    EXPECT_DOUBLE_EQ(s.places[0].position.lat, 35.6740);
}

TEST(StoryLoader, ErrorsNameTheFieldAndWhatWasExpected) {
    EXPECT_EQ(errorOf(withPlaces(R"({"id":"a","name":{"en":"A","es":"A"},"lon":200,"lat":0,"kind":"city"})")),
              "s.json: places[0].lon: expected a number from -180 to 180, found 200");
    EXPECT_EQ(errorOf(withPlaces(R"({"id":"a","name":{"en":"A","es":"A"},"lon":"east","lat":0,"kind":"city"})")),
              "s.json: places[0].lon: expected a number, found string");
    EXPECT_EQ(errorOf(withPlaces(R"({"id":"a","name":{"en":"A"},"lon":1,"lat":0,"kind":"city"})")),
              "s.json: places[0].name.es: missing (required)");
    EXPECT_EQ(errorOf(withPlaces(R"({"id":"a","name":{"en":"A","es":"A"},"lon":1,"lat":0,"kind":"city","colour":1})")),
              "s.json: places[0].colour: unknown field (expected one of: id, name, lon, lat, kind, labelPriority)");
    const std::string place = R"({"id":"a","name":{"en":"A","es":"A"},"lon":1,"lat":0,"kind":"city"})";
    EXPECT_EQ(errorOf(withPlaces(place + "," + place)), "s.json: places[1].id: duplicate id \"a\"");
    EXPECT_EQ(errorOf("{"), "s.json: not valid JSON: [json.exception.parse_error.101] parse error at line 1, "
                            "column 2: syntax error while parsing object key - unexpected end of input; expected "
                            "string literal");
}

TEST(StoryLoader, UnknownRoleAndBadColourAreRejected) {
    std::string s = withPlaces("");
    s.replace(s.find("\"countries\":{}"), 14, "\"countries\":{\"392\":\"japan\"}");
    EXPECT_EQ(errorOf(s), "s.json: countries.392: unknown role \"japan\" (not in roles)");
    std::string c = withPlaces("");
    c.replace(c.find("#112233"), 7, "red");
    EXPECT_EQ(errorOf(c), "s.json: roles[0].fill: expected a colour as \"#rrggbb\" or \"#rrggbbaa\", found \"red\"");
}

TEST(StoryLoader, MissingFileIsNamed) {
    try {
        (void)loadStory("/nonexistent/story.json");
        FAIL();
    } catch (const StoryError& e) {
        EXPECT_STREQ(e.what(), "/nonexistent/story.json: cannot open the story file (expected a readable JSON file)");
    }
}
