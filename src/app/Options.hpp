#pragma once
// The command line: what to show and whether to export or open the window.

#include "geo/Coordinates.hpp"
#include "geo/ProjectionKind.hpp"
#include "story/Story.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace gb::app {

struct PixelSize {
    unsigned width = 1280;
    unsigned height = 720;
};

struct Options {
    std::optional<std::filesystem::path> exportPath; //!< set: render to PNG, no window
    std::optional<std::filesystem::path> exportSteps; //!< set: one PNG per story step into this folder
    std::optional<std::filesystem::path> exportVideo;  //!< set: record the story (or --step) to this video file
    std::optional<std::filesystem::path> exportFrames; //!< set: the recording's frames as numbered PNGs here
    int fps = 30;                             //!< frames per second of a recording (1 to 60)
    bool quiet = false;                       //!< no progress line on stderr
    bool overlays = true;                     //!< title, caption, legend, scale bar, attribution, date
    bool locator = true;                      //!< a locator inset on pictures of a small area
    bool transparent = false;                 //!< no sea or background: alpha 0 there
    std::optional<double> scale;              //!< pixel scale of lines and text (default: height / 720, at least 1)
    PixelSize size;
    bool sizeGiven = false;
    geo::ProjectionKind projection = geo::ProjectionKind::Lambert;
    std::optional<geo::LonLat> centre;
    std::optional<double> zoom;               //!< web-map zoom level (0 = world in 256 px)
    std::optional<geo::LonLatBox> bounds;
    std::filesystem::path shapes;             //!< folder or file
    std::filesystem::path defaultShapes;      //!< the shipped shapes/ folder (region files)
    std::string shapesCrs;                    //!< --shapes-crs: the --shapes file's CRS (empty: as it declares)
    std::filesystem::path story;
    story::Language language = story::Language::English;
    std::optional<int> time;                  //!< --time: story day to show (days since 1970)
    std::optional<int> step;                  //!< --step: 1-based presenter step to open or export
    std::optional<std::filesystem::path> benchFile; //!< write start-up timings here (window)
    std::optional<std::filesystem::path> layoutFile; //!< exports append each picture's layout here (tests)
    std::optional<double> quitAfterSeconds;         //!< close the window by itself (tests, bench)
    bool hidePanels = false;                  //!< start with legend and timeline hidden
    bool console = false;                     //!< open the presenter console with the map
    std::optional<std::filesystem::path> stateFile; //!< where the window writes its selection (JSON)
    std::optional<std::filesystem::path> picturesFolder; //!< where F12 / Ctrl+S save (default: here)
    bool benchPan = false;                          //!< drag the map by itself every frame (bench)
    bool glInfo = false;                            //!< print the GL renderer and exit
};

//! A bad flag value: the message names the flag and what is expected.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

//! "1920x1080" -> size; throws UsageError.
[[nodiscard]] PixelSize parseSize(const std::string& text);
//! "36.2,51.7" -> lon/lat; throws UsageError.
[[nodiscard]] geo::LonLat parseCentre(const std::string& text);
//! "west,south,east,north" in degrees; throws UsageError.
[[nodiscard]] geo::LonLatBox parseBounds(const std::string& text);

//! Whether the options ask for a recording (--export-video or --export-frames).
[[nodiscard]] inline bool recordsVideo(const Options& options) { return options.exportVideo || options.exportFrames; }

//! Parses argv. Returns nullopt after printing help or version (exit 0); throws UsageError.
[[nodiscard]] std::optional<Options> parseOptions(int argc, char** argv, const std::filesystem::path& dataDir);

} // namespace gb::app
