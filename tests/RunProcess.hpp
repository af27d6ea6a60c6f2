#pragma once
// Runs a command line through the shell and captures its exit code, stdout and stderr.

#include "TestFiles.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace gb::test {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

//! `text` as one shell word.
inline std::string shellQuoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

//! Runs `commandLine` (a shell command) with a deadline of 200 s (under CTest's 300): a hang
//! fails the one test, with every thread's stack in `err` (tests/support/deadline.sh).
inline ProcessResult runProcess(const std::string& commandLine) {
    ScratchDir dir;
    const auto out = dir.path() / "out", err = dir.path() / "err";
    const std::string guarded = "bash " + shellQuoted(std::string(GEOBRIEF_TEST_DIR) + "/support/deadline.sh") +
                                " 200 sh -c " + shellQuoted(commandLine);
    const int status = std::system((guarded + " >" + out.string() + " 2>" + err.string()).c_str());
    ProcessResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readAll(out);
    r.err = readAll(err);
    return r;
}

//! The geobrief binary under test.
inline std::string geobrief() { return GEOBRIEF_BINARY; }

} // namespace gb::test
