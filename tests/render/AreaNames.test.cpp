#include "render/AreaNames.hpp"

#include <gtest/gtest.h>

TEST(AreaNames, CapitalsKeepTheirAccents) {
    EXPECT_EQ(gb::render::upperCase("Japón"), "JAPÓN");
    EXPECT_EQ(gb::render::upperCase("Federación Rusa"), "FEDERACIÓN RUSA");
    EXPECT_EQ(gb::render::upperCase("España, Perú"), "ESPAÑA, PERÚ");
    EXPECT_EQ(gb::render::upperCase("N. Korea"), "N. KOREA");
}
