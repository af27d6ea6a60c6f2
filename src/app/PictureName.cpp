#include "app/PictureName.hpp"

#include <filesystem>
#include <utility>

namespace gb::app {

std::string pictureName(const std::string& pattern, const std::optional<std::size_t>& step, std::time_t now) {
    std::tm local{};
    localtime_r(&now, &local);
    char date[16], time[16], number[24];
    std::strftime(date, sizeof date, "%Y%m%d", &local);
    std::strftime(time, sizeof time, "%H%M%S", &local);
    std::snprintf(number, sizeof number, "step%02zu", step ? *step + 1 : 0);
    std::string name = pattern.empty() ? "geobrief-{date}-{time}.png" : pattern;
    for (const auto& [token, value] : {std::pair<std::string, std::string>{"{date}", date}, {"{time}", time},
                                       {"{step}", step ? number : "map"}})
        for (std::size_t at; (at = name.find(token)) != std::string::npos;)
            name.replace(at, token.size(), value);
    if (std::filesystem::path(name).extension() != ".png")
        name += ".png";
    return name;
}

} // namespace gb::app
