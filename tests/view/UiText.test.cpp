#include "view/UiText.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace ui_text_test {

using namespace gb;
using view::UiText;

// Every interface string exists in both languages, and the Spanish one is Spanish: it differs
// from the English one except for names that are the same in both.
TEST(UiText, EveryIdHasBothLanguages) {
    const std::set<std::string> sameInBoth{"KeySave", "ProjEqualEarth"}; // key names; a projection's proper name
    for (int i = 0; i < static_cast<int>(UiText::Count); ++i) {
        const auto id = static_cast<UiText>(i);
        const std::string name(view::uiTextName(id));
        const std::string en = view::uiText(id, story::Language::English);
        const std::string es = view::uiText(id, story::Language::Spanish);
        EXPECT_FALSE(en.empty()) << name;
        EXPECT_FALSE(es.empty()) << name;
        if (!sameInBoth.count(name)) {
            EXPECT_NE(en, es) << name << " is not translated";
        }
    }
    EXPECT_STREQ(view::uiText(UiText::View, story::Language::Spanish), "Ver");
    EXPECT_STREQ(view::uiText(UiText::PresenterConsole, story::Language::Spanish), "Consola del presentador");
}

TEST(UiText, KindWordsAreTranslatedAndUnknownOnesKept) {
    EXPECT_EQ(view::kindWord("port", story::Language::Spanish), "puerto");
    EXPECT_EQ(view::kindWord("troops", story::Language::Spanish), "tropas");
    EXPECT_EQ(view::kindWord("port", story::Language::English), "port");
    EXPECT_EQ(view::kindWord("dam", story::Language::Spanish), "dam");
}

} // namespace ui_text_test
