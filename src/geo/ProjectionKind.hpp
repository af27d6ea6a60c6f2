#pragma once
// The projections geobrief offers, with their user-facing names.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace gb::geo {

enum class ProjectionKind {
    Lambert,         //!< Lambert conformal conic for Eurasia (the default)
    EqualEarth,      //!< Equal Earth, an equal-area world projection
    Equirectangular, //!< plate carrée
    WebMercator,     //!< spherical Mercator as used by web maps
    Orthographic,    //!< a globe seen from space
};

//! Every kind, in menu order.
[[nodiscard]] std::span<const ProjectionKind> allProjectionKinds();
//! The command-line name: "lambert", "equal-earth", "equirectangular", "mercator", "globe".
[[nodiscard]] std::string_view cliName(ProjectionKind kind);
//! The name shown in menus.
[[nodiscard]] std::string_view displayName(ProjectionKind kind);
//! Parses a command-line name (also accepts "orthographic" and "webmercator").
[[nodiscard]] std::optional<ProjectionKind> parseProjectionKind(std::string_view name);
//! "lambert, equal-earth, ..." for error messages.
[[nodiscard]] std::string projectionNameList();

} // namespace gb::geo
