#include "app/StillScenes.hpp"

#include "app/InitialView.hpp"
#include "app/SlideViews.hpp"
#include "app/StoryMoment.hpp"
#include "app/StoryScene.hpp"
#include "view/Locator.hpp"

#include <chrono>
#include <cmath>
#include <iostream>

namespace gb::app {
namespace {

SceneKey sceneKeyOf(const StillJob& job) {
    // The level follows the picture's apparent scale, so a 2x export shows the same map finer.
    const view::Camera& camera = job.frame.camera;
    const double mpp = camera.metresPerPixel();
    const geo::MapBox visible = camera.visibleArea();
    const double margin = 0.05 * std::max(visible.width(), visible.height()) + 16.0 * mpp;
    // Detail under half a pixel cannot show. Rounded down to a quarter octave (0.42 to 0.5 px)
    // so pictures of similar scale can share one mesh.
    return {job.spec.centre.lon, mapdata::detailFor(mpp * job.frame.options.pixelScale),
            std::exp2(std::floor(4.0 * std::log2(0.5 * mpp)) / 4.0),
            {visible.minX - margin, visible.minY - margin, visible.maxX + margin, visible.maxY + margin}};
}

//! The map data of the locator insets: Natural Earth's 110m land in the story-wide projection,
//! one for every picture (each inset turns its camera to match its picture: sameViewIn). Drawn
//! from the picture's own mesh, the inset made the Kursk slide build 10m outlines for 5,000 km
//! around (298 -> 427 ms); one coarse scene per picture still cost the deck ~18 ms a slide.
constexpr SceneKey locatorKey{-1000.0, mapdata::DetailLevel::Coarse, 0.0, {}};

bool hasLocator(const StillJob& job) {
    return job.frame.overlays && job.frame.overlays->locator && view::wantsLocator(job.frame.camera);
}

} // namespace

void finishJob(const Options& options, StillJob& job) {
    job.frame.camera.clampTo(cameraLimits(geo::Projection(job.spec), options.size.width, options.size.height));
    if (options.overlays) {
        job.frame.overlays = render::SlideOverlays{};
        job.frame.overlays->locator = options.locator;
    }
}

StillJob stepJob(const Options& options, const story::Story& story, std::size_t index, std::filesystem::path file) {
    const double w = options.size.width, h = options.size.height;
    const story::Step& step = story.steps[index];
    const geo::ProjectionSpec spec =
        projectionCentredOn(options, step.view.bounds ? middleLon(*step.view.bounds) : step.view.centre->lon);
    const geo::Projection projection(spec);
    const view::Camera camera = options.overlays ? slideCamera(step, projection, w, h, slideFreeAreas(options, story, &step))
                                                 : stepCamera(step, projection, w, h);
    StillJob job{spec, {camera, baseFrameOptions(options), &step, {}, std::nullopt, {}}, std::move(file),
                 step.title.in(options.language)};
    job.frame.options.storyDay = options.time ? *options.time + 1.0 : step.time.to + 1.0;
    job.frame.options.highlight = step.highlight;
    finishJob(options, job);
    return job;
}

StillScenes::StillScenes(const Options& options, const story::Story& story, const render::MapStyle& style)
    : options_(options), story_(story), style_(style) {}

StillScenes::~StillScenes() {
    for (auto& [key, pending] : pending_)
        if (pending.valid())
            pending.wait(); // the workers read the story: let them finish first
}

void StillScenes::startScene(const geo::ProjectionSpec& spec, const SceneKey& key, bool forLocator) {
    if (pending_.count(key) || scenes_.count(key))
        return;
    mapdata::SceneRequest request = sceneRequest(story_, options_.shapes, options_.shapesCrs, options_.defaultShapes, spec, key.level);
    if (forLocator) { // an inset names nothing
        request.countryNames.clear();
        request.seaNames.clear();
        request.regions.clear();
    }
    request.workers = 2; // the main thread only waits for the GL context meanwhile
    request.countriesRead = countries_;
    request.mesh.simplifyMetres = key.simplifyMetres;
    if (!forLocator)
        request.mesh.onlyWithin = geo::MapBox{key.within[0], key.within[1], key.within[2], key.within[3]};
    request.pickIndexes = !forLocator; // labels keep to their side of borders
    pending_[key] =
        std::async(std::launch::async, [request = std::move(request)] { return mapdata::buildSceneGeometry(request); });
}

void StillScenes::start(const StillJob& job) {
    startScene(job.spec, sceneKeyOf(job), false);
    if (hasLocator(job))
        startScene(projectionFor(options_), locatorKey, true);
}

StillScene& StillScenes::uploadedFor(const SceneKey& key, const geo::ProjectionSpec& spec,
                                     std::shared_ptr<render::LineShader> shader) {
    StillScene& uploaded = scenes_[key];
    if (!uploaded.scene) {
        auto pending = pending_.find(key);
        uploaded.geometry = pending->second.get(); // rethrows the worker's DataError
        pending_.erase(pending);
        for (const std::string& warning : uploaded.geometry.warnings)
            std::cerr << "geobrief: warning: " << warning << '\n';
        mark_("geometry");
        uploaded.scene = std::make_unique<render::MapScene>(uploaded.geometry, story_, style_, std::move(shader));
        mark_("uploaded");
        uploaded.projection = std::make_unique<geo::Projection>(spec);
        uploaded.flows = view::buildFlowGeometry(story_, *uploaded.projection); // ~0.3 ms
        uploaded.places = render::placesOnMap(story_, uploaded.geometry);
    }
    return uploaded;
}

const StillScene& StillScenes::sceneOf(const StillJob& job, std::shared_ptr<render::LineShader> shader) {
    if (!pending_.count(sceneKeyOf(job)) && !scenes_.count(sceneKeyOf(job)))
        start(job);
    return uploadedFor(sceneKeyOf(job), job.spec, std::move(shader));
}

const render::MapScene& StillScenes::locatorScene(std::shared_ptr<render::LineShader> shader) {
    if (!pending_.count(locatorKey) && !scenes_.count(locatorKey))
        startScene(projectionFor(options_), locatorKey, true);
    const StillScene& locator = uploadedFor(locatorKey, projectionFor(options_), std::move(shader));
    if (!locatorProjection_)
        locatorProjection_ = std::make_unique<geo::Projection>(locator.scene->projection());
    return *locator.scene;
}

const render::MapScene* StillScenes::locatorFor(const StillJob& job, std::shared_ptr<render::LineShader> shader) {
    return hasLocator(job) ? &locatorScene(std::move(shader)) : nullptr;
}

bool StillScenes::ready(const StillJob* job) {
    const SceneKey key = job ? sceneKeyOf(*job) : locatorKey;
    if (scenes_.count(key))
        return true;
    if (!pending_.count(key)) {
        if (job)
            start(*job);
        else
            startScene(projectionFor(options_), locatorKey, true);
    }
    const auto pending = pending_.find(key);
    return pending != pending_.end() &&
           pending->second.wait_for(std::chrono::seconds(0)) == std::future_status::ready &&
           (!job || !hasLocator(*job) || ready(nullptr));
}

void StillScenes::release(const StillJob& job) {
    const SceneKey key = sceneKeyOf(job);
    if (auto pending = pending_.find(key); pending != pending_.end()) {
        pending->second.wait();
        pending_.erase(pending);
    }
    scenes_.erase(key);
}

render::FrameContent StillScenes::contentOf(const StillJob& job, const std::shared_ptr<render::LineShader>& shader) {
    const StillScene& uploaded = sceneOf(job, shader);
    const render::MapScene* locator = locatorFor(job, shader);
    render::FrameContent content{*uploaded.scene, uploaded.places, uploaded.flows, story_, *uploaded.projection, locator};
    content.countries = uploaded.geometry.countryIndex.get();
    if (locator)
        content.pictureInLocator = sameViewIn(job.frame.camera, *uploaded.projection, *locatorProjection_);
    return content;
}

} // namespace gb::app
