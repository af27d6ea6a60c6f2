#include "mapdata/CountryIdentity.hpp"

#include <algorithm>
#include <array>

namespace gb::mapdata {
namespace {

constexpr std::array allKeys{CountryKey::Numeric, CountryKey::Alpha3, CountryKey::Alpha2, CountryKey::Name};

//! Natural Earth writes -99 where a country has no code (France's ISO_N3): no value, not a
//! value that names nothing.
bool isSet(const std::string& value) { return !value.empty() && value != "-99" && value != "-099"; }

//! The key under which most of a field's values name a country, if four in five do.
std::optional<IdentifyingField> bestKey(const std::string& field, const std::vector<std::string>& values,
                                        const CountryCodes& codes) {
    const int filled = static_cast<int>(std::count_if(values.begin(), values.end(), isSet));
    // Half the features at least: a column that names three countries among 200 features says
    // nothing about the other 197.
    if (filled == 0 || filled * 2 < static_cast<int>(values.size()))
        return std::nullopt;
    std::optional<IdentifyingField> best;
    for (const CountryKey key : allKeys) {
        int named = 0;
        for (const std::string& v : values)
            named += isSet(v) && codes.numericFor(key, v).has_value();
        if (named * 5 >= filled * 4 && (!best || named > best->named))
            best = IdentifyingField{field, key, named, filled};
    }
    return best;
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

std::string reportOf(const CountryIdentity& identity, const std::vector<int>& namedBy,
                     const std::vector<std::string>& names) {
    const int total = static_cast<int>(identity.numeric.size());
    if (identity.fields.empty())
        return "no field identifies its countries (expected ISO 3166 numeric, alpha-3 or alpha-2 codes, or country "
               "names, in four of five features); the story's roles are not drawn on it";
    std::string out = "countries identified by ";
    bool first = true;
    for (std::size_t f = 0; f < identity.fields.size(); ++f) {
        const int count = static_cast<int>(std::count(namedBy.begin(), namedBy.end(), static_cast<int>(f)));
        if (count == 0)
            continue; // a fallback no feature needed
        out += (first ? "" : ", then by ") + quoted(identity.fields[f].field) + " (" +
               describe(identity.fields[f].key) + ") for " + std::to_string(count) +
               (first ? " of " + std::to_string(total) + " features" : "");
        first = false;
    }
    const auto unnamed = std::find(namedBy.begin(), namedBy.end(), -1);
    if (unnamed != namedBy.end()) {
        const auto first = static_cast<std::size_t>(unnamed - namedBy.begin());
        out += "; " + std::to_string(std::count(namedBy.begin(), namedBy.end(), -1)) + " not identified" +
               (first < names.size() && !names[first].empty() ? " (first: " + quoted(names[first]) + ")" : "");
    }
    return out;
}

} // namespace

CountryIdentity identifyCountries(const AttributeTable& table, const CountryCodes& codes,
                                  const std::vector<std::string>& names) {
    CountryIdentity identity;
    for (std::size_t f = 0; f < table.fields.size(); ++f)
        if (auto found = bestKey(table.fields[f], table.values[f], codes))
            identity.fields.push_back(std::move(*found));
    std::stable_sort(identity.fields.begin(), identity.fields.end(),
                     [](const IdentifyingField& a, const IdentifyingField& b) {
                         return a.key != b.key ? a.key < b.key : a.named > b.named;
                     });
    const std::size_t features = table.values.empty() ? names.size() : table.values.front().size();
    identity.numeric.assign(features, "");
    std::vector<int> namedBy(features, -1); // which of identity.fields named each feature
    for (std::size_t i = 0; i < features; ++i) {
        for (std::size_t f = 0; f < identity.fields.size() && namedBy[i] < 0; ++f) {
            const auto column = std::find(table.fields.begin(), table.fields.end(), identity.fields[f].field);
            const std::string& value = table.values[static_cast<std::size_t>(column - table.fields.begin())][i];
            if (auto code = codes.numericFor(identity.fields[f].key, value)) {
                identity.numeric[i] = std::move(*code);
                namedBy[i] = static_cast<int>(f);
            }
        }
    }
    identity.report = reportOf(identity, namedBy, names);
    return identity;
}

} // namespace gb::mapdata
