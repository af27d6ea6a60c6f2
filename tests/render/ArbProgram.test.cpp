// Our GL assembly programs (render/ArbProgram): a program the driver rejects is one GlError
// naming it, where, and the driver's reason; a good one compiles and takes its parameters.
#include "app/XvfbSession.hpp"
#include "render/ArbProgram.hpp"
#include "render/GlCheck.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace arb_program_test {

using namespace gb;

TEST(ArbProgram, ARejectedProgramIsOneErrorNamingItAndWhere) {
    const app::XvfbSession display;
    sf::RenderTexture target;
    ASSERT_TRUE(target.create(16, 16));
    ASSERT_TRUE(target.setActive(true));
    try {
        const render::ArbProgram broken(render::ArbProgram::Stage::Fragment,
                                        "!!ARBfp1.0\nMOV result.color, nowhere;\nEND\n", "test");
        FAIL() << "a program with an undeclared name compiled";
    } catch (const render::GlError& e) {
        const std::string message = e.what();
        EXPECT_EQ(message.rfind("the OpenGL driver rejects geobrief's test program at character ", 0), 0u) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
    // Twin: the same program with the name declared compiles, and takes a parameter.
    const render::ArbProgram good(render::ArbProgram::Stage::Fragment,
                                  "!!ARBfp1.0\nPARAM nowhere = program.local[0];\nMOV result.color, nowhere;\nEND\n",
                                  "test");
    EXPECT_NO_THROW(good.setLocal(0, 1.f, 0.5f, 0.25f, 1.f));
    EXPECT_NE(good.id(), 0u);
}

} // namespace arb_program_test
