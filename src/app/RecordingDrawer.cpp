#include "app/RecordingDrawer.hpp"

#include "app/SlideViews.hpp"
#include "app/VideoFrames.hpp"
#include "view/Locator.hpp"

#include <iostream>

namespace gb::app {

RecordingDrawer::RecordingDrawer(const Options& options, const story::Story& story, const geo::Projection& projection,
                                 const render::MapStyle& style, sf::RenderTexture& target,
                                 const render::FrameTools& tools, std::shared_ptr<render::LineShader> lineShader)
    : options_(options), story_(story), projection_(projection),
      scenes_(story, options.shapes, options.shapesCrs, options.defaultShapes, style), stills_(options, story, style), target_(target),
      tools_(tools), lineShader_(std::move(lineShader)), flows_(view::buildFlowGeometry(story, projection)) {
    scenes_.setProjection(projection.spec());
    scenes_.shareLineShader(lineShader_);
}

mapdata::DetailLevel RecordingDrawer::levelFor(const view::PlannedFrame& planned) const {
    return mapdata::detailFor(planned.camera.metresPerPixel() * baseFrameOptions(options_).pixelScale);
}

void RecordingDrawer::enterStep(std::size_t step) {
    if (still_ && still_->frame.step == &story_.steps[step])
        return;
    if (still_) // the previous step's map data goes; the new one's starts building during the flight
        stills_.release(*still_);
    still_ = stepJob(options_, story_, step, {});
    stills_.start(*still_);
}

bool RecordingDrawer::ready(const view::PlannedFrame& planned) {
    enterStep(planned.step);
    if (planned.landed)
        return stills_.ready(&*still_);
    const mapdata::DetailLevel level = levelFor(planned);
    scenes_.request(level, planned.camera);
    (void)scenes_.poll(); // uploads what is built; an error is thrown again by draw()
    return scenes_.ready(level, planned.camera) && stills_.ready(nullptr);
}

render::RgbaImage RecordingDrawer::draw(const view::PlannedFrame& planned, render::RgbaImage canvas) {
    enterStep(planned.step);
    if (planned.landed) {
        render::Frame frame = still_->frame;
        frame.options.storyDay = planned.storyDay;
        frame.options.animationSeconds = planned.animationSeconds;
        return render::renderPicture(target_, stills_.contentOf(*still_, lineShader_), frame, tools_, std::move(canvas));
    }
    const render::Frame frame = recordedFrame(options_, story_, planned);
    const render::MapScene& scene = sceneFor(levelFor(planned), frame.camera);
    const render::MapScene* locator = nullptr;
    if (frame.overlays && frame.overlays->locator && view::wantsLocator(frame.camera))
        locator = &stills_.locatorScene(lineShader_); // the story-wide projection, as the flight's
    render::FrameContent content{scene, places_, flows_, story_, projection_, locator};
    content.countries = scenes_.geometry(scene.level())->countryIndex.get();
    return render::renderPicture(target_, content, frame, tools_, std::move(canvas));
}

const render::MapScene& RecordingDrawer::sceneFor(mapdata::DetailLevel level, const view::Camera& camera) {
    scenes_.waitFor(level, camera);
    scenes_.waitForIndexes(level);
    for (const std::string& warning : scenes_.geometry(level)->warnings)
        if (warned_.insert(warning).second)
            std::cerr << "geobrief: warning: " << warning << '\n';
    const render::MapScene* scene = scenes_.best(level, camera);
    if (scene != placesOf_) { // places are projected with each level's data
        places_ = render::placesOnMap(story_, *scenes_.geometry(scene->level()));
        placesOf_ = scene;
    }
    return *scene;
}

} // namespace gb::app
