#include "render/CountryNames.hpp"

#include <gtest/gtest.h>

TEST(CountryNames, CapitalsKeepTheirAccents) {
    EXPECT_EQ(gb::render::upperCase("Japón"), "JAPÓN");
    EXPECT_EQ(gb::render::upperCase("Federación Rusa"), "FEDERACIÓN RUSA");
    EXPECT_EQ(gb::render::upperCase("España, Perú"), "ESPAÑA, PERÚ");
    EXPECT_EQ(gb::render::upperCase("N. Korea"), "N. KOREA");
}
