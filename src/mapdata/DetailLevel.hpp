#pragma once
// Level of detail: which Natural Earth scale to draw at a given map scale.

#include <array>
#include <filesystem>
#include <optional>
#include <string_view>

namespace gb::mapdata {

enum class DetailLevel { Coarse = 0, Medium = 1, Fine = 2 }; // 110m, 50m, 10m

inline constexpr std::array allDetailLevels{DetailLevel::Coarse, DetailLevel::Medium, DetailLevel::Fine};

//! "110m", "50m", "10m": the suffix of the files in shapes/.
[[nodiscard]] std::string_view suffix(DetailLevel level);

//! The level whose detail matches metresPerPixel: a map pixel should not hide many vertices,
//! nor should straight segments show. 110m is 1:110 million (about 11 km per 0.1 mm).
[[nodiscard]] DetailLevel detailFor(double metresPerPixel);

//! How much detail a level's meshes drop in the window (projected metres; see MeshOptions):
//! half a pixel at the finest scale the level is drawn at. The coarse level is also drawn for a
//! moment at start-up, at the overview's ~10 km per pixel; the fine level keeps everything.
[[nodiscard]] double windowSimplifyMetres(DetailLevel level);

//! Where the polygon files of one kind are: either a folder with NAME-110m.fgb, NAME-50m.fgb,
//! NAME-10m.fgb (a missing level falls back to the nearest finer one, else the nearest coarser), or one
//! file used at every level.
class ShapeSource {
public:
    //! A folder (files named stem-LEVEL.fgb) or a single file.
    ShapeSource(std::filesystem::path location, std::string stem);

    //! The file for a level, or nullopt if none exists at all.
    [[nodiscard]] std::optional<std::filesystem::path> fileFor(DetailLevel level) const;
    [[nodiscard]] const std::filesystem::path& location() const { return location_; }

private:
    std::filesystem::path location_;
    std::string stem_;
};

} // namespace gb::mapdata
