// Truth on the map, in pixels: Crimea is not drawn in Russia's colour at any level; a reported
// line does not look like a confirmed one; every slide carries its source line, in both
// languages. Each check has a twin that proves it notices the fault it is about.
#include "RunProcess.hpp"
#include "app/InitialView.hpp"
#include "render/PngFile.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <functional>
#include <iostream>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace truth_pixels_test {

using namespace gb;
using namespace gb::test;

namespace {

struct Rgb {
    int r, g, b;
};
constexpr Rgb russiaFill{0xc9, 0xb7, 0x9c}, ukraineFill{0xf0, 0xc7, 0x5e};

bool near(const std::uint8_t* px, Rgb c, int tolerance = 3) {
    return std::abs(px[0] - c.r) <= tolerance && std::abs(px[1] - c.g) <= tolerance && std::abs(px[2] - c.b) <= tolerance;
}

//! The default story after `edit`, written into `dir`.
std::filesystem::path editedStory(const ScratchDir& dir, const std::function<void(nlohmann::json&)>& edit) {
    auto story = nlohmann::json::parse(readAll(dataDir() / "assets/stories/eu-japan-dprk.json"));
    edit(story);
    return dir.write("story.json", story.dump(2));
}

render::RgbaImage exportPicture(const ScratchDir& dir, const std::string& name, const std::string& args) {
    const auto out = dir.path() / (name + ".png");
    const auto r = runProcess(geobrief() + " --export " + out.string() + " " + args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return render::readPng(out);
}

//! A shapes folder holding only `level`'s files, so every view is drawn from that level.
std::filesystem::path shapesOfOneLevel(const ScratchDir& dir, const std::string& level) {
    const auto folder = dir.path() / ("shapes-" + level);
    std::filesystem::create_directories(folder);
    for (const char* stem : {"countries", "disputed", "russia-regions"}) {
        const std::string file = std::string(stem) + "-" + level + ".fgb";
        std::filesystem::create_symlink(dataDir() / "shapes" / file, folder / file);
    }
    return folder;
}

struct AroundSimferopol {
    int russia = 0, ukraine = 0, total = 0;
};

//! The colours in a 9x9 block around Simferopol (44.95 N, 34.10 E) on a picture of Crimea.
AroundSimferopol simferopolIn(const render::RgbaImage& image) {
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    app::Options options;
    options.bounds = geo::LonLatBox{32.0, 44.0, 37.0, 46.5};
    const view::Camera camera = app::initialCamera(options, lambert, image.width, image.height);
    const view::ScreenPoint at = camera.toScreen(*lambert.forward({34.10, 44.95}));
    AroundSimferopol out;
    for (int dy = -4; dy <= 4; ++dy)
        for (int dx = -4; dx <= 4; ++dx) {
            const auto* px = image.at(unsigned(std::lround(at.x) + dx), unsigned(std::lround(at.y) + dy));
            out.russia += near(px, russiaFill);
            out.ukraine += near(px, ukraineFill);
            ++out.total;
        }
    return out;
}

const char* const crimeaView = "--size 800x600 --no-overlays --bounds 32,44,37,46.5";

} // namespace

TEST(TruthPixels, SimferopolIsNotInRussiasFillAtAnyLevel) {
    ScratchDir dir;
    for (const char* level : {"110m", "50m", "10m"}) {
        const auto image = exportPicture(dir, level, std::string(crimeaView) + " --shapes " + shapesOfOneLevel(dir, level).string());
        const AroundSimferopol around = simferopolIn(image);
        EXPECT_EQ(around.russia, 0) << level;
        // Ukraine's fill between the hatching's stripes.
        EXPECT_GT(around.ukraine, around.total / 3) << level;
    }
}

TEST(TruthPixels, WithoutTheCrimeaRegionSimferopolWouldBeRussian) {
    // The twin: Natural Earth alone draws Crimea in Russia, and the check above would see it.
    ScratchDir dir;
    const auto story = editedStory(dir, [](nlohmann::json& s) { s["regions"].erase(0); });
    const auto image = exportPicture(dir, "plain", std::string(crimeaView) + " --story " + story.string() + " --shapes " +
                                                       shapesOfOneLevel(dir, "50m").string());
    EXPECT_GT(simferopolIn(image).russia, 60);
}

namespace {
//! Pixels of the pact's dark blue ink (#1f4e9c and its antialiased edges; not the EU's lighter
//! fill, not the pulses' pale blue).
std::size_t pactPixels(const render::RgbaImage& image) {
    std::size_t n = 0;
    for (unsigned y = 0; y < image.height; ++y)
        for (unsigned x = 0; x < image.width; ++x) {
            const auto* px = image.at(x, y);
            n += px[0] < 80 && px[2] > px[0] + 60;
        }
    return n;
}
} // namespace

TEST(TruthPixels, AReportedLineIsNotDrawnLikeAConfirmedOne) {
    ScratchDir dir;
    // Over Russia and the Barents Sea, away from the EU's blue.
    const std::string view = "--size 1280x720 --no-overlays --time 2024-11-02 --bounds 45,58,100,75";
    const auto confirmed = exportPicture(dir, "confirmed", view);
    const auto story = editedStory(dir, [](nlohmann::json& s) {
        for (auto& f : s["flows"])
            if (f["id"] == "pact")
                f["confidence"]["level"] = "reported";
    });
    const auto reported = exportPicture(dir, "reported", view + " --story " + story.string());
    const std::size_t solid = pactPixels(confirmed), dashed = pactPixels(reported);
    std::cout << "pact ink pixels: confirmed " << solid << ", reported " << dashed << "\n";
    EXPECT_GT(solid, 2000u);
    // Short dashes leave about half the line out (the solid band loses a little to its pulses,
    // the dashes' gaps a little to their antialiased ends: measured 0.70).
    EXPECT_LT(double(dashed), 0.8 * double(solid)) << solid << " vs " << dashed;
    EXPECT_GT(double(dashed), 0.25 * double(solid)) << solid << " vs " << dashed;
}

namespace {
//! Dark (text) pixels in the band just above the attribution, where the source line sits.
std::size_t inkInSourceBand(const render::RgbaImage& image) {
    std::size_t n = 0;
    for (unsigned y = image.height - 34; y < image.height - 18; ++y)
        for (unsigned x = 20; x < 420; ++x) {
            const auto* px = image.at(x, y);
            n += px[0] + px[1] + px[2] < 3 * 110;
        }
    return n;
}

std::size_t differingInBand(const render::RgbaImage& a, const render::RgbaImage& b) {
    std::size_t n = 0;
    for (unsigned y = a.height - 34; y < a.height - 18; ++y)
        for (unsigned x = 20; x < 420; ++x)
            n += std::memcmp(a.at(x, y), b.at(x, y), 3) != 0;
    return n;
}
} // namespace

TEST(TruthPixels, TheSourceLineIsOnASlideInBothLanguages) {
    ScratchDir dir;
    const auto en = exportPicture(dir, "en", "--size 1280x720 --step 9");
    const auto es = exportPicture(dir, "es", "--size 1280x720 --step 9 --lang es");
    EXPECT_GT(inkInSourceBand(en), 300u);
    EXPECT_GT(inkInSourceBand(es), 300u);
    EXPECT_GT(differingInBand(en, es), 200u); // "Sources (as of 1 Nov 2024)" / "Fuentes (datos a 1 nov. 2024)"
    // The twin: a step that cites nothing has no source line there.
    const auto story = editedStory(dir, [](nlohmann::json& s) {
        s["steps"][8].erase("sources");
        s["steps"][8]["highlight"] = nlohmann::json::array();
        for (auto& list : {"flows", "regions", "places"})
            for (auto& item : s[list])
                item["sources"] = nlohmann::json::array();
        for (auto& p : s["places"])
            p.erase("figures");
        for (auto& list : {"flows", "regions", "places"})
            for (auto& item : s[list])
                if (item.contains("confidence") && item["confidence"]["level"] == "confirmed")
                    item["confidence"]["level"] = "assessed";
    });
    const auto none = exportPicture(dir, "none", "--size 1280x720 --step 9 --story " + story.string());
    EXPECT_GT(differingInBand(en, none), 200u);
}

namespace {
//! A user's countries as GeoJSON, named only by `names` (boxes: Russia's around Kursk and
//! Moscow, Ukraine's west of it), no ISO codes.
std::filesystem::path namedBoxes(const ScratchDir& dir, const std::string& file, const std::string& russia,
                                 const std::string& ukraine) {
    const auto box = [](const std::string& name, int w, int s, int e, int n) {
        return R"({"type":"Feature","properties":{"NAME":")" + name + R"("},"geometry":{"type":"Polygon","coordinates":[[[)" +
               std::to_string(w) + "," + std::to_string(s) + "],[" + std::to_string(e) + "," + std::to_string(s) + "],[" +
               std::to_string(e) + "," + std::to_string(n) + "],[" + std::to_string(w) + "," + std::to_string(n) + "],[" +
               std::to_string(w) + "," + std::to_string(s) + "]]]}}";
    };
    return dir.write(file, R"({"type":"FeatureCollection","features":[)" + box(russia, 35, 45, 60, 62) + "," +
                               box(ukraine, 22, 44, 35, 53) + "]}");
}

//! The pixel at `at` (lon/lat) of a picture of --bounds 30,48,42,56.
const std::uint8_t* pixelAt(const render::RgbaImage& image, geo::LonLat at) {
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    app::Options options;
    options.bounds = geo::LonLatBox{30.0, 48.0, 42.0, 56.0};
    const view::Camera camera = app::initialCamera(options, lambert, image.width, image.height);
    const view::ScreenPoint p = camera.toScreen(*lambert.forward(at));
    return image.at(unsigned(std::lround(p.x)), unsigned(std::lround(p.y)));
}
} // namespace

TEST(TruthPixels, AUsersCountriesTakeTheirRolesByNameAndTheRegionsStayOverThem) {
    ScratchDir dir;
    const std::string view = " --size 800x600 --no-overlays --bounds 30,48,42,56 --shapes ";
    const auto named = runProcess(geobrief() + " --export " + (dir.path() / "named.png").string() + view +
                                  namedBoxes(dir, "named.geojson", "Russia", "Ukraine").string());
    ASSERT_EQ(named.exitCode, 0) << named.err;
    EXPECT_NE(named.err.find("countries identified by 'NAME' (country names) for 2 of 2 features"), std::string::npos)
        << named.err;
    EXPECT_NE(named.err.find("29 of the story's 31 countries are not in it, so their roles are not drawn: Austria (040)"),
              std::string::npos)
        << named.err;
    const render::RgbaImage picture = render::readPng(dir.path() / "named.png");
    const geo::LonLat moscowSouth{39.0, 54.5}, kursk{36.19, 51.73}, chernihiv{31.3, 51.5};
    EXPECT_TRUE(near(pixelAt(picture, moscowSouth), russiaFill));
    EXPECT_TRUE(near(pixelAt(picture, chernihiv), ukraineFill));
    // Kursk Oblast is drawn over the user's Russia exactly as over ours.
    const render::RgbaImage ours = exportPicture(dir, "ours", "--size 800x600 --no-overlays --bounds 30,48,42,56");
    const std::uint8_t* kurskHere = pixelAt(picture, kursk);
    const std::uint8_t* kurskOurs = pixelAt(ours, kursk);
    EXPECT_TRUE(near(kurskHere, Rgb{kurskOurs[0], kurskOurs[1], kurskOurs[2]}, 2));
    EXPECT_FALSE(near(kurskHere, russiaFill, 10));
    // The twin: names that name no country give no role (the story's colours do not appear).
    const auto unnamed = runProcess(geobrief() + " --export " + (dir.path() / "unnamed.png").string() + view +
                                    namedBoxes(dir, "unnamed.geojson", "Land A", "Land B").string());
    ASSERT_EQ(unnamed.exitCode, 0) << unnamed.err;
    EXPECT_NE(unnamed.err.find("no field identifies its countries"), std::string::npos) << unnamed.err;
    const render::RgbaImage neutral = render::readPng(dir.path() / "unnamed.png");
    EXPECT_FALSE(near(pixelAt(neutral, moscowSouth), russiaFill));
    EXPECT_FALSE(near(pixelAt(neutral, chernihiv), ukraineFill));
}

} // namespace truth_pixels_test
