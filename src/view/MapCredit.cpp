#include "view/MapCredit.hpp"

#include "view/UiText.hpp"

namespace gb::view {

std::string mapCredit(const story::Story& story, const std::string& userCountries, story::Language language) {
    if (userCountries.empty())
        return story.attribution.in(language);
    const std::string& others = story.otherCredit.in(language);
    return std::string(uiText(UiText::Borders, language)) + ": " + userCountries + (others.empty() ? "" : ", " + others);
}

} // namespace gb::view
