#include "render/RenderCache.hpp"

#include <SFML/Graphics/Sprite.hpp>

#include "render/GlCheck.hpp"

#include <SFML/OpenGL.hpp>
#include <GL/glext.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace gb::render {
namespace {
bool sameScale(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(a, b); }

//! glBlitFramebuffer needs OpenGL 3.0 (or ARB_framebuffer_object); asked once per context.
bool canBlitFramebuffers() {
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    return version && std::atoi(version) >= 3;
}

long floorMod(long a, long n) { return ((a % n) + n) % n; }

} // namespace

void forEachWrappedPiece(const RenderCache::PixelRect& rect, sf::Vector2u size,
                         const std::function<void(const RenderCache::PixelRect&, long, long)>& visit) {
    const long w = size.x, h = size.y;
    for (long y = rect.y0; y < rect.y1;) {
        const long ty = floorMod(y, h);
        const long y1 = std::min(rect.y1, y + (h - ty));
        for (long x = rect.x0; x < rect.x1;) {
            const long tx = floorMod(x, w);
            const long x1 = std::min(rect.x1, x + (w - tx));
            visit(RenderCache::PixelRect{x, y, x1, y1}, tx, ty);
            x = x1;
        }
        y = y1;
    }
}

std::vector<RenderCache::PixelRect> uncovered(const RenderCache::PixelRect& previous, const RenderCache::PixelRect& next) {
    std::vector<RenderCache::PixelRect> out;
    // A band across the whole height on the side the rectangle moved to...
    if (next.x0 < previous.x0)
        out.push_back({next.x0, next.y0, std::min(previous.x0, next.x1), next.y1});
    else if (next.x1 > previous.x1)
        out.push_back({std::max(previous.x1, next.x0), next.y0, next.x1, next.y1});
    // ...and, over the columns both share, a band above or below.
    const long x0 = std::max(previous.x0, next.x0), x1 = std::min(previous.x1, next.x1);
    if (x0 < x1) {
        if (next.y0 < previous.y0)
            out.push_back({x0, next.y0, x1, std::min(previous.y0, next.y1)});
        else if (next.y1 > previous.y1)
            out.push_back({x0, std::max(previous.y1, next.y0), x1, next.y1});
    }
    return out;
}

bool RenderCache::renderAll(const view::Camera& camera, const DrawBase& drawBase) {
    const sf::Vector2u size(static_cast<unsigned>(camera.width()) + 2 * margin_,
                            static_cast<unsigned>(camera.height()) + 2 * margin_);
    if (size != textureSize_) {
        if (!texture_.create(size.x, size.y))
            return false;
        textureSize_ = size;
    }
    view::Camera big = camera;
    big.resize(size.x, size.y);
    drawBase(texture_, big, sf::FloatRect(0.f, 0.f, 1.f, 1.f));
    texture_.display();
    anchor_ = big;
    valid_ = PixelRect{0, 0, static_cast<long>(size.x), static_cast<long>(size.y)};
    return true;
}

void RenderCache::renderStrip(const PixelRect& strip, const DrawBase& drawBase) {
    const float w = static_cast<float>(textureSize_.x), h = static_cast<float>(textureSize_.y);
    forEachWrappedPiece(strip, textureSize_, [&](const PixelRect& piece, long tx, long ty) {
        // The camera that shows exactly this piece of the anchor's picture, at its scale.
        const geo::MapPoint centre = anchor_->toMap({(piece.x0 + piece.x1) / 2.0, (piece.y0 + piece.y1) / 2.0});
        view::Camera part(centre, anchor_->metresPerPixel(), static_cast<double>(piece.width()),
                          static_cast<double>(piece.height()));
        part.setRotation(anchor_->rotation());
        if (!texture_.setActive(true))
            return;
        // GL counts rows from the bottom; the clear must stay inside the piece too.
        GB_GL(glScissor(static_cast<GLint>(tx), static_cast<GLint>(textureSize_.y - ty - piece.height()),
                  static_cast<GLsizei>(piece.width()), static_cast<GLsizei>(piece.height())));
        GB_GL(glEnable(GL_SCISSOR_TEST));
        drawBase(texture_, part,
                 sf::FloatRect(static_cast<float>(tx) / w, static_cast<float>(ty) / h,
                               static_cast<float>(piece.width()) / w, static_cast<float>(piece.height()) / h));
        if (texture_.setActive(true))
            GB_GL(glDisable(GL_SCISSOR_TEST));
    });
    texture_.display();
}

void RenderCache::blitToWindow(sf::RenderTarget& target, const PixelRect& window) {
    const auto th = static_cast<GLint>(textureSize_.y);
    const auto wh = static_cast<GLint>(target.getSize().y);
    GLint drawFbo = 0, readFbo = 0;
    GB_GL(glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawFbo));
    GB_GL(glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFbo));
    // Framebuffer objects are not shared between contexts (textures are): one for this copy.
    GLuint source = 0;
    GB_GL(glGenFramebuffers(1, &source));
    GB_GL(glBindFramebuffer(GL_READ_FRAMEBUFFER, source));
    GB_GL(glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                           texture_.getTexture().getNativeHandle(), 0));
    // A framebuffer blit skips the fragment pipeline a textured quad goes through: ~25% faster
    // for a 1080p window on software GL. Rows count from the bottom in GL.
    forEachWrappedPiece(window, textureSize_, [&](const PixelRect& piece, long tx, long ty) {
        const auto w = static_cast<GLint>(piece.width()), h = static_cast<GLint>(piece.height());
        const auto sx = static_cast<GLint>(tx), sy = th - static_cast<GLint>(ty) - h;
        const auto dx = static_cast<GLint>(piece.x0 - window.x0), dy = wh - static_cast<GLint>(piece.y0 - window.y0) - h;
        GB_GL(glBlitFramebuffer(sx, sy, sx + w, sy + h, dx, dy, dx + w, dy + h, GL_COLOR_BUFFER_BIT, GL_NEAREST));
    });
    GB_GL(glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(readFbo)));
    GB_GL(glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(drawFbo)));
    GB_GL(glDeleteFramebuffers(1, &source));
}

void RenderCache::drawScaled(sf::RenderTarget& target, const view::Camera& camera) {
    // Filtering only while scaled (zoom animations: soft rather than blocky); a 1:1 copy at a
    // whole-pixel offset is exact and cheaper unfiltered.
    const double scale = anchor_->metresPerPixel() / camera.metresPerPixel();
    const bool oneToOne = std::abs(scale - 1.0) <= 1e-9;
    texture_.setSmooth(!oneToOne);
    const sf::View previous = target.getView();
    target.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(camera.width()), static_cast<float>(camera.height()))));
    forEachWrappedPiece(valid_, textureSize_, [&](const PixelRect& piece, long tx, long ty) {
        sf::Sprite sprite(texture_.getTexture(), sf::IntRect(static_cast<int>(tx), static_cast<int>(ty),
                                                             static_cast<int>(piece.width()), static_cast<int>(piece.height())));
        const view::ScreenPoint at = camera.toScreen(anchor_->toMap({double(piece.x0), double(piece.y0)}));
        sprite.setPosition(static_cast<float>(oneToOne ? std::round(at.x) : at.x),
                           static_cast<float>(oneToOne ? std::round(at.y) : at.y));
        sprite.setScale(static_cast<float>(scale), static_cast<float>(scale));
        target.draw(sprite, sf::RenderStates(sf::BlendNone));
    });
    target.setView(previous);
}

bool RenderCache::draw(sf::RenderTarget& target, const view::Camera& camera, bool settled, const DrawBase& drawBase) {
    bool redrew = false;
    // The window's corners in the anchor's pixels, and whether the texture holds what is between.
    const auto windowIn = [&](const view::Camera& anchor) {
        const view::ScreenPoint a = anchor.toScreen(camera.toMap({0, 0}));
        const view::ScreenPoint b = anchor.toScreen(camera.toMap({camera.width(), camera.height()}));
        return std::pair(a, b);
    };
    const auto holds = [&](const view::Camera& anchor) {
        const auto [a, b] = windowIn(anchor);
        return a.x >= valid_.x0 - 0.5 && a.y >= valid_.y0 - 0.5 && b.x <= valid_.x1 + 0.5 && b.y <= valid_.y1 + 0.5;
    };
    if (anchor_ && anchor_->rotation() != camera.rotation()) {
        // Turning (into or out of a step's upright view): the cached picture cannot be moved
        // into place; draw the window straight while it turns, cache again once it has settled.
        if (!settled) {
            drawBase(target, camera, sf::FloatRect(0.f, 0.f, 1.f, 1.f));
            return true;
        }
        anchor_.reset();
    }
    if (anchor_) {
        const bool scaleOk = sameScale(anchor_->metresPerPixel(), camera.metresPerPixel());
        const view::ScreenPoint offset = windowIn(*anchor_).first;
        const bool aligned = std::abs(offset.x - std::round(offset.x)) < 0.01 && std::abs(offset.y - std::round(offset.y)) < 0.01;
        if (!scaleOk && !holds(*anchor_) && !settled) {
            // Zooming out mid-animation: the cache is too small and would be redrawn again next
            // frame; drawing only the window's pixels is cheaper than refilling the margin.
            drawBase(target, camera, sf::FloatRect(0.f, 0.f, 1.f, 1.f));
            return true;
        }
        const bool resized = textureSize_ != sf::Vector2u(static_cast<unsigned>(camera.width()) + 2 * margin_,
                                                          static_cast<unsigned>(camera.height()) + 2 * margin_);
        if (resized || (settled && (!scaleOk || !aligned)) || (!scaleOk && !holds(*anchor_))) {
            anchor_.reset();
        } else if (scaleOk && !holds(*anchor_)) {
            // A pan left what the texture holds: hold the window and the margin around it again,
            // drawing only what is new (a strip the pan's width, not the whole texture).
            const long x = std::lround(offset.x), y = std::lround(offset.y);
            const PixelRect next{x - static_cast<long>(margin_), y - static_cast<long>(margin_),
                                 x - static_cast<long>(margin_) + static_cast<long>(textureSize_.x),
                                 y - static_cast<long>(margin_) + static_cast<long>(textureSize_.y)};
            const bool overlaps = next.x0 < valid_.x1 && valid_.x0 < next.x1 && next.y0 < valid_.y1 && valid_.y0 < next.y1;
            if (overlaps && texture_.setActive(true)) {
                for (const PixelRect& strip : uncovered(valid_, next))
                    renderStrip(strip, drawBase);
                valid_ = next;
                redrew = true;
            } else {
                anchor_.reset();
            }
        }
    }
    if (!anchor_) {
        if (!renderAll(camera, drawBase)) { // no offscreen target: draw straight into the window
            drawBase(target, camera, sf::FloatRect(0.f, 0.f, 1.f, 1.f));
            return true;
        }
        redrew = true;
    }
    // Place the cached picture where its map area is on screen now (shifted and maybe scaled).
    const bool oneToOne = sameScale(anchor_->metresPerPixel(), camera.metresPerPixel());
    if (oneToOne && target.setActive(true)) {
        if (!blitChecked_) {
            canBlit_ = canBlitFramebuffers();
            blitChecked_ = true;
        }
        const view::ScreenPoint offset = windowIn(*anchor_).first;
        const long x = std::lround(offset.x), y = std::lround(offset.y);
        const PixelRect window{x, y, x + static_cast<long>(camera.width()), y + static_cast<long>(camera.height())};
        if (canBlit_ && valid_.contains(window)) {
            blitToWindow(target, window);
            return redrew;
        }
    }
    drawScaled(target, camera);
    return redrew;
}

} // namespace gb::render
