#pragma once
// What the window tells scripts and tests through --state-file: the selection, and readiness
// signals (the pointer position it has seen, whether the view has settled at its level, story
// reloads, saved pictures), so a test waits for the window instead of sleeping.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace gb::app {

struct WindowStatus {
    std::string kind = "none";  //!< the selection: "place", "flow", "region", "country" or "none"
    std::string id;             //!< story id, or the country's ISO code
    std::string title;
    std::string hover;          //!< what is under the pointer: "country 392", "place tokyo" ("" when nothing)
    std::optional<std::pair<int, int>> pointer; //!< the last pointer position handled, window pixels
    bool settled = false;       //!< no motion, the wanted level drawn sharp, nothing pending
    std::string level;          //!< the level drawn: "110m", "50m", "10m" ("" before the first)
    int countriesReads = 0;     //!< countries files read so far (one per level; a user's file once)
    int reloads = 0;            //!< story reloads that succeeded
    std::string storyError;     //!< the last reload's error ("" when the story is good)
    int pictures = 0;           //!< pictures saved
    std::string lastPicture;    //!< the path of the last one saved, or the last save's error
    std::string toast;          //!< the message on screen now ("" when none)
    int step = 0;               //!< the presenter step shown, 1-based (0: the whole story)
    std::string day;            //!< the story day shown, YYYY-MM-DD (the day whose end is drawn)
    std::string blank;          //!< "black" or "white" while presenting with a blanked screen, else ""
    std::string projection;     //!< the projection shown, by its command-line name ("lambert")
    //! The map point under the pointer (projected metres) and the scale, for measuring how far
    //! the point under the cursor moves during a zoom.
    std::optional<std::pair<double, double>> pointerMap;
    double metresPerPixel = 0;
    bool presentation = false;  //!< presentation mode (full screen, projector type)
    bool cursorHidden = false;  //!< the pointer hidden after a moment without moving (presentation mode)
    bool console = false;       //!< the presenter console window is open
    std::string consoleNotes;   //!< the speaker notes the console shows ("" when none or closed)
    std::string language = "en";
    std::string recording;      //!< "34/152" while a video records (frames drawn / all), else ""
    int videos = 0;             //!< videos finished (or failed) from the window
    std::string lastVideo;      //!< the path of the last one, or its error, or "cancelled"
    std::uint64_t frame = 0;    //!< frames drawn (not a reason to write the file by itself)

    bool operator==(const WindowStatus&) const = default;

    //! Whether anything but the frame count differs.
    [[nodiscard]] bool sameAs(const WindowStatus& other) const;
    //! One line of JSON: {"kind":"place","id":"tokyo","title":"Tokyo","pointer":[2,590],...}.
    [[nodiscard]] std::string json() const;
};

//! Writes the status atomically whenever it changes (beyond the frame count).
class StatusFile {
public:
    explicit StatusFile(std::optional<std::filesystem::path> file) : file_(std::move(file)) {}
    void update(const WindowStatus& status);

private:
    std::optional<std::filesystem::path> file_;
    std::optional<WindowStatus> written_;
};

} // namespace gb::app
