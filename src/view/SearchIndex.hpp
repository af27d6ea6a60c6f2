#pragma once
// Finding story items by part of their name in either language, ignoring case and accents
// ("kursk" and "Kúrsk" both find Kursk).

#include "story/Story.hpp"
#include "view/Picker.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gb::view {

//! Lower case, Latin accents removed (á->a, ñ->n, ü->u, ...), other text kept as it is.
[[nodiscard]] std::string foldForSearch(std::string_view utf8);

struct SearchResult {
    PickItem item;
    std::string label; //!< the item's name in the display language
};

//! Places, flows and regions whose English or Spanish name contains the query; names that
//! start with it come first. An empty query finds nothing.
[[nodiscard]] std::vector<SearchResult> searchStory(const story::Story& story, std::string_view query,
                                                    story::Language language);

} // namespace gb::view
