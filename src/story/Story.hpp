#pragma once
// A story as data: what the map shows and how, loaded from a JSON story file
// (docs/story-format.md). Plain values, no drawing: render and ui read it, the loader builds it.

#include "geo/Coordinates.hpp"
#include "story/Colour.hpp"

#include <array>
#include <cstddef>
#include <map>
#include <optional>
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

//! A span of story time in days since 1970-01-01 (see Date.hpp); `to` is inclusive.
struct DateRange {
    int from = 0;
    int to = 0;
};

//! Where a fact comes from.
struct Source {
    std::string id;
    std::string outlet; //!< "AP", "EEAS", ...
    std::string title;
    int date = 0;       //!< publication day
    std::string url;
};

//! How sure the record is of an item. The words are fixed so each level has its own look on
//! the map; the story says what each means (Story::confidenceLevels).
enum class Confidence {
    Confirmed, //!< on the record from the parties themselves, or shown by evidence
    Assessed,  //!< a government's or agency's stated assessment
    Reported,  //!< intelligence or press reports
    Claimed,   //!< one side's claim, not verified
};
inline constexpr std::size_t confidenceCount = 4;

//! The story's words for one confidence level, in both languages.
struct ConfidenceWords {
    LocalText name;    //!< "Reported" (the legend)
    LocalText meaning; //!< "intelligence or press reports" (the legend's explanation)
    LocalText phrase;  //!< "Reported by" (details: "Reported by South Korea's NIS (18 Oct 2024)")
};

//! How sure the record is of one item, and on whose word.
struct Attribution {
    Confidence level = Confidence::Confirmed;
    LocalText by;           //!< "South Korea's NIS"; may be empty
    std::optional<int> date; //!< when they said it
};

//! How a figure's number is qualified: "about 12,000", "over 600,000", "up to 8,000".
enum class Qualifier { Exactly, About, Over, UpTo, Nearly };

//! A number worth showing, with who said it and when.
struct Figure {
    LocalText label;          //!< "North Korean soldiers in Russia"
    long long value = 0;      //!< 12000
    Qualifier qualifier = Qualifier::Exactly;
    Attribution attribution;  //!< who said it, when, how sure
    std::string source;       //!< a source id
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
    Colour fill;         //!< usually translucent; the role's fill when `role` is set
    Colour outline;
    LocalText details;
    std::vector<std::string> sources;
    //! Set: the region overrides the countries under it, drawn in this role's fill (Crimea as
    //! Ukraine), hatched when `hatched`, with `label` written on the map.
    std::string role;
    bool hatched = false;
    LocalText label; //!< e.g. "Occupied by Russia since 2014"; empty: none
    std::optional<Attribution> attribution;
};

struct Place {
    std::string id;
    LocalText name;
    geo::LonLat position;  //!< degrees
    std::string kind;      //!< "capital", "city", "base", ...
    static constexpr int defaultLabelPriority = 1;
    int labelPriority = defaultLabelPriority; //!< higher wins when labels collide
    std::optional<DateRange> dates; //!< when it matters in the story (none: always shown)
    LocalText details;
    std::vector<Figure> figures;
    std::vector<std::string> sources;
    bool approximate = false; //!< the position is not sourced precisely (details say so)
    std::optional<Attribution> attribution;
};

//! How a flow is drawn.
//! How a leg goes: the shortest way on the ellipsoid, a gentle arc, or over water (routed by
//! geobrief around the land, app::routeSeaLegs, unless the leg has via points).
enum class FlowPath { Geodesic, Arc, Sea };

struct FlowStyle {
    std::string id;
    Colour colour;
    float width = 4.0f;   //!< pixels at the story overview's scale
    bool dashed = false;  //!< moving dashes (troops) or a solid pulsing band (pact)
    LocalText legend;
};

//! A movement or link between places: a route of any number of legs.
struct Flow {
    std::string id;
    std::string kind;                 //!< "pact", "troops", ...
    std::vector<std::string> route;   //!< place ids, in order
    std::vector<DateRange> legDates;  //!< one per leg (route.size() - 1)
    bool twoWay = false;
    FlowPath path = FlowPath::Geodesic;
    std::string style;                //!< a flow style id
    LocalText label;
    //! Optional: a short label written beside the line on a picture that stresses the flow
    //! ("By sea, 8-13 Oct"); empty: none.
    LocalText routeLabel;
    LocalText details;
    std::vector<std::string> sources;
    //! A schematic line shows that A is linked to B, not the path taken.
    bool schematic = false;
    //! Per leg, points the line passes through (degrees), e.g. to keep a sea leg at sea; empty:
    //! the leg's own path.
    std::vector<std::vector<geo::LonLat>> via;
    //! Set: the sources date the flow only within this range (every leg carries it as its
    //! dates, and the flow is drawn whole from its first day).
    std::optional<DateRange> within;
    std::optional<Attribution> attribution;
};

//! What a step shows: a lon/lat box, or a centre and web-map zoom level.
struct StepView {
    std::optional<geo::LonLatBox> bounds;
    std::optional<geo::LonLat> centre;
    double zoom = 3.0;
};

//! One slide of the presentation.
struct Step {
    LocalText title;
    LocalText caption;
    StepView view;
    std::vector<std::string> highlight; //!< place, flow or region ids
    DateRange time;                     //!< the story time shown (the animation plays through it)
    //! The sources the slide's source line cites; empty: those of what it highlights.
    std::vector<std::string> sources;
    //! Speaker notes: shown in the presenter console only, never on the map or a picture.
    LocalText notes{};
};

struct Story {
    std::string source; //!< the file it came from
    LocalText title;
    //! The credit line of pictures for the story's own map data (all of it).
    LocalText attribution;
    //! The part of `attribution` that is not about the countries' outlines ("Crimea drawn as
    //! Ukraine; regions: ..."), when the story gives the two apart: with a user's countries file
    //! the line credits that file, then this (view/MapCredit.hpp). Empty: not given apart.
    LocalText otherCredit;
    //! Editorial notes for the presenter (corrections of a seed text, caveats): shown in
    //! Help > About this story, never on the map, in details or on pictures.
    LocalText notes;
    //! The story's words for each confidence level, indexed by Confidence; a level the story
    //! uses must be defined (the loader checks).
    std::array<std::optional<ConfidenceWords>, confidenceCount> confidenceWords;
    DateRange timeline; //!< what the timeline spans
    std::vector<Source> sources;
    std::vector<Role> roles;
    std::map<std::string, std::string> countryRoles; //!< country id (ISO numeric) -> role id
    std::string defaultRole;                           //!< role of every other country
    std::vector<std::string> markedCountries;          //!< drawn with a stronger outline (Belgium)
    std::vector<Region> regions;
    std::vector<Place> places;
    std::vector<FlowStyle> flowStyles;
    std::vector<Flow> flows;
    std::vector<Step> steps;

    [[nodiscard]] const Role* role(const std::string& id) const;
    //! The role a country is drawn with (the default role when the story does not name it).
    [[nodiscard]] const Role& roleOfCountry(const std::string& countryId) const;
    [[nodiscard]] const Place* place(const std::string& id) const;
    [[nodiscard]] const FlowStyle* flowStyle(const std::string& id) const;
    [[nodiscard]] const Source* findSource(const std::string& id) const;
    [[nodiscard]] const ConfidenceWords* words(Confidence level) const {
        const auto& w = confidenceWords[static_cast<std::size_t>(level)];
        return w ? &*w : nullptr;
    }
};

} // namespace gb::story
