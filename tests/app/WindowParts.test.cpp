// The window's parts, without a window: key routing, picture names, the hover tracker, the
// status file, and the one error path's exit codes.
#include "TestFiles.hpp"
#include "RunProcess.hpp"
#include "app/Failure.hpp"
#include "app/Interrupt.hpp"
#include "app/MapItem.hpp"
#include "app/Options.hpp"
#include "app/PictureName.hpp"
#include "app/WindowCommands.hpp"
#include "app/WindowStatus.hpp"
#include "app/XvfbSession.hpp"
#include "geo/Projection.hpp"
#include "mapdata/DataError.hpp"
#include "render/Fonts.hpp"
#include "render/GlCheck.hpp"
#include "render/PngFile.hpp"
#include "story/StoryError.hpp"

#include <gtest/gtest.h>

#include <csignal>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace window_parts_test {

using namespace gb;
using namespace gb::app;

namespace {
sf::Event::KeyEvent key(sf::Keyboard::Key code, bool control = false, bool shift = false) {
    sf::Event::KeyEvent k{};
    k.code = code;
    k.control = control;
    k.shift = shift;
    return k;
}
} // namespace

TEST(WindowCommands, KeysRouteAsTheReadmeSays) {
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Q, true), false, false), WindowCommand::Quit);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::S, true, true), false, false), WindowCommand::ExportDialog);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::S, true), false, false), WindowCommand::SavePicture);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::F12), false, false), WindowCommand::SavePicture);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::F, true), false, false), WindowCommand::OpenSearch);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::F), false, false), WindowCommand::TogglePresentation);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Tab, false, true), false, false), WindowCommand::PreviousPlace);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::PageDown), false, false), WindowCommand::NextStep);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::PageUp), false, false), WindowCommand::PreviousStep);
}

TEST(WindowCommands, EscapeClearsTheSelectionBeforeLeavingPresentation) {
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Escape), true, true), WindowCommand::ClearSelection);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Escape), true, false), WindowCommand::LeavePresentation);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Escape), false, false), std::nullopt);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Enter), false, false), std::nullopt);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Enter), false, true), WindowCommand::ToggleDetails);
}

TEST(WindowCommands, ArrowsPanOutsidePresentationAndStepInside) {
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Right), false, false), std::nullopt); // the map pans
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Right), true, false), WindowCommand::NextStep);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Left), true, false), WindowCommand::PreviousStep);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Home), false, false), std::nullopt);
}

TEST(WindowCommands, PresentingKeysAsSlideToolsHaveThem) {
    EXPECT_EQ(commandForKey(key(sf::Keyboard::F5), false, false), WindowCommand::PresentFromStart);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::F5, false, true), false, false), WindowCommand::PresentFromHere);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::B), true, false), WindowCommand::BlackScreen);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::W), true, false), WindowCommand::WhiteScreen);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::B), false, false), std::nullopt); // only while presenting
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Backspace), true, false), WindowCommand::PreviousStep);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Space), true, false), WindowCommand::NextStep);
}

TEST(WindowCommands, HomeAndEscapeLeaveStepMode) {
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Home), false, false, true), WindowCommand::LeaveSteps);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Escape), false, false, true), WindowCommand::LeaveSteps);
    // Esc clears a selection first, then leaves presentation mode, then the steps.
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Escape), false, true, true), WindowCommand::ClearSelection);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::Escape), true, false, true), WindowCommand::LeavePresentation);
}

TEST(PictureName, TokensAreReplacedAndPngAdded) {
    setenv("TZ", "UTC", 1);
    tzset();
    const std::time_t t = 1730419200 + 3600 + 120 + 3; // 2024-11-01 01:02:03 UTC
    EXPECT_EQ(pictureName("", std::nullopt, t), "geobrief-20241101-010203.png");
    EXPECT_EQ(pictureName("{step}-{date}", std::size_t{2}, t), "step03-20241101.png");
    EXPECT_EQ(pictureName("deck-{step}.png", std::nullopt, t), "deck-map.png");
}

TEST(HoverTracker, PicksAgainAfterEveryCameraLevelOrDayChangeWithoutAMouseMove) {
    HoverTracker hover;
    const view::Camera camera({0, 0}, 1000.0, 800, 600);
    int level = 0;
    EXPECT_FALSE(hover.stale(camera, &level, 1.0)); // no pointer, nothing to pick
    hover.pointerAt(view::ScreenPoint{100, 100});
    EXPECT_TRUE(hover.stale(camera, &level, 1.0));
    hover.picked(MapItem{{view::PickItem::Kind::Place, 3}, {}, {}}, camera, &level, 1.0);
    EXPECT_FALSE(hover.stale(camera, &level, 1.0));
    view::Camera zoomed = camera;
    zoomed.zoomAround({400, 300}, 500.0);
    EXPECT_TRUE(hover.stale(zoomed, &level, 1.0)) << "a wheel zoom, Home or a fly-to must re-pick";
    int otherLevel = 0;
    EXPECT_TRUE(hover.stale(camera, &otherLevel, 1.0)) << "50m -> 10m must re-pick";
    EXPECT_TRUE(hover.stale(camera, &level, 2.0)) << "a new story day must re-pick";
    hover.pointerAt(view::ScreenPoint{100, 100});
    EXPECT_FALSE(hover.stale(camera, &level, 1.0)) << "the same position is no move";
    hover.pointerAt(std::nullopt);
    EXPECT_TRUE(hover.item().none());
}

TEST(MapItem, CountriesAreTheSameByIdAtAnyLevel) {
    const MapItem at50m{{view::PickItem::Kind::Country, 17}, "392", "Japan"};
    const MapItem at10m{{view::PickItem::Kind::Country, 112}, "392", "Japan"};
    const MapItem kazakhstan{{view::PickItem::Kind::Country, 17}, "398", "Kazakhstan"};
    EXPECT_TRUE(at50m.sameAs(at10m));
    EXPECT_FALSE(at50m.sameAs(kazakhstan)) << "index 17 names another country at another level";
}

TEST(WindowStatus, WrittenWhenSomethingButTheFrameCountChanges) {
    test::ScratchDir dir;
    const auto file = dir.path() / "state.json";
    StatusFile statusFile(file);
    WindowStatus s;
    s.kind = "place";
    s.id = "tokyo";
    s.title = "Tokyo";
    s.pointer = std::pair{2, 590};
    s.settled = true;
    s.level = "50m";
    s.step = 7;
    s.day = "2024-10-24";
    statusFile.update(s);
    EXPECT_EQ(test::readAll(file), "{\"kind\":\"place\",\"id\":\"tokyo\",\"title\":\"Tokyo\",\"hover\":\"\",\"pointer\":[2,590],"
                                   "\"settled\":true,\"level\":\"50m\",\"countriesReads\":0,\"frame\":0,\"reloads\":0,\"storyError\":\"\","
                                   "\"pictures\":0,\"lastPicture\":\"\",\"recording\":\"\",\"videos\":0,\"lastVideo\":\"\",\"toast\":\"\",\"step\":7,\"day\":\"2024-10-24\",\"blank\":\"\","
              "\"projection\":\"\",\"pointerMap\":null,\"metresPerPixel\":0.0,\"presentation\":false,"
              "\"cursorHidden\":false,\"console\":false,\"consoleNotes\":\"\",\"language\":\"en\"}\n");
    std::filesystem::remove(file);
    s.frame = 40;
    statusFile.update(s);
    EXPECT_FALSE(std::filesystem::exists(file)) << "the frame count alone is no change";
    s.settled = false;
    statusFile.update(s);
    EXPECT_TRUE(std::filesystem::exists(file));
}

TEST(Failure, EachErrorTypeHasItsExitCode) {
    EXPECT_EQ(exitCodeFor(UsageError("--size: ...")), UsageFailure);
    EXPECT_EQ(exitCodeFor(geo::ProjectionError("PROJ rejected ...")), UsageFailure);
    EXPECT_EQ(exitCodeFor(story::StoryError("s.json", std::nullopt, "title", "expected text")), BadInput);
    EXPECT_EQ(exitCodeFor(mapdata::DataError("c.fgb", "no polygons")), BadInput);
    EXPECT_EQ(exitCodeFor(render::FontError("DejaVuSans.ttf: cannot load")), BadInput);
    EXPECT_EQ(exitCodeFor(render::WriteError("map.png: disk full")), CannotWrite);
    EXPECT_EQ(exitCodeFor(render::GlError("OpenGL 3.0 is needed")), CannotWrite);
    EXPECT_EQ(exitCodeFor(DisplayError("no display")), CannotWrite);
    EXPECT_EQ(exitCodeFor(std::bad_alloc()), CannotWrite);
    EXPECT_EQ(exitCodeFor(Interrupted(SIGINT)), 130);
    EXPECT_EQ(exitCodeFor(Interrupted(SIGTERM)), 143);
    EXPECT_STREQ(Interrupted(SIGTERM).what(), "stopped by SIGTERM; nothing was left half-written");
}

TEST(WindowCommands, COpensThePresenterConsoleAndCtrlCDoesNot) {
    EXPECT_EQ(commandForKey(key(sf::Keyboard::C), false, false), WindowCommand::ToggleConsole);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::C), true, true, true), WindowCommand::ToggleConsole);
    EXPECT_EQ(commandForKey(key(sf::Keyboard::C, true), false, false), std::nullopt);
}

} // namespace window_parts_test
