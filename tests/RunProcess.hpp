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

inline ProcessResult runProcess(const std::string& commandLine) {
    ScratchDir dir;
    const auto out = dir.path() / "out", err = dir.path() / "err";
    const int status = std::system((commandLine + " >" + out.string() + " 2>" + err.string()).c_str());
    ProcessResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readAll(out);
    r.err = readAll(err);
    return r;
}

//! The geobrief binary under test.
inline std::string geobrief() { return GEOBRIEF_BINARY; }

} // namespace gb::test
