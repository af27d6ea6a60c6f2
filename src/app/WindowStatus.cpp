#include "app/WindowStatus.hpp"

#include "app/TextFile.hpp"
#include "render/PngFile.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace gb::app {

bool WindowStatus::sameAs(const WindowStatus& o) const {
    return kind == o.kind && id == o.id && title == o.title && hover == o.hover && pointer == o.pointer && settled == o.settled &&
           level == o.level && reloads == o.reloads && storyError == o.storyError && pictures == o.pictures &&
           lastPicture == o.lastPicture && toast == o.toast && step == o.step && day == o.day && blank == o.blank;
}

std::string WindowStatus::json() const {
    nlohmann::ordered_json j{{"kind", kind}, {"id", id}, {"title", title}};
    j["hover"] = hover;
    j["pointer"] = pointer ? nlohmann::ordered_json::array({pointer->first, pointer->second}) : nlohmann::ordered_json();
    j["settled"] = settled;
    j["level"] = level;
    j["frame"] = frame;
    j["reloads"] = reloads;
    j["storyError"] = storyError;
    j["pictures"] = pictures;
    j["lastPicture"] = lastPicture;
    j["toast"] = toast;
    j["step"] = step;
    j["day"] = day;
    j["blank"] = blank;
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
