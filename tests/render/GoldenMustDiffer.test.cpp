// "Must differ" twins of the golden tests: small, valid changes to the story must make the
// comparison fail, or the goldens could not catch a wrong picture. Each twin exports the default
// view from an edited copy of the default story and checks it against the same golden; a
// control exports the unedited copy and must still match.
#include "RunProcess.hpp"
#include "render/PngFile.hpp"
#include "support/GoldenImage.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <iostream>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace golden_must_differ_test {

using namespace gb;
using namespace gb::test;

namespace {

const char* const defaultViewArgs = "--size 1280x720 --no-overlays";

//! The default view drawn from the default story after `edit`, checked against its golden.
GoldenCheck defaultViewAfter(const std::function<void(nlohmann::json&)>& edit) {
    ScratchDir dir;
    auto story = nlohmann::json::parse(readAll(dataDir() / "assets/stories/eu-japan-dprk.json"));
    edit(story);
    const auto file = dir.write("story.json", story.dump(2));
    const auto out = dir.path() / "map.png";
    const auto r = runProcess(geobrief() + " --export " + out.string() + " " + defaultViewArgs + " --story " + file.string());
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const std::filesystem::path golden = std::filesystem::path(GEOBRIEF_TEST_DIR) / "golden" / "default-1280x720.png";
    const GoldenTolerance tolerance =
        currentRenderer() == goldenRenderer(golden.parent_path()) ? pinnedTolerance() : foreignRendererTolerance();
    GoldenCheck check = checkAgainstGolden(render::readPng(out), golden, tolerance, dir.path());
    std::cout << (check.matches ? "matches the golden" : check.message.substr(0, check.message.find('\n'))) << '\n';
    return check;
}

nlohmann::json& byId(nlohmann::json& list, const std::string& id) {
    for (auto& item : list)
        if (item["id"] == id)
            return item;
    throw std::runtime_error("no item " + id);
}

} // namespace

TEST(GoldenMustDiffer, TheUneditedStoryStillMatches) {
    const GoldenCheck check = defaultViewAfter([](nlohmann::json&) {});
    EXPECT_TRUE(check.matches) << check.message;
}

TEST(GoldenMustDiffer, ARoleFillSixteenLevelsOff) {
    // Japan's fill #d9544f -> #d9545f: blue 16 levels up.
    EXPECT_FALSE(defaultViewAfter([](nlohmann::json& s) { byId(s["roles"], "japan")["fill"] = "#d9545f"; }).matches);
}

TEST(GoldenMustDiffer, BelgiumsMarkedBorderGone) {
    EXPECT_FALSE(defaultViewAfter([](nlohmann::json& s) { s["markedCountries"] = nlohmann::json::array(); }).matches);
}

TEST(GoldenMustDiffer, APlaceLabelOneLetterLonger) {
    EXPECT_FALSE(defaultViewAfter([](nlohmann::json& s) { byId(s["places"], "tokyo")["name"]["en"] = "Tokyoo"; }).matches);
}

TEST(GoldenMustDiffer, AFlowRemoved) {
    EXPECT_FALSE(defaultViewAfter([](nlohmann::json& s) {
                     auto& flows = s["flows"];
                     for (auto it = flows.begin(); it != flows.end(); ++it)
                         if ((*it)["id"] == "sea-hamhung") {
                             flows.erase(it);
                             break;
                         }
                     for (auto& step : s["steps"]) // steps may name it in their highlights
                         if (step.contains("highlight")) {
                             auto& h = step["highlight"];
                             h.erase(std::remove(h.begin(), h.end(), nlohmann::json("sea-hamhung")), h.end());
                         }
                 }).matches);
}

TEST(GoldenMustDiffer, ThePactReportedInsteadOfConfirmed) {
    // The same line in another confidence level's pattern is another picture.
    EXPECT_FALSE(defaultViewAfter([](nlohmann::json& s) {
                     byId(s["flows"], "pact")["confidence"]["level"] = "reported";
                 }).matches);
}

TEST(GoldenMustDiffer, CrimeaBackInRussiasColour) {
    EXPECT_FALSE(defaultViewAfter([](nlohmann::json& s) { s["regions"].erase(0); }).matches);
}

} // namespace golden_must_differ_test
