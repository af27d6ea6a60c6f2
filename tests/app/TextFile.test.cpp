// Small text files (the state file, a deck's index): written whole, only ever over a regular
// file, never through a link, never over an earlier deck's index.
#include "TestFiles.hpp"
#include "RunProcess.hpp"
#include "app/TextFile.hpp"
#include "render/PngFile.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace text_file_test {

using namespace gb;
using namespace gb::test;

namespace {
std::size_t entries(const std::filesystem::path& folder) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}
} // namespace

TEST(TextFile, ReplacesARegularFileWhole) {
    ScratchDir dir;
    const auto file = dir.write("state.json", "old");
    app::writeTextAtomically(file, "{\"step\":3}\n");
    EXPECT_EQ(readAll(file), "{\"step\":3}\n");
    EXPECT_EQ(entries(dir.path()), 1u); // no temporary file left
}

TEST(TextFile, NeverReplacesADeviceAFifoOrALink) {
    ScratchDir dir;
    const auto fifo = dir.path() / "fifo.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_THROW(app::writeTextAtomically(fifo, "x"), render::WriteError); // and does not block on it
    EXPECT_TRUE(std::filesystem::is_fifo(fifo));
    const auto target = dir.write("target.txt", "someone's file");
    const auto link = dir.path() / "link.json";
    std::filesystem::create_symlink(target, link);
    EXPECT_THROW(app::writeTextAtomically(link, "x"), render::WriteError);
    EXPECT_EQ(readAll(target), "someone's file");
    EXPECT_TRUE(std::filesystem::is_symlink(link));
    EXPECT_EQ(entries(dir.path()), 3u); // fifo, target, link: nothing else
    if (std::filesystem::exists("/dev/full")) {
        EXPECT_THROW(app::writeTextAtomically("/dev/full", "x"), render::WriteError);
    }
    EXPECT_TRUE(std::filesystem::is_character_file("/dev/full") || !std::filesystem::exists("/dev/full"));
}

TEST(TextFile, ANewFileTakesANumberedName) {
    ScratchDir dir;
    const auto index = dir.write("index.md", "first deck");
    EXPECT_EQ(app::writeTextNoOverwrite(index, "second deck"), dir.path() / "index-1.md");
    EXPECT_EQ(readAll(index), "first deck");
    EXPECT_EQ(readAll(dir.path() / "index-1.md"), "second deck");
}

} // namespace text_file_test
