// How sure the record is: confidence levels as data, figures in each language's way of writing
// numbers, and audits of the default story (no editorial notes shown, every confirmed item
// sourced, every figure in Spanish written the Spanish way).
#include "story/Date.hpp"
#include "story/RecordText.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <regex>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace record_test {

using namespace gb::story;

namespace {

const std::string levels = R"("confidenceLevels": {
  "reported": {"name": {"en": "Reported", "es": "Según informes"}, "meaning": {"en": "intelligence reports", "es": "informes de inteligencia"}, "phrase": {"en": "Reported by", "es": "Según"}},
  "confirmed": {"name": {"en": "Confirmed", "es": "Confirmado"}, "meaning": {"en": "on the record", "es": "declarado"}, "phrase": {"en": "Confirmed by", "es": "Confirmado por"}}
},)";

//! A story with the two levels above, one flow whose extra fields are FLOW, and one place whose
//! extra fields are PLACE; line 16 is the place, line 20 the flow.
std::string storyWith(const std::string& place, const std::string& flow) {
    std::string s = R"({
"title": {"en": "T", "es": "T"},
"attribution": {"en": "A", "es": "A"},
LEVELS
"timeline": {"from": "2024-10-01", "to": "2024-11-30"},
"sources": [{"id": "src", "outlet": "AP", "title": "A title", "date": "2024-10-18", "url": "https://example.org/a"}],
"roles": [{"id": "n", "fill": "#112233", "legend": {"en": "Other", "es": "Otros"}}],
"defaultRole": "n",
"countries": {},
"regions": [],
"places": [
{"id": "b", "name": {"en": "B", "es": "B"}, "lon": 3, "lat": 4, "kind": "city"},
{"id": "a", "name": {"en": "A", "es": "A"}, "lon": 1, "lat": 2, "kind": "city"PLACE}
],
"flowStyles": [{"id": "troops", "colour": "#880000", "width": 4, "dashed": true, "legend": {"en": "Troops", "es": "Tropas"}}],
"flows": [
{"id": "f0", "kind": "troops", "route": ["a", "b"], "style": "troops", "label": {"en": "F", "es": "F"}FLOW}
],
"steps": []
})";
    s.replace(s.find("LEVELS"), 6, levels.substr(0, levels.size() - 1) + ",");
    s.replace(s.find("PLACE"), 5, place);
    s.replace(s.find("FLOW"), 4, flow);
    return s;
}

const std::string dated = R"(, "legDates": [{"from": "2024-10-08", "to": "2024-10-13"}])";

std::string errorOf(const std::string& json) {
    try {
        (void)parseStory(json, "s.json");
    } catch (const StoryError& e) {
        return e.what();
    }
    return "no error";
}

Story defaultStory() { return loadStory(gb::test::dataDir() / "assets/stories/eu-japan-dprk.json"); }

//! Every text the audience reads (map, details, legend, slides), in both languages: everything
//! but the story's notes.
void forEachAudienceText(const Story& s, const std::function<void(const std::string& where, const LocalText&)>& visit) {
    visit("title", s.title);
    visit("attribution", s.attribution);
    for (const auto& w : s.confidenceWords) {
        if (!w)
            continue;
        visit("confidenceLevels", w->name);
        visit("confidenceLevels", w->meaning);
    }
    for (const Role& r : s.roles)
        visit("roles." + r.id, r.legend);
    for (const Region& r : s.regions)
        for (const LocalText* t : {&r.name, &r.details, &r.label})
            visit("regions." + r.id, *t);
    for (const Place& p : s.places) {
        visit("places." + p.id, p.name);
        visit("places." + p.id, p.details);
        for (const Figure& f : p.figures)
            visit("places." + p.id + ".figures", f.label);
    }
    for (const FlowStyle& f : s.flowStyles)
        visit("flowStyles." + f.id, f.legend);
    for (const Flow& f : s.flows) {
        visit("flows." + f.id, f.label);
        visit("flows." + f.id, f.details);
    }
    for (const Step& st : s.steps) {
        visit("steps", st.title);
        visit("steps", st.caption);
    }
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

TEST(RecordText, NumbersAreGroupedTheWayEachLanguageWritesThem) {
    EXPECT_EQ(formatCount(12000, Language::English), "12,000");
    EXPECT_EQ(formatCount(12000, Language::Spanish), "12.000");
    EXPECT_EQ(formatCount(600000, Language::Spanish), "600.000");
    EXPECT_EQ(formatCount(1500, Language::English), "1,500");
    EXPECT_EQ(formatCount(999, Language::English), "999");
    EXPECT_EQ(formatCount(1234567, Language::English), "1,234,567");
}

TEST(RecordText, FiguresCarryTheirQualifierInTheLanguage) {
    Figure f;
    f.value = 600000;
    f.qualifier = Qualifier::Over;
    EXPECT_EQ(figureValue(f, Language::English), "over 600,000");
    EXPECT_EQ(figureValue(f, Language::Spanish), "más de 600.000");
    f.qualifier = Qualifier::About;
    EXPECT_EQ(figureValue(f, Language::Spanish), "alrededor de 600.000");
    f.qualifier = Qualifier::UpTo;
    EXPECT_EQ(figureValue(f, Language::English), "up to 600,000");
    f.qualifier = Qualifier::Nearly;
    EXPECT_EQ(figureValue(f, Language::Spanish), "casi 600.000");
    f.qualifier = Qualifier::Exactly;
    EXPECT_EQ(figureValue(f, Language::Spanish), "600.000");
}

TEST(RecordText, AttributionSaysWhoAndWhenWithTheStorysWords) {
    const Story s = parseStory(storyWith("", dated), "s.json");
    Attribution a{Confidence::Reported, {"South Korea's NIS", "el NIS surcoreano"}, *parseDate("2024-10-18")};
    EXPECT_EQ(attributionLine(s, a, Language::English), "Reported by South Korea's NIS (18 Oct 2024)");
    EXPECT_EQ(attributionLine(s, a, Language::Spanish), "Según el NIS surcoreano (18 oct. 2024)");
    a.by = {};
    EXPECT_EQ(attributionLine(s, a, Language::English), "Reported (18 Oct 2024)");
}

TEST(StoryLoader, ConfidenceIsReadWithWhoAndWhen) {
    const Story s = parseStory(
        storyWith(R"(, "confidence": {"level": "reported", "by": {"en": "NIS", "es": "el NIS"}, "date": "2024-10-18"})",
                  dated + R"(, "schematic": true, "confidence": {"level": "reported"})"),
        "s.json");
    ASSERT_TRUE(s.place("a")->attribution);
    EXPECT_EQ(s.place("a")->attribution->level, Confidence::Reported);
    EXPECT_EQ(s.place("a")->attribution->by.es, "el NIS");
    EXPECT_EQ(s.place("a")->attribution->date, parseDate("2024-10-18"));
    EXPECT_FALSE(s.place("b")->attribution);
    EXPECT_TRUE(s.flows[0].schematic);
    EXPECT_EQ(s.flows[0].attribution->level, Confidence::Reported);
}

TEST(StoryLoader, UnknownOrUndefinedConfidenceLevelsAreErrorsWithTheirPlace) {
    EXPECT_EQ(errorOf(storyWith(R"(, "confidence": {"level": "rumoured"})", dated)),
              "s.json:16:105: places[1].confidence.level: unknown confidence level \"rumoured\" (expected confirmed, "
              "assessed, reported or claimed)");
    EXPECT_EQ(errorOf(storyWith(R"(, "confidence": {"level": "claimed"})", dated)),
              "s.json:16:105: places[1].confidence.level: confidence level \"claimed\" is not defined in confidenceLevels");
    std::string badWord = storyWith("", dated);
    badWord.replace(badWord.find("\"reported\": {"), 10, "\"rported\"");
    EXPECT_EQ(errorOf(badWord).substr(0, 60), "s.json:5:14: confidenceLevels.rported: unknown confidence le");
}

TEST(StoryLoader, AConfirmedItemMustCiteASource) {
    EXPECT_EQ(errorOf(storyWith(R"(, "confidence": {"level": "confirmed"})", dated)),
              "s.json:16:105: places[1].confidence.level: a confirmed item must cite at least one source (add "
              "\"sources\")");
    EXPECT_EQ(errorOf(storyWith(R"(, "confidence": {"level": "confirmed"}, "sources": ["src"])", dated)), "no error");
}

TEST(StoryLoader, AFlowIsDatedByLegsOrWithinOneRangeNotBoth) {
    const Story s = parseStory(storyWith("", R"(, "within": {"from": "2024-10-23", "to": "2024-11-04"})"), "s.json");
    ASSERT_TRUE(s.flows[0].within);
    ASSERT_EQ(s.flows[0].legDates.size(), 1u);
    EXPECT_EQ(s.flows[0].legDates[0].from, *parseDate("2024-10-23"));
    EXPECT_EQ(errorOf(storyWith("", "")),
              "s.json:20:1: flows[0]: expected \"legDates\" (one date range per leg) or \"within\" (one range for the "
              "whole flow)");
    EXPECT_EQ(errorOf(storyWith("", dated + R"(, "within": {"from": "2024-10-23", "to": "2024-11-04"})")).substr(0, 54),
              "s.json:20:117: flows[0].legDates: give either legDates");
}

TEST(StoryLoader, FiguresAreNumbersWithQualifierWhoAndWhen) {
    const Story s = parseStory(
        storyWith(R"(, "figures": [{"label": {"en": "Soldiers", "es": "Soldados"}, "value": 12000, "qualifier": "about", "by": {"en": "NIS", "es": "NIS"}, "date": "2024-10-18", "source": "src"}])",
                  dated),
        "s.json");
    const Figure& f = s.place("a")->figures.at(0);
    EXPECT_EQ(f.value, 12000);
    EXPECT_EQ(f.qualifier, Qualifier::About);
    EXPECT_EQ(f.attribution.level, Confidence::Reported); // a figure is a report unless it says otherwise
    EXPECT_EQ(errorOf(storyWith(
                  R"(, "figures": [{"label": {"en": "S", "es": "S"}, "value": "about 12,000", "by": {"en": "N", "es": "N"}, "date": "2024-10-18", "source": "src"}])",
                  dated)),
              "s.json:16:136: places[1].figures[0].value: expected a number, found string");
    EXPECT_EQ(errorOf(storyWith(
                  R"(, "figures": [{"label": {"en": "S", "es": "S"}, "value": 12000, "qualifier": "roughly", "by": {"en": "N", "es": "N"}, "date": "2024-10-18", "source": "src"}])",
                  dated)),
              "s.json:16:156: places[1].figures[0].qualifier: unknown qualifier \"roughly\" (expected exactly, about, "
              "over, upTo or nearly)");
}

TEST(DefaultStory, NoAudienceTextMentionsTheSeedText) {
    // Corrections of the seed text are editorial notes: Help > About this story shows them,
    // never the map, the details or a picture.
    const Story s = defaultStory();
    int checked = 0;
    forEachAudienceText(s, [&](const std::string& where, const LocalText& t) {
        for (const std::string* text : {&t.en, &t.es}) {
            const std::string l = lower(*text);
            for (const char* word : {"seed", "texto de partida", "note:", "nota:", "hayashi"})
                EXPECT_EQ(l.find(word), std::string::npos) << where << ": " << *text;
            ++checked;
        }
    });
    EXPECT_GT(checked, 150);
    EXPECT_NE(s.notes.en.find("Hayashi"), std::string::npos); // the correction is kept, for the presenter
    EXPECT_NE(s.notes.es.find("Hayashi"), std::string::npos);
}

TEST(DefaultStory, EveryConfirmedItemCitesASourceAndEveryMovementIsAReport) {
    const Story s = defaultStory();
    int confirmed = 0;
    const auto check = [&](const std::string& id, const std::optional<Attribution>& a, std::size_t sources) {
        if (a && a->level == Confidence::Confirmed) {
            EXPECT_GT(sources, 0u) << id;
            ++confirmed;
        }
    };
    for (const Place& p : s.places)
        check(p.id, p.attribution, p.sources.size());
    for (const Region& r : s.regions)
        check(r.id, r.attribution, r.sources.size());
    for (const Flow& f : s.flows) {
        check(f.id, f.attribution, f.sources.size());
        ASSERT_TRUE(f.attribution) << f.id << ": every line says how sure the record is";
        if (f.kind == "troops") { // intelligence, not fact
            EXPECT_EQ(f.attribution->level, Confidence::Reported) << f.id;
        }
    }
    EXPECT_GE(confirmed, 4);
    for (const Place& p : s.places)
        for (const Figure& f : p.figures)
            EXPECT_NE(s.findSource(f.source), nullptr) << p.id;
}

TEST(DefaultStory, EveryFigureReadsTheSpanishWayInSpanish) {
    const Story s = defaultStory();
    const std::regex spanishNumber("^(alrededor de |más de |hasta |casi )?[0-9]{1,3}(\\.[0-9]{3})*$");
    const std::regex englishNumber("^(about |over |up to |nearly )?[0-9]{1,3}(,[0-9]{3})*$");
    const std::regex spanishDate("[0-9]{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic)\\. 2024");
    int figures = 0;
    for (const Place& p : s.places)
        for (const Figure& f : p.figures) {
            EXPECT_TRUE(std::regex_match(figureValue(f, Language::Spanish), spanishNumber)) << figureValue(f, Language::Spanish);
            EXPECT_TRUE(std::regex_match(figureValue(f, Language::English), englishNumber)) << figureValue(f, Language::English);
            const std::string line = attributionLine(s, f.attribution, Language::Spanish);
            EXPECT_TRUE(std::regex_search(line, spanishDate)) << line;
            for (const char* english : {"Reported", "Assessed", " by ", "Oct", "Nov"})
                EXPECT_EQ(line.find(english), std::string::npos) << line;
            ++figures;
        }
    EXPECT_GE(figures, 7);
}

TEST(DefaultStory, TheRecordsCorrectionsAreIn) {
    const Story s = defaultStory();
    // Putin's remarks were made in Kazan, not Moscow.
    ASSERT_NE(s.place("kazan"), nullptr);
    EXPECT_NEAR(s.place("kazan")->position.lat, 55.796, 0.01);
    EXPECT_EQ(s.place("moscow")->details.en.find("BRICS"), std::string::npos);
    // The transport flights are Russian aircraft, reported, not a troop movement, and undated.
    const auto flow = [&](const std::string& id) -> const Flow* {
        for (const Flow& f : s.flows)
            if (f.id == id)
                return &f;
        return nullptr;
    };
    ASSERT_NE(flow("transport-flights"), nullptr);
    EXPECT_NE(flow("transport-flights")->kind, "troops");
    EXPECT_TRUE(flow("transport-flights")->within);
    // The line to Kursk starts at Vladivostok, is reported and schematic, not dated leg by leg.
    ASSERT_NE(flow("to-kursk"), nullptr);
    EXPECT_EQ(flow("to-kursk")->route.front(), "vladivostok");
    EXPECT_TRUE(flow("to-kursk")->schematic);
    EXPECT_TRUE(flow("to-kursk")->within);
    EXPECT_EQ(flow("training"), nullptr); // no source gives an order or dates between training sites
    // Route labels are short and dated as the flow is; a flow without one gets none.
    EXPECT_EQ(flow("sea-hamhung")->routeLabel.en, "By sea, 8-13 Oct");
    EXPECT_EQ(flow("sea-hamhung")->routeLabel.es, "Por mar, 8-13 oct.");
    EXPECT_TRUE(flow("sea-chongjin")->routeLabel.en.empty());
    for (const char* origin : {"sea-chongjin", "sea-hamhung", "sea-musudan"})
        EXPECT_NE(flow(origin), nullptr) << origin;
    // The timeline and the steps reach the first clashes and the combat reports.
    EXPECT_GE(s.timeline.to, *parseDate("2024-11-13"));
    EXPECT_EQ(isoDate(s.steps.back().time.to), "2024-11-13");
    EXPECT_NE(s.place("pyongyang")->details.en.find("Article 4"), std::string::npos);
    // No scraper mirrors.
    for (const Source& src : s.sources)
        for (const char* mirror : {"parlournews", "otownloaded", "nation.com.pk"})
            EXPECT_EQ(src.url.find(mirror), std::string::npos) << src.id;
}

TEST(StoryLoader, ViaPointsComeOneListPerLeg) {
    const Story s = parseStory(storyWith("", dated + R"(, "via": [[[2, 3], [2.5, 3.5]]])"), "s.json");
    ASSERT_EQ(s.flows[0].via.size(), 1u);
    EXPECT_DOUBLE_EQ(s.flows[0].via[0][1].lon, 2.5);
    EXPECT_EQ(errorOf(storyWith("", dated + R"(, "via": [[[2, 3]], []])")),
              "s.json:20:170: flows[0].via: expected 1 list(s) of [lon, lat] points, one per leg of the route");
    EXPECT_EQ(errorOf(storyWith("", dated + R"(, "via": [[[2, 3, 4]]])")).substr(0, 40), "s.json:20:172: flows[0].via[0][0]: expec");
}

TEST(StoryLoader, ARegionOverridesWithAKnownRoleOnly) {
    std::string s = storyWith("", dated);
    s.replace(s.find("\"regions\": []"), 13,
              R"("regions": [{"id": "r", "name": {"en": "R", "es": "R"}, "shapes": "disputed", "feature": "UA.CRIMEA", "role": "ukraine", "outline": "#000000"}])");
    EXPECT_EQ(errorOf(s), "s.json:13:111: regions[0].role: unknown role \"ukraine\" (not in roles)");
    s.replace(s.find("\"role\": \"ukraine\""), 17, "\"role\": \"n\", \"hatched\": true");
    const Story ok = parseStory(s, "s.json");
    EXPECT_EQ(ok.regions[0].fill, ok.role("n")->fill); // the role's fill: the area is drawn as that country
    EXPECT_TRUE(ok.regions[0].hatched);
}

} // namespace record_test
