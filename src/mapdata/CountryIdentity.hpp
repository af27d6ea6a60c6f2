#pragma once
// Which fields of a layer identify its countries, found from the values themselves: a role is
// drawn through a field only when most of its values name countries, never through an id that
// merely looks like one.

#include "mapdata/CountryCodes.hpp"

#include <string>
#include <vector>

namespace gb::mapdata {

//! A layer's attribute values: `values[f][i]` is field `fields[f]` of feature i ("" when unset).
struct AttributeTable {
    std::vector<std::string> fields;
    std::vector<std::vector<std::string>> values;
};

struct IdentifyingField {
    std::string field;
    CountryKey key;
    int named = 0; //!< of the features with a value there, how many name a country
    int filled = 0;
};

struct CountryIdentity {
    std::vector<IdentifyingField> fields; //!< tried in this order, feature by feature
    std::vector<std::string> numeric;     //!< per feature: its ISO numeric code, "" when none
    //! "countries identified by 'ISO_N3' (ISO 3166 numeric) for 236 of 241 features, then by
    //! 'ADM0_A3' (ISO 3166 alpha-3) for 3; 2 not identified (first: 'Kosovo')", or why none was.
    std::string report;
};

//! A field identifies countries when at least four in five of its values name a country as one
//! key (numeric, alpha-3, alpha-2 or name) and at least half the features have a value there
//! (Natural Earth's -99 is no value).
//! Such fields are tried by key (numeric first), then by how many they name; a feature takes the
//! first that names it (Natural Earth writes ISO_N3 -99 for France, ADM0_A3 has FRA).
//! `names` (per feature, for the report) may be empty.
[[nodiscard]] CountryIdentity identifyCountries(const AttributeTable& table, const CountryCodes& codes,
                                                const std::vector<std::string>& names);

} // namespace gb::mapdata
