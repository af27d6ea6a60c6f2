// Video files as players see them: ffprobe and ffmpeg (Debian's ffmpeg, a test-only dependency)
// read what VideoWriter wrote: codec, pixels, size, rate, frame count, delays, colours.
#include "RunProcess.hpp"
#include "video/VideoWriter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <sstream>
#include <vector>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace video_writer_test {

using namespace gb;
using namespace gb::test;

namespace {

constexpr unsigned W = 64, H = 48;

//! A frame of one colour with a white square whose left edge moves with the frame number.
std::vector<std::uint8_t> frame(int n, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
    std::vector<std::uint8_t> pixels(std::size_t(W) * H * 4);
    for (unsigned y = 0; y < H; ++y)
        for (unsigned x = 0; x < W; ++x) {
            const bool square = x >= unsigned(n) && x < unsigned(n) + 16 && y >= 16 && y < 32;
            std::uint8_t* p = &pixels[(std::size_t(y) * W + x) * 4];
            p[0] = square ? 255 : r;
            p[1] = square ? 255 : g;
            p[2] = square ? 255 : b;
            p[3] = 255;
        }
    return pixels;
}

std::filesystem::path writeClip(const std::filesystem::path& file, video::VideoKind kind, int frames, int fps = 30,
                                const video::Palette& palette = {}) {
    video::VideoWriter writer(file, kind, {W, H, fps, false}, palette);
    for (int i = 0; i < frames; ++i)
        writer.add(frame(i, 200, 30, 40).data());
    return writer.finish();
}

std::string probe(const std::filesystem::path& file, const std::string& entries) {
    return runProcess("ffprobe -v error -count_frames -select_streams v:0 -show_entries " + entries +
                      " -of default=noprint_wrappers=1 " + file.string())
        .out;
}

std::vector<std::string> partFiles(const std::filesystem::path& folder) {
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".part")
            found.push_back(entry.path().filename().string());
    return found;
}

} // namespace

TEST(VideoWriter, Mp4IsH264Yuv420pBt709WithEveryFrame) {
    ScratchDir dir;
    const auto written = writeClip(dir.path() / "clip.mp4", video::VideoKind::Mp4, 45);
    EXPECT_EQ(written, dir.path() / "clip.mp4");
    EXPECT_EQ(probe(written, "stream=codec_name,profile,pix_fmt,width,height,r_frame_rate,nb_read_frames,color_space"),
              "codec_name=h264\nprofile=High\nwidth=64\nheight=48\npix_fmt=yuv420p\ncolor_space=bt709\n"
              "r_frame_rate=30/1\nnb_read_frames=45\n");
    EXPECT_EQ(probe(written, "format=duration"), "duration=1.500000\n");
    EXPECT_TRUE(partFiles(dir.path()).empty());
    // +faststart: the index (moov) before the media (mdat), so players start before the end.
    const std::string head = readAll(written).substr(0, 4096);
    EXPECT_LT(head.find("moov"), head.find("mdat"));
}

TEST(VideoWriter, Mp4KeepsTheColoursOfItsFrames) {
    ScratchDir dir;
    const auto written = writeClip(dir.path() / "clip.mp4", video::VideoKind::Mp4, 3);
    // The last frame, decoded to RGB: the red background at (2, 2), the white square at (10, 20).
    const auto raw = dir.path() / "last.rgb";
    ASSERT_EQ(runProcess("ffmpeg -v error -i " + written.string() +
                         " -vf 'select=eq(n\\,2)' -frames:v 1 -f rawvideo -pix_fmt rgb24 " + raw.string())
                  .exitCode,
              0);
    const std::string pixels = readAll(raw);
    ASSERT_EQ(pixels.size(), std::size_t(W) * H * 3);
    const auto at = [&](unsigned x, unsigned y, int channel) {
        return static_cast<int>(static_cast<unsigned char>(pixels[(y * W + x) * 3 + channel]));
    };
    EXPECT_NEAR(at(2, 2, 0), 200, 4);
    EXPECT_NEAR(at(2, 2, 1), 30, 4);
    EXPECT_NEAR(at(2, 2, 2), 40, 4);
    EXPECT_NEAR(at(10, 24, 1), 255, 4);
}

TEST(VideoWriter, WebmIsVp9) {
    ScratchDir dir;
    const auto written = writeClip(dir.path() / "clip.webm", video::VideoKind::WebM, 20, 25);
    EXPECT_EQ(probe(written, "stream=codec_name,pix_fmt,width,height,r_frame_rate,nb_read_frames"),
              "codec_name=vp9\nwidth=64\nheight=48\npix_fmt=yuv420p\nr_frame_rate=25/1\nnb_read_frames=20\n");
}

TEST(VideoWriter, GifDelaysAverageTheFrameRateExactly) {
    ScratchDir dir;
    video::PaletteBuilder builder("clip.gif", {W, H, 30, false});
    builder.add(frame(0, 200, 30, 40).data());
    const video::Palette palette = builder.finish();
    ASSERT_EQ(palette.size(), 256u);
    const auto written = writeClip(dir.path() / "clip.gif", video::VideoKind::Gif, 30, 30, palette);
    EXPECT_EQ(probe(written, "stream=codec_name,width,height,nb_read_frames"),
              "codec_name=gif\nwidth=64\nheight=48\nnb_read_frames=30\n");
    // Hundredths of a second: 3, 3, 4, ... for 30 fps, one second in all.
    const std::string delays = runProcess("ffprobe -v error -show_entries packet=duration -of csv=p=0 " +
                                          written.string()).out;
    std::vector<int> each;
    std::istringstream lines(delays);
    for (std::string line; std::getline(lines, line);)
        each.push_back(std::stoi(line));
    ASSERT_EQ(each.size(), 30u);
    EXPECT_EQ(std::accumulate(each.begin(), each.end(), 0), 100);
    EXPECT_EQ(*std::min_element(each.begin(), each.end()), 3);
    EXPECT_EQ(*std::max_element(each.begin(), each.end()), 4);
}

TEST(VideoWriter, ApngAndWebpHoldEveryFrame) {
    ScratchDir dir;
    EXPECT_EQ(probe(writeClip(dir.path() / "clip.apng", video::VideoKind::Apng, 6), "stream=codec_name,nb_read_frames"),
              "codec_name=apng\nnb_read_frames=6\n");
    const auto webp = writeClip(dir.path() / "clip.webp", video::VideoKind::WebP, 6);
    EXPECT_EQ(readAll(webp).substr(8, 4), "WEBP");
    EXPECT_NE(readAll(webp).find("ANMF"), std::string::npos); // animation frames
}

TEST(VideoWriter, NeverOverwritesAndLeavesNothingWhenUnfinished) {
    ScratchDir dir;
    const auto existing = dir.write("clip.mp4", "someone's video");
    EXPECT_EQ(writeClip(existing, video::VideoKind::Mp4, 2), dir.path() / "clip-1.mp4");
    EXPECT_EQ(readAll(existing), "someone's video");
    {
        video::VideoWriter abandoned(dir.path() / "gone.mp4", video::VideoKind::Mp4, {W, H, 30, false});
        abandoned.add(frame(0, 1, 2, 3).data());
    } // destroyed without finish(): a cancelled or failed export
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "gone.mp4"));
    EXPECT_TRUE(partFiles(dir.path()).empty());
}

TEST(VideoWriter, AMissingFolderNamesTheFile) {
    try {
        video::VideoWriter writer("/nonexistent/clip.mp4", video::VideoKind::Mp4, {W, H, 30, false});
        FAIL() << "expected a WriteError";
    } catch (const files::WriteError& e) {
        EXPECT_STREQ(e.what(), "/nonexistent/clip.mp4: the folder /nonexistent does not exist");
    }
}

TEST(VideoWriter, AFullDiskIsAnErrorAndLeavesNothing) {
    if (!std::filesystem::exists("/dev/full"))
        GTEST_SKIP() << "no /dev/full";
    // The muxer writes through its own file; /dev/full as the folder's only writable place is
    // not possible, so the write error comes from libav writing to a full device.
    ScratchDir dir;
    std::filesystem::create_symlink("/dev/full", dir.path() / "full.mp4");
    // The symlink is never written through: the video takes a numbered name beside it.
    EXPECT_EQ(writeClip(dir.path() / "full.mp4", video::VideoKind::Mp4, 2), dir.path() / "full-1.mp4");
}

} // namespace video_writer_test
