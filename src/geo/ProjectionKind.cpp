#include "geo/ProjectionKind.hpp"

#include <array>

namespace gb::geo {
namespace {
constexpr std::array kinds{ProjectionKind::Lambert, ProjectionKind::EqualEarth,
                           ProjectionKind::Equirectangular, ProjectionKind::WebMercator,
                           ProjectionKind::Orthographic};
} // namespace

std::span<const ProjectionKind> allProjectionKinds() { return kinds; }

std::string_view cliName(ProjectionKind kind) {
    switch (kind) {
    case ProjectionKind::Lambert: return "lambert";
    case ProjectionKind::EqualEarth: return "equal-earth";
    case ProjectionKind::Equirectangular: return "equirectangular";
    case ProjectionKind::WebMercator: return "mercator";
    case ProjectionKind::Orthographic: return "globe";
    }
    return "lambert";
}

std::string_view displayName(ProjectionKind kind) {
    switch (kind) {
    case ProjectionKind::Lambert: return "Lambert conformal conic (Eurasia)";
    case ProjectionKind::EqualEarth: return "Equal Earth";
    case ProjectionKind::Equirectangular: return "Equirectangular";
    case ProjectionKind::WebMercator: return "Web Mercator";
    case ProjectionKind::Orthographic: return "Globe (orthographic)";
    }
    return "";
}

std::optional<ProjectionKind> parseProjectionKind(std::string_view name) {
    for (ProjectionKind kind : kinds)
        if (name == cliName(kind))
            return kind;
    if (name == "orthographic")
        return ProjectionKind::Orthographic;
    if (name == "webmercator" || name == "web-mercator")
        return ProjectionKind::WebMercator;
    return std::nullopt;
}

std::string projectionNameList() {
    std::string list;
    for (ProjectionKind kind : kinds) {
        if (!list.empty())
            list += ", ";
        list += cliName(kind);
    }
    return list;
}

} // namespace gb::geo
