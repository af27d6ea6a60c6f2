// Settings for Mesa's software rasteriser: set for the runs they help, never over the user's.
#include "app/SoftwareGl.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace software_gl_test {

namespace {
//! Restores an environment variable as it was when made.
class KeptVariable {
public:
    explicit KeptVariable(const char* name) : name_(name) {
        if (const char* value = std::getenv(name))
            value_ = value;
    }
    ~KeptVariable() {
        if (value_)
            ::setenv(name_, value_->c_str(), 1);
        else
            ::unsetenv(name_);
    }
    KeptVariable(const KeptVariable&) = delete;
    KeptVariable& operator=(const KeptVariable&) = delete;

private:
    const char* name_;
    std::optional<std::string> value_;
};

std::string valueOf(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "(unset)";
}
} // namespace

TEST(SoftwareGl, StillPicturesCompileShadersUnoptimisedUnlessTheUserChose) {
    const KeptVariable kept("GALLIVM_PERF");
    ::unsetenv("GALLIVM_PERF");
    gb::app::compileShadersForStillPictures();
    EXPECT_EQ(valueOf("GALLIVM_PERF"), "nopt");
    ::setenv("GALLIVM_PERF", "no_quad_lod", 1); // the user's choice stays
    gb::app::compileShadersForStillPictures();
    EXPECT_EQ(valueOf("GALLIVM_PERF"), "no_quad_lod");
}

TEST(SoftwareGl, RasteriserThreadsAreOneMoreThanCoresUnlessTheUserChose) {
    const KeptVariable kept("LP_NUM_THREADS");
    ::unsetenv("LP_NUM_THREADS");
    gb::app::tuneSoftwareRenderer();
    const std::string threads = valueOf("LP_NUM_THREADS");
    ASSERT_NE(threads, "(unset)");
    EXPECT_GE(std::stoi(threads), 2);
    ::setenv("LP_NUM_THREADS", "1", 1);
    gb::app::tuneSoftwareRenderer();
    EXPECT_EQ(valueOf("LP_NUM_THREADS"), "1");
}

} // namespace software_gl_test
