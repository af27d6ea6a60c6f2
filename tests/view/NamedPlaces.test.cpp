// Which places a slide's title or caption names (their labels must show).
#include "view/NamedPlaces.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace named_places_test {

using namespace gb;

namespace {
story::Place place(const std::string& id, const std::string& en, const std::string& es) {
    story::Place p;
    p.id = id;
    p.name = {en, es};
    return p;
}
} // namespace

TEST(NamedPlaces, FullNamesAndProperPartsAsWholeWords) {
    story::Story story;
    story.places = {place("vladivostok", "Vladivostok", "Vladivostok"),
                    place("sergeevka", "Sergeevka training ground", "Polígono de Serguéyevka"),
                    place("nato", "NATO HQ", "Sede de la OTAN"), place("kursk", "Kursk", "Kursk"),
                    place("seoul", "Seoul", "Seúl")};
    story::Step step;
    step.title = {"Training", "Entrenamiento"};
    step.caption = {"Sites: Sergeevka and Vladivostok; NATO says so; Kursk Oblast; Seoulites.",
                    "Polígonos: Serguéyevka y Vladivostok; la OTAN; el óblast de Kursk."};
    EXPECT_EQ(view::placesNamedBy(story, &step, story::Language::English),
              (std::vector<std::string>{"vladivostok", "sergeevka", "kursk"})); // not NATO HQ, not Seoul in "Seoulites"
    // In Spanish the proper name comes last ("Polígono" is only capitalised as the first word).
    EXPECT_EQ(view::placesNamedBy(story, &step, story::Language::Spanish),
              (std::vector<std::string>{"vladivostok", "sergeevka", "kursk"}));
    EXPECT_TRUE(view::placesNamedBy(story, nullptr, story::Language::English).empty());
}

} // namespace named_places_test
