#include "mapdata/CountryCodes.hpp"

#include "mapdata/DataError.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>

namespace gb::mapdata {
namespace {

std::string upper(std::string_view text) {
    std::string out;
    for (const char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

//! "392", " 392 ", "392.0" -> "392"; "40" -> "040"; anything else (negative, fractional,
//! over 999, text) -> nothing. Natural Earth writes "-99" for "no code".
std::optional<std::string> threeDigits(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > 999 ||
        value != std::floor(value))
        return std::nullopt;
    std::string digits = std::to_string(static_cast<int>(value));
    return std::string(3 - digits.size(), '0') + digits;
}

//! The ASCII letter a two-byte UTF-8 Latin-1 letter (after 0xC3) is drawn from, or 0.
char latinBase(unsigned char second) {
    // 0xC3 0x80..0xBF: À..ÿ. Upper and lower case share the table (folded to lower below).
    static constexpr std::string_view bases = "aaaaaaaceeeeiiiidnooooo_ouuuuyts"; // 0x80..0x9F
    if (second < 0x80 || second > 0xBF)
        return 0;
    if (second == 0xBF)
        return 'y'; // ÿ
    const unsigned index = (second - 0x80u) & 0x1Fu;
    const char base = bases[index];
    return base == '_' ? 0 : base;
}

} // namespace

const char* describe(CountryKey key) {
    switch (key) {
    case CountryKey::Numeric: return "ISO 3166 numeric";
    case CountryKey::Alpha3: return "ISO 3166 alpha-3";
    case CountryKey::Alpha2: return "ISO 3166 alpha-2";
    case CountryKey::Name: return "country names";
    }
    return "";
}

std::string foldName(std::string_view name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x80) {
            if (std::isalnum(c))
                out += static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < name.size()) {
            if (const char base = latinBase(static_cast<unsigned char>(name[++i])))
                out += base;
        }
    }
    return out;
}

CountryCodes::CountryCodes(std::vector<Entry> entries) : entries_(std::move(entries)) {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const Entry& e = entries_[i];
        numeric_.emplace(e.numeric, i);
        alpha3_.emplace(upper(e.alpha3), i);
        alpha2_.emplace(upper(e.alpha2), i);
        for (const std::string& name : e.names)
            names_.emplace(foldName(name), i); // the first country to claim a name keeps it
    }
}

CountryCodes CountryCodes::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DataError(file.string(), "cannot open the country codes (expected shapes/country-codes.json)");
    std::vector<Entry> entries;
    try {
        const nlohmann::json document = nlohmann::json::parse(in); // kept: the loop reads inside it
        for (const nlohmann::json& c : document.at("countries"))
            entries.push_back({c.at("numeric").get<std::string>(), c.at("alpha3").get<std::string>(),
                               c.at("alpha2").get<std::string>(), c.at("names").get<std::vector<std::string>>()});
    } catch (const nlohmann::json::exception& e) {
        throw DataError(file.string(), std::string("not a country codes file (expected countries[] with numeric, "
                                                   "alpha3, alpha2, names): ") + e.what());
    }
    return CountryCodes(std::move(entries));
}

std::optional<std::string> CountryCodes::numericFor(CountryKey key, std::string_view value) const {
    const auto lookUp = [this](const auto& table, const std::string& k) -> std::optional<std::string> {
        const auto found = table.find(k);
        if (found == table.end())
            return std::nullopt;
        return entries_[found->second].numeric;
    };
    switch (key) {
    case CountryKey::Numeric: {
        const auto digits = threeDigits(value);
        return digits ? lookUp(numeric_, *digits) : std::nullopt;
    }
    case CountryKey::Alpha3: return value.size() <= 5 ? lookUp(alpha3_, upper(value)) : std::nullopt;
    case CountryKey::Alpha2: return value.size() <= 4 ? lookUp(alpha2_, upper(value)) : std::nullopt;
    case CountryKey::Name: {
        const std::string folded = foldName(value);
        return folded.size() >= 3 ? lookUp(names_, folded) : std::nullopt;
    }
    }
    return std::nullopt;
}

std::string CountryCodes::nameOf(const std::string& numeric) const {
    const auto found = numeric_.find(numeric);
    return found == numeric_.end() || entries_[found->second].names.empty() ? numeric
                                                                              : entries_[found->second].names.front();
}

} // namespace gb::mapdata
