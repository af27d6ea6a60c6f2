// Which fields name a layer's countries, and the ISO numeric codes they give: on the real
// shapes/country-codes.json.
#include "mapdata/CountryCodes.hpp"
#include "mapdata/CountryIdentity.hpp"
#include "mapdata/DataError.hpp"
#include "TestFiles.hpp"

#include <gtest/gtest.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace country_identity_test {

using namespace gb::mapdata;

namespace {
const CountryCodes& codes() {
    static const CountryCodes loaded = CountryCodes::load(gb::test::shapesDir() / "country-codes.json");
    return loaded;
}
} // namespace

TEST(CountryCodes, EveryKeyGivesTheNumericCode) {
    EXPECT_EQ(codes().numericFor(CountryKey::Numeric, "392"), "392");
    EXPECT_EQ(codes().numericFor(CountryKey::Numeric, " 40 "), "040"); // Austria, unpadded
    EXPECT_EQ(codes().numericFor(CountryKey::Numeric, "408.0"), "408"); // a Real field
    EXPECT_EQ(codes().numericFor(CountryKey::Alpha3, "prk"), "408");
    EXPECT_EQ(codes().numericFor(CountryKey::Alpha2, "KP"), "408");
    EXPECT_EQ(codes().numericFor(CountryKey::Name, "North Korea"), "408");        // ISO's common name
    EXPECT_EQ(codes().numericFor(CountryKey::Name, "Bosnia and Herz."), "070");   // Natural Earth's
    EXPECT_EQ(codes().numericFor(CountryKey::Name, "Corea del Norte"), "408");    // Spanish
    EXPECT_EQ(codes().numericFor(CountryKey::Name, "COTE D'IVOIRE"), "384");      // case, accents
    EXPECT_EQ(codes().numericFor(CountryKey::Name, "Côte d'Ivoire"), "384");
}

TEST(CountryCodes, WhatNamesNoCountryGivesNothing) {
    EXPECT_FALSE(codes().numericFor(CountryKey::Numeric, "-99"));  // Natural Earth's "none"
    EXPECT_FALSE(codes().numericFor(CountryKey::Numeric, "1"));    // no country has 001
    EXPECT_FALSE(codes().numericFor(CountryKey::Numeric, "392.5"));
    EXPECT_FALSE(codes().numericFor(CountryKey::Numeric, "1392"));
    EXPECT_FALSE(codes().numericFor(CountryKey::Numeric, "JPN"));
    EXPECT_FALSE(codes().numericFor(CountryKey::Alpha3, "KOS"));   // Natural Earth's Kosovo
    EXPECT_FALSE(codes().numericFor(CountryKey::Alpha2, "JPN"));
    EXPECT_FALSE(codes().numericFor(CountryKey::Name, "Somaliland"));
    EXPECT_EQ(codes().nameOf("040"), "Austria");
    EXPECT_EQ(codes().nameOf("999"), "999");
    EXPECT_EQ(foldName("Côte d'Ivoire"), "cotedivoire");
    EXPECT_EQ(foldName("São Tomé and Príncipe"), "saotomeandprincipe");
}

TEST(CountryCodes, AMissingTableIsADataError) {
    EXPECT_THROW((void)CountryCodes::load("/nonexistent/country-codes.json"), DataError);
}

TEST(CountryIdentity, CodesAreTriedInOrderAndEachFeatureTakesTheFirstThatNamesIt) {
    // Natural Earth's way: ISO_N3 is -99 for France and Kosovo; ADM0_A3 has FRA (and KOS, no
    // ISO code); a running number that is no code at all comes first.
    const AttributeTable table{{"seq", "NAME", "ISO_N3", "ADM0_A3"},
                               {{"1", "2", "3", "4", "5"},
                                {"Japan", "North Korea", "France", "Kosovo", "Germany"},
                                {"392", "408", "-99", "-99", "276"},
                                {"JPN", "PRK", "FRA", "KOS", "DEU"}}};
    const CountryIdentity identity = identifyCountries(table, codes(), table.values[1]);
    EXPECT_EQ(identity.numeric, (std::vector<std::string>{"392", "408", "250", "", "276"}));
    ASSERT_EQ(identity.fields.size(), 3u);
    EXPECT_EQ(identity.fields[0].field, "ISO_N3");
    EXPECT_EQ(identity.fields[1].field, "ADM0_A3");
    EXPECT_EQ(identity.fields[2].field, "NAME");
    EXPECT_EQ(identity.report, "countries identified by 'ISO_N3' (ISO 3166 numeric) for 3 of 5 features, then by "
                               "'ADM0_A3' (ISO 3166 alpha-3) for 1; 1 not identified (first: 'Kosovo')");
}

TEST(CountryIdentity, AnIdThatOnlyLooksLikeACodeNamesNothing) {
    // Province numbers: 4 and 8 happen to be Afghanistan's and Albania's codes, 1 to 3 are none.
    const AttributeTable unrelated{{"id", "code"}, {{"1", "2", "3", "4", "8"}, {"A1", "B2", "C3", "D4", "E5"}}};
    const CountryIdentity none = identifyCountries(unrelated, codes(), {});
    EXPECT_TRUE(none.fields.empty());
    EXPECT_EQ(none.numeric, (std::vector<std::string>(5, "")));
    EXPECT_EQ(none.report.rfind("no field identifies its countries", 0), 0u) << none.report;
    // The twin: the same layer with alpha-2 codes is read through them.
    AttributeTable coded = unrelated;
    coded.fields.push_back("iso_a2");
    coded.values.push_back({"JP", "KP", "DE", "FR", "IT"});
    EXPECT_EQ(identifyCountries(coded, codes(), {}).numeric,
              (std::vector<std::string>{"392", "408", "276", "250", "380"}));
}

TEST(CountryIdentity, AColumnMostlyEmptyIsNotTaken) {
    // Two codes among five features say nothing about the other three.
    const AttributeTable sparse{{"note"}, {{"JPN", "", "", "", "PRK"}}};
    EXPECT_TRUE(identifyCountries(sparse, codes(), {}).fields.empty());
}

} // namespace country_identity_test
