// A real geobrief window under Xvfb, driven by real X input (xdotool) and checked by its pixels:
// where Japan (the only area in Japan's colour) is and how big it is.
#include "RunProcess.hpp"
#include "XwdImage.hpp"
#include "app/InitialView.hpp"
#include "app/XvfbSession.hpp"
#include "render/PngFile.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <thread>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace window_test {

using namespace gb;
using namespace gb::test;

namespace {

struct Area {
    double x = 0, y = 0; //!< centroid, pixels
    double pixels = 0;
};

//! The default story without places, flows or steps: no marker, label or arrow covers Japan.
std::string storyWithoutPlaces(const ScratchDir& dir) {
    auto story = nlohmann::json::parse(readAll(std::filesystem::path(GEOBRIEF_DATA_DIR) / "assets/stories/eu-japan-dprk.json"));
    story["places"] = nlohmann::json::array();
    story["flows"] = nlohmann::json::array();
    story["steps"] = nlohmann::json::array();
    return dir.write("no-places.json", story.dump(2)).string();
}

//! The geobrief process, killed at the end of the test whatever happens. It reports through its
//! --state-file (app/WindowStatus): the tests wait on those signals, never on fixed sleeps.
class GeobriefWindow {
public:
    explicit GeobriefWindow(std::vector<std::string> args) {
        args.insert(args.end(), {"--state-file", state_.string()});
        pid_ = ::fork();
        if (pid_ == 0) {
            std::vector<char*> argv{const_cast<char*>(GEOBRIEF_BINARY)};
            for (const auto& a : args)
                argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            ::execv(GEOBRIEF_BINARY, argv.data());
            ::_exit(127);
        }
        const auto r = runProcess("timeout 20 xdotool search --sync --onlyvisible --name '^geobrief$'");
        id_ = r.out.substr(0, r.out.find('\n'));
        if (!id_.empty())
            waitUntil("the first settled frame", [](const nlohmann::json& s) { return s.value("settled", false); });
    }
    ~GeobriefWindow() {
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
    }
    GeobriefWindow(const GeobriefWindow&) = delete;
    GeobriefWindow& operator=(const GeobriefWindow&) = delete;

    [[nodiscard]] const std::string& id() const { return id_; }
    [[nodiscard]] bool running() const { return ::waitpid(pid_, nullptr, WNOHANG) == 0; }

    //! The window's last report (empty before the first).
    [[nodiscard]] nlohmann::json status() const {
        const std::string text = readAll(state_);
        return text.empty() ? nlohmann::json::object() : nlohmann::json::parse(text, nullptr, false);
    }

    //! Polls the state file until `ready` holds (10 s at most, or `seconds`, then the test fails).
    template <typename Predicate>
    nlohmann::json waitUntil(const std::string& what, Predicate ready, int seconds = 10) const {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        while (std::chrono::steady_clock::now() < deadline) {
            const nlohmann::json s = status();
            if (s.is_object() && !s.empty() && ready(s))
                return s;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        ADD_FAILURE() << "the window never reported " << what << "; last: " << status().dump();
        return status();
    }

    //! Runs xdotool, then moves the pointer to a parking spot (bottom left, far from Japan and
    //! the panels: hover emphasis must not change the pixels counted) and waits until the window
    //! has handled that move (so every event before it) and has settled: no motion, the wanted
    //! level drawn sharp.
    void xdotool(const std::string& args) {
        const auto r = runProcess("xdotool " + args);
        ASSERT_EQ(r.exitCode, 0) << "xdotool " << args << ": " << r.err;
        parkX_ = parkX_ == 2 ? 3 : 2; // a new spot each time, so the move is always an event
        (void)runProcess("xdotool mousemove --window " + id_ + " " + std::to_string(parkX_) + " 590");
        waitUntil("the parked pointer and a settled view", [x = parkX_](const nlohmann::json& s) {
            return s["pointer"] == nlohmann::json::array({x, 590}) && s.value("settled", false);
        });
    }

    //! Polls screenshots until `minPixels` of a colour show (what ImGui draws one frame late).
    Area waitForArea(int r, int g, int b, double minPixels) const {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        Area a = area(r, g, b);
        while (a.pixels < minPixels && std::chrono::steady_clock::now() < deadline)
            a = area(r, g, b);
        return a;
    }

    [[nodiscard]] Area japan() const { return area(0xd9, 0x54, 0x4f); }

    //! Where the pixels of one colour (within 2 levels) are.
    [[nodiscard]] Area area(int r, int g, int b) const {
        ScratchDir dir;
        const auto shot = (dir.path() / "shot.xwd").string();
        const auto dump = runProcess("xwd -silent -id " + id_ + " -out " + shot);
        EXPECT_EQ(dump.exitCode, 0) << dump.err;
        const XwdImage image(shot);
        if (const char* keep = std::getenv("GEOBRIEF_KEEP_SHOTS")) { // for looking at failures
            render::RgbaImage png;
            png.width = unsigned(image.width());
            png.height = unsigned(image.height());
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const Rgb c = image.at(x, y);
                    png.pixels.insert(png.pixels.end(), {std::uint8_t(c.r), std::uint8_t(c.g), std::uint8_t(c.b), 255});
                }
            (void)render::writePngNoOverwrite(png, std::filesystem::path(keep) / "window.png");
        }
        Area a;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const Rgb c = image.at(x, y);
                if (std::abs(c.r - r) <= 2 && std::abs(c.g - g) <= 2 && std::abs(c.b - b) <= 2) {
                    a.x += x;
                    a.y += y;
                    a.pixels += 1;
                }
            }
        if (a.pixels > 0) {
            a.x /= a.pixels;
            a.y /= a.pixels;
        }
        return a;
    }

private:
    ScratchDir dir_;
    std::filesystem::path state_ = dir_.path() / "state.json";
    pid_t pid_ = -1;
    std::string id_;
    int parkX_ = 2;
};

} // namespace

TEST(Window, MouseAndKeysMoveTheMap) {
    app::XvfbSession display; // a private X server when there is none
    // Centred on Japan, so it stays whole on screen through every step.
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--center", "137,37", "--zoom", "3.5", "--story", storyWithoutPlaces(dir), "--hide-panels"});
    ASSERT_FALSE(window.id().empty()) << "no geobrief window appeared";
    window.xdotool("windowfocus --sync " + window.id());

    const Area start = window.japan();
    ASSERT_GT(start.pixels, 300) << "Japan is not on the default view";

    // Drag by (+100, +50): Japan follows the mouse.
    window.xdotool("mousemove --window " + window.id() + " 400 300 mousedown 1 mousemove --window " + window.id() +
                   " 450 325 mousemove --window " + window.id() + " 500 350 mouseup 1");
    const Area dragged = window.japan();
    EXPECT_NEAR(dragged.x - start.x, 100.0, 3.0);
    EXPECT_NEAR(dragged.y - start.y, 50.0, 3.0);
    EXPECT_NEAR(dragged.pixels, start.pixels, 0.05 * start.pixels);

    // One wheel notch up over Japan: it grows 1.5x in each direction around the cursor.
    const int cx = static_cast<int>(std::lround(dragged.x)), cy = static_cast<int>(std::lround(dragged.y));
    window.xdotool("mousemove --window " + window.id() + " " + std::to_string(cx) + " " + std::to_string(cy) + " click 4");
    const Area wheeled = window.japan();
    // Area grows 1.5² = 2.25 times; the pixels counted are Japan's inside its 1-px border, whose
    // share shrinks as Japan grows, so the count grows a little more than the area.
    EXPECT_GT(wheeled.pixels / dragged.pixels, 2.1);
    EXPECT_LT(wheeled.pixels / dragged.pixels, 2.8);
    EXPECT_NEAR(wheeled.x, cx, 4.0);
    EXPECT_NEAR(wheeled.y, cy, 4.0);

    // Double-click zooms in twice as much again, around the click.
    window.xdotool("mousemove --window " + window.id() + " " + std::to_string(cx) + " " + std::to_string(cy) +
                   " click --repeat 2 --delay 80 1");
    const Area doubled = window.japan();
    // 2² = 4, a little more for the border's share; the name "JAPAN" covers a share of the
    // smaller view's count that shrinks in the larger (measured 4.85). 3x zoom would be 9.
    EXPECT_GT(doubled.pixels / wheeled.pixels, 3.7);
    EXPECT_LT(doubled.pixels / wheeled.pixels, 5.2);

    // Home goes back to the start; minus zooms out by two.
    window.xdotool("key --window " + window.id() + " Home");
    const Area home = window.japan();
    EXPECT_NEAR(home.x, start.x, 3.0);
    EXPECT_NEAR(home.y, start.y, 3.0);
    window.xdotool("key --window " + window.id() + " minus");
    EXPECT_NEAR(window.japan().pixels / start.pixels, 0.25, 0.06);
    window.xdotool("key --window " + window.id() + " plus");
    window.xdotool("key --window " + window.id() + " Left");
    EXPECT_NEAR(window.japan().x - start.x, 200.0, 3.0); // a quarter of 800 px: content moves right

    EXPECT_TRUE(window.running());
}

TEST(Window, APanFarAwayAndBackShowsTheSameMap) {
    // The render cache holds 256 px around the window and wraps around: a pan beyond that
    // draws only the uncovered strip into texels the far side no longer needs. Japan leaves
    // the cached area (1100 px to the right, so the view stays over land and is not stopped at
    // the world's edge) and comes back drawn strip by strip, in wrapped texels: it must be
    // where and as big as it was.
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "1200x600", "--center", "137,37", "--zoom", "3.5", "--story", storyWithoutPlaces(dir), "--hide-panels"});
    ASSERT_FALSE(window.id().empty()) << "no geobrief window appeared";
    window.xdotool("windowfocus --sync " + window.id());
    const Area start = window.japan();
    ASSERT_GT(start.pixels, 300) << "Japan is not on the view";
    const auto drag = [&](int fromX, int toX) {
        std::string moves = "mousemove --window " + window.id() + " " + std::to_string(fromX) + " 300 mousedown 1";
        for (int step = 1; step <= 11; ++step) // in steps, as a hand drags: the cache scrolls several times
            moves += " mousemove --window " + window.id() + " " + std::to_string(fromX + (toX - fromX) * step / 11) + " 300";
        window.xdotool(moves + " mouseup 1");
    };
    drag(50, 1150);
    EXPECT_LT(window.japan().pixels, 0.05 * start.pixels); // off screen
    drag(1150, 50);
    const Area back = window.japan();
    EXPECT_NEAR(back.x, start.x, 2.0);
    EXPECT_NEAR(back.y, start.y, 2.0);
    EXPECT_NEAR(back.pixels, start.pixels, 0.02 * start.pixels);
}

TEST(Window, ResizeKeepsTheCentreAndMenusKeepTheMouse) {
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--story", storyWithoutPlaces(dir), "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    const Area start = window.japan();

    window.xdotool("windowsize --sync " + window.id() + " 1000 700");
    const Area resized = window.japan();
    EXPECT_NEAR(resized.x - start.x, 100.0, 3.0);
    EXPECT_NEAR(resized.y - start.y, 50.0, 3.0);
    EXPECT_NEAR(resized.pixels, start.pixels, 0.05 * start.pixels);

    // Open the View menu, then scroll over it: ImGui takes the wheel, the map stays.
    window.xdotool("mousemove --window " + window.id() + " 20 8 click 1");
    window.xdotool("mousemove --window " + window.id() + " 40 40 click 4");
    const Area afterMenu = window.japan();
    EXPECT_NEAR(afterMenu.pixels, resized.pixels, 0.05 * resized.pixels);
    EXPECT_NEAR(afterMenu.x, resized.x, 1.0);
    EXPECT_TRUE(window.running());
}

TEST(Window, StoryFileReloadsAndBadEditsKeepTheLastGoodStory) {
    app::XvfbSession display;
    ScratchDir dir;
    std::string text = readAll(std::filesystem::path(GEOBRIEF_DATA_DIR) / "assets/stories/eu-japan-dprk.json");
    const auto file = dir.write("story.json", text);
    GeobriefWindow window({"--size", "800x600", "--story", file.string(), "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    ASSERT_GT(window.japan().pixels, 100);

    // Japan turns green within a second of saving.
    text.replace(text.find("#d9544f"), 7, "#00c000");
    const auto saved = std::chrono::steady_clock::now();
    dir.write("story.json", text);
    window.waitUntil("a reload", [](const nlohmann::json& s) { return s.value("reloads", 0) == 1 && s.value("settled", false); });
    EXPECT_LT(std::chrono::steady_clock::now() - saved, std::chrono::seconds(1)) << "reloaded within a second";
    EXPECT_LT(window.japan().pixels, 5);
    const double green = window.area(0x00, 0xc0, 0x00).pixels;
    EXPECT_GT(green, 100);

    // A broken file: the error banner shows (dark red), the map keeps the last good story.
    dir.write("story.json", "{\"title\": broken");
    window.waitUntil("the story error", [](const nlohmann::json& s) { return !s.value("storyError", "").empty(); });
    EXPECT_GT(window.waitForArea(150, 20, 20, 2000).pixels, 2000) << "no error banner";
    EXPECT_NEAR(window.area(0x00, 0xc0, 0x00).pixels, green, 0.05 * green);
    EXPECT_TRUE(window.running());

    // Deleted: the banner says so, the map stays; back again: reloaded, no banner.
    dir.write("story.json", text);
    window.waitUntil("the second reload", [](const nlohmann::json& s) { return s.value("reloads", 0) == 2; });
    EXPECT_EQ(window.status().value("storyError", "?"), "");
    std::filesystem::remove(file);
    window.waitUntil("the deleted banner", [](const nlohmann::json& s) {
        return s.value("storyError", "").find("the story file was deleted or moved") != std::string::npos;
    });
    EXPECT_GT(window.waitForArea(150, 20, 20, 2000).pixels, 2000) << "no banner for the deleted file";
    EXPECT_NEAR(window.area(0x00, 0xc0, 0x00).pixels, green, 0.05 * green);
    dir.write("story.json", text);
    window.waitUntil("the reload once it is back", [](const nlohmann::json& s) {
        return s.value("reloads", 0) == 3 && s.value("storyError", "?").empty();
    });
    EXPECT_TRUE(window.running());
}

namespace {
//! "kind id title" of the window's selection.
std::string selection(const GeobriefWindow& window) {
    const nlohmann::json s = window.status();
    return s.value("kind", "?") + " " + s.value("id", "?") + " " + s.value("title", "?");
}
} // namespace

TEST(Window, ClickingTokyoOpensItsDetailsAndTheSeaClearsThem) {
    app::XvfbSession display;
    GeobriefWindow window({"--size", "800x600", "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    // Where the app draws Tokyo and the Black Sea: the same camera maths as the window.
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const view::Camera camera = app::initialCamera(app::Options{}, lambert, 800, 600);
    const view::ScreenPoint tokyo = camera.toScreen(*lambert.forward({139.749, 35.674}));
    // The Sea of Okhotsk: clear of flows, and right of the details panel that Tokyo opens
    // (a click on a panel belongs to the panel).
    const view::ScreenPoint sea = camera.toScreen(*lambert.forward({149.0, 54.0}));
    ASSERT_TRUE(tokyo.x > 0 && tokyo.x < 800 && sea.x > 430 && sea.x < 800 && sea.y > 0 && sea.y < 600);
    const auto at = [&](view::ScreenPoint p) {
        return std::to_string(static_cast<int>(std::lround(p.x))) + " " + std::to_string(static_cast<int>(std::lround(p.y)));
    };
    window.xdotool("mousemove --window " + window.id() + " " + at(tokyo) + " click 1");
    EXPECT_EQ(selection(window), "place tokyo Tokyo");
    window.xdotool("mousemove --window " + window.id() + " " + at(sea) + " click 1");
    EXPECT_EQ(selection(window), "none  ");
    // A country answers with its name.
    const view::ScreenPoint mongolia = camera.toScreen(*lambert.forward({103.0, 46.5}));
    ASSERT_GT(mongolia.x, 430);
    window.xdotool("mousemove --window " + window.id() + " " + at(mongolia) + " click 1");
    EXPECT_EQ(selection(window), "country 496 Mongolia");
    window.xdotool("key --window " + window.id() + " Escape");
    EXPECT_EQ(selection(window), "none  ");
}

TEST(Window, HoverAfterAZoomWithoutAMouseMoveNamesWhatIsUnderThePointer) {
    // Hover is picked again whenever the camera changes, keyed by the country's id: after two
    // zoom steps with the pointer still, it names what a click there selects, not Mongolia.
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--story", storyWithoutPlaces(dir), "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    const geo::Projection lambert(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    const view::ScreenPoint mongolia =
        app::initialCamera(app::Options{}, lambert, 800, 600).toScreen(*lambert.forward({103.0, 46.5}));
    const std::string at = std::to_string(int(std::lround(mongolia.x))) + " " + std::to_string(int(std::lround(mongolia.y)));
    const auto hoverIs = [](const std::string& what) {
        return [what](const nlohmann::json& s) { return s.value("hover", "") == what && s.value("settled", false); };
    };
    (void)runProcess("xdotool mousemove --window " + window.id() + " " + at);
    window.waitUntil("hover over Mongolia", hoverIs("country 496"));
    (void)runProcess("xdotool key --window " + window.id() + " plus key --window " + window.id() + " plus");
    // The pointer ends over land (Russia): a hover of nothing is a frame before the pick, not
    // the answer (seen once under heavy load), so the wait is for a named item.
    const nlohmann::json zoomed = window.waitUntil("a new hover after the zoom", [](const nlohmann::json& s) {
        const std::string hover = s.value("hover", "");
        return hover != "country 496" && !hover.empty() && s.value("settled", false);
    });
    (void)runProcess("xdotool click 1");
    const nlohmann::json clicked = window.waitUntil("a selection", [](const nlohmann::json& s) { return s.value("kind", "none") != "none"; });
    EXPECT_EQ(zoomed.value("hover", ""), clicked.value("kind", "") + " " + clicked.value("id", ""));
    // Home, the pointer still: the camera goes back and the hover names Mongolia again.
    (void)runProcess("xdotool key --window " + window.id() + " Home");
    window.waitUntil("Mongolia again after Home", hoverIs("country 496"));
}

// The README promises the wheel zooms around the cursor: after 12 notches in, the map point under
// the pointer has moved at most 2 px (the window reports that point and the scale), and the
// hover still names what is there.
TEST(Window, TwelveWheelNotchesKeepThePointUnderTheCursor) {
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--story", storyWithoutPlaces(dir), "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    (void)runProcess("xdotool mousemove --window " + window.id() + " 611 233");
    const nlohmann::json before = window.waitUntil("the pointer over the map", [](const nlohmann::json& s) {
        return s["pointer"] == nlohmann::json::array({611, 233}) && !s.value("hover", "").empty() && s.value("settled", false);
    });
    const double startScale = before.value("metresPerPixel", 0.0);
    ASSERT_GT(startScale, 0.0);
    (void)runProcess("xdotool click --repeat 12 --delay 30 4");
    const nlohmann::json after = window.waitUntil("12 notches in and settled", [&](const nlohmann::json& s) {
        return s.value("metresPerPixel", 0.0) < startScale / 100 && s.value("settled", false);
    });
    EXPECT_NEAR(after.value("metresPerPixel", 0.0), startScale / std::pow(1.5, 12), startScale * 1e-9);
    const double dx = after["pointerMap"][0].get<double>() - before["pointerMap"][0].get<double>();
    const double dy = after["pointerMap"][1].get<double>() - before["pointerMap"][1].get<double>();
    EXPECT_LE(std::hypot(dx, dy) / after.value("metresPerPixel", 1.0), 2.0) << "pixels of drift at the cursor";
    EXPECT_EQ(after.value("hover", ""), before.value("hover", ""));
}

namespace {
//! Moves the pointer and waits until the window has drawn a frame that saw it (ImGui opens a
//! menu one frame after the pointer reaches it).
void pointTo(GeobriefWindow& window, int x, int y) {
    (void)runProcess("xdotool mousemove --window " + window.id() + " " + std::to_string(x) + " " + std::to_string(y));
    window.waitUntil("the pointer at " + std::to_string(x) + "," + std::to_string(y), [x, y](const nlohmann::json& s) {
        return s["pointer"] == nlohmann::json::array({x, y});
    });
}

void chooseProjection(GeobriefWindow& window, int itemY, const std::string& name) {
    pointTo(window, 20, 8);
    (void)runProcess("xdotool click 1");  // View
    pointTo(window, 40, 62);              // Projection >
    pointTo(window, 300, 62);             // into the submenu
    pointTo(window, 300, itemY);
    (void)runProcess("xdotool click 1");
    window.waitUntil(name + " shown and settled", [&name](const nlohmann::json& s) {
        return s.value("projection", "") == name && s.value("settled", false);
    });
}
} // namespace

// View > Projection: Mercator refits the story overview (Japan where the overview puts it, not
// cut off), and choosing Lambert again really goes back to the view the window opened with.
TEST(Window, AProjectionRoundTripReturnsToLambertAndRefits) {
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--story", storyWithoutPlaces(dir), "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    const Area start = window.japan();
    ASSERT_GT(start.pixels, 300);

    chooseProjection(window, 122, "mercator");
    pointTo(window, 2, 590); // off the menus and off Japan
    const geo::Projection mercator(geo::ProjectionSpec{geo::ProjectionKind::WebMercator, {80.0, 45.0}});
    const view::ScreenPoint honshu = app::homeCamera(mercator, 800, 600).toScreen(*mercator.forward({138.0, 36.8}));
    const Area inMercator = window.waitForArea(0xd9, 0x54, 0x4f, 300);
    EXPECT_NEAR(inMercator.x, honshu.x, 25.0) << "Japan is not where the refitted overview puts it";
    EXPECT_NEAR(inMercator.y, honshu.y, 25.0);
    EXPECT_GT(std::abs(inMercator.y - start.y), 5.0) << "the twin: Mercator draws Japan elsewhere";

    chooseProjection(window, 62, "lambert");
    pointTo(window, 2, 590);
    const Area back = window.japan();
    EXPECT_NEAR(back.x, start.x, 1.0);
    EXPECT_NEAR(back.y, start.y, 1.0);
    EXPECT_NEAR(back.pixels, start.pixels, 0.02 * start.pixels);
}

TEST(Window, F12SavesAPictureAndAFailureKeepsTheMapRunning) {
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--hide-panels", "--pictures", dir.path().string()});
    ASSERT_FALSE(window.id().empty());
    window.xdotool("windowfocus --sync " + window.id());
    window.xdotool("key --window " + window.id() + " F12");
    window.xdotool("key --window " + window.id() + " ctrl+s");
    window.waitUntil("two pictures", [](const nlohmann::json& s) { return s.value("pictures", 0) == 2; });
    std::vector<std::filesystem::path> pictures;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        pictures.push_back(entry.path());
    ASSERT_EQ(pictures.size(), 2u); // the second in the same second got a numbered name
    const render::RgbaImage picture = render::readPng(pictures[0]);
    EXPECT_EQ(picture.width, 800u);
    EXPECT_EQ(picture.height, 600u);
    // Like every picture, it carries its numbered source line above the attribution: dark text
    // on the pale band at the bottom left.
    std::size_t ink = 0;
    for (unsigned y = picture.height - 34; y < picture.height - 18; ++y)
        for (unsigned x = 16; x < 400; ++x) {
            const auto* px = picture.at(x, y);
            ink += px[0] + px[1] + px[2] < 3 * 110;
        }
    EXPECT_GT(ink, 350u) << "no source line on the F12 picture"; // with overlays ~740, without ~140
    // The window shows where it went (a green toast) and keeps running.
    EXPECT_GT(window.waitForArea(30, 90, 40, 500).pixels, 500) << "no toast";
    EXPECT_TRUE(window.running());
}

TEST(Window, SavingIntoAMissingFolderShowsAnErrorAndKeepsRunning) {
    app::XvfbSession display;
    GeobriefWindow window({"--size", "800x600", "--hide-panels", "--pictures", "/nonexistent-folder"});
    ASSERT_FALSE(window.id().empty());
    window.xdotool("windowfocus --sync " + window.id());
    window.xdotool("key --window " + window.id() + " F12");
    window.waitUntil("a failed picture", [](const nlohmann::json& s) { return s.value("pictures", 0) == 1; });
    EXPECT_GT(window.waitForArea(150, 20, 20, 500).pixels, 500) << "no error toast";
    EXPECT_TRUE(window.running());
    EXPECT_FALSE(std::filesystem::exists("/nonexistent-folder"));
}

TEST(Window, RecordsTheStepShownWhileTheMapStaysUsable) {
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--step", "7", "--pictures", dir.path().string()});
    ASSERT_FALSE(window.id().empty());
    window.xdotool("windowfocus --sync " + window.id());
    window.xdotool("key --window " + window.id() + " ctrl+shift+v"); // the dialog, set to this step
    window.xdotool("key --window " + window.id() + " Return");      // Record
    window.waitUntil("recording", [](const nlohmann::json& s) { return !s.value("recording", "").empty(); });
    // The map answers meanwhile: a zoom changes the scale while frames are still being drawn.
    const double before = window.status().value("metresPerPixel", 0.0);
    (void)runProcess("xdotool key --window " + window.id() + " plus");
    const auto zoomed = window.waitUntil("a zoom while recording", [before](const nlohmann::json& s) {
        return s.value("metresPerPixel", 0.0) < 0.9 * before;
    });
    EXPECT_FALSE(zoomed.value("recording", "").empty()) << "the recording ended before the zoom was handled";
    const auto done = window.waitUntil("the video", [](const nlohmann::json& s) { return s.value("videos", 0) == 1; }, 60);
    const std::filesystem::path video = done.value("lastVideo", "");
    ASSERT_EQ(video.extension(), ".mp4") << done.dump();
    EXPECT_EQ(video.parent_path(), dir.path());
    // Step 7 as --export-video --step 7 records it: H.264 at 1280x720, 30 fps, ending on its slide.
    const auto probe = runProcess("ffprobe -v error -select_streams v:0 -show_entries stream=codec_name,width,height,"
                                  "r_frame_rate -of csv=p=0 " + video.string());
    EXPECT_EQ(probe.out, "h264,1280,720,30/1\n");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1); // nothing else, no .part
    EXPECT_TRUE(window.running());
}

TEST(Window, CancellingARecordingLeavesNothing) {
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--step", "1", "--pictures", dir.path().string()});
    ASSERT_FALSE(window.id().empty());
    window.xdotool("windowfocus --sync " + window.id());
    window.xdotool("key --window " + window.id() + " ctrl+shift+v");
    window.xdotool("key --window " + window.id() + " Return"); // step 1: ~17 s of video
    window.waitUntil("ten frames recorded", [](const nlohmann::json& s) {
        const std::string r = s.value("recording", "");
        return !r.empty() && std::stoi(r.substr(0, r.find('/'))) >= 10;
    });
    (void)runProcess("xdotool key --window " + window.id() + " ctrl+shift+v"); // the same keys cancel
    const auto cancelled = window.waitUntil("the cancel", [](const nlohmann::json& s) { return s.value("videos", 0) == 1; });
    EXPECT_EQ(cancelled.value("lastVideo", ""), "cancelled");
    EXPECT_EQ(cancelled.value("recording", "x"), "");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 0); // no video, no .part
    EXPECT_TRUE(window.running());
}

namespace {

//! How far two pictures are apart over rows [top, bottom): the mean of each pixel's largest
//! channel difference, and the share of pixels off by more than 24 levels. `shift` moves the
//! second picture that many pixels right first (the must-differ twin).
struct Difference {
    double mean = 0, shareOff = 0;
};
Difference difference(const XwdImage& window, const render::RgbaImage& picture, int top, int bottom, int shift = 0) {
    double total = 0, off = 0, n = 0;
    for (int y = top; y < bottom; ++y)
        for (int x = shift; x < window.width(); ++x) {
            const Rgb a = window.at(x, y);
            const std::uint8_t* b = picture.at(unsigned(x - shift), unsigned(y));
            const int d = std::max({std::abs(a.r - b[0]), std::abs(a.g - b[1]), std::abs(a.b - b[2])});
            total += d;
            off += d > 24;
            n += 1;
        }
    return {total / n, off / n};
}

} // namespace

// Window = deck: a step in the window is the step's exported picture (the cone turned to the
// step's meridian), not the story-wide 80°E cone. Step 4 (Vladivostok, ~131°E) is turned ~30°.
TEST(Window, AStepLooksAsItsExportedPicture) {
    app::XvfbSession display;
    ScratchDir dir;
    GeobriefWindow window({"--size", "800x600", "--step", "4", "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    const auto shot = (dir.path() / "step.xwd").string();
    ASSERT_EQ(runProcess("xwd -silent -id " + window.id() + " -out " + shot).exitCode, 0);
    const XwdImage seen(shot);
    const auto file = dir.path() / "step-4.png";
    const auto r = runProcess(std::string(GEOBRIEF_BINARY) + " --export " + file.string() +
                              " --step 4 --size 800x600 --no-overlays");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const render::RgbaImage exported = render::readPng(file);
    ASSERT_EQ(seen.width(), 800);
    // The map between the menu bar and the step's caption panel (the window's own panels).
    const Difference same = difference(seen, exported, 24, 440);
    EXPECT_LT(same.mean, 2.0);     // measured 0.78: moving dashes and the window's finer coast
    EXPECT_LT(same.shareOff, 0.015); // measured 0.5%
    // Must differ: the same comparison refuses the picture moved by one pixel (measured 4.0, 4.1%).
    const Difference moved = difference(seen, exported, 24, 440, 1);
    EXPECT_GT(moved.mean, 2.0);
    EXPECT_GT(moved.shareOff, 0.015);
}

// Step mode has clear edges: Home leaves it for the whole story (no step, the timeline's last
// day), and so does a seek on the timeline.
TEST(Window, HomeLeavesStepMode) {
    app::XvfbSession display;
    GeobriefWindow window({"--size", "800x600", "--step", "7", "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    const auto atStep = window.waitUntil("step 7", [](const nlohmann::json& s) { return s.value("step", 0) == 7; });
    EXPECT_EQ(atStep.value("day", ""), "2024-10-24"); // the end of the Kazan step's dates
    window.xdotool("windowfocus --sync " + window.id());
    window.xdotool("key --window " + window.id() + " Home");
    const auto whole = window.waitUntil("the whole story", [](const nlohmann::json& s) {
        return s.value("step", -1) == 0 && s.value("settled", false);
    });
    EXPECT_EQ(whole.value("day", ""), "2024-11-15"); // the timeline's last day: every flow drawn
}

// A presenter blanks the screen with B (black) and brings the map back with B again.
TEST(Window, BBlacksOutThePresentation) {
    app::XvfbSession display;
    GeobriefWindow window({"--size", "800x600", "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    window.xdotool("windowfocus --sync " + window.id());
    // Presentation mode from the first step. Its full-screen window replaces this one while the
    // key is still down, so xdotool's key-up finds no window and exits 1: not checked.
    (void)runProcess("xdotool key --window " + window.id() + " F5");
    window.waitUntil("step 1", [](const nlohmann::json& s) { return s.value("step", 0) == 1; });
    const std::string id = runProcess("timeout 20 xdotool search --sync --onlyvisible --name '^geobrief$'").out;
    const std::string shown = id.substr(0, id.find('\n')); // the full-screen window is a new one
    ASSERT_FALSE(shown.empty());
    ScratchDir dir;
    const auto shot = (dir.path() / "screen.xwd").string();
    const auto litPixels = [&] { // of a coarse sample of the screen
        EXPECT_EQ(runProcess("xwd -silent -id " + shown + " -out " + shot).exitCode, 0);
        const XwdImage image(shot);
        int lit = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7) {
                const Rgb c = image.at(x, y);
                lit += c.r + c.g + c.b > 0;
            }
        return lit;
    };
    EXPECT_GT(litPixels(), 1000) << "the map is on screen before B"; // the twin: a map is not black
    ASSERT_EQ(runProcess("xdotool windowfocus --sync " + shown + " key --window " + shown + " b").exitCode, 0);
    window.waitUntil("a black screen", [](const nlohmann::json& s) { return s.value("blank", "") == "black"; });
    // Screenshots until one is black all over (the report comes with the frame that blanks).
    int lit = -1;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (lit != 0 && std::chrono::steady_clock::now() < deadline)
        lit = litPixels();
    EXPECT_EQ(lit, 0);
    ASSERT_EQ(runProcess("xdotool key --window " + shown + " b").exitCode, 0);
    window.waitUntil("the map back", [](const nlohmann::json& s) { return s.value("blank", "x").empty(); });
}

// Presentation mode shows the step as its slide: the legend (a light panel, top right), and the
// pointer hides when it rests.
TEST(Window, PresentationModeShowsTheSlideLegend) {
    app::XvfbSession display;
    GeobriefWindow window({"--size", "800x600", "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    ScratchDir dir;
    const auto shot = (dir.path() / "screen.xwd").string();
    const auto legendPixels = [&](const std::string& id) { // the slide panels' fill, in the top right quarter
        EXPECT_EQ(runProcess("xwd -silent -id " + id + " -out " + shot).exitCode, 0);
        const XwdImage image(shot);
        int n = 0;
        for (int y = 0; y < image.height() / 2; ++y)
            for (int x = image.width() / 2; x < image.width(); ++x) {
                const Rgb c = image.at(x, y);
                n += c.r == 242 && c.g == 247 && c.b == 250;
            }
        return n;
    };
    EXPECT_LT(legendPixels(window.id()), 200) << "the twin: no slide legend in the window";
    window.xdotool("windowfocus --sync " + window.id());
    (void)runProcess("xdotool key --window " + window.id() + " F5"); // the window is replaced: see above
    window.waitUntil("step 1, presenting", [](const nlohmann::json& s) {
        return s.value("step", 0) == 1 && s.value("presentation", false);
    });
    const std::string id = runProcess("timeout 20 xdotool search --sync --onlyvisible --name '^geobrief$'").out;
    const std::string shown = id.substr(0, id.find('\n'));
    ASSERT_FALSE(shown.empty());
    int pixels = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (pixels < 20000 && std::chrono::steady_clock::now() < deadline)
        pixels = legendPixels(shown);
    EXPECT_GT(pixels, 20000) << "no legend panel on the presentation screen";
    window.waitUntil("the resting pointer hidden", [](const nlohmann::json& s) { return s.value("cursorHidden", false); });
}

// Search from the keyboard: Ctrl+F, a query, Down to the second result, Enter selects it and
// flies there; Esc closes the search without choosing.
TEST(Window, SearchWorksFromTheKeyboard) {
    app::XvfbSession display;
    GeobriefWindow window({"--size", "800x600", "--hide-panels"});
    ASSERT_FALSE(window.id().empty());
    window.xdotool("windowfocus --sync " + window.id());
    window.xdotool("key --window " + window.id() + " ctrl+f");
    window.xdotool("type --window " + window.id() + " kursk");
    window.xdotool("key --window " + window.id() + " Return");
    const auto first = window.waitUntil("a selection", [](const nlohmann::json& s) { return s.value("id", "") != ""; });
    EXPECT_EQ(first.value("id", ""), "kursk"); // the place comes first: the best match
    window.xdotool("key --window " + window.id() + " Escape"); // clears the selection
    window.waitUntil("no selection", [](const nlohmann::json& s) { return s.value("kind", "") == "none"; });
    window.xdotool("key --window " + window.id() + " ctrl+f");
    window.xdotool("type --window " + window.id() + " kursk");
    window.xdotool("key --window " + window.id() + " Down Return");
    const auto second = window.waitUntil("a selection", [](const nlohmann::json& s) { return s.value("id", "") != ""; });
    EXPECT_NE(second.value("id", ""), "kursk"); // the second result (the oblast or the flow)
    EXPECT_NE(second.value("id", ""), "");
}

// The presenter console: a second window with the step, the next step's preview and the step's
// speaker notes; it takes the clicker's keys.
TEST(Window, TheConsoleOpensAndShowsTheStepsNotes) {
    app::XvfbSession display;
    GeobriefWindow window({"--size", "800x600", "--hide-panels", "--console", "--step", "3"});
    ASSERT_FALSE(window.id().empty());
    const auto found = runProcess("timeout 20 xdotool search --sync --onlyvisible --name '^geobrief console$'").out;
    const std::string console = found.substr(0, found.find('\n'));
    ASSERT_FALSE(console.empty()) << "no console window";
    ScratchDir dir;
    const auto shot = (dir.path() / "console.xwd").string();
    const auto notePixels = [&] { // the notes' ink in the left column, below the title
        EXPECT_EQ(runProcess("xwd -silent -id " + console + " -out " + shot).exitCode, 0);
        const XwdImage image(shot);
        int n = 0;
        for (int y = 140; y < std::min(image.height(), 400); ++y)
            for (int x = 0; x < std::min(image.width(), 470); ++x) {
                const Rgb c = image.at(x, y);
                n += c.r == 235 && c.g == 235 && c.b == 235;
            }
        return n;
    };
    window.waitUntil("the console at step 3", [](const nlohmann::json& s) {
        return s.value("console", false) && s.value("step", 0) == 3;
    });
    EXPECT_LT(notePixels(), 50) << "the twin: step 3 has no notes";
    ASSERT_EQ(runProcess("xdotool windowfocus --sync " + console + " key --window " + console + " Next").exitCode, 0);
    const auto story = nlohmann::json::parse(readAll(std::filesystem::path(GEOBRIEF_DATA_DIR) / "assets/stories/eu-japan-dprk.json"));
    const std::string notes = story["steps"][3]["notes"]["en"];
    const auto at4 = window.waitUntil("step 4 from the console's key", [](const nlohmann::json& s) { return s.value("step", 0) == 4; });
    EXPECT_EQ(window.waitUntil("the notes", [&](const nlohmann::json& s) { return s.value("consoleNotes", "") == notes; })
                  .value("consoleNotes", ""),
              notes);
    int pixels = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (pixels < 300 && std::chrono::steady_clock::now() < deadline)
        pixels = notePixels();
    EXPECT_GE(pixels, 300) << "the notes are not drawn";
    (void)at4;
}

// The menu bar in Spanish: "Ver  Historia  Ayuda" is longer than "View  Story  Help", so its
// text ends further right; the window reports its language.
TEST(Window, TheMenuBarSpeaksSpanish) {
    app::XvfbSession display;
    const auto menuTextEnd = [](const std::string& language) {
        GeobriefWindow window({"--size", "800x600", "--hide-panels", "--lang", language});
        EXPECT_FALSE(window.id().empty());
        EXPECT_EQ(window.status().value("language", ""), language);
        ScratchDir dir;
        const auto shot = (dir.path() / "bar.xwd").string();
        EXPECT_EQ(runProcess("xwd -silent -id " + window.id() + " -out " + shot).exitCode, 0);
        const XwdImage image(shot);
        int end = 0;
        for (int y = 3; y < 17; ++y)
            for (int x = 0; x < 400; ++x) {
                const Rgb c = image.at(x, y);
                if (c.r < 80 && c.g < 80 && c.b < 80) // dark text on the light bar
                    end = std::max(end, x);
            }
        return end;
    };
    const int english = menuTextEnd("en"), spanish = menuTextEnd("es");
    EXPECT_GT(english, 100) << "no menu text found";
    EXPECT_GT(spanish, english + 15) << "the Spanish menu bar is not Spanish";
}

// A user's countries file is read once for every level the window builds (the coarse one first,
// then the view's): each level read it again before. Ours are a file per level.
TEST(Window, AUsersCountriesFileIsReadOnceForEveryLevel) {
    app::XvfbSession display;
    ScratchDir dir;
    const auto file = dir.write("japan.geojson", R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "392", "name": "Japan"},
         "geometry": {"type": "Polygon", "coordinates": [[[130, 31], [142, 31], [142, 45], [130, 45], [130, 31]]]}}]})");
    const auto readsAfterSettling = [](std::vector<std::string> args) {
        args.insert(args.end(), {"--size", "1280x720", "--hide-panels"});
        GeobriefWindow window(args);
        EXPECT_FALSE(window.id().empty());
        // Settled: the view's level (50m at this size) is drawn sharp, so both levels were built.
        const nlohmann::json s = window.status();
        EXPECT_EQ(s.value("level", ""), "50m");
        return s.value("countriesReads", -1);
    };
    EXPECT_EQ(readsAfterSettling({"--shapes", file.string()}), 1);
    EXPECT_EQ(readsAfterSettling({}), 2); // the twin: our 110m and 50m files, one read each
}

} // namespace window_test
