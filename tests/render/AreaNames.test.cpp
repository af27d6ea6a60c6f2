#include "render/AreaNames.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace area_names_test {

TEST(AreaNames, CapitalsKeepTheirAccents) {
    EXPECT_EQ(gb::render::upperCase("Japón"), "JAPÓN");
    EXPECT_EQ(gb::render::upperCase("Federación Rusa"), "FEDERACIÓN RUSA");
    EXPECT_EQ(gb::render::upperCase("España, Perú"), "ESPAÑA, PERÚ");
    EXPECT_EQ(gb::render::upperCase("N. Korea"), "N. KOREA");
}

} // namespace area_names_test
