// The command line end to end: bad input gives one clear line and the documented exit code.
#include "RunProcess.hpp"
#include "app/Options.hpp"
#include "app/PictureFlags.hpp"
#include "app/XvfbProcess.hpp"

#include <gtest/gtest.h>

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace cli_test {

using namespace gb::test;

namespace {
ProcessResult geobriefWith(const std::string& args) { return runProcess(geobrief() + " " + args); }
} // namespace

TEST(Cli, HelpExitsCleanly) {
    const auto r = geobriefWith("--help");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("--export"), std::string::npos);
    EXPECT_NE(r.out.find("--bounds"), std::string::npos);
}

TEST(Cli, BadSizeIsAUsageError) {
    const auto r = geobriefWith("--export x.png --size 12x");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "geobrief: --size '12x': expected WIDTHxHEIGHT in pixels, each from 16 to 8192, e.g. 1920x1080\n");
    EXPECT_EQ(geobriefWith("--size 99999x10").exitCode, 2);
}

TEST(Cli, EmptyValuesAreUsageErrorsNotDefaults) {
    // An unset variable in a script ("--export $OUT") must fail at once, not open the window.
    for (const auto& [args, message] : std::vector<std::pair<std::string, std::string>>{
             {"--export ''", "geobrief: --export '': expected a file name ending in .png\n"},
             {"--export-steps ''", "geobrief: --export-steps '': expected a folder\n"},
             {"--export x.png --story ''", "geobrief: --story '': expected a story file (JSON)\n"},
             {"--export x.png --time ''", "geobrief: --time '': expected a date as YYYY-MM-DD\n"},
             {"--export x.png --lang ''", "geobrief: --lang '': expected en or es\n"}}) {
        const auto r = geobriefWith(args);
        EXPECT_EQ(r.exitCode, 2) << args;
        EXPECT_EQ(r.err, message) << args;
    }
}

TEST(Cli, ATimeOutsideTheStoryIsAUsageErrorNotAClamp) {
    ScratchDir dir;
    const auto r = geobriefWith("--export " + (dir.path() / "m.png").string() + " --time 1900-01-01 --size 64x64");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "geobrief: --time 1900-01-01: outside the story's timeline, 2024-06-15 to 2024-11-15\n");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "m.png"));
    // The twin: the timeline's own last day is fine.
    EXPECT_EQ(geobriefWith("--export " + (dir.path() / "m.png").string() + " --time 2024-11-15 --size 64x64").exitCode, 0);
}

TEST(Cli, PicturesAreOnlyPng) {
    auto r = geobriefWith("--export map.jpg");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "geobrief: --export 'map.jpg': expected a file name ending in .png\n");
    r = geobriefWith("--export clip.mp4");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "geobrief: --export 'clip.mp4': pictures are PNG; for a video use --export-video\n");
    EXPECT_FALSE(std::filesystem::exists("map.jpg"));
}

namespace {
std::size_t entriesIn(const std::filesystem::path& folder) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}
} // namespace

TEST(Cli, ADashOrDevStdoutStreamsThePngToStandardOutput) {
    ScratchDir dir;
    for (const std::string name : {"-", "/dev/stdout"}) {
        const auto r = runProcess("cd " + dir.path().string() + " && " + geobrief() + " --export " + name + " --size 64x48");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        ASSERT_GT(r.out.size(), 100u) << name;
        EXPECT_EQ(r.out.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8)) << name; // the PNG, no path line
        EXPECT_EQ(r.out.substr(16, 8), std::string("\0\0\0\x40\0\0\0\x30", 8)) << name; // IHDR: 64 x 48
    }
    EXPECT_EQ(entriesIn(dir.path()), 0u); // no "-" and no "/dev/stdout-1"
    EXPECT_FALSE(std::filesystem::exists("/dev/stdout-1"));
}

TEST(Cli, OutputsOfManyFilesRefuseStandardOutput) {
    EXPECT_EQ(geobriefWith("--export-video - --step 2").err,
              "geobrief: --export-video -: writes files, not a stream; give a file name\n");
    EXPECT_EQ(geobriefWith("--export-steps /dev/stdout").err,
              "geobrief: --export-steps /dev/stdout: writes files, not a stream; give a folder\n");
    EXPECT_EQ(geobriefWith("--export-frames -").exitCode, 2);
}

TEST(Cli, NumbersThatAreNotNumbersSayWhatIsExpected) {
    EXPECT_EQ(geobriefWith("--export x.png --scale abc").err, "geobrief: --scale 'abc': expected a factor from 0.25 to 16\n");
    EXPECT_EQ(geobriefWith("--export-video x.mp4 --fps 1x").err, "geobrief: --fps '1x': expected a frame rate from 1 to 60\n");
    EXPECT_EQ(geobriefWith("--zoom z").exitCode, 2);
}

TEST(Cli, AHugeBadValueIsNotEchoedInFull) {
    const auto r = geobriefWith("--export x.png --size " + std::string(100000, 'a'));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_LT(r.err.size(), 700u);
    EXPECT_NE(r.err.find("bytes ...]"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("': expected WIDTHxHEIGHT in pixels"), std::string::npos) << r.err; // the end survives
}

TEST(Cli, ADeckIndexThatIsAFolderFailsBeforeAnyPicture) {
    ScratchDir dir;
    std::filesystem::create_directories(dir.path() / "deck" / "index.md");
    const auto r = geobriefWith("--export-steps " + (dir.path() / "deck").string() + " --size 64x48");
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(r.err, "geobrief: " + (dir.path() / "deck" / "index.md").string() +
                         ": exists and is not a regular file (expected a path for a new deck index file)\n");
    EXPECT_EQ(entriesIn(dir.path() / "deck"), 1u); // only the folder that was there
}

TEST(Cli, AFullDiskIsOneLineWithoutLibpngsOwn) {
    ScratchDir dir;
    // A file size limit stands in for a full disk (as in VideoExport.AFullDiskIsExit4AndLeavesNothing).
    const auto out = dir.path() / "x.png";
    const auto r = runProcess("bash -c \"trap '' XFSZ; ulimit -f 16; exec " + geobrief() + " --export " + out.string() +
                              " --size 800x600\"");
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(r.err, "geobrief: " + out.string() + ": cannot write the PNG (File too large)\n");
    EXPECT_EQ(entriesIn(dir.path()), 0u);
}

TEST(Cli, BadCenterIsAUsageError) {
    const auto r = geobriefWith("--export x.png --center 200,10");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "geobrief: --center '200,10': longitude must be within -180..180 and latitude within -90..90\n");
    EXPECT_EQ(geobriefWith("--center abc").err, "geobrief: --center 'abc': expected LON,LAT in degrees, e.g. 36.2,51.7\n");
}

TEST(Cli, BadProjectionIsAUsageError) {
    const auto r = geobriefWith("--export x.png --projection robinson");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "geobrief: --projection 'robinson': expected one of lambert, equal-earth, equirectangular, "
                     "mercator, globe\n");
}

TEST(Cli, BadBoundsAndUnknownFlagsAreUsageErrors) {
    EXPECT_EQ(geobriefWith("--bounds 10,60,20,50").err, "geobrief: --bounds '10,60,20,50': SOUTH must be less than NORTH\n");
    const auto r = geobriefWith("--colour red");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--colour"), std::string::npos);
}

TEST(Cli, MissingShapesFileIsBadInput) {
    ScratchDir dir;
    const auto r = geobriefWith("--export " + (dir.path() / "m.png").string() + " --shapes /nonexistent/world.fgb");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, "geobrief: /nonexistent/world.fgb: no such file (expected a polygon file such as .fgb, .gpkg, "
                     ".shp or .geojson)\n");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "m.png"));
}

TEST(Cli, FileGdalCannotOpenIsBadInput) {
    ScratchDir dir;
    const auto junk = dir.write("junk.gpkg", "this is not a GeoPackage");
    const auto r = geobriefWith("--export " + (dir.path() / "m.png").string() + " --shapes " + junk.string());
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.rfind("geobrief: " + junk.string() + ": GDAL cannot open it as vector data", 0), 0u) << r.err;
}

TEST(Cli, LayerWithoutPolygonsIsBadInput) {
    ScratchDir dir;
    const auto points = dir.write("points.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}]})");
    const auto r = geobriefWith("--export " + (dir.path() / "m.png").string() + " --shapes " + points.string());
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, "geobrief: " + points.string() +
                         ": no valid polygons among 1 feature(s); expected Polygon or MultiPolygon geometries\n");
}

TEST(Cli, LayerNamesALayerOfTheShapesFile) {
    ScratchDir dir;
    const auto file = dir.write("japan.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"392"},"geometry":{"type":"Polygon","coordinates":[[[130,30],[140,30],[140,40],[130,40],[130,30]]]}}]})");
    const auto out = (dir.path() / "m.png").string();
    EXPECT_EQ(geobriefWith("--export " + out + " --shapes " + file.string() + " --layer japan --size 64x48").exitCode, 0);
    const auto unknown = geobriefWith("--export " + out + " --shapes " + file.string() + " --layer rivers --size 64x48");
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_EQ(unknown.err, "geobrief: " + file.string() + ": has no layer 'rivers'; its layers: japan (Polygon, 1 feature)\n");
    EXPECT_EQ(geobriefWith("--export " + out + " --layer countries").err,
              "geobrief: --layer countries: applies to --shapes FILE (one file with several layers)\n");
}

TEST(Cli, ShapesCrsMustBeACrsAndGoWithAShapesFile) {
    EXPECT_EQ(geobriefWith("--export x.png --shapes-crs EPSG:3035").err,
              "geobrief: --shapes-crs EPSG:3035: applies to --shapes FILE\n");
    const auto r = geobriefWith("--export x.png --shapes /nonexistent.shp --shapes-crs EPSG:99999");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "geobrief: --shapes-crs 'EPSG:99999': not a CRS GDAL knows (expected e.g. EPSG:3035 or a PROJ string)\n");
}

TEST(Cli, InvalidGeometriesAreSkippedWithAWarning) {
    ScratchDir dir;
    // One good square, one ring out of range, one bow-tie (self-intersecting, still drawable).
    const auto file = dir.write("mixed.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"392"},"geometry":{"type":"Polygon","coordinates":[[[130,30],[140,30],[140,40],[130,40],[130,30]]]}},
      {"type":"Feature","properties":{"id":"x"},"geometry":{"type":"Polygon","coordinates":[[[500,30],[510,30],[510,40],[500,30]]]}},
      {"type":"Feature","properties":{"id":"y"},"geometry":{"type":"Polygon","coordinates":[[[0,40],[10,50],[10,40],[0,50],[0,40]]]}}]})");
    const auto out = dir.path() / "m.png";
    const auto r = geobriefWith("--export " + out.string() + " --shapes " + file.string() + " --size 320x200");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("geobrief: warning: " + file.string() +
                         ": 1 ring(s) skipped: coordinates beyond longitude/latitude (±360, ±90) or beyond 1e10 in the layer's units (is the CRS right?)"),
              std::string::npos)
        << r.err;
    EXPECT_TRUE(std::filesystem::exists(out));
}

TEST(Cli, WithoutProjsDatabaseTheFileThatCannotBePlacedIsNamed) {
    // A broken PROJ installation: GDAL cannot read our outlines' EPSG code. That is one line
    // naming the file, with PROJ's reason, and no picture (it was "basic_string: construction
    // from null", exit 4: such a CRS has no name).
    ScratchDir dir;
    const auto out = dir.path() / "m.png";
    const auto r = runProcess("PROJ_DATA=" + dir.path().string() + " " + geobrief() + " --export " + out.string() +
                              " --size 320x200");
    EXPECT_EQ(r.exitCode, 3) << r.err;
    EXPECT_EQ(r.err.find("basic_string"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("geobrief: " + (std::filesystem::path(GEOBRIEF_TEST_DIR).parent_path() / "shapes/countries-110m.fgb").string() +
                         ": cannot transform its CRS '(unnamed)' to WGS84 (PROJ: "),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, BadStoryIsBadInput) {
    ScratchDir dir;
    const auto story = dir.write("s.json", "{\"title\": 3}");
    const auto r = geobriefWith("--export " + (dir.path() / "m.png").string() + " --story " + story.string());
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, "geobrief: " + story.string() + ":1:11: title: expected an object, found number\n");
}

TEST(Cli, UnwritableOutputIsExit4AndLeavesNothing) {
    EXPECT_EQ(geobriefWith("--export /nonexistent-folder/m.png --size 64x64").exitCode, 4);
    const auto full = geobriefWith("--export /dev/full --size 64x64");
    EXPECT_EQ(full.exitCode, 4);
    EXPECT_EQ(full.err, "geobrief: /dev/full: exists and is not a regular file (expected a path for a new .png file)\n");
}

TEST(Cli, ExportNeverOverwrites) {
    ScratchDir dir;
    const auto out = dir.path() / "map.png";
    const auto first = geobriefWith("--export " + out.string() + " --size 200x120");
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_EQ(first.out, out.string() + "\n");
    const auto second = geobriefWith("--export " + out.string() + " --size 200x120");
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_EQ(second.out, (dir.path() / "map-1.png").string() + "\n");
    // No temporary file is left behind.
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        files += entry.is_regular_file();
    EXPECT_EQ(files, 2);
}

TEST(Cli, WindowWithoutADisplayRunsInAPrivateXvfbAndEndsCleanly) {
    // The private server must outlive SFML's own clean-up after main returns; stopping it earlier
    // made Xlib end the process with an I/O error and exit code 1.
    const auto r = runProcess("env -u DISPLAY " + geobrief() + " --size 320x240 --quit-after 0.5");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("no display; drawing into a private Xvfb"), std::string::npos);
    EXPECT_EQ(r.err.find("XIO"), std::string::npos) << r.err;
}

namespace {
//! Runs the window for a moment with --bench-file and returns what it recorded.
std::string windowBenchLog(const std::string& args, const std::string& name) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / ("geobrief-cli-" + name + ".txt");
    std::filesystem::remove(file);
    const auto r = runProcess("env -u DISPLAY " + geobrief() + " " + args + " --bench-file " + file.string());
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    std::filesystem::remove(file);
    return text.str();
}
} // namespace

TEST(Cli, TheWindowBuilds10mOnlyForAViewThatNeedsIt) {
    // The default view of Eurasia is drawn from 50m: no 10m build, none of its memory.
    EXPECT_EQ(windowBenchLog("--size 320x240 --quit-after 1.5", "default").find("fine_ready_s"), std::string::npos);
    // Zoomed on Kursk it is built around the view, given 5 s (how fast: bench/run.sh; a bound
    // of 1.5 s here failed on a loaded machine).
    const std::string zoomed = windowBenchLog("--size 320x240 --bounds 33,50,40,53.5 --quit-after 5", "kursk");
    EXPECT_NE(zoomed.find("fine_ready_s "), std::string::npos) << zoomed;
}

// ---- One error path (issue 10): silent fallbacks are warnings or usage errors, one line each.

TEST(Cli, BoundsTheProjectionCannotShowAreAUsageError) {
    // The far side of the Earth from the globe, which faces 80°E 45°N.
    const auto r = runProcess(geobrief() + " --export /tmp/never.png --projection globe --bounds -105,-50,-95,-40");
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("--bounds: no part of that box can be shown in the globe projection"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists("/tmp/never.png"));
}

TEST(Cli, AGlobeFacingAwayFromTheStorySaysSo) {
    ScratchDir dir;
    const auto r = runProcess(geobrief() + " --export " + (dir.path() / "away.png").string() +
                              " --size 320x320 --projection globe --center -100,-30");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("warning: the globe faces away from the story"), std::string::npos) << r.err;
}

namespace {
//! Puts an Xvfb first on PATH that notes each server's process id in `dir`/servers, then becomes
//! the real one. Returns "PATH=... " for a command line.
std::string pathWithNotingXvfb(const ScratchDir& dir) {
    std::filesystem::create_directories(dir.path() / "bin");
    const auto wrapper = dir.write("bin/Xvfb", "#!/bin/sh\necho $$ >> " + (dir.path() / "servers").string() +
                                                   "\nexec /usr/bin/Xvfb \"$@\"\n");
    std::filesystem::permissions(wrapper, std::filesystem::perms::owner_all);
    return "PATH=" + (dir.path() / "bin").string() + ":/usr/bin:/bin ";
}
} // namespace

TEST(Cli, NoPrivateXvfbOutlivesAFailedRun) {
    ScratchDir dir;
    // After each failed run, the server it started must be gone (or a zombie waiting for its reaper).
    const std::string env = "env -u DISPLAY " + pathWithNotingXvfb(dir);
    const auto story = dir.write("bad.json", "{\"title\": 3}");
    EXPECT_EQ(runProcess(env + geobrief() + " --story " + story.string() + " --quit-after 5").exitCode, 3);
    EXPECT_EQ(runProcess(env + geobrief() + " --step 99 --quit-after 5").exitCode, 2);
    EXPECT_EQ(runProcess(env + geobrief() + " --export " + (dir.path() / "m.png").string() + " --story " +
                         story.string()).exitCode, 3);
    // The launcher's server, for an export that fails before the program takes it.
    EXPECT_EQ(runProcess(env + geobrief() + " --export " + (dir.path() / "none" / "m.png").string()).exitCode, 4);
    // A failed run may end its server before the wrapper has noted it (the story fails in a few
    // ms); a window that opens surely starts one, and must end it too.
    EXPECT_EQ(runProcess(env + geobrief() + " --size 320x240 --quit-after 0.5").exitCode, 0);
    std::istringstream servers(readAll(dir.path() / "servers"));
    int started = 0;
    // The window's server ends itself once its last client has gone (-terminate): given up to
    // 10 s to do so; a server left behind runs for good.
    const auto ended = [](const std::string& pid) {
        for (int tries = 0; tries < 200; ++tries) {
            const std::string status = readAll("/proc/" + pid + "/status");
            if (status.empty() || status.find("State:\tZ") != std::string::npos)
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return false;
    };
    for (std::string pid; servers >> pid; ++started)
        EXPECT_TRUE(ended(pid)) << "Xvfb " << pid << " still runs";
    EXPECT_GE(started, 1); // the twin: the wrapper did see servers start
}

TEST(Cli, AServerWhoseNumberIsTakenMeanwhileGivesWayToOneOnAFreeNumber) {
    ScratchDir dir;
    // An export sets DISPLAY to a number that looks free and starts Xvfb there while it reads;
    // another server may take that number first. This Xvfb refuses every number it is given
    // (as a taken one does: it ends at once) and starts only when it may pick one itself.
    std::filesystem::create_directories(dir.path() / "bin");
    const auto log = dir.path() / "servers";
    const auto wrapper = dir.write("bin/Xvfb", "#!/bin/sh\ncase \"$1\" in :*) echo \"refused $1\" >> " + log.string() +
                                                   "; exit 1;; esac\necho picked >> " + log.string() +
                                                   "\nexec /usr/bin/Xvfb \"$@\"\n");
    std::filesystem::permissions(wrapper, std::filesystem::perms::owner_all);
    const std::string env = "env -u DISPLAY PATH=" + (dir.path() / "bin").string() + ":/usr/bin:/bin ";
    const auto picture = dir.path() / "m.png";
    const auto run = runProcess(env + geobrief() + " --size 320x240 --export " + picture.string());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(std::filesystem::is_regular_file(picture));
    const std::string servers = readAll(log);
    // The twin: the first server was asked for a number (so the fallback was what drew).
    EXPECT_EQ(servers.rfind("refused :", 0), 0u) << servers;
    EXPECT_NE(servers.find("\npicked\n"), std::string::npos) << servers;
}

TEST(Cli, WithoutDisplayOrXvfbAnExportIsExit4WithOneLineAndNoFile) {
    ScratchDir dir;
    const auto picture = dir.path() / "m.png";
    // No DISPLAY, and no Xvfb on PATH: the number chosen never answers, nor does a second try.
    const auto run = runProcess("env -u DISPLAY PATH=" + (dir.path() / "none").string() + " " + geobrief() +
                                " --size 320x240 --export " + picture.string());
    EXPECT_EQ(run.exitCode, 4) << run.err;
    EXPECT_EQ(run.err, "geobrief: no display: DISPLAY is not set and Xvfb could not be started, or did not answer "
                       "within 30 s (install the Debian package xvfb, or run under an X session)\n");
    EXPECT_FALSE(std::filesystem::exists(picture));
    // The twin: with Xvfb on PATH the same export draws.
    EXPECT_EQ(runProcess("env -u DISPLAY PATH=/usr/bin:/bin " + geobrief() + " --size 320x240 --export " +
                         picture.string()).exitCode, 0);
    EXPECT_TRUE(std::filesystem::exists(picture));
}

TEST(Cli, ADeadDisplayFallsBackToAPrivateXvfbForExportsAndIsExit4ForTheWindow) {
    ScratchDir dir;
    const auto exported = runProcess("DISPLAY=:987 " + geobrief() + " --export " + (dir.path() / "map.png").string() + " --size 320x240");
    EXPECT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.err.find("cannot open the X display DISPLAY=:987; drawing into a private Xvfb"), std::string::npos)
        << exported.err;
    const auto window = runProcess("DISPLAY=:987 " + geobrief() + " --quit-after 1");
    EXPECT_EQ(window.exitCode, 4) << window.err;
    EXPECT_EQ(window.err, "geobrief: cannot open the X display DISPLAY=:987 (is the X server running? unset DISPLAY to "
                          "draw into a private Xvfb)\n");
}

namespace {
//! An Xvfb of the given screen ("320x240x8") on a number it picks itself, kept until destroyed.
class OwnXvfb {
public:
    explicit OwnXvfb(const char* screen) {
        const auto child = gb::app::spawnXvfb({"", screen, /*endsWithLastClient=*/false, false});
        if (!child)
            return;
        child_ = *child;
        // Its readiness signal: the display number on the pipe (at most 30 s, never a sleep).
        for (const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);;) {
            pollfd readable{child_.readyPipe, POLLIN, 0};
            char c = 0;
            if (std::chrono::steady_clock::now() > deadline || ::poll(&readable, 1, 1000) < 0 ||
                ((readable.revents & (POLLIN | POLLHUP)) && ::read(child_.readyPipe, &c, 1) != 1) || c == '\n')
                break;
            if (c != 0)
                display_ += c;
        }
        if (!display_.empty())
            display_ = ":" + display_;
    }
    ~OwnXvfb() {
        if (child_.pid > 0)
            gb::app::stopXvfb(child_);
    }
    OwnXvfb(const OwnXvfb&) = delete;
    OwnXvfb& operator=(const OwnXvfb&) = delete;
    [[nodiscard]] const std::string& display() const { return display_; }

private:
    gb::app::XvfbChild child_;
    std::string display_;
};
} // namespace

// An 8-bit X server has no visual SFML's GL can use (its context creation crashed), and a 16-bit
// one takes no SFML window (BadMatch): an export draws into a private Xvfb instead and says so;
// the window is one line and exit 4, never a crash.
TEST(Cli, AnXServerWithTooFewColoursIsNamedNotACrash) {
    ScratchDir dir;
    const OwnXvfb eightBit("320x240x8");
    ASSERT_FALSE(eightBit.display().empty());
    const auto exported = runProcess("DISPLAY=" + eightBit.display() + " " + geobrief() + " --export " +
                                     (dir.path() / "map.png").string() + " --size 320x240");
    EXPECT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.err.find("has a screen of 8 bits a pixel: too few colours for GL; drawing into a private Xvfb"), std::string::npos)
        << exported.err;
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "map.png"));
    const auto window = runProcess("DISPLAY=" + eightBit.display() + " " + geobrief() + " --quit-after 1");
    EXPECT_EQ(window.exitCode, 4) << window.err;
    EXPECT_EQ(window.err, "geobrief: the X display DISPLAY=" + eightBit.display() +
                              " has a screen of 8 bits a pixel: too few colours for GL (start it with 24-bit colour, e.g. Xvfb " +
                              eightBit.display() + " -screen 0 1920x1080x24; unset DISPLAY to draw into a private Xvfb)\n");
    // A 16-bit server takes off-screen pictures itself (no line), but no window.
    const OwnXvfb sixteenBit("320x240x16");
    ASSERT_FALSE(sixteenBit.display().empty());
    const auto onSixteen = runProcess("DISPLAY=" + sixteenBit.display() + " " + geobrief() + " --export " +
                                      (dir.path() / "sixteen.png").string() + " --size 320x240");
    EXPECT_EQ(onSixteen.exitCode, 0) << onSixteen.err;
    EXPECT_EQ(onSixteen.err.find("private Xvfb"), std::string::npos) << onSixteen.err;
    EXPECT_EQ(runProcess("DISPLAY=" + sixteenBit.display() + " " + geobrief() + " --quit-after 1").exitCode, 4);
}

namespace {
//! A milestone of an export's --bench-file ("mark_NAME_s SECONDS"); -1 when it is not there.
double benchMark(const std::filesystem::path& file, const std::string& name) {
    std::istringstream lines(readAll(file));
    std::string key;
    double seconds = 0;
    while (lines >> key >> seconds)
        if (key == "mark_" + name + "_s")
            return seconds;
    return -1;
}
} // namespace

TEST(Cli, WithoutADisplayTheLauncherStartsTheServerBeforeTheProgramLoads) {
    ScratchDir dir;
    const std::string path = pathWithNotingXvfb(dir); // the servers started are noted
    const auto bench = dir.path() / "bench.txt";
    const auto run = runProcess("env -u DISPLAY " + path + geobrief() + " --size 320x240 --export " +
                                (dir.path() / "m.png").string() + " --bench-file " + bench.string());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(std::filesystem::is_regular_file(dir.path() / "m.png"));
    // Started before the program's main (which runs once its ~130 libraries are loaded), and
    // the program drew on it: one server in all.
    const double started = benchMark(bench, "display_started"), main = benchMark(bench, "main");
    EXPECT_GE(started, 0.0);
    EXPECT_LT(started, main);
    std::istringstream servers(readAll(dir.path() / "servers"));
    EXPECT_EQ(std::distance(std::istream_iterator<std::string>(servers), {}), 1);
    // The twin: a DISPLAY that cannot be opened makes the program start its own server, which
    // the marks show after main.
    const auto own = dir.path() / "own.txt";
    ASSERT_EQ(runProcess(path + "DISPLAY=:987 " + geobrief() + " --size 320x240 --export " +
                         (dir.path() / "n.png").string() + " --bench-file " + own.string()).exitCode, 0);
    EXPECT_GT(benchMark(own, "display_started"), benchMark(own, "main"));
}

TEST(Cli, WithoutTheProgramBesideItTheLauncherSaysSoInOneLine) {
    ScratchDir dir;
    const auto launcher = dir.path() / "geobrief";
    std::filesystem::copy_file(geobrief(), launcher);
    const auto run = runProcess("env -u DISPLAY " + launcher.string() + " --export " + (dir.path() / "m.png").string());
    EXPECT_EQ(run.exitCode, 127);
    EXPECT_EQ(run.err, "geobrief: cannot run " + (dir.path() / "geobrief-app").string() +
                           ": No such file or directory (geobrief-app belongs beside geobrief)\n");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "m.png"));
    // The twin: beside it, the same launcher runs the program.
    EXPECT_EQ(runProcess(geobrief() + " --version").exitCode, 0);
}

TEST(Cli, TheLaunchersPictureOptionsAreTheProgramsWindowlessOnes) {
    // The launcher starts an X server early for exactly these (app/PictureFlags.hpp); each must
    // be an option of the program that draws without a window.
    const std::vector<std::pair<std::string, std::string>> uses{
        {"--export", "m.png"}, {"--export-steps", "deck"}, {"--export-video", "v.mp4"}, {"--export-frames", "frames"}};
    ASSERT_EQ(uses.size(), gb::app::offscreenPictureOptions.size());
    for (const auto& [flag, value] : uses) {
        EXPECT_NE(std::find(gb::app::offscreenPictureOptions.begin(), gb::app::offscreenPictureOptions.end(), flag),
                  gb::app::offscreenPictureOptions.end()) << flag;
        std::string program = "geobrief", name = flag, argument = value;
        for (const std::string& form : {name + "=" + argument, name}) {
            std::vector<char*> argv{program.data(), const_cast<char*>(form.c_str())};
            if (form == name)
                argv.push_back(argument.data());
            const auto options = gb::app::parseOptions(static_cast<int>(argv.size()), argv.data(), GEOBRIEF_DATA_DIR);
            ASSERT_TRUE(options) << form;
            EXPECT_TRUE(options->exportPath || options->exportSteps || gb::app::recordsVideo(*options)) << form;
            EXPECT_TRUE(gb::app::asksForOffscreenPictures(static_cast<int>(argv.size()), argv.data())) << form;
        }
    }
    // The twin: a window's options are not among them.
    std::string program = "geobrief", step = "--step", two = "2";
    std::vector<char*> window{program.data(), step.data(), two.data()};
    EXPECT_FALSE(gb::app::asksForOffscreenPictures(3, window.data()));
}

} // namespace cli_test
