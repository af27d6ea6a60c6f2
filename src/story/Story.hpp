#pragma once
// A story as data: what the map shows and how, loaded from a JSON story file. Plain values, no
// drawing: render and ui read it, the loader builds it.

#include "geo/Coordinates.hpp"
#include "story/Colour.hpp"

#include <map>
#include <string>
#include <vector>

namespace gb::story {

enum class Language { English, Spanish };

//! Every user-visible string of a story exists in both languages.
struct LocalText {
    std::string en;
    std::string es;
    [[nodiscard]] const std::string& in(Language language) const {
        return language == Language::Spanish ? es : en;
    }
};

//! How countries of one role are drawn (e.g. "eu", "japan", "neutral").
struct Role {
    std::string id;
    Colour fill;
    LocalText legend;
};

//! A region drawn over the countries: one feature of one shapes/ file.
struct Region {
    std::string id;
    LocalText name;
    std::string shapes;  //!< file stem in shapes/ (e.g. "russia-regions") or a path
    std::string feature; //!< the feature's id in that file (e.g. "RU.KRS")
    Colour fill;         //!< usually translucent
    Colour outline;
};

struct Place {
    std::string id;
    LocalText name;
    geo::LonLat position; //!< degrees
    std::string kind;     //!< "capital", "city", "base", ...
    int labelPriority = 1; //!< higher wins when labels collide
};

struct Story {
    std::string source; //!< the file it came from
    LocalText title;
    std::vector<Role> roles;
    std::map<std::string, std::string> countryRoles; //!< country id (ISO numeric) -> role id
    std::string defaultRole;                           //!< role of every other country
    std::vector<std::string> markedCountries;          //!< drawn with a stronger outline (Belgium)
    std::vector<Region> regions;
    std::vector<Place> places;
    LocalText attribution;

    [[nodiscard]] const Role* role(const std::string& id) const {
        for (const Role& r : roles)
            if (r.id == id)
                return &r;
        return nullptr;
    }
    //! The role a country is drawn with (the default role when the story does not name it).
    [[nodiscard]] const Role& roleOfCountry(const std::string& countryId) const;
};

} // namespace gb::story
