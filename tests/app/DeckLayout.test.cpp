// The default deck as the audience sees it: in every slide, at 720p, 1080p and 4K, in English
// and Spanish, no label covers another label, a story line, an arrowhead, a marker or an overlay
// box, and every place the slide's title or caption names is labelled. Computed from the drawn
// geometry that --layout-file records for each exported picture.
#include "RunProcess.hpp"
#include "view/LabelPlacer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

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

TEST(DeckLayout, NoLabelCoversAnythingAndEveryNamedPlaceIsLabelled) {
    for (const std::string size : {"1280x720", "1920x1080", "3840x2160"})
        for (const std::string language : {"en", "es"}) {
            const auto pictures = exportDeck(size, language);
            ASSERT_EQ(pictures.size(), 10u) << size << " " << language;
            std::size_t labels = 0, lines = 0, named = 0;
            for (const json& picture : pictures) {
                for (const std::string& problem : layoutProblems(picture))
                    ADD_FAILURE() << size << " " << language << " " << picture.at("picture").get<std::string>() << ": "
                                  << problem;
                labels += picture.at("labels").size();
                lines += picture.at("lines").size();
                named += picture.at("named").size();
            }
            // Not a vacuous pass: the deck has labels, lines and places its captions name.
            EXPECT_GT(labels, 150u) << size << " " << language;
            EXPECT_GT(lines, 20u) << size << " " << language;
            EXPECT_GE(named, 8u) << size << " " << language;
        }
}

TEST(DeckLayout, TheCheckNoticesEachKindOfFault) {
    const json clean = json::parse(R"({
        "picture": "p.png", "width": 400, "height": 300, "named": ["a"], "markerIds": ["a"],
        "markers": [[96, 96, 8, 8]], "overlays": [[0, 250, 400, 50]], "arrowheads": [[300, 20, 10, 10]],
        "lines": [{"halfWidth": 1.5, "points": [[0, 150], [400, 150]]}],
        "labels": [{"text": "A", "box": [108, 94, 40, 12], "place": "a", "leader": false}]})");
    EXPECT_TRUE(layoutProblems(clean).empty());
    const auto faultWith = [&](const json& box) {
        json bad = clean;
        bad["labels"].push_back({{"text", "B"}, {"box", box}, {"place", ""}, {"leader", false}});
        return layoutProblems(bad);
    };
    EXPECT_EQ(faultWith({120, 100, 40, 12}).size(), 1u); // over label A
    EXPECT_EQ(faultWith({10, 245, 40, 12}).size(), 1u);  // into the bottom band
    EXPECT_EQ(faultWith({295, 25, 40, 12}).size(), 1u);  // on the arrowhead
    EXPECT_EQ(faultWith({60, 95, 40, 12}).size(), 1u);   // on the marker
    EXPECT_EQ(faultWith({10, 145, 40, 12}).size(), 1u);  // across the line
    json unlabelled = clean;
    unlabelled["labels"] = json::array();
    EXPECT_EQ(layoutProblems(unlabelled).size(), 1u);    // the named place lost its label
}
