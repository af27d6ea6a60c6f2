#include "story/Date.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace story_loader_test {

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

// A valid story, one item per line so tests can point at exact lines; PLACES and FLOWS are
// replaced by tests.
const std::string minimal = R"({
"title": {"en": "T", "es": "T"},
"attribution": {"en": "A", "es": "A"},
"timeline": {"from": "2024-10-01", "to": "2024-11-30"},
"sources": [{"id": "src", "outlet": "AP", "title": "A title", "date": "2024-10-18", "url": "https://example.org/a"}],
"roles": [{"id": "n", "fill": "#112233", "legend": {"en": "Other", "es": "Otros"}}],
"defaultRole": "n",
"countries": {},
"regions": [],
"places": [
{"id": "a", "name": {"en": "A", "es": "A"}, "lon": 1, "lat": 2, "kind": "city"},
{"id": "b", "name": {"en": "B", "es": "B"}, "lon": 3, "lat": 4, "kind": "city"}PLACES
],
"flowStyles": [{"id": "troops", "colour": "#880000", "width": 4, "dashed": true, "legend": {"en": "Troops", "es": "Tropas"}}],
"flows": [
{"id": "f0", "kind": "troops", "route": ["a", "b"], "legDates": [{"from": "2024-10-08", "to": "2024-10-13"}], "style": "troops", "label": {"en": "F", "es": "F"}}FLOWS
],
"steps": [{"title": {"en": "S", "es": "S"}, "caption": {"en": "C", "es": "C"}, "view": {"center": [1, 2], "zoom": 3}, "highlight": ["a"], "time": {"from": "2024-10-01", "to": "2024-10-02"}}]
})";

std::string story(const std::string& places = "", const std::string& flows = "") {
    std::string s = minimal;
    s.replace(s.find("PLACES"), 6, places);
    s.replace(s.find("FLOWS"), 5, flows);
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

TEST(Date, ParsesAndFormats) {
    EXPECT_EQ(parseDate("1970-01-01"), 0);
    EXPECT_EQ(parseDate("2024-11-01"), 20028);
    EXPECT_EQ(isoDate(20028), "2024-11-01");
    EXPECT_EQ(displayDate(20028, Language::English), "1 Nov 2024");
    EXPECT_EQ(displayDate(20028 - 92, Language::Spanish), "1 ago. 2024"); // abbreviations take a period
    EXPECT_FALSE(parseDate("2024-02-30"));
    EXPECT_FALSE(parseDate("2024-13-01"));
    EXPECT_FALSE(parseDate("1 Nov 2024"));
}

TEST(StoryLoader, TheMinimalStoryLoads) {
    const Story s = parseStory(story(), "s.json");
    ASSERT_EQ(s.flows.size(), 1u);
    EXPECT_EQ(s.flows[0].legDates[0].from, *parseDate("2024-10-08"));
    EXPECT_EQ(s.steps[0].view.zoom, 3.0);
    EXPECT_EQ(s.findSource("src")->outlet, "AP");
}

TEST(StoryLoader, TheDefaultStoryLoads) {
    const Story s = loadStory(gb::test::dataDir() / "assets/stories/eu-japan-dprk.json");
    for (const char* id : {"tokyo", "brussels", "kursk", "pyongyang", "vladivostok", "khabarovsk", "moscow", "kyiv",
                           "seoul", "chongjin", "hamhung", "musudan", "ussuriysk", "sergeevka", "blagoveshchensk",
                           "sudzha", "nato-hq", "kazan"})
        EXPECT_NE(s.place(id), nullptr) << id;
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
    ASSERT_EQ(s.regions.size(), 3u);
    EXPECT_EQ(s.regions[0].feature, "UA.CRIMEA"); // Ukraine, occupied by Russia: over Russia's fill
    EXPECT_EQ(s.regions[0].role, "ukraine");
    EXPECT_TRUE(s.regions[0].hatched);
    EXPECT_EQ(s.regions[2].feature, "RU.KRS");
    EXPECT_EQ(s.places[0].name.in(Language::Spanish), "Tokio");
    EXPECT_DOUBLE_EQ(s.places[0].position.lat, 35.6740);
    // The record, not the seed text: the Japanese side was Foreign Minister Takeshi Iwaya.
    EXPECT_NE(s.place("tokyo")->details.en.find("Takeshi Iwaya"), std::string::npos);
    EXPECT_NE(s.place("tokyo")->details.es.find("Takeshi Iwaya"), std::string::npos);
    ASSERT_FALSE(s.flows.empty());
    EXPECT_TRUE(s.flows[0].twoWay);
    EXPECT_EQ(s.flows[0].route, (std::vector<std::string>{"tokyo", "brussels"}));
    EXPECT_GE(s.steps.size(), 5u);
    for (const Flow& f : s.flows)
        EXPECT_FALSE(f.sources.empty()) << f.id; // every fact has a source
}

TEST(StoryLoader, ErrorsNameFileLineColumnAndField) {
    EXPECT_EQ(errorOf(story(R"(,
{"id": "c", "name": {"en": "C", "es": "C"}, "lon": 200, "lat": 0, "kind": "city"})")),
              "s.json:13:52: places[2].lon: expected a number from -180 to 180, found 200");
    EXPECT_EQ(errorOf(story(R"(,
{"id": "c", "name": {"en": "C", "es": "C"}, "lon": "east", "lat": 0, "kind": "city"})")),
              "s.json:13:52: places[2].lon: expected a number, found string");
    EXPECT_EQ(errorOf(story(R"(,
{"id": "c", "name": {"en": "C"}, "lon": 1, "lat": 0, "kind": "city"})")),
              "s.json:13:21: places[2].name.es: missing (required)");
    EXPECT_EQ(errorOf(story(R"(,
{"id": "c", "name": {"en": "C", "es": "C"}, "lon": 1, "lat": 0, "kind": "city", "colour": 1})")),
              "s.json:13:81: places[2].colour: unknown field (expected one of: id, name, lon, lat, kind, labelPriority, "
              "dates, details, figures, sources, approximate, confidence)");
    EXPECT_EQ(errorOf(story(R"(,
{"id": "a", "name": {"en": "A", "es": "A"}, "lon": 1, "lat": 0, "kind": "city"})")),
              "s.json:13:8: places[2].id: duplicate id \"a\"");
    EXPECT_EQ(errorOf(story(R"(,
{"name": {"en": "C", "es": "C"}, "lon": 1, "lat": 0, "kind": "city"})")),
              "s.json:13:1: places[2].id: missing (required)");
}

TEST(StoryLoader, FlowsMustGoThroughKnownPlaces) {
    EXPECT_EQ(errorOf(story("", R"(,
{"id": "f1", "kind": "troops", "route": ["a", "x"], "legDates": [{"from": "2024-10-08", "to": "2024-10-13"}], "style": "troops", "label": {"en": "F", "es": "F"}})")),
              "s.json:17:47: flows[1].route[1]: unknown place \"x\"");
    EXPECT_EQ(errorOf(story("", R"(,
{"id": "f1", "kind": "troops", "route": ["a", "b", "a"], "legDates": [{"from": "2024-10-08", "to": "2024-10-13"}], "style": "troops", "label": {"en": "F", "es": "F"}})")),
              "s.json:17:70: flows[1].legDates: expected 2 date ranges, one per leg of the route");
    EXPECT_EQ(errorOf(story("", R"(,
{"id": "f1", "kind": "troops", "route": ["a", "b"], "legDates": [{"from": "2024-10-08", "to": "2024-10-03"}], "style": "troops", "label": {"en": "F", "es": "F"}})")),
              "s.json:17:95: flows[1].legDates[0].to: ends before it starts (2024-10-08)");
    EXPECT_EQ(errorOf(story("", R"(,
{"id": "f1", "kind": "troops", "route": ["a", "b"], "legDates": [{"from": "8 Oct", "to": "2024-10-13"}], "style": "troops", "label": {"en": "F", "es": "F"}})")),
              "s.json:17:75: flows[1].legDates[0].from: expected a date as \"YYYY-MM-DD\", found \"8 Oct\"");
}

TEST(StoryLoader, UnknownRoleAndBadColourAreRejected) {
    std::string s = story();
    s.replace(s.find("\"countries\": {}"), 15, "\"countries\": {\"392\": \"japan\"}");
    EXPECT_EQ(errorOf(s), "s.json:8:22: countries.392: unknown role \"japan\" (not in roles)");
    std::string c = story();
    c.replace(c.find("#112233"), 7, "red");
    EXPECT_EQ(errorOf(c), "s.json:6:31: roles[0].fill: expected a colour as \"#rrggbb\" or \"#rrggbbaa\", found \"red\"");
}

TEST(StoryLoader, SyntaxErrorsHaveAPosition) {
    EXPECT_EQ(errorOf("{\n  \"title\": ,\n}"),
              "s.json:2:12: not valid JSON: [json.exception.parse_error.101] parse error at line 2, column 12: "
              "syntax error while parsing value - unexpected ','; expected '[', '{', or a literal");
}

TEST(StoryLoader, MissingFileIsNamed) {
    try {
        (void)loadStory("/nonexistent/story.json");
        FAIL();
    } catch (const StoryError& e) {
        EXPECT_STREQ(e.what(), "/nonexistent/story.json: cannot open the story file (expected a readable JSON file)");
    }
}

TEST(StoryLoader, TheDocumentedExampleLoads) {
    // docs/story-format.md's complete example must stay valid.
    std::ifstream in(gb::test::dataDir() / "docs/story-format.md");
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto start = doc.find("```json\n");
    ASSERT_NE(start, std::string::npos);
    const auto end = doc.find("```", start + 8);
    const Story s = parseStory(doc.substr(start + 8, end - start - 8), "story-format.md");
    // Every field the page documents is in the example and means what the page says.
    ASSERT_EQ(s.flows.size(), 2u);
    EXPECT_EQ(s.steps.size(), 1u);
    EXPECT_NE(s.notes.en.find("seed text"), std::string::npos);
    ASSERT_NE(s.words(Confidence::Reported), nullptr);
    EXPECT_EQ(s.words(Confidence::Reported)->phrase.es, "Según");
    EXPECT_EQ(s.place("chongjin")->attribution->level, Confidence::Reported);
    EXPECT_EQ(s.place("chongjin")->figures.at(0).value, 1500);
    EXPECT_EQ(s.place("chongjin")->figures.at(0).qualifier, Qualifier::About);
    EXPECT_TRUE(s.flows[0].schematic);
    ASSERT_EQ(s.flows[0].via.size(), 1u); // one list per leg
    EXPECT_EQ(s.flows[0].via[0].size(), 2u);
    EXPECT_DOUBLE_EQ(s.flows[0].via[0][1].lat, 42.55);
    ASSERT_TRUE(s.flows[1].within);
    EXPECT_EQ(isoDate(s.flows[1].within->from), "2024-10-23");
    EXPECT_EQ(s.regions[1].role, "ukraine");
    EXPECT_TRUE(s.regions[1].hatched);
    EXPECT_EQ(s.regions[1].fill, s.role("ukraine")->fill); // the role's fill when none is given
    EXPECT_EQ(s.steps[0].sources, (std::vector<std::string>{"kbs"}));
}

TEST(StoryLoader, DefaultStepsEndOnTheDaysTheirTitlesName) {
    // Date ranges include both days, and a slide's date stamp shows the last one: a step titled
    // "Tokyo, 1 November 2024" must not stamp its slide "2 Nov 2024".
    const Story s = loadStory(gb::test::dataDir() / "assets/stories/eu-japan-dprk.json");
    const auto lastDayOf = [&](const std::string& title) -> std::optional<std::string> {
        for (const Step& step : s.steps)
            if (step.title.en == title)
                return isoDate(step.time.to);
        return std::nullopt;
    };
    EXPECT_EQ(lastDayOf("Pyongyang, 19 June 2024"), "2024-06-19");
    EXPECT_EQ(lastDayOf("Kazan, 24 October"), "2024-10-24");
    EXPECT_EQ(lastDayOf("Brussels, 28 October"), "2024-10-28");
    EXPECT_EQ(lastDayOf("Tokyo, 1 November 2024"), "2024-11-01");
    EXPECT_EQ(lastDayOf("4-13 November: in combat"), "2024-11-13");
}

TEST(StoryLoader, DefaultStepsFollowEachOtherInTime) {
    // A listener follows the story in time: no step starts before the one it follows.
    const Story s = loadStory(gb::test::dataDir() / "assets/stories/eu-japan-dprk.json");
    for (std::size_t i = 2; i < s.steps.size(); ++i) // step 1 is the overview of it all
        EXPECT_LE(s.steps[i - 1].time.from, s.steps[i].time.from) << s.steps[i].title.en;
}

TEST(StoryLoader, StepsCarryBilingualSpeakerNotes) {
    const Story s = loadStory(gb::test::dataDir() / "assets/stories/eu-japan-dprk.json");
    ASSERT_EQ(s.steps.size(), 10u);
    EXPECT_EQ(s.steps[8].notes.en, "A political framework announced in Tokyo, not a signed treaty.");
    EXPECT_EQ(s.steps[8].notes.es, "Un marco político anunciado en Tokio, no un tratado firmado.");
    EXPECT_TRUE(s.steps[2].notes.en.empty()); // optional: step 3 has none
}

TEST(StoryLoader, BadSpeakerNotesNameTheirField) {
    std::ifstream in(gb::test::dataDir() / "assets/stories/eu-japan-dprk.json");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string key = "\"notes\": {\n        \"en\": \"A political framework";
    const std::size_t at = text.find(key);
    ASSERT_NE(at, std::string::npos);
    std::string number = text;
    number.replace(at, text.find('}', at) + 1 - at, "\"notes\": 5"); // the whole notes object
    EXPECT_NE(errorOf(number).find("steps[8].notes: expected an object, found number"), std::string::npos) << errorOf(number);
}

// Hostile story files: refused in one line, quickly, with no crash and no exhausted memory.
TEST(StoryLimits, ANumberNoDoubleHoldsIsAStoryErrorNotACrash) {
    // In a field that is never read, too: the parser meets it first.
    const std::string message = errorOf(R"({"title": {"en": "T"}, "unused": 1e400})");
    EXPECT_EQ(message.rfind("s.json: not a usable number: ", 0), 0u) << message;
    EXPECT_NE(message.find("1e400"), std::string::npos) << message;
}

TEST(StoryLimits, DeepNestingIsRefusedBeforeTheParserRecurses) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_EQ(errorOf(deep), "s.json:1:65: arrays and objects nested more than 64 deep (a story needs 6)");
    const std::string fine = std::string(64, '[') + std::string(64, ']'); // the limit itself is allowed
    EXPECT_EQ(errorOf(fine).find("nested"), std::string::npos);
}

TEST(StoryLimits, AHugeStringIsRefusedWithItsPlace) {
    const std::string title = "{\n  \"title\": \"" + std::string(10 << 20, 'x') + "\"}";
    EXPECT_EQ(errorOf(title), "s.json:2:12: a string longer than 64 KB (a title or caption is a few hundred characters)");
}

TEST(StoryLimits, OnlyARegularFileOfAtMost32MbIsRead) {
    gb::test::ScratchDir dir;
    const auto fifo = dir.path() / "story.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto messageOf = [](const std::filesystem::path& file) {
        try {
            (void)loadStory(file);
        } catch (const StoryError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(messageOf(fifo), fifo.string() + ": is not a regular file (expected a story file, JSON)"); // no hang
    EXPECT_EQ(messageOf(dir.path()), dir.path().string() + ": is a folder (expected a story file, JSON)");
    EXPECT_EQ(messageOf("/dev/zero"), "/dev/zero: is not a regular file (expected a story file, JSON)");
    const auto big = dir.path() / "big.json";
    std::filesystem::resize_file(dir.write("big.json", "{"), (33u << 20));
    EXPECT_EQ(messageOf(big), big.string() + ": is 33 MB (a story file is at most 32 MB)");
}

TEST(StoryLoader, TheCreditMayBeGivenApartForTheCountries) {
    const auto apart = [](const std::string& attribution) {
        std::string s = story();
        const std::string one = R"("attribution": {"en": "A", "es": "A"})";
        s.replace(s.find(one), one.size(), R"("attribution": )" + attribution);
        return s;
    };
    const Story s = parseStory(apart(R"({"countries": {"en": "Borders: NE", "es": "Fronteras: NE"},)"
                                     R"( "others": {"en": "regions: DCW", "es": "regiones: DCW"}})"),
                               "s.json");
    EXPECT_EQ(s.attribution.en, "Borders: NE, regions: DCW");
    EXPECT_EQ(s.attribution.es, "Fronteras: NE, regiones: DCW");
    EXPECT_EQ(s.otherCredit.en, "regions: DCW");
    EXPECT_EQ(parseStory(story(), "s.json").otherCredit.en, ""); // one text credits everything
    EXPECT_EQ(errorOf(apart(R"({"countries": {"en": "a", "es": "b"}, "bogus": 1})")),
              "s.json:3:54: attribution.bogus: unknown field (expected one of: countries, others)");
    EXPECT_EQ(errorOf(apart(R"({"countries": "text"})")),
              "s.json:3:30: attribution.countries: expected an object, found string");
}

} // namespace story_loader_test
