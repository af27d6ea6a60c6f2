#include "app/WindowStatus.hpp"

#include "app/TextFile.hpp"
#include "render/PngFile.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace gb::app {

bool WindowStatus::sameAs(const WindowStatus& other) const {
    WindowStatus a = *this, b = other;
    a.frame = b.frame = 0;
    return a == b;
}

std::string WindowStatus::json() const {
    nlohmann::ordered_json j{{"kind", kind}, {"id", id}, {"title", title}};
    j["hover"] = hover;
    j["pointer"] = pointer ? nlohmann::ordered_json::array({pointer->first, pointer->second}) : nlohmann::ordered_json();
    j["settled"] = settled;
    j["level"] = level;
    j["countriesReads"] = countriesReads;
    j["frame"] = frame;
    j["reloads"] = reloads;
    j["storyError"] = storyError;
    j["pictures"] = pictures;
    j["lastPicture"] = lastPicture;
    j["recording"] = recording;
    j["videos"] = videos;
    j["lastVideo"] = lastVideo;
    j["toast"] = toast;
    j["step"] = step;
    j["day"] = day;
    j["blank"] = blank;
    j["projection"] = projection;
    j["pointerMap"] = pointerMap ? nlohmann::ordered_json::array({pointerMap->first, pointerMap->second})
                                 : nlohmann::ordered_json();
    j["metresPerPixel"] = metresPerPixel;
    j["presentation"] = presentation;
    j["cursorHidden"] = cursorHidden;
    j["console"] = console;
    j["consoleNotes"] = consoleNotes;
    j["language"] = language;
    return j.dump() + "\n";
}

void StatusFile::update(const WindowStatus& status) {
    if (!file_ || (written_ && written_->sameAs(status)))
        return;
    written_ = status;
    try {
        writeTextAtomically(*file_, status.json());
    } catch (const render::WriteError& e) {
        std::cerr << "geobrief: --state-file " << e.what() << '\n';
    }
}

} // namespace gb::app
