// A seeded mutation fuzzer for the story loader (issue 16): the story file is what people send
// each other, so every mutation of a real story must end in a Story or a StoryError, never in
// another exception, a crash, a sanitizer report or a long parse. Deterministic for a seed, so
// a failure found in CI is repeated with the same command; it stops after --seconds.
//
//   geobrief_story_fuzz [--seconds S] [--seed N] [--save FAILING_CASE] SEED_FILE...

#include "MutationFuzz.hpp"
#include "geo/Projection.hpp"
#include "story/StoryError.hpp"
#include "story/StoryLoader.hpp"
#include "view/FlowGeometry.hpp"

namespace {
using namespace gb;

//! Parses one case and uses what came out as the window would (flows in a projection).
//! Returns whether the story was accepted.
bool exercise(const std::string& text, const geo::Projection& projection) {
    try {
        const story::Story story = story::parseStory(text, "fuzz.json");
        (void)view::buildFlowGeometry(story, projection);
        return true;
    } catch (const story::StoryError&) {
        return false; // the expected way to refuse a file
    }
}

} // namespace

int main(int argc, char** argv) {
    const fuzz::Settings settings = fuzz::settingsFrom(argc, argv, "story-fuzz-failure.json");
    const geo::Projection projection(geo::ProjectionSpec{geo::ProjectionKind::Lambert, {80.0, 45.0}});
    return fuzz::runMutationFuzz("story", settings, fuzz::parserBreakers,
                                 [&](const std::string& text) { return exercise(text, projection); });
}
