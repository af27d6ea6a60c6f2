#include "app/Options.hpp"

#include "files/PartFile.hpp"
#include "mapdata/PolygonLoader.hpp"
#include "story/Date.hpp"
#include "video/VideoFormat.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <sstream>
#include <cmath>

#include <unistd.h>

namespace gb::app {
namespace {

std::vector<double> numbers(const std::string& text, char separator, std::size_t count, const std::string& flag,
                            const std::string& expected) {
    std::vector<double> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        const std::string part = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        double value = 0;
        const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (part.empty() || ec != std::errc() || ptr != part.data() + part.size() || !std::isfinite(value))
            throw UsageError(flag + " '" + text + "': expected " + expected);
        out.push_back(value);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    if (out.size() != count)
        throw UsageError(flag + " '" + text + "': expected " + expected);
    return out;
}

void checkLonLat(double lon, double lat, const std::string& flag, const std::string& text) {
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
        throw UsageError(flag + " '" + text + "': longitude must be within -180..180 and latitude within -90..90");
}

std::string shortNumber(double v) { // "0", "2.5": as the user typed it, not "0.000000"
    std::ostringstream out;
    out << v;
    return out.str();
}

//! A flag given an empty value (an unset variable in a script) is a usage error, never a
//! default: `--export ""` must not open the window and wait forever.
struct FlagValue {
    const char* flag;
    const std::string* value;
    std::string expected;
};
void refuseEmptyValues(const CLI::App& cli, const std::vector<FlagValue>& flags) {
    for (const FlagValue& f : flags)
        if (cli.count(f.flag) && f.value->empty())
            throw UsageError(std::string(f.flag) + " '': expected " + f.expected);
}

//! CLI11's "Could not convert: --scale = abc" as our usage line, with what the flag expects.
std::string conversionMessage(const std::string& cliMessage) {
    static constexpr std::pair<const char*, const char*> expected[] = {
        {"--fps", "a frame rate from 1 to 60"},     {"--scale", "a factor from 0.25 to 16"},
        {"--zoom", "a zoom level from 0 to 14"},    {"--step", "a step number from 1"},
        {"--quit-after", "a number of seconds"}};
    const std::string prefix = "Could not convert: ";
    const std::size_t equals = cliMessage.find(" = ");
    if (cliMessage.rfind(prefix, 0) != 0 || equals == std::string::npos)
        return cliMessage + " (see geobrief --help)";
    const std::string flag = cliMessage.substr(prefix.size(), equals - prefix.size());
    const std::string value = cliMessage.substr(equals + 3);
    for (const auto& [name, what] : expected)
        if (flag == name)
            return flag + " '" + value + "': expected " + what;
    return (flag.empty() ? "'" : flag + " '") + value + "': expected a number (see geobrief --help)";
}

//! --export-video, --export-frames, --fps: what a recording writes, checked before any work.
void parseRecording(const CLI::App& cli, Options& options, const std::string& video, const std::string& frames, int fps) {
    for (const auto& [flag, value] : {std::pair{"--export-video", &video}, std::pair{"--export-frames", &frames}})
        if (cli.count(flag) && value->empty())
            throw UsageError(std::string(flag) + " '': expected a " +
                             (value == &video ? "file name ending in " + video::videoExtensionList() : std::string("folder")));
    if (!video.empty()) {
        if (!video::videoKindFor(video))
            throw UsageError("--export-video '" + video + "': expected a file name ending in " +
                             video::videoExtensionList());
        options.exportVideo = video;
    }
    if (!frames.empty())
        options.exportFrames = frames;
    if (cli.count("--fps")) {
        if (fps < 1 || fps > 60)
            throw UsageError("--fps " + std::to_string(fps) + ": expected a frame rate from 1 to 60");
        if (!recordsVideo(options))
            throw UsageError("--fps applies to --export-video and --export-frames only");
        options.fps = fps;
    }
    if (recordsVideo(options) && (options.exportPath || options.exportSteps))
        throw UsageError("--export-video and --export-frames cannot be combined with --export or --export-steps");
}

} // namespace

PixelSize parseSize(const std::string& text) {
    const auto x = text.find('x');
    const std::string expected = "WIDTHxHEIGHT in pixels, each from 16 to 8192, e.g. 1920x1080";
    if (x == std::string::npos)
        throw UsageError("--size '" + text + "': expected " + expected);
    unsigned w = 0, h = 0;
    const auto a = std::from_chars(text.data(), text.data() + x, w);
    const auto b = std::from_chars(text.data() + x + 1, text.data() + text.size(), h);
    if (a.ec != std::errc() || a.ptr != text.data() + x || b.ec != std::errc() || b.ptr != text.data() + text.size() ||
        w < 16 || h < 16 || w > 8192 || h > 8192)
        throw UsageError("--size '" + text + "': expected " + expected);
    return {w, h};
}

geo::LonLat parseCentre(const std::string& text) {
    const auto v = numbers(text, ',', 2, "--center", "LON,LAT in degrees, e.g. 36.2,51.7");
    checkLonLat(v[0], v[1], "--center", text);
    return {v[0], v[1]};
}

geo::LonLatBox parseBounds(const std::string& text) {
    const auto v = numbers(text, ',', 4, "--bounds", "WEST,SOUTH,EAST,NORTH in degrees, e.g. 30,45,45,56");
    checkLonLat(v[0], v[1], "--bounds", text);
    checkLonLat(v[2], v[3], "--bounds", text);
    if (v[1] >= v[3])
        throw UsageError("--bounds '" + text + "': SOUTH must be less than NORTH");
    if (v[0] == v[2])
        throw UsageError("--bounds '" + text + "': WEST and EAST must differ");
    return {v[0], v[1], v[2], v[3]};
}

std::optional<Options> parseOptions(int argc, char** argv, const std::filesystem::path& dataDir) {
    Options options;
    options.shapes = dataDir / "shapes";
    options.defaultShapes = options.shapes;
    options.story = dataDir / "assets" / "stories" / "eu-japan-dprk.json";
    CLI::App cli{"geobrief: an interactive briefing map of one geopolitical story"};
    cli.set_version_flag("--version", "geobrief 0.1.0");
    std::string exportPath, size, projection, centre, bounds, shapes, story, language, benchFile, time;
    int step = 0;
    double zoom = 0, quitAfter = 0;
    cli.add_option("--export", exportPath, "Render the view to this PNG file without opening a window");
    std::string exportSteps;
    cli.add_option("--export-steps", exportSteps, "Render every story step to a PNG in this folder, with an index");
    std::string exportVideo, exportFrames;
    cli.add_option("--export-video", exportVideo,
                   "Record the whole story, or --step N, to this video: .mp4 (H.264), .webm (VP9), .gif, .apng or .webp");
    cli.add_option("--export-frames", exportFrames, "Record the same frames as numbered PNGs into this folder");
    int fps = 30;
    cli.add_option("--fps", fps, "Frames per second of a recording, 1 to 60 (default 30)");
    cli.add_flag("--quiet", options.quiet, "No progress line while recording");
    cli.add_option("--size", size, "Picture or window size WIDTHxHEIGHT (default 1280x720)");
    bool noOverlays = false;
    cli.add_flag("--no-overlays", noOverlays, "Exports without title, caption, legend, scale bar and attribution");
    bool noInset = false;
    cli.add_flag("--no-inset", noInset, "Exports of a small area without the locator inset (an overview with the frame marked)");
    cli.add_flag("--transparent", options.transparent, "Exports with a transparent sea and background");
    double scale = 0;
    cli.add_option("--scale", scale, "Scale of lines, markers and text in exports (default: height / 720)");
    cli.add_option("--projection", projection, "Projection: " + geo::projectionNameList());
    cli.add_option("--center", centre, "View centre LON,LAT in degrees");
    cli.add_option("--zoom", zoom, "Zoom level (web-map scale: 3 shows a continent)");
    cli.add_option("--bounds", bounds, "Fit the view to WEST,SOUTH,EAST,NORTH in degrees");
    cli.add_option("--shapes", shapes, "Folder with countries-LEVEL.fgb (and region files), or one polygon file");
    std::string shapesCrs;
    cli.add_option("--shapes-crs", shapesCrs, "The CRS of the --shapes file when it declares none (or a wrong one), e.g. EPSG:3035");
    std::string layer;
    cli.add_option("--layer", layer, "The layer of the --shapes file that holds the countries (or --shapes FILE:LAYER)");
    cli.add_option("--story", story, "Story file (JSON)");
    cli.add_option("--lang", language, "Language of the story's text: en or es");
    cli.add_option("--time", time, "Story date to show, YYYY-MM-DD (flows drawn up to the end of that day)");
    cli.add_option("--step", step, "Open (or export) presenter step N (1 = first)");
    cli.add_flag("--hide-panels", options.hidePanels, "Start with the legend and timeline hidden");
    cli.add_flag("--console", options.console,
                 "Open the presenter console too: current step, next step's preview, notes, timers (key C)");
    std::string stateFile, pictures;
    cli.add_option("--pictures", pictures, "Folder for pictures saved from the window (F12, Ctrl+S)");
    cli.add_option("--state-file", stateFile, "Write the window's selection to this JSON file when it changes");
    cli.add_option("--bench-file", benchFile, "Append timings to this file (benchmarks)")->group("");
    std::string layoutFile;
    cli.add_option("--layout-file", layoutFile, "Append each exported picture's layout to this file (tests)")->group("");
    cli.add_option("--quit-after", quitAfter, "Close the window after this many seconds")->group("");
    cli.add_flag("--bench-pan", options.benchPan, "Pan by itself every frame (benchmark)")->group("");
    cli.add_flag("--gl-info", options.glInfo, "Print the OpenGL renderer geobrief draws with, then exit");
    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << cli.help();
        return std::nullopt;
    } catch (const CLI::CallForVersion&) {
        std::cout << "geobrief 0.1.0\n";
        return std::nullopt;
    } catch (const CLI::ConversionError& e) {
        throw UsageError(conversionMessage(e.what()));
    } catch (const CLI::ParseError& e) {
        throw UsageError(e.what() + std::string(" (see geobrief --help)"));
    }
    refuseEmptyValues(cli, {{"--export", &exportPath, "a file name ending in .png"},
                            {"--export-steps", &exportSteps, "a folder"},
                            {"--size", &size, "WIDTHxHEIGHT in pixels, e.g. 1920x1080"},
                            {"--projection", &projection, "one of " + geo::projectionNameList()},
                            {"--center", &centre, "LON,LAT in degrees"},
                            {"--bounds", &bounds, "WEST,SOUTH,EAST,NORTH in degrees"},
                            {"--shapes", &shapes, "a polygon file or a folder"},
                            {"--layer", &layer, "a layer name"},
                            {"--shapes-crs", &shapesCrs, "a CRS such as EPSG:3035"},
                            {"--story", &story, "a story file (JSON)"},
                            {"--lang", &language, "en or es"},
                            {"--time", &time, "a date as YYYY-MM-DD"},
                            {"--pictures", &pictures, "a folder"},
                            {"--state-file", &stateFile, "a file name"}});
    if (files::namesStandardOutput(exportPath)) {
        if (::isatty(STDOUT_FILENO)) // PNG bytes on a terminal are noise, and can upset it
            throw UsageError("--export " + exportPath + ": standard output is a terminal; redirect it (> map.png) or give a file name");
        options.exportPath = "-";
    } else if (!exportPath.empty()) {
        std::string ext = std::filesystem::path(exportPath).extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        if (video::videoKindFor(exportPath))
            throw UsageError("--export '" + exportPath + "': pictures are PNG; for a video use --export-video");
        if (!ext.empty() && ext != ".png") // PNG bytes under another name would mislead
            throw UsageError("--export '" + exportPath + "': expected a file name ending in .png");
        options.exportPath = exportPath;
    }
    for (const auto& [flag, value] : {std::pair{"--export-steps", &exportSteps}, std::pair{"--export-video", &exportVideo},
                                      std::pair{"--export-frames", &exportFrames}})
        if (files::namesStandardOutput(*value))
            throw UsageError(std::string(flag) + " " + *value + ": writes files, not a stream; give a " +
                             (flag == std::string("--export-video") ? "file name" : "folder"));
    if (!exportSteps.empty())
        options.exportSteps = exportSteps;
    if (options.exportPath && options.exportSteps)
        throw UsageError("--export and --export-steps cannot be combined");
    parseRecording(cli, options, exportVideo, exportFrames, fps);
    options.overlays = !noOverlays;
    options.locator = !noInset;
    if (cli.count("--scale")) {
        if (!std::isfinite(scale) || scale < 0.25 || scale > 16)
            throw UsageError("--scale " + shortNumber(scale) + ": expected a factor from 0.25 to 16");
        options.scale = scale;
    }
    if (!size.empty()) {
        options.size = parseSize(size);
        options.sizeGiven = true;
    }
    if (!projection.empty()) {
        const auto kind = geo::parseProjectionKind(projection);
        if (!kind)
            throw UsageError("--projection '" + projection + "': expected one of " + geo::projectionNameList());
        options.projection = *kind;
    }
    if (!centre.empty())
        options.centre = parseCentre(centre);
    if (cli.count("--zoom")) {
        if (!std::isfinite(zoom) || zoom < 0 || zoom > 14)
            throw UsageError("--zoom " + shortNumber(zoom) + ": expected a zoom level from 0 to 14");
        options.zoom = zoom;
    }
    if (!bounds.empty())
        options.bounds = parseBounds(bounds);
    if (options.bounds && (options.centre || options.zoom))
        throw UsageError("--bounds cannot be combined with --center or --zoom");
    if (!shapes.empty())
        options.shapes = shapes;
    if (!shapesCrs.empty()) {
        if (shapes.empty())
            throw UsageError("--shapes-crs " + shapesCrs + ": applies to --shapes FILE");
        if (!mapdata::isKnownCrs(shapesCrs))
            throw UsageError("--shapes-crs '" + shapesCrs + "': not a CRS GDAL knows (expected e.g. EPSG:3035 or a PROJ string)");
        options.shapesCrs = shapesCrs;
    }
    if (!layer.empty()) { // read by the loader as FILE:LAYER
        std::error_code ec;
        if (shapes.empty() || std::filesystem::is_directory(shapes, ec))
            throw UsageError("--layer " + layer + ": applies to --shapes FILE (one file with several layers)");
        options.shapes = shapes + ":" + layer;
    }
    if (!story.empty())
        options.story = story;
    if (!language.empty()) {
        if (language != "en" && language != "es")
            throw UsageError("--lang '" + language + "': expected en or es");
        options.language = language == "es" ? story::Language::Spanish : story::Language::English;
    }
    if (!time.empty()) {
        const auto day = story::parseDate(time);
        if (!day)
            throw UsageError("--time '" + time + "': expected a date as YYYY-MM-DD, e.g. 2024-10-20");
        options.time = *day;
    }
    if (cli.count("--step")) {
        if (step < 1)
            throw UsageError("--step " + std::to_string(step) + ": expected a step number from 1");
        options.step = step;
    }
    if (!pictures.empty())
        options.picturesFolder = pictures;
    if (!stateFile.empty())
        options.stateFile = stateFile;
    if (!benchFile.empty())
        options.benchFile = benchFile;
    if (!layoutFile.empty())
        options.layoutFile = layoutFile;
    if (cli.count("--quit-after"))
        options.quitAfterSeconds = quitAfter;
    if (options.exportVideo)
        if (const auto why = video::unsupported(*video::videoKindFor(*options.exportVideo),
                                                {options.size.width, options.size.height, options.fps, options.transparent}))
            throw UsageError(*why);
    return options;
}

} // namespace gb::app
