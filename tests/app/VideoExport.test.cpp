// --export-video and --export-frames end to end: what players read (ffprobe), frame-exact and
// repeatable frames, the last frame against the step's still picture, and every bad flag.
#include "RunProcess.hpp"
#include "render/PngFile.hpp"

#include <gtest/gtest.h>

#include <regex>

// A namespace of this file's own: its helpers keep their names in a unity build of the tests.
namespace video_export_test {

using namespace gb;
using namespace gb::test;

namespace {

ProcessResult geobriefWith(const std::string& args) { return runProcess(geobrief() + " " + args); }

std::string probe(const std::filesystem::path& file, const std::string& entries) {
    return runProcess("ffprobe -v error -count_frames -select_streams v:0 -show_entries " + entries +
                      " -of default=noprint_wrappers=1 " + file.string())
        .out;
}

//! PSNR of a video's last frame against a PNG, both in the video's own colour space (4:2:0,
//! BT.709 limited range): chroma subsampling, which every yuv420p file has, is not counted.
double lastFramePsnr(const std::filesystem::path& video, const std::filesystem::path& png) {
    const auto r = runProcess("ffmpeg -v info -sseof -0.3 -i " + video.string() + " -i " + png.string() +
                              " -lavfi \"[0]format=yuv420p,reverse,trim=end_frame=1[v];"
                              "[1]scale=out_color_matrix=bt709:out_range=tv,format=yuv420p[ref];[v][ref]psnr\" -f null -");
    std::smatch m;
    if (!std::regex_search(r.err, m, std::regex("average:([0-9.]+|inf)")))
        return -1.0;
    return m[1] == "inf" ? 1000.0 : std::stod(m[1]);
}

std::size_t filesIn(const std::filesystem::path& folder) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}

} // namespace

//! One recording of step 2 (the flight from the overview to Pyongyang, its day, the hold) at
//! 640x360 and 12 fps, as MP4 and frames from the same run, made once for the tests below.
//! (Outside the anonymous namespace: the tests derive from it, and in a unity build a base of
//! internal linkage is a -Wsubobject-linkage warning.)
class StepRecording : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new ScratchDir;
        result_ = new ProcessResult(geobriefWith("--export-video " + video().string() + " --export-frames " +
                                                 frames().string() + " --step 2 --size 640x360 --fps 12"));
    }
    static void TearDownTestSuite() {
        delete result_;
        delete dir_;
    }
    static std::filesystem::path video() { return dir_->path() / "step2.mp4"; }
    static std::filesystem::path frames() { return dir_->path() / "frames"; }
    static const ProcessResult& result() { return *result_; }
    static std::filesystem::path scratch() { return dir_->path(); }

private:
    static inline ScratchDir* dir_ = nullptr;
    static inline ProcessResult* result_ = nullptr;
};

TEST_F(StepRecording, IsAnH264FileEveryPlayerReads) {
    ASSERT_EQ(result().exitCode, 0) << result().err;
    EXPECT_EQ(result().out, video().string() + "\n" + frames().string() + "\n");
    const std::size_t count = filesIn(frames());
    EXPECT_GT(count, 12u * 2); // at least the 2 s hold
    EXPECT_EQ(probe(video(), "stream=codec_name,pix_fmt,width,height,r_frame_rate,nb_read_frames"),
              "codec_name=h264\nwidth=640\nheight=360\npix_fmt=yuv420p\nr_frame_rate=12/1\nnb_read_frames=" +
                  std::to_string(count) + "\n");
    // The progress line (stderr is not a terminal: a line per tenth), ending at 100%.
    EXPECT_NE(result().err.find("geobrief: recording " + video().string() + ": 100% (" + std::to_string(count) + "/" +
                                std::to_string(count) + " frames)"),
              std::string::npos)
        << result().err;
}

TEST_F(StepRecording, TheLastFrameIsTheStepsStillPicture) {
    ASSERT_EQ(result().exitCode, 0) << result().err;
    const auto still = scratch() / "still.png", other = scratch() / "other.png";
    ASSERT_EQ(geobriefWith("--export " + still.string() + " --step 2 --size 640x360").exitCode, 0);
    ASSERT_EQ(geobriefWith("--export " + other.string() + " --step 3 --size 640x360").exitCode, 0);
    char last[32];
    std::snprintf(last, sizeof last, "frame-%05zu.png", filesIn(frames()));
    // The frames are the pictures themselves: the last is --export --step 2, pixel for pixel.
    const render::RgbaImage frame = render::readPng(frames() / last), picture = render::readPng(still);
    EXPECT_EQ(frame.pixels, picture.pixels);
    EXPECT_NE(render::readPng(frames() / "frame-00001.png").pixels, picture.pixels); // the flight starts elsewhere
    // The MP4's last frame, within the codec's tolerance; the twin: another step's picture is not.
    EXPECT_GE(lastFramePsnr(video(), still), 40.0);
    EXPECT_LT(lastFramePsnr(video(), other), 25.0);
}

TEST_F(StepRecording, TwoRunsGiveTheSameFrames) {
    ASSERT_EQ(result().exitCode, 0) << result().err;
    const auto again = scratch() / "again.mp4";
    ASSERT_EQ(geobriefWith("--export-video " + again.string() + " --step 2 --size 640x360 --fps 12 --quiet").err, "");
    const auto hashes = [](const std::filesystem::path& file) {
        return runProcess("ffmpeg -v error -i " + file.string() + " -f framemd5 -").out;
    };
    const std::string first = hashes(video());
    EXPECT_GT(first.size(), 100u);
    EXPECT_EQ(hashes(again), first);
}

TEST(VideoExport, GifFramesAndDelays) {
    ScratchDir dir;
    const auto gif = dir.path() / "step2.gif";
    const auto r = geobriefWith("--export-video " + gif.string() + " --export-frames " + (dir.path() / "f").string() +
                                " --step 2 --size 320x180 --fps 10 --quiet");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::size_t count = filesIn(dir.path() / "f");
    EXPECT_EQ(probe(gif, "stream=codec_name,width,height,nb_read_frames"),
              "codec_name=gif\nwidth=320\nheight=180\nnb_read_frames=" + std::to_string(count) + "\n");
    const std::string delays = runProcess("ffprobe -v error -show_entries packet=duration -of csv=p=0 " + gif.string()).out;
    EXPECT_EQ(delays, [&] {
        std::string each;
        for (std::size_t i = 0; i < count; ++i)
            each += "10\n"; // hundredths of a second at 10 fps
        return each;
    }());
}

TEST(VideoExport, WebmIsVp9) {
    ScratchDir dir;
    const auto webm = dir.path() / "step2.webm";
    ASSERT_EQ(geobriefWith("--export-video " + webm.string() + " --step 2 --size 320x180 --fps 5 --quiet").exitCode, 0);
    EXPECT_EQ(probe(webm, "stream=codec_name,width,height,r_frame_rate"),
              "codec_name=vp9\nwidth=320\nheight=180\nr_frame_rate=5/1\n");
}

TEST(VideoExport, BadFlagsAreUsageErrors) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"--export-video x.mp4 --fps 0", "geobrief: --fps 0: expected a frame rate from 1 to 60\n"},
        {"--export-video x.mp4 --fps 61", "geobrief: --fps 61: expected a frame rate from 1 to 60\n"},
        {"--export-video x.mov", "geobrief: --export-video 'x.mov': expected a file name ending in .mp4, .webm, "
                                 ".gif, .apng or .webp\n"},
        {"--export-video ''", "geobrief: --export-video '': expected a file name ending in .mp4, .webm, .gif, .apng "
                              "or .webp\n"},
        {"--export-frames ''", "geobrief: --export-frames '': expected a folder\n"},
        {"--export-video x.mp4 --size 641x360",
         "geobrief: --size 641x360: H.264 (.mp4) needs an even width and height, e.g. 642x360\n"},
        {"--export-video x.mp4 --transparent", "geobrief: --transparent: H.264 (.mp4) has no transparency; use .webm, "
                                               ".gif, .apng, .webp or --export-frames\n"},
        {"--export-video x.gif --fps 60", "geobrief: --fps 60: a GIF plays at most 50 frames a second\n"},
        {"--export x.png --fps 10", "geobrief: --fps applies to --export-video and --export-frames only\n"},
        {"--export-video x.mp4 --export y.png",
         "geobrief: --export-video and --export-frames cannot be combined with --export or --export-steps\n"},
    };
    for (const auto& [args, message] : cases) {
        const auto r = geobriefWith(args);
        EXPECT_EQ(r.exitCode, 2) << args;
        EXPECT_EQ(r.err, message) << args;
        EXPECT_FALSE(std::filesystem::exists("x.mp4"));
    }
}

TEST(VideoExport, AStepTheStoryLacksIsAUsageErrorAndWritesNothing) {
    ScratchDir dir;
    const auto r = geobriefWith("--export-video " + (dir.path() / "x.mp4").string() + " --step 99");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--step 99"), std::string::npos) << r.err;
    EXPECT_EQ(filesIn(dir.path()), 0u);
}

TEST(VideoExport, WhereItCannotWriteIsExit4AndLeavesNothing) {
    ScratchDir dir;
    auto r = geobriefWith("--export-video /nonexistent/x.mp4");
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(r.err, "geobrief: /nonexistent/x.mp4: the folder /nonexistent does not exist\n");
    r = geobriefWith("--export-frames /nonexistent/frames");
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(r.err, "geobrief: /nonexistent/frames: the folder /nonexistent does not exist\n");
    const auto file = dir.write("frames", "not a folder");
    r = geobriefWith("--export-frames " + file.string());
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(r.err, "geobrief: " + file.string() + ": exists and is not a folder\n");
}

TEST(VideoExport, AFullDiskIsExit4AndLeavesNothing) {
    ScratchDir dir;
    // A file size limit stands in for a full disk: writes past 16 KB fail (EFBIG), as on a
    // full disk (ENOSPC), with the signal that would kill the process ignored.
    const auto r = runProcess("bash -c \"trap '' XFSZ; ulimit -f 16; exec " + geobrief() + " --export-video " +
                              (dir.path() / "x.mp4").string() + " --step 2 --size 640x360 --fps 12 --quiet\"");
    EXPECT_EQ(r.exitCode, 4) << r.err;
    EXPECT_EQ(r.err, "geobrief: " + (dir.path() / "x.mp4").string() + ": cannot write the video (File too large)\n");
    EXPECT_EQ(filesIn(dir.path()), 0u); // no video, no temporary file
}

TEST(VideoExport, SigtermStopsARecordingAndLeavesNothing) {
    ScratchDir dir;
    const std::string err = (dir.path() / "err").string(), out = (dir.path() / "clips").string();
    std::filesystem::create_directory(out);
    // Waits for the first progress line (a tenth of the frames), then sends SIGTERM.
    const auto r = runProcess("bash -c '" + geobrief() + " --export-video " + out + "/x.mp4 --size 640x360 2> " + err +
                              " & pid=$!; for i in $(seq 600); do grep -q \"10%\" " + err +
                              " && break; sleep 0.05; done; kill -TERM $pid; wait $pid; echo $?'");
    EXPECT_EQ(r.out, "143\n") << readAll(err);
    EXPECT_NE(readAll(err).find("geobrief: stopped by SIGTERM; nothing was left half-written\n"), std::string::npos)
        << readAll(err);
    EXPECT_EQ(filesIn(out), 0u); // neither the video nor its temporary file
}

TEST(VideoExport, ThePrivateXvfbEndsEvenWhenGeobriefIsKilled) {
    ScratchDir dir;
    // SIGKILL leaves no handler a chance. Killed as soon as the server is forked, geobrief has
    // no X connection yet whose end would stop it (Xvfb -terminate); the server still ends: its
    // display pipe breaks, or, once it has written its number, the kernel tells it its parent
    // died (PR_SET_PDEATHSIG). Waits (up to 10 s) for it to be gone or a zombie.
    const auto r = runProcess("bash -c 'env -u DISPLAY " + geobrief() + " --export-video " + dir.path().string() +
                              "/x.mp4 --size 320x180 2>/dev/null & pid=$!; x=; for i in $(seq 2000); do "
                              "x=$(pgrep -P $pid Xvfb) && break; done; [ -n \"$x\" ] || exit 9; "
                              "kill -KILL $pid; wait $pid; for i in $(seq 200); do "
                              "{ [ -e /proc/$x ] && ! grep -q \"^State:.*Z\" /proc/$x/status; } || { echo ended; exit 0; }; "
                              "sleep 0.05; done; kill $x; echo running'");
    EXPECT_EQ(r.out, "ended\n") << r.err;
}

TEST(VideoExport, TheEncodersLoadOnlyForARecording) {
    // libav's ~110 libraries would cost every start ~70 ms: the program (geobrief-app, which the
    // launcher geobrief becomes) does not link them.
    const auto libs = runProcess("ldd " + (std::filesystem::path(geobrief()).parent_path() / "geobrief-app").string());
    ASSERT_EQ(libs.exitCode, 0);
    EXPECT_EQ(libs.out.find("libavcodec"), std::string::npos);
    EXPECT_NE(libs.out.find("libGL"), std::string::npos); // the twin: ldd does list what is linked
    // Without the module, a recording fails with one line and exit 4, and writes nothing.
    ScratchDir dir;
    const auto r = runProcess("GEOBRIEF_VIDEO_MODULE=/nonexistent/codec.so " + geobrief() + " --export-video " +
                              (dir.path() / "x.mp4").string() + " --step 7 --size 160x90");
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(r.err.rfind("geobrief: /nonexistent/codec.so: cannot load the video encoders (", 0), 0u) << r.err;
    EXPECT_EQ(filesIn(dir.path()), 0u);
}

TEST(VideoExport, NeverOverwritesAVideo) {
    ScratchDir dir;
    const auto existing = dir.write("clip.mp4", "someone's clip");
    const auto r = geobriefWith("--export-video " + existing.string() + " --step 7 --size 160x90 --fps 2 --quiet");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, (dir.path() / "clip-1.mp4").string() + "\n");
    EXPECT_EQ(readAll(existing), "someone's clip");
    EXPECT_EQ(filesIn(dir.path()), 2u); // no temporary file left behind
}

} // namespace video_export_test
