// The default deck as the audience sees it: in every slide, at 720p, 1080p and 4K, in English
// and Spanish, no label covers another label, a story line, an arrowhead, a marker or an overlay
// box, and every place the slide's title or caption names is labelled. Computed from the drawn
// geometry that --layout-file records for each exported picture.
#include "RunProcess.hpp"
#include "view/LabelPlacer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>
#include <nlohmann/json.hpp>

#include <algorithm>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace deck_layout_test {

using namespace gb;
using nlohmann::json;

namespace {

view::ScreenRect rectOf(const json& b) {
    return {b.at(0).get<double>(), b.at(1).get<double>(), b.at(2).get<double>(), b.at(3).get<double>()};
}

std::vector<view::ScreenRect> rectsOf(const json& boxes) {
    std::vector<view::ScreenRect> out;
    for (const json& b : boxes)
        out.push_back(rectOf(b));
    return out;
}

std::vector<view::LineObstacle> linesOf(const json& lines) {
    std::vector<view::LineObstacle> out;
    for (const json& l : lines) {
        view::LineObstacle line;
        line.halfWidth = l.at("halfWidth").get<double>();
        for (const json& p : l.at("points"))
            line.points.push_back({p.at(0).get<double>(), p.at(1).get<double>()});
        out.push_back(line);
    }
    return out;
}

//! One line per fault in one picture's layout.
std::vector<std::string> layoutProblems(const json& picture) {
    std::vector<std::string> problems;
    const json& labels = picture.at("labels");
    const auto overlays = rectsOf(picture.at("overlays")), heads = rectsOf(picture.at("arrowheads"));
    const auto markers = rectsOf(picture.at("markers"));
    const auto lines = linesOf(picture.at("lines"));
    const auto report = [&](const json& label, const std::string& what) {
        // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on the one-line sum.
        std::string line = "label ";
        line.append(label.at("text").get<std::string>()).append(": ").append(what);
        problems.push_back(line);
    };
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const view::ScreenRect box = rectOf(labels[i].at("box"));
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            if (box.overlaps(rectOf(labels[j].at("box"))))
                report(labels[i], "overlaps the label '" + labels[j].at("text").get<std::string>() + "'");
        const auto hits = [&](const std::vector<view::ScreenRect>& rects) {
            return std::any_of(rects.begin(), rects.end(), [&](const view::ScreenRect& r) { return r.overlaps(box); });
        };
        if (hits(overlays))
            report(labels[i], "is under an overlay box");
        if (hits(heads))
            report(labels[i], "covers an arrowhead");
        if (hits(markers))
            report(labels[i], "covers a marker");
        if (std::any_of(lines.begin(), lines.end(), [&](const view::LineObstacle& l) { return view::lineCrosses(l, box); }))
            report(labels[i], "crosses a story line");
    }
    // Every named place on the picture (its marker inside it, not under an overlay) is labelled.
    const auto ids = picture.at("markerIds").get<std::vector<std::string>>();
    for (const std::string& id : picture.at("named").get<std::vector<std::string>>()) {
        const auto at = std::find(ids.begin(), ids.end(), id);
        if (at == ids.end())
            continue;
        const view::ScreenRect marker = markers[static_cast<std::size_t>(at - ids.begin())];
        const view::ScreenPoint centre{marker.left + marker.width / 2, marker.top + marker.height / 2};
        const view::ScreenRect dot{centre.x, centre.y, 0.5, 0.5};
        const double w = picture.at("width").get<double>(), h = picture.at("height").get<double>();
        const bool inside = centre.x >= 0 && centre.y >= 0 && centre.x <= w && centre.y <= h &&
                            std::none_of(overlays.begin(), overlays.end(),
                                         [&](const view::ScreenRect& o) { return o.overlaps(dot); });
        const bool labelled = std::any_of(labels.begin(), labels.end(),
                                          [&](const json& l) { return l.at("place").get<std::string>() == id; });
        if (inside && !labelled)
            problems.push_back("the caption names '" + id + "' but it has no label");
    }
    return problems;
}

std::vector<json> exportDeck(const std::string& size, const std::string& language) {
    test::ScratchDir dir;
    const auto log = dir.path() / "layout.jsonl";
    const auto r = test::runProcess(test::geobrief() + " --export-steps " + dir.path().string() + " --size " + size +
                                    " --lang " + language + " --layout-file " + log.string());
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<json> pictures;
    std::istringstream lines(test::readAll(log));
    for (std::string line; std::getline(lines, line);)
        pictures.push_back(json::parse(line));
    return pictures;
}

} // namespace

// One deck per size and language, each its own test, so ctest spreads them over the cores.
class DeckLayout : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(DeckLayout, NoLabelCoversAnythingAndEveryNamedPlaceIsLabelled) {
    const auto& [size, language] = GetParam();
    const auto pictures = exportDeck(size, language);
    ASSERT_EQ(pictures.size(), 10u) << size << " " << language;
    std::size_t labels = 0, lines = 0, named = 0;
    for (const json& picture : pictures) {
        for (const std::string& problem : layoutProblems(picture))
            ADD_FAILURE() << size << " " << language << " " << picture.at("picture").get<std::string>() << ": " << problem;
        labels += picture.at("labels").size();
        lines += picture.at("lines").size();
        named += picture.at("named").size();
    }
    // Not a vacuous pass: the deck has labels, lines and places its captions name.
    EXPECT_GT(labels, 150u) << size << " " << language;
    EXPECT_GT(lines, 20u) << size << " " << language;
    EXPECT_GE(named, 8u) << size << " " << language;
}

INSTANTIATE_TEST_SUITE_P(SizesAndLanguages, DeckLayout,
                         ::testing::Combine(::testing::Values("1280x720", "1920x1080", "3840x2160"),
                                            ::testing::Values("en", "es")),
                         [](const auto& info) {
                             std::string name = std::get<0>(info.param) + "_" + std::get<1>(info.param);
                             std::replace(name.begin(), name.end(), 'x', '_');
                             return name;
                         });

// A narrow picture (800x600, Spanish: the longer words) has no room for the title and the legend
// side by side, nor for the credit on one line: the legend goes below the title, the credit
// wraps, and no overlay box covers another or leaves the picture.
TEST(DeckLayout, OnANarrowSlideTheOverlaysNeitherCoverEachOtherNorLeaveThePicture) {
    test::ScratchDir dir;
    const auto log = dir.path() / "layout.jsonl";
    const auto r = test::runProcess(test::geobrief() + " --export " + (dir.path() / "s.png").string() +
                                    " --size 800x600 --lang es --bounds 30,48,42,56 --layout-file " + log.string());
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json picture = json::parse(test::readAll(log));
    const auto overlays = rectsOf(picture.at("overlays"));
    ASSERT_GE(overlays.size(), 6u); // title, date, legend, sources, credit, scale bar, inset
    for (std::size_t i = 0; i < overlays.size(); ++i) {
        const view::ScreenRect& a = overlays[i];
        EXPECT_TRUE(a.left >= 0 && a.top >= 0 && a.left + a.width <= 800 && a.top + a.height <= 600)
            << "overlay " << i << " leaves the picture: " << a.left << "," << a.top << " " << a.width << "x" << a.height;
        for (std::size_t j = i + 1; j < overlays.size(); ++j)
            EXPECT_FALSE(a.overlaps(overlays[j])) << "overlays " << i << " and " << j << " overlap";
    }
}

} // namespace deck_layout_test
