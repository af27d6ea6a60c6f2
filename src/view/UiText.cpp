#include "view/UiText.hpp"

#include <array>
#include <utility>

namespace gb::view {
namespace {

struct Row {
    std::string_view name;
    const char* en;
    const char* es;
};

constexpr std::array rows{
#define GB_UI_TEXT_ROW(id, en, es) Row{#id, en, es},
    GB_UI_TEXTS(GB_UI_TEXT_ROW)
#undef GB_UI_TEXT_ROW
};
static_assert(rows.size() == static_cast<std::size_t>(UiText::Count));

//! The kind words the stories use, in Spanish (a story may use others: shown as written).
constexpr std::pair<std::string_view, const char*> kindWords[] = {
    {"capital", "capital"}, {"city", "ciudad"},  {"town", "localidad"},   {"port", "puerto"},
    {"base", "base"},       {"area", "zona"},    {"institution", "institución"},
    {"troops", "tropas"},   {"pact", "pacto"},   {"aircraft", "aviones"}, {"ships", "barcos"},
};

} // namespace

const char* uiText(UiText id, story::Language language) {
    const Row& row = rows.at(static_cast<std::size_t>(id));
    return language == story::Language::Spanish ? row.es : row.en;
}

std::string_view uiTextName(UiText id) { return rows.at(static_cast<std::size_t>(id)).name; }

std::string kindWord(const std::string& kind, story::Language language) {
    if (language != story::Language::Spanish)
        return kind;
    for (const auto& [en, es] : kindWords)
        if (kind == en)
            return es;
    return kind;
}

} // namespace gb::view
