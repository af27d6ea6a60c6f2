#include "story/Date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace gb::story {
namespace {

// Howard Hinnant's civil-calendar algorithms (public domain), proleptic Gregorian.
int daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(int z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

template <typename T> bool number(std::string_view text, T& out) {
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

std::optional<int> parseDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    if (!number(text.substr(0, 4), y) || !number(text.substr(5, 2), m) || !number(text.substr(8, 2), d) || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return std::nullopt;
    const int day = daysFromCivil(y, m, d);
    const Civil back = civilFromDays(day);
    if (back.month != m || back.day != d) // 30 February and the like
        return std::nullopt;
    return day;
}

std::string isoDate(int day) {
    const Civil c = civilFromDays(day);
    char text[32]; // room for any int year and any unsigned month and day the compiler can imagine
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", c.year, c.month, c.day);
    return text;
}

std::string displayDate(int day, Language language) {
    static constexpr std::array<const char*, 12> en{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    // Spanish abbreviations take a period (RAE): "1 nov. 2024".
    static constexpr std::array<const char*, 12> es{"ene.", "feb.", "mar.", "abr.", "may.", "jun.",
                                                    "jul.", "ago.", "sept.", "oct.", "nov.", "dic."};
    const Civil c = civilFromDays(day);
    const char* month = (language == Language::Spanish ? es : en)[c.month - 1];
    return std::to_string(c.day) + " " + month + " " + std::to_string(c.year);
}

} // namespace gb::story
