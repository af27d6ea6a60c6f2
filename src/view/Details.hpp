#pragma once
// What the details panel says about a picked item, in one language: pure data, so tests can
// check it and the panel only lays it out.

#include "story/Story.hpp"
#include "view/Picker.hpp"

#include <string>
#include <vector>

namespace gb::view {

struct DetailsSource {
    std::string outlet;
    std::string title;
    std::string date; //!< "18 Oct 2024"
    std::string url;
};

struct DetailsFigure {
    std::string label;
    std::string value;       //!< "about 12,000" / "alrededor de 12.000"
    std::string attribution; //!< "Reported by NIS (18 Oct 2024)"
    std::string source;      //!< the outlet
};

struct Details {
    std::string title;
    std::string kind;   //!< "Place (capital)", "Flow (troops)", "Region", "Country"
    std::string dates;  //!< "8 Oct 2024 - 13 Oct 2024", empty when undated
    std::string text;
    std::string confidence;            //!< "Reported by South Korea's NIS (18 Oct 2024)"; empty: not given
    std::vector<std::string> caveats;  //!< "Schematic line: ...", "Approximate position."
    std::vector<DetailsFigure> figures;
    std::vector<DetailsSource> sources;
    std::vector<std::pair<std::string, PickItem>> related; //!< label, item
};

//! countryName/countryId are used for PickItem::Kind::Country (index into the country list).
[[nodiscard]] Details describe(const story::Story& story, const PickItem& item, story::Language language,
                               const std::string& countryId = {}, const std::string& countryName = {});

//! The id of a story item (place, flow or region id; "" for countries and nothing).
[[nodiscard]] std::string itemId(const story::Story& story, const PickItem& item);

} // namespace gb::view
