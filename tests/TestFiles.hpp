#pragma once
// Paths to the repository's real data and a scratch folder that removes itself.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace gb::test {

inline std::filesystem::path dataDir() { return GEOBRIEF_DATA_DIR; }
inline std::filesystem::path shapesDir() { return dataDir() / "shapes"; }

//! A fresh folder under the system temp dir, deleted with everything in it on destruction.
class ScratchDir {
public:
    ScratchDir() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() / ("geobrief-test-" + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    std::filesystem::path write(const std::string& name, const std::string& content) const {
        const auto file = path_ / name;
        std::ofstream(file, std::ios::binary) << content;
        return file;
    }

private:
    std::filesystem::path path_;
};

} // namespace gb::test
