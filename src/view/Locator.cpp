#include "view/Locator.hpp"

#include <algorithm>

namespace gb::view {
namespace {

//! How wide a locator's area is, in projected metres.
double locatorSpan(const Camera& picture) {
    return std::max(4.0 * picture.visibleArea().width(), 4.0e6);
}

} // namespace

// The picture's own width, not its bounding box: a view turned upright (a step in the window's
// projection) gets its inset as the same view in the step's own projection does.
bool wantsLocator(const Camera& picture) { return picture.width() * picture.metresPerPixel() < locatorMaxPictureWidth; }

Camera locatorCamera(const Camera& picture, double widthPx, double heightPx) {
    Camera inset(picture.centre(), locatorSpan(picture) / std::max(widthPx, 1.0), widthPx, heightPx);
    inset.setRotation(picture.rotation()); // north where the picture has it
    return inset;
}

} // namespace gb::view
