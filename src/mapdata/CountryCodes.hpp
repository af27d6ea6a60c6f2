#pragma once
// ISO 3166-1: how a map file may name a country (numeric, alpha-3, alpha-2 code or a name),
// mapped to the numeric code that stories key countries by ("392" Japan).

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gb::mapdata {

//! What a field's values are, in the order a field is preferred when several identify countries.
enum class CountryKey { Numeric, Alpha3, Alpha2, Name };

[[nodiscard]] const char* describe(CountryKey key); //!< "ISO 3166 numeric", ..., "country names"

class CountryCodes {
public:
    //! Reads shapes/country-codes.json (made by shapes/country_codes.py). Throws DataError.
    [[nodiscard]] static CountryCodes load(const std::filesystem::path& file);

    struct Entry {
        std::string numeric; //!< three digits, zero-padded: "040"
        std::string alpha3, alpha2;
        std::vector<std::string> names; //!< the first is ISO's English name
    };
    explicit CountryCodes(std::vector<Entry> entries);

    //! The numeric code `value` names as `key`, if it names a country: " 392", "392.0" and "JPN",
    //! "jp", "Japón" (names ignore case, accents and punctuation) all give "392".
    [[nodiscard]] std::optional<std::string> numericFor(CountryKey key, std::string_view value) const;
    //! ISO's English name of a numeric code ("040" -> "Austria"); the code itself if unknown.
    [[nodiscard]] std::string nameOf(const std::string& numeric) const;

private:
    std::vector<Entry> entries_;
    std::map<std::string, std::size_t, std::less<>> numeric_, alpha3_, alpha2_, names_;
};

//! A name as compared: lower case, Latin letters without accents, letters and digits only
//! ("Côte d'Ivoire" -> "cotedivoire").
[[nodiscard]] std::string foldName(std::string_view name);

} // namespace gb::mapdata
